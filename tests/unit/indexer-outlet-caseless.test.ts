/**
 * A newsroom's dateline in a script without capitals (issue 18, task 18o8): "CITY / NAME" alone
 * above the story and "CITY (NAME) –" opening it name the site; a wire or a wire's initials in the
 * same place do not. Every page and every outlet here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const HEADLINE = 'افتتاح جسر جديد فوق النهر في المدينة القديمة';
const STORY = [
  'افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر بعد عامين من العمل المتواصل، وحضر الافتتاح عدد كبير من سكان الأحياء المجاورة.',
  'وقال رئيس البلدية إن الجسر سيختصر الطريق بين ضفتي المدينة ويخفف الزحام في الشوارع الرئيسية خلال ساعات الصباح والمساء.',
  'وأضاف أن أعمال الصيانة ستبدأ في الربيع المقبل، وأن الجسر سيبقى مفتوحا أمام المشاة والدراجات طوال أيام الأسبوع.',
].join('\n\n');

describe('a dateline in a caseless script', () => {
  it('reads the site from a "CITY / NAME" line above the story', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nالمدينة / نجمة الوادي\n\n${STORY}`), 'نجمة الوادي');
  });

  it('reads the site from "CITY (NAME) –" opening the story', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nالمدينة (نجمة الوادي) - ${STORY}`), 'نجمة الوادي');
  });

  it('leaves a wire, or a wire’s initials, in the same place Unknown', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nالمدينة (رويترز) - ${STORY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nالمدينة / أ ف ب\n\n${STORY}`), 'Unknown');
  });
});
