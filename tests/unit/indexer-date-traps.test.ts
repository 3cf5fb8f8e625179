/**
 * Two traps of pages nobody tuned on (issue 18: a wrong year is worse than none). The site's
 * "today" printed in its header: a date introduced by "today" in the page's language is when the
 * page was seen, never its publication date; a publication cue before it, or a paragraph opening
 * with it, still dates the article. A bare date line with a clock time at the foot of the page:
 * the time the page was rendered or printed as often as the article's stamp, so alone it dates
 * the page only when it names its time zone, as a newsroom's stamp does. The pages are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

describe("the site's today is not the article's date", () => {
  it('reads no year from a "today is" line under the headline', () => {
    assert.equal(dateOf([HEADLINE, 'Today is Thursday, March 13, 2025', P1, P2, P3]), undefined);
  });

  it('reads no year from "today" in other languages and scripts', () => {
    assert.equal(dateOf([HEADLINE, 'Heute ist Donnerstag, 13. März 2025', P1, P2, P3]), undefined);
    assert.equal(dateOf([HEADLINE, '今日日期: 2025年3月13日星期四', P1, P2, P3]), undefined);
  });

  it("takes the article's own stamp when the header's today is also printed", () => {
    assert.equal(dateOf(['Today is Thursday, March 13, 2025', HEADLINE, 'Published: May 4, 2021', P1, P2, P3])?.slice(0, 4), '2021');
  });

  it('reads the dateline of a paragraph that opens with "today" and the date', () => {
    const lead = 'Today, Thursday 13 March 2025, the harbour board approved the repair plan after a long debate about costs and traffic.';
    assert.equal(dateOf([HEADLINE, lead, P2, P3])?.slice(0, 4), '2025');
  });

  it('still reads a date whose publication cue comes before "today"', () => {
    assert.equal(dateOf([HEADLINE, 'Updated today, March 13, 2025', P1, P2, P3])?.slice(0, 4), '2025');
  });
});

describe('a clock time at the foot of the page', () => {
  it('reads no year from a bare date and time at the foot with no time zone', () => {
    assert.equal(dateOf([HEADLINE, P1, P2, P3, '13.03.2025 10:42']), undefined);
    assert.equal(dateOf([HEADLINE, P1, P2, P3, 'Thursday, March 13, 2025 10:42 AM']), undefined);
  });

  it("reads the year from a newsroom's stamp at the foot that names its time zone", () => {
    assert.equal(dateOf([HEADLINE, P1, P2, P3, 'November 09, 2017 02:02 ET (07:02 GMT)'])?.slice(0, 4), '2017');
    assert.equal(dateOf([HEADLINE, P1, P2, P3, '13.03.2025 10:42 CET'])?.slice(0, 4), '2025');
  });

  it('still reads a bare date and time above the story', () => {
    assert.equal(dateOf([HEADLINE, '13.03.2025 10:42', P1, P2, P3])?.slice(0, 4), '2025');
  });
});

describe("the header's date and the article's stamp are not a list", () => {
  it('dates the page by its stamp when the header prints the day of the visit above the menu', () => {
    const page = [
      'Town list',
      '2026. március 7, szombat - Name day',
      'News',
      '2013. Május 2. 08:15, csütörtök | Local',
      'Source: agency',
      HEADLINE,
      P1,
      P2,
      P3,
    ];
    assert.equal(dateOf(page)?.slice(0, 4), '2013');
  });

  it('still reads no year from two bare stamps of different days above the headline', () => {
    assert.equal(dateOf(['Menu', '3 May 2013', '4 June 2014', HEADLINE, P1, P2, P3]), undefined);
  });
});

describe("the header's weather widget and its date", () => {
  it('reads no year from a bare date under a temperature and a place name above the headline', () => {
    assert.equal(dateOf(['14.5 C', 'Harbourtown', 'Monday, 4 March 2024', HEADLINE, P1, P2, P3]), undefined);
    assert.equal(dateOf(['Cloudy 21°', 'Montag, 4. März 2024', HEADLINE, P1, P2, P3]), undefined);
  });

  it("reads no year from a bare date under the header's exchange rates or stock index", () => {
    assert.equal(
      dateOf(['Harbour Post', 'eur:', '385.02', 'usd:', '328.49', 'idx:', '0', 'Monday, 4 March 2024', HEADLINE, P1, P2, P3]),
      undefined,
    );
    assert.equal(dateOf(['Harbour Post', 'Index', '+0.45%', 'Monday, 4 March 2024', HEADLINE, P1, P2, P3]), undefined);
  });

  it('still reads a bare date right above the headline with no widget over it', () => {
    assert.equal(dateOf(['Harbourtown', 'Monday, 4 March 2024', HEADLINE, P1, P2, P3]), '2024-03-04');
    assert.equal(dateOf(['Page 2 F', 'Monday, 4 March 2024', HEADLINE, P1, P2, P3]), '2024-03-04');
    assert.equal(dateOf(['Harbour Post', 'Issue 12', 'Monday, 4 March 2024', HEADLINE, P1, P2, P3]), '2024-03-04');
  });
});

describe('a listing of stories, each with its stamp', () => {
  it("reads no year from the first item's stamp when the items below print theirs in the same form", () => {
    const P4 = 'The council will meet again next month to hear from residents who live near the old swing bridge.';
    const items = [
      ['Ferry timetable changes', P2, '22.05.2017 - 15:39'],
      ['Bridge works begin', P3, '22.05.2017 - 15:33'],
      ['Residents to be heard', P4, '22.05.2017 - 14:46'],
      ['Harbour lights repaired', P1, '22.05.2017 - 14:28'],
    ];
    assert.equal(dateOf([HEADLINE, P1, '22.05.2017 - 16:17', ...items.flat()]), undefined);
  });
});

describe("the day named at the start of the story agrees with the stamp's day", () => {
  const lead = (day: string) => `On the morning of ${day}, the harbour board approved the repair plan after a long debate about costs.`;
  const page = (day: string) => [HEADLINE, lead(day), P2, P3, 'Monday, 28/08/2017 13:18', 'Source: Harbour TV'];

  it('dates the page by a stamp at its foot when the lead names the same day without a year', () => {
    assert.equal(dateOf(page('28/8')), '2017-08-28');
  });

  it('a lead naming another day agrees with nothing', () => {
    assert.equal(dateOf(page('27/8')), undefined);
  });
});

describe("the stamp right under the headline is the page's own", () => {
  it('dates the page by it when other items with their own stamps follow in the page head', () => {
    const page = [
      HEADLINE,
      '19 November 2018 03:23 | Harbour Wire',
      P1,
      'Ferry timetable changes',
      '30 December 2017 22:30 | Harbour Wire',
      P2,
      P3,
    ];
    assert.equal(dateOf(page), '2018-11-19');
  });

  it('still reads no year from two stamps of different days with no headline above them', () => {
    const page = ['19 November 2018 03:23 | Harbour Wire', P1, 'Ferry timetable changes', '30 December 2017 22:30 | Harbour Wire', P2, P3];
    assert.equal(dateOf(page), undefined);
  });
});

describe('a sentence in a script without case or spaces is not a stamp line', () => {
  const more = '渡轮公司表示,桥梁封闭期间将增加班次。市民可以在网站上查询最新的时刻表和票价信息。';

  it('reads no year from a sentence that opens with a date', () => {
    const told = '2013年6月2日市议会批准了旧开合桥的维修计划,议员们就费用和交通问题进行了长时间的辩论。';
    assert.equal(dateOf([told, more, more]), undefined);
  });

  it('still reads a stamp line with the source paper beside its date', () => {
    assert.equal(dateOf(['港湾日报 2013年06月02日11:23 港湾晚报', '市议会批准旧开合桥维修计划', more, more]), '2013-06-02');
  });
});
