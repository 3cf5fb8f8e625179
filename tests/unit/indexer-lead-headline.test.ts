/**
 * A page whose text starts straight with paragraphs gets its first sentence taken as the headline
 * (issue 18: body lines lost as 'headline'). A "headline" of five words or more ending in a full
 * stop is that lead: it stays in the text. A real headline is still dropped. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const MENU = '| Latest | Local | Sport | Culture | Weather |';
const LEAD = 'Two patrol cars were damaged overnight when a driver who refused to stop rammed them.';
const P1 = 'Officers said the chase began shortly after one in the morning and ended when the car left the road.';
const P2 = 'Nobody was hurt, a police spokeswoman said, and the driver, a man of twenty-eight, was arrested.';
const P3 = 'The damaged cars will be repaired at the regional workshop and should be back in service next week.';

const page = (...blocks: string[]) => blocks.join('\n');

describe('a lead sentence taken as the headline stays in the text', () => {
  it('keeps the lead of a page with no headline line', () => {
    const clean = cleanText(page(MENU, LEAD, P1, P2, P3));
    assert.equal(clean.headline?.text, LEAD);
    assert.ok(clean.kept.some((l) => l.text === LEAD));
  });

  it('keeps a short lead of a page with no headline line', () => {
    const lead = 'Police arrested the driver overnight.';
    const clean = cleanText(page(MENU, lead, P1, P2, P3));
    assert.equal(clean.headline?.text, lead);
    assert.ok(clean.kept.some((l) => l.text === lead));
  });

  it('still drops a headline that does not end in a full stop', () => {
    const headline = 'Driver who refused to stop rams two patrol cars near the lake overnight';
    const clean = cleanText(page(MENU, headline, LEAD, P1, P2, P3));
    assert.equal(clean.headline?.text, headline);
    assert.ok(!clean.kept.some((l) => l.text === headline));
  });

  it('still drops a headline cut short with an ellipsis', () => {
    const headline = 'Driver who refused to stop rams two patrol cars near the lake and then...';
    const clean = cleanText(page(MENU, headline, LEAD, P1, P2, P3));
    assert.equal(clean.headline?.text, headline);
    assert.ok(!clean.kept.some((l) => l.text === headline));
  });
});
