/**
 * `eval-ingest --corpus`: a labelled set scored as the indexer indexes it as one corpus folder
 * (its furniture pre-pass first), against the default of every page alone. An invented little
 * site whose pages share a short menu line: only the corpus mode can know it is furniture.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scorePages } from '../../bench/ingest/pages.ts';
import { figures, type PageTruth } from '../../bench/ingest/score.ts';

const PLACES = ['the Ferry Slipway', 'the Lighthouse Path', 'the Fish Market', 'the Tram Depot', 'the Rope Works', 'the Canal Bridge'];
/** The site's menu line, printed between paragraphs where no per-page rule can tell it from a subheading. */
const MENU = 'Walks of the month';

/** An invented page: headline, the menu line between two paragraphs, a subheading, more body. */
function page(place: string): string[] {
  return [
    `Council delays work on ${place}`,
    `Residents near ${place} gathered on Tuesday evening to hear the council explain why the work had been delayed again.`,
    MENU,
    `A spokesperson said the contractor had found problems at ${place} that nobody had expected when the survey was done.`,
    `What happens next for ${place}`,
    `Officials said a revised plan for ${place} would be published before the end of the month, after more consultation.`,
  ];
}

function truth(file: string, lines: string[]): PageTruth {
  const menuLine = lines.indexOf(MENU) * 2 + 1;
  return {
    file,
    split: 'dev',
    language: 'en',
    kind: 'article',
    title: lines[0]!,
    titleLine: 1,
    outlet: 'Unknown',
    outletStated: false,
    date: null,
    yearStated: false,
    junkLines: [menuLine],
    junkKinds: { [String(menuLine)]: 'navigation' },
  };
}

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eval-corpus-'));
  const site = path.join(dir, 'site');
  await mkdir(site);
  const truths: PageTruth[] = [];
  for (const [i, place] of PLACES.entries()) {
    const lines = page(place);
    const file = `site-${i + 1}.txt`;
    await writeFile(path.join(site, file), lines.join('\n\n'));
    truths.push(truth(file, lines));
  }
  await writeFile(path.join(site, 'truth.jsonl'), `${truths.map((t) => JSON.stringify(t)).join('\n')}\n`);
});
after(async () => rm(dir, { recursive: true, force: true }));

describe('eval-ingest --corpus', () => {
  it('keeps the shared menu line on every page scored alone', async () => {
    const f = figures(await scorePages(dir));
    assert.deepEqual(f.junkKept, { hits: PLACES.length, of: PLACES.length });
    assert.equal(f.bodyLost.hits, 0);
  });

  it('drops the menu line repeated on enough different articles when the set is one corpus, and no body line', async () => {
    const scores = await scorePages(dir, { corpus: true });
    const f = figures(scores);
    assert.deepEqual(f.junkKept, { hits: 0, of: PLACES.length });
    assert.deepEqual(f.bodyLost, { hits: 0, of: 4 * PLACES.length });
    assert.deepEqual(f.title, { hits: PLACES.length, of: PLACES.length });
  });
});
