/**
 * One question for a title line's separator, asked by the title rules and the outlet reader alike
 * (issue 18, task 18tit32b): is the segment after it the headline's continuation or a site's name?
 * In a script without case a clause of five words or more after a pipe is the headline's second half:
 * the title keeps it and the outlet reader takes no site from it. A caseless name of one to four words
 * after a pipe, and a segment in a cased script, are still cut as the site. Every line here is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { continuesHeadline } from '../../indexer/clean/title.ts';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

// A harbour board promises an earlier first ferry, in Hebrew and in Arabic.
const HE_QUOTE = '"נקדים את המעבורת הראשונה ונאריך את שעות הפעילות במזח הצפוני"';
const HE_CLAUSE = 'יושב ראש הוועדה מבטיח לתושבים'; // five words: who says it
const HE_BODY = [
  'ועדת הנמל אישרה אמש את לוח הזמנים החדש של המעבורות, לאחר דיון ארוך על ההפלגות של שעות הבוקר ועל השירות בחורף.',
  '',
  'לדברי יושב ראש הוועדה, השינויים הראשונים ייכנסו לתוקף באביב וההפלגה האחרונה של הלילה תישאר ללא שינוי.',
];
const AR_HEADLINE = 'العبارة الأولى تبحر قبل موعدها بنصف ساعة';
const AR_CLAUSE = 'رئيس اللجنة يعد سكان الميناء'; // five words
const AR_BODY = [
  'وافقت لجنة الميناء مساء أمس على الجدول الجديد للعبارات بعد نقاش طويل حول رحلات الصباح وخدمة الشتاء.',
  '',
  'وقال رئيس اللجنة إن التغييرات الأولى ستبدأ في الربيع وإن رحلة الليل الأخيرة ستبقى كما هي.',
];

const headlineOf = (titleLine: string, body: string[]) => cleanText([titleLine, '', ...body].join('\n')).headline;

describe('a caseless clause after a title line’s pipe', () => {
  it('keeps a five-word clause after the pipe in the headline, in Hebrew and in Arabic', () => {
    for (const [line, body] of [
      [`${HE_QUOTE} | ${HE_CLAUSE}`, HE_BODY],
      [`${AR_HEADLINE} | ${AR_CLAUSE}`, AR_BODY],
    ] as const) {
      const h = headlineOf(line, [...body]);
      assert.equal(h?.text, line);
      assert.equal(h?.siteSuffix, null);
    }
  });

  it('reads no site from the clause: the outlet reader asks the same question', () => {
    assert.equal(outletOf([`${HE_QUOTE} | ${HE_CLAUSE}`, '', ...HE_BODY].join('\n')), 'Unknown');
    // Cut off by a copy of the headline below, the clause is still no site's name.
    assert.equal(outletOf([`${HE_QUOTE} | ${HE_CLAUSE}`, HE_QUOTE, '', ...HE_BODY].join('\n')), 'Unknown');
  });
});

describe('what the question refuses: the segment is still cut as the site', () => {
  for (const site of ['הד', 'חדשות הנמל', 'קול הנמל הצפוני', 'קול הנמל הצפוני היום']) {
    it(`a caseless name of ${site.split(' ').length} word(s) after a pipe: "${site}"`, () => {
      const h = headlineOf(`${HE_QUOTE} | ${site}`, HE_BODY);
      assert.equal(h?.text, HE_QUOTE);
      assert.equal(h?.siteSuffix, site);
    });
  }

  it('a five-word name in a cased script after a pipe', () => {
    const english = 'Ferry timetable changes from the spring';
    const h = headlineOf(`${english} | The Harbour Gazette Weekend Edition`, BODY.split('\n'));
    assert.equal(h?.text, english);
    assert.equal(h?.siteSuffix, 'The Harbour Gazette Weekend Edition');
  });

  it('asks only a script without case: a cased word or no letter at all is no clause', () => {
    assert.equal(continuesHeadline(HE_CLAUSE), true);
    assert.equal(continuesHeadline(`${HE_CLAUSE} Online`), false);
    assert.equal(continuesHeadline('12 . 03 . 2024 .'), false);
    assert.equal(continuesHeadline('Council chair promises the residents'), false);
  });
});
