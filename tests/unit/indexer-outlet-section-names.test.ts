/**
 * A section or menu word read in one place is the page's navigation, not the site (issue 18, task
 * 18out12): a title line ending in "| Info", "Nacional" over each teaser of a list, a glued menu's
 * "Download App Advertise with us", "Daily Newsletter" above the headline. A site named like a
 * section still names itself where a second place agrees. Every page and outlet here is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionName } from '../../indexer/infer/outlet-words.ts';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const TEASERS = [
  'Lighthouse keeper retires after forty winters on the rock',
  'New bus route links the two villages across the estuary',
  'Fishing boats return early as the storm moves up the coast',
];

describe('a section or menu word in one place is not the site', () => {
  it('knows a section word, section words only, and a product of a trade word alone', () => {
    for (const name of ['Info', 'Nacional', 'Advertise', 'Daily Newsletter', 'Inrikes politik', '사건사고'])
      assert.ok(sectionName(name), name);
    for (const name of ['Harbour Info', 'Daily News', 'Harbour Newsletter', 'TODAY', 'El Nacional']) assert.ok(!sectionName(name), name);
  });

  it('reads no site in a title line ending in a section word', () => {
    assert.equal(outletOf(`${HEADLINE} | Info\n\n${BODY}`), 'Unknown');
  });

  it('reads no site in a label over every teaser, a glued menu or a newsletter box', () => {
    const list = `${HEADLINE}\n\n${BODY}\n\nRead more\n\n${TEASERS.map((t) => `${t}\n\nNacional`).join('\n\n')}\n`;
    assert.equal(outletOf(list), 'Unknown');
    assert.equal(outletOf(`About us Download App Advertise with us Classifieds\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`Daily Newsletter\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
  });

  it('still reads a site named like a section where a second place names it', () => {
    assert.equal(outletOf(`${HEADLINE} | Sport\n\n${BODY}\n\n© 2024 Sport. All rights reserved.`), 'Sport');
  });
});
