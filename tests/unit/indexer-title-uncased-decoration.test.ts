/**
 * A title line whose names are in a script without case (Arabic, Hebrew, Devanagari…) joined to the
 * headline by separators, over the headline printed again alone: the copy proves where the headline
 * starts, and the names are decoration although no capital can mark them as names. In a script with
 * case the capital test still holds: words in lower case before the separator may be the headline's own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: a council approves a new ferry timetable, in Arabic and in English.
const HEADLINE = 'المجلس البلدي يوافق على جدول العبارات الجديد';
const BODY = 'وافق المجلس البلدي يوم الثلاثاء على جدول العبارات الجديد بعد نقاش طويل حول الرحلات الصباحية وخدمة الشتاء في الميناء.';
const BODY2 = 'وقال المسؤولون إن التغييرات الأولى ستبدأ في الربيع وإن رحلة الليل ستبقى كما هي دون أي تعديل.';

const headlineOf = (lines: string[], body = [BODY, '', BODY2]) => cleanText([...lines, '', ...body].join('\n')).headline;

describe('title: names in a script without case joined to a headline printed again below', () => {
  for (const titleLine of [
    `الصفحة الأولى - أخبار محلية - ${HEADLINE}`,
    `أخبار محلية | ${HEADLINE}`,
    `الصفحة الأولى » أخبار محلية » ${HEADLINE}`,
  ]) {
    it(`takes the headline out of "${titleLine}"`, () => {
      const h = headlineOf([titleLine, HEADLINE]);
      assert.equal(h?.text, HEADLINE);
      assert.equal(h?.line, 2);
    });
  }

  it('leaves a clause joined by a dash: more words than names have', () => {
    const clause = 'المسؤولون يقولون إن التغييرات ستبدأ في الربيع وإن رحلة الليل ستبقى';
    assert.equal(headlineOf([`${clause} - ${HEADLINE}`, HEADLINE])?.text, `${clause} - ${HEADLINE}`);
    // Without the copy below nothing proves where the headline starts.
    assert.notEqual(headlineOf([`الصفحة الأولى - أخبار محلية - ${HEADLINE}`])?.text, HEADLINE);
  });

  it('still asks a cased script for capitals: lower-case words before a dash stay', () => {
    const english = 'Council approves the new ferry timetable';
    const body = [
      'The harbour council approved the new ferry timetable on Tuesday after a long debate about early crossings and the winter service.',
      '',
      'Officials said the first changes would start in the spring, and the night crossing would stay as it is.',
    ];
    assert.equal(headlineOf([`front page - local news - ${english}`, english], body)?.text, `front page - local news - ${english}`);
  });
});
