import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: a standfirst printed twice (its own slot and the photo's caption) under a headline and its stamp.
const PARAGRAPH =
  'The fisherman said he had reported a broken mooring first, but nobody took the report, and the wardens stopped him while he was unloading his catch with his children.';
const PARAGRAPH2 =
  'The council said the wardens had acted on a complaint from a boat owner, and that it would publish its findings once both sides had been heard by the harbour board.';

const clean = (lines: string[]) => cleanText(lines.join('\n'));
const keptTexts = (lines: string[]) => clean(lines).kept.map((k) => k.text);

describe('a standfirst printed twice under its headline', () => {
  const headline = 'Summer tour: the radio van visits the villages';
  const standfirst =
    'On Saturday we will be in the valley villages, and on Sunday at the regatta on the mill island, with the van and the whole morning team on air';
  const page = [headline, '', '2024-06-22, 09:50 Newsroom', standfirst, '', standfirst, '', PARAGRAPH, '', PARAGRAPH2];

  it('keeps the headline above it, not the copy', () => {
    assert.equal(clean(page).headline?.text, headline);
  });

  it('keeps one copy of the standfirst as text', () => {
    assert.equal(keptTexts(page).filter((t) => t === standfirst).length, 1);
  });
});
