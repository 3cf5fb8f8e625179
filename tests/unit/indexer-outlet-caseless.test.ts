/**
 * A newsroom's dateline in a script without capitals (issue 18, task 18o8): "CITY / NAME" alone
 * above the story and "CITY (NAME) –" opening it name the site; a wire or a wire's initials in the
 * same place do not. The slash line, and the bracket outside the Arabic script's lead, name it only
 * when a second place agrees (task 18out13). Every page and every outlet here is invented for the test.
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

const HINDI_HEADLINE = 'पुराने शहर में नदी पर नया पुल खुला';
const HINDI_STORY = [
  'नगर निगम ने आज सुबह नदी पर नया पुल खोल दिया, जिसे बनाने में दो साल लगे और उद्घाटन में आसपास के मोहल्लों के बहुत से लोग शामिल हुए।',
  'महापौर ने कहा कि पुल से शहर के दोनों किनारों के बीच का रास्ता छोटा होगा और सुबह शाम मुख्य सड़कों पर भीड़ कम होगी।',
].join('\n\n');

describe('a dateline in a caseless script', () => {
  // Task 18out13: alone, the slash line named a wrong party on four pages of four sets and the site on none.
  it('reads the site from a "CITY / NAME" line above the story when a second place agrees', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nالمدينة / نجمة الوادي\n\n${STORY}`), 'Unknown');
    const notice = 'Copyright © 2024 نجمة الوادي. All rights reserved.';
    assert.equal(outletOf(`${HEADLINE}\n\nالمدينة / نجمة الوادي\n\n${STORY}\n\n${notice}`), 'نجمة الوادي');
  });

  it('leaves a "NAME/TITLE" teaser and a reporter in the brackets ("CITY (NAME) :") Unknown on their own', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${STORY}\n\nكاتب/حكايات المدينة القديمة\n\nالمزيد`), 'Unknown');
    assert.equal(outletOf(`${HINDI_HEADLINE}\n\nशहर (तरुण) : ${HINDI_STORY}`), 'Unknown');
  });

  it('reads the site from "CITY (NAME) –" opening the story', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nالمدينة (نجمة الوادي) - ${STORY}`), 'نجمة الوادي');
  });

  it('leaves a wire, or a wire’s initials, in the same place Unknown', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nالمدينة (رويترز) - ${STORY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nالمدينة / أ ف ب\n\n${STORY}`), 'Unknown');
  });
});
