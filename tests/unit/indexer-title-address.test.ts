import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { addressWords } from '../../indexer/clean/title-address.ts';

// Invented text throughout: a story about a ferry ramp in an invented town, on an invented site.
const BODY = 'The Porthaven ferry left an hour late on Monday after the crew found a crack in the loading ramp, the operator said.';
const BODY2 =
  'Engineers checked the ferry ramp through the morning while passengers waited on the quay, and the evening crossing was cancelled.';
const BODY3 = 'The operator said repairs would take a week and that the ferry would run to a reduced timetable until then.';
const HEADLINE = 'Cracked ramp delays the Porthaven ferry';
const URL = 'https://news.example.org/local/2024/03/11/cracked-ramp-delays-porthaven-ferry.html';

const headlineOf = (lines: string[], url?: string) => cleanText(lines.join('\n\n'), { url }).headline?.text;

describe('title: the line the page address names', () => {
  it('takes a headline under a login form whose error message stops the scan as a sentence', () => {
    const error = 'Your login details were not recognised, please enter them again or ask for a new password.';
    const page = ['Harbour Gazette', 'Subscribe to the newsletter', error, 'Local news', HEADLINE, 'Published', BODY, BODY2, BODY3];
    // Without the address the scan now looks past the message too: it shares no word with the story
    // the headline under it is about (title-candidates.ts, headlineOverHeaderFollows).
    assert.equal(headlineOf(page), HEADLINE);
    assert.equal(headlineOf(page, URL), HEADLINE);
  });

  it('takes a headline printed after the story', () => {
    const page = [BODY, BODY2, BODY3, HEADLINE, 'Advertisement'];
    assert.equal(headlineOf(page), undefined);
    assert.equal(headlineOf(page, URL), HEADLINE);
  });

  it('keeps a headline that holds half the slug words or more (a reworded headline over its first wording)', () => {
    const page = ['Ferry chaos: cracked ramp leaves Porthaven waiting', HEADLINE, BODY, BODY2, BODY3];
    assert.equal(headlineOf(page, URL), headlineOf(page));
  });

  it('does not take a section line whose words are the address folders', () => {
    const url = 'https://news.example.org/ferries/2024/03/11/ferries-harbour-news-cracked-ramp-delays-porthaven-77123/';
    const page = ['Ferries - Harbour News', HEADLINE, BODY, BODY2, BODY3];
    assert.equal(headlineOf(page, url), HEADLINE);
  });

  it('changes nothing without an address, or with one whose path names no headline', () => {
    const page = ['Harbour Gazette', HEADLINE, BODY, BODY2, BODY3];
    assert.equal(headlineOf(page), HEADLINE);
    assert.equal(headlineOf(page, 'https://news.example.org/article/123456'), HEADLINE);
  });
});

describe('addressWords', () => {
  it('reads the slug less the folders it repeats, folded', () => {
    assert.deepEqual(
      [...(addressWords('https://example.org/sport/2019/sport-mañana-final-gewonnen-x1.html') ?? [])],
      ['manana', 'final', 'gewonnen'],
    );
    assert.deepEqual(
      [
        ...(addressWords(
          'https://example.org/n/%CE%BC%CE%B5%CE%B3%CE%AC%CE%BB%CE%B7-%CF%86%CF%89%CF%84%CE%B9%CE%AC-%CF%83%CF%84%CE%BF-%CE%BB%CE%B9%CE%BC%CE%AC%CE%BD%CE%B9',
        ) ?? []),
      ],
      ['μεγαλη', 'φωτια', 'στο', 'λιμανι'],
    );
  });

  it('names nothing for an id, a section or no address', () => {
    assert.equal(addressWords('https://example.org/news/123456'), null);
    assert.equal(addressWords('https://example.org/?p=204708'), null);
    assert.equal(addressWords(undefined), null);
    assert.equal(addressWords('not a url'), null);
  });
});
