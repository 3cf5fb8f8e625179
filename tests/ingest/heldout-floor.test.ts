/**
 * A regression guard, not a timing: the indexer's figures on the held-out labelled pages
 * (../shared/pages, `npm run eval:ingest`) must not fall below the last recorded ones
 * (bench/ingest/heldout-floor.json, written by `npm run eval:ingest -- --record`).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { pagesAvailable, scorePages, PAGES_DIR } from '../../bench/ingest/pages.ts';
import { RECORDED_FIGURES, recordable, type RecordedFigures } from '../../bench/ingest/report.ts';
import { figures } from '../../bench/ingest/score.ts';

if (!pagesAvailable()) {
  console.log(`skipped: no labelled pages at ${PAGES_DIR} — the ingestion regression guard did not run`);
}

describe('ingestion on the held-out labelled pages', { skip: pagesAvailable() ? false : `no labelled pages at ${PAGES_DIR}` }, async () => {
  const floor = JSON.parse(fs.readFileSync(RECORDED_FIGURES, 'utf8')) as RecordedFigures;
  const now = recordable(figures((await scorePages()).filter((s) => s.split === 'heldout')));

  for (const field of ['title', 'outlet', 'year'] as const) {
    it(`gets the ${field} right at least as often as recorded (${floor[field]})`, () => {
      assert.ok(now[field] >= floor[field], `${field}: ${now[field]} < recorded ${floor[field]}`);
    });
  }
  it(`asserts no more wrong years than recorded (${floor.wrongYears})`, () => {
    assert.ok(now.wrongYears <= floor.wrongYears, `wrong years: ${now.wrongYears} > recorded ${floor.wrongYears}`);
  });
  it(`asserts no more wrong outlets than recorded (${floor.wrongOutlets})`, () => {
    assert.ok(now.wrongOutlets <= floor.wrongOutlets, `wrong outlets: ${now.wrongOutlets} > recorded ${floor.wrongOutlets}`);
  });
  it(`keeps no larger share of junk lines than recorded (${floor.junkKept})`, () => {
    assert.ok(now.junkKept <= floor.junkKept, `junk kept: ${now.junkKept} > recorded ${floor.junkKept}`);
  });
  it(`loses no larger share of body lines than recorded (${floor.bodyLost})`, () => {
    assert.ok(now.bodyLost <= floor.bodyLost, `body lost: ${now.bodyLost} > recorded ${floor.bodyLost}`);
  });
});
