import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { isYearlessDate } from '../../indexer/clean/title-shapes.ts';

// Invented text: a site's clock without the year between a section label and the headline.
const BODY =
  'After a slow start the home side went in two goals down at the break, then found their passing again and pulled one back late on.';
const BODY2 = 'The visitors held on for the points, but the manager said the second half showed what the squad can do.';

describe('title: a weekday, a day and a month without a year', () => {
  it('reads as a date in any language of the date tables', () => {
    assert.ok(isYearlessDate('Saturday 1st December'));
    assert.ok(isYearlessDate('Samstag, 1. Dezember'));
    assert.ok(isYearlessDate('samedi 1er décembre'));
  });

  it('is no date without the weekday, nor with other words', () => {
    assert.ok(!isYearlessDate('Budget day 1 December'));
    assert.ok(!isYearlessDate('Saturday 1 December kick-off moved'));
  });

  it('is not taken for the headline', () => {
    const page = ['Match Report', '', 'Saturday 1st December', '', 'Referee calls hurt', '', BODY, '', BODY2];
    assert.equal(cleanText(page.join('\n')).headline?.text, 'Referee calls hurt');
  });

  it('leaves a fixture’s heading over its date and venue the headline', () => {
    // The venue is named in the text, so it shares words with it where the heading does not.
    const preview =
      'The coach expects a real test at Quay Park, where the visitors from Porthaven won the last meeting by two tries and a penalty.';
    const page = ['Harbour v Coast (Sat)', '', 'Saturday 20 November', '', 'Quay Park, Porthaven', '', '1400 GMT', '', preview, '', BODY2];
    assert.equal(cleanText(page.join('\n')).headline?.text, 'Harbour v Coast (Sat)');
  });
});
