import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text in the shapes scraped pages have: a headline below an opening paragraph, and a
// kicker printed on the line right above its headline.
const BODY =
  'The operator of the harbour ferry said on Monday that fares would rise by a fifth from April, blaming fuel costs that doubled.';
const BODY2 = 'Passenger groups said the rise would hit the commuters who cross twice a day hardest, and asked the council to step in.';
const NOTICE =
  'This page uses an older layout that some devices no longer show well, and parts of it may look different from what you expect until the new design reaches every reader next week.';

const kept = (lines: string[]) => cleanText(lines.join('\n')).kept.map((k) => k.text);

describe('title: the headline below an opening paragraph', () => {
  it('finds the headline under a notice printed above the site’s chrome', () => {
    const page = [NOTICE, '', 'Skip to main content', '', 'Harbour ferry fares to rise by a fifth', '', BODY, BODY2];
    assert.equal(headlineOf(page), 'Harbour ferry fares to rise by a fifth');
    assert.ok(kept(page).includes(NOTICE), 'the notice is left to the junk rules, not dropped as a headline');
  });

  it('finds the headline under its teaser, and keeps the teaser as text', () => {
    const teaser =
      'Ferry fares on the harbour route will rise by a fifth in spring, the operator said, after fuel costs doubled over the winter.';
    const page = [teaser, 'Harbour ferry fares to rise by a fifth', BODY, BODY2];
    assert.equal(headlineOf(page), 'Harbour ferry fares to rise by a fifth');
    assert.ok(kept(page).includes(teaser));
  });

  it('takes no sub-heading under a long first paragraph that shares two of its words (no teaser)', () => {
    const long = `"We never thought fares could rise this far", one commuter said on the quay. ${BODY} ${BODY2} The ferry fares were set by the harbour board last year, and the board meets again in May to hear from the operator and from passenger groups about the rise.`;
    const page = [long, 'Ferry fares still open to review', BODY2];
    assert.notEqual(headlineOf(page), 'Ferry fares still open to review');
    assert.deepEqual(kept(page), page);
  });

  it('takes no sub-heading of a page that opens with its lead and has no headline', () => {
    const page = [BODY, 'Councillors divided', BODY2];
    assert.equal(headlineOf(page), undefined);
    assert.deepEqual(kept(page), page);
  });
});

describe('title: a kicker on the line right above its headline', () => {
  it('takes the quoted headline under a subject line of as many words', () => {
    assert.equal(
      headlineOf(['Ferries in times of drought', '«Fares may rise every month»', '', BODY, BODY2]),
      '«Fares may rise every month»',
    );
  });

  it('takes the headline under an authority’s name joined by a dash', () => {
    assert.equal(
      headlineOf(['State Police – harbour district office', 'Fugitive caught after months', '', BODY, BODY2]),
      'Fugitive caught after months',
    );
  });

  it('keeps the upper line over a longer standfirst, a wrapped paragraph or a blank line', () => {
    const headline = 'Harbour ferry fares to rise';
    assert.equal(headlineOf([headline, 'Operator blames fuel costs that doubled over winter', '', BODY, BODY2]), headline);
    assert.equal(headlineOf([headline, 'fares across the whole network', '', BODY, BODY2]), headline);
    assert.equal(headlineOf([headline, '', 'Commuters face dearer crossings', '', BODY, BODY2]), headline);
  });
});

describe('title: a headline in capitals is no menu', () => {
  it('takes a headline in capitals with stop words of its language, and still skips a menu in capitals', () => {
    const headline = 'PORTO NOVO - RETOMADA DAS OBRAS DO CAIS DA BARCA';
    assert.equal(headlineOf(['[Fechar]', '', headline, '', BODY, BODY2]), headline);
    assert.equal(
      headlineOf(['NOTÍCIAS ESPORTES CULTURA ECONOMIA', 'Harbour ferry fares to rise by a fifth', '', BODY, BODY2]),
      'Harbour ferry fares to rise by a fifth',
    );
  });
});
