/**
 * Date shapes that pages nobody tuned on print and the reader missed (issue 18): a date glued to
 * the word before it by the scraper, Turkish capitals, a comma spaced off, a Chinese date whose
 * year stands apart, the dispatch mark that opens a Chinese report, a date in the Thai or Solar
 * Hijri calendar, and a date broken over lines one part each. Every page below is invented, in
 * the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../indexer/infer/dates.ts';
import { joinSplitDates } from '../../indexer/infer/date-split.ts';
import { dispatchMarkOf } from '../../indexer/infer/date-shapes.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

const isoOf = (text: string) => findDates(text).map((d) => d.iso);

describe('dates glued to the word before them', () => {
  it('reads a month name or a day glued to a lower-case letter', () => {
    assert.deepEqual(isoOf('LettersOctober 4, 2011'), ['2011-10-04']);
    assert.deepEqual(isoOf('Consiliul local12 Aprilie 2007'), ['2007-04-12']);
  });

  it('reads glued dates as before where they were read already, and glued years not at all', () => {
    assert.deepEqual(
      findDates('March21, 2012').map((d) => d.text),
      ['March21, 2012'],
    );
    assert.deepEqual(isoOf('Haushalt2012'), []);
  });

  it('dates the page by a section name or a headline glued to its stamp', () => {
    assert.equal(dateOf(['LettersOctober 4, 2011', HEADLINE, P1, P2, P3]), '2011-10-04');
    assert.equal(dateOf(['Consiliul local12 Aprilie 2007', P1, P2, P3]), '2007-04-12');
  });
});

describe('Turkish capitals', () => {
  it('reads month names written in capitals with the dotted İ', () => {
    assert.deepEqual(isoOf('14 NİSAN 2025'), ['2025-04-14']);
    assert.deepEqual(isoOf('3 EKİM 2019 PERŞEMBE'), ['2019-10-03']);
  });
});

describe('a comma spaced off by the scraper', () => {
  it('reads "2nd Jul , 2020" and "July 2 , 2020"', () => {
    assert.deepEqual(isoOf('Jumatano , 2nd Jul , 2020'), ['2020-07-02']);
    assert.deepEqual(isoOf('July 2 , 2020'), ['2020-07-02']);
  });
});

describe('Chinese dates', () => {
  it('reads a year set apart from its month and day', () => {
    assert.deepEqual(isoOf('2023 7月9日 星期日'), ['2023-07-09']);
  });

  it('dates the page by the dispatch mark that opens the report, not by a date in the story', () => {
    const lead =
      '【港灣日報2013年6月2日讯】市议会周二批准了旧开合桥的维修计划,工程预计于2014年春季开始,为期一年。议员们就费用和交通问题进行了长时间的辩论,最终以多数票通过。';
    const more = '渡轮公司表示,桥梁封闭期间将增加班次。市民可以在网站上查询最新的时刻表和票价信息。';
    assert.equal(dateOf([lead, more, more]), '2013-06-02');
    const wire = '新华社北京2013年6月2日电 市议会周二批准了旧开合桥的维修计划,议员们就费用和交通问题进行了长时间的辩论,最终以多数票通过。';
    assert.equal(dateOf([wire, more, more]), '2013-06-02');
  });

  it('takes no television or film starting on a date for a wire mark', () => {
    const tv = '2013年6月2日电视台播出了市议会的辩论';
    assert.equal(dispatchMarkOf(tv, findDates(tv)[0]!), null);
    const wire = '新华社北京2013年6月2日电 市议会';
    assert.equal(dispatchMarkOf(wire, findDates(wire)[0]!), '新华社北京2013年6月2日电');
  });
});

describe("dates in the page's own calendar", () => {
  it('reads the Thai Buddhist Era and the Solar Hijri calendar as Gregorian dates', () => {
    assert.deepEqual(isoOf('10 พ.ย. 2566'), ['2023-11-10']);
    assert.deepEqual(isoOf('31 ธันวาคม 2566'), ['2023-12-31']);
    assert.deepEqual(isoOf('۱ فروردین ۱۴۰۳'), ['2024-03-20']);
    assert.deepEqual(isoOf('11 دی 1399'), ['2020-12-31']);
    assert.deepEqual(isoOf('12 اسفند 1399'), ['2021-03-02']);
  });

  it('reads no date that the calendar does not have, nor a number of that size alone', () => {
    assert.deepEqual(isoOf('30 اسفند 1402'), []);
    assert.deepEqual(isoOf('1400 people, 2560 seats'), []);
  });

  it('prefers the Gregorian date of a page that prints both', () => {
    assert.deepEqual(isoOf('2 March 2021 / 12 اسفند 1399'), ['2021-03-02']);
  });

  it('dates the page by a stamp in its calendar', () => {
    const p = 'شورای شهر طرح تعمیر پل قدیمی را پس از بحثی طولانی درباره هزینه‌ها و ترافیک تصویب کرد و کار به زودی آغاز می‌شود.';
    assert.equal(dateOf(['سه شنبه، 12 اسفند 1399', 'تصویب طرح تعمیر پل قدیمی بندر', p, p, p]), '2021-03-02');
  });
});

describe('a date broken over lines', () => {
  it('joins day, month and year printed one a line into one stamp line', () => {
    const lines = [
      { line: 1, text: '14' },
      { line: 2, text: 'März' },
      { line: 3, text: '2019' },
      { line: 4, text: HEADLINE },
    ];
    assert.deepEqual(
      joinSplitDates(lines).map((l) => [l.line, l.text]),
      [
        [1, '14 März 2019'],
        [4, HEADLINE],
      ],
    );
  });

  it('leaves short lines alone that do not make a date together, or are stamps already', () => {
    const menu = ['Home', 'News', '2019', 'Sport'].map((text, i) => ({ line: i + 1, text }));
    assert.deepEqual(joinSplitDates(menu), menu);
    const stamps = ['14.03.2019', '15.03.2019'].map((text, i) => ({ line: i + 1, text }));
    assert.deepEqual(joinSplitDates(stamps), stamps);
  });

  it('dates the page by the joined date above its headline', () => {
    assert.equal(dateOf(['14\nMärz\n2019', HEADLINE, P1, P2, P3]), '2019-03-14');
  });
});

describe('a publication date followed on its line by an update', () => {
  it('dates the page by the first date when a later one is introduced as an update, glued or spaced', () => {
    assert.equal(dateOf([HEADLINE, P1, '20 February 2014 17:58Gewijzigd op 15 November 2020 08:56', P2, P3]), '2014-02-20');
    assert.equal(dateOf([HEADLINE, P1, '3 March 2019 09:10 · Updated 4 May 2021 11:00', P2, P3]), '2019-03-03');
  });

  it('still reads an update alone as the only date there is', () => {
    assert.equal(dateOf([HEADLINE, P1, 'Updated 4 May 2021 11:00', P2, P3]), '2021-05-04');
  });
});
