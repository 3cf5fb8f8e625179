/**
 * A breadcrumb whose separators the scraper dropped, every step glued to the next and the last to
 * the headline ("HomeLocal newsHeadline"): each glued step comes off, not only the first; a brand
 * spelt with an inner capital that the page prints again stays. And a title line printed again
 * whole further down keeps its last part when a menu line repeats only its first ("Team A - Team B"
 * over a list of teams naming "Team A"), once the glued steps are off.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text in the shapes scraped pages have.
const HEADLINE = 'Harbour council approves new ferry timetable';
const BODY =
  'The harbour council approved the new ferry timetable on Tuesday after a long debate about early crossings and the winter service.';
const BODY2 = 'Officials said the first changes would start in the spring, and the night crossing would stay as it is.';

const headlineOf = (lines: string[]) => cleanText([...lines, '', BODY, '', BODY2].join('\n')).headline?.text;

describe('title: a breadcrumb glued step to step', () => {
  it('takes every glued step off the headline', () => {
    assert.equal(headlineOf([`HomeLocal newsPolitics${HEADLINE}`]), HEADLINE);
    assert.equal(headlineOf([`Front pageRegionHarbourtown${HEADLINE}`]), HEADLINE);
    assert.equal(headlineOf([`InicioNoticias${HEADLINE}`]), HEADLINE);
  });

  it('takes the steps off when the page prints the headline again below', () => {
    assert.equal(headlineOf([`HomeNewsDesk${HEADLINE}`, '', HEADLINE]), HEADLINE);
  });

  it('leaves a glued word the page prints again: a brand, not a step', () => {
    const brand = cleanText(
      [
        'Weekend NewsQuickPay maker reports higher profit',
        '',
        'QuickPay said its profit rose in the third quarter, beating every forecast by far and lifting its shares.',
        '',
        BODY2,
      ].join('\n'),
    );
    assert.equal(brand.headline?.text, 'QuickPay maker reports higher profit');
  });

  it('stops where fewer than three words would be left', () => {
    assert.equal(headlineOf(['HomeNewsFerry timetable']), 'HomeNewsFerry timetable');
    assert.equal(headlineOf(['HomeNewsFerry timetable change']), 'Ferry timetable change');
  });
});

describe('title: a title line printed again whole keeps its last part', () => {
  const MATCH = 'Harbour Rovers - Valley Town (live report)';
  const page = (lines: string[]) =>
    cleanText(
      [
        ...lines,
        '',
        'Harbour Rovers met Valley Town on Saturday in the league, and the home side scored twice before the break.',
        '',
        'Valley Town came back after the break but Harbour Rovers held on for the win in front of a full stand.',
      ].join('\n'),
    ).headline?.text;

  it('keeps the pair when a team list above the story names the first team alone', () => {
    assert.equal(page([`SportFootball${MATCH}`, 'Harbour Rovers', 'Valley Town', 'Hill United', 'Port Athletic', '', MATCH]), MATCH);
  });

  it('still cuts a site after a dash when only the headline is printed again', () => {
    assert.equal(
      page(['Rovers beat Valley Town in a close match - Coast Courier', '', 'Rovers beat Valley Town in a close match']),
      'Rovers beat Valley Town in a close match',
    );
  });
});
