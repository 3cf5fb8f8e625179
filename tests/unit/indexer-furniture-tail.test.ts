import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ArticleInput } from '../../engine/contract/types.ts';
import { FurnitureLearner, furnitureSample, tailKey } from '../../indexer/clean/furniture.ts';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { memoryEngine } from '../helpers/memory-engine.ts';

await loadLanguageDetector();

/**
 * A site's block under its stories (task 18folder): a heading printed alike on a few pages of a
 * folder of two sites, then other stories' headlines, different on every page. The heading is on
 * too few pages for the line count (five articles, or half a folder), and the items never repeat.
 */

/** Invented towns, one story each. */
const TOWNS = [
  'Abbotsmere',
  'Bramblecote',
  'Carrow Fen',
  'Dellwick',
  'Eastholm',
  'Fallowby',
  'Grisedale',
  'Harrowgate End',
  'Inchmoor',
  'Jackdaw Heath',
];

/**
 * An invented story about `town`, naming no outlet, with `tail` under it: an excerpt as scrapers
 * keep it (the lead paragraph, no headline, lines not spaced), the shape whose closing list the
 * per-page rules leave (their related-headline rules read a headline and spaced paragraphs).
 */
function story(town: string, tail: readonly string[]): string {
  return [
    `The ferry serving ${town} will run an hour later in the mornings from next week, the harbour board said on Thursday. Commuters from ${town} said the change would make it harder to reach the mainland before the shops open. The board said the later start lets crews rest after the night crossings.`,
    ...tail,
  ].join('\n');
}

/** Three headlines of other stories, different for every town (with counts and quotes, as the per-page rules leave them). */
const items = (town: string) => [
  `${town}, school choir: 3 prizes at the county festival`,
  `Sea wall path in ${town} closed after storm, 12 homes evacuated`,
  `Bakery opens in ${town} square: “queues until 6pm“`,
];

const HEADING = 'harbour notebook';

function lineReasons(article: ArticleInput): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const p of article.paragraphs) reasons.set(p.text, 'kept');
  for (const d of article.dropped) reasons.set(d.text, d.reason);
  return reasons;
}

describe('a learned block heading under the story', () => {
  let corpus: string;
  before(async () => {
    corpus = await mkdtemp(path.join(tmpdir(), 'furniture-tail-'));
  });
  after(async () => rm(corpus, { recursive: true, force: true }));

  /**
   * One flat folder of two sites: `quay-*` pages (`withBlock` of them end on the heading and its
   * items, the others on the heading and a paragraph), and `moor-*` pages of a site whose stories
   * end on a closing subheading and paragraphs. Ten pages: the heading's four are not half of the folder.
   */
  async function flatFolder(name: string, withBlock: number): Promise<string> {
    const dir = path.join(corpus, name);
    await mkdir(dir, { recursive: true });
    for (let i = 0; i < 4; i++) {
      const town = TOWNS[i]!;
      const tail =
        i < withBlock
          ? [HEADING, ...items(town)]
          : [HEADING, `The harbour board will publish the winter timetable for ${town} in October.`];
      await writeFile(path.join(dir, `quay-${i}.txt`), story(town, tail));
    }
    for (let i = 4; i < 10; i++) {
      const town = TOWNS[i]!;
      const tail = [
        'What happens next',
        `Residents of ${town} can comment on the plan until the end of the month.`,
        'Ferry fares stay the same',
      ];
      await writeFile(path.join(dir, `moor-${i}.txt`), story(town, tail));
    }
    return dir;
  }

  it('names the line opening a page’s closing list of items, and only that', () => {
    assert.equal(furnitureSample(story('Abbotsmere', [HEADING, ...items('Abbotsmere')])).tailOpener, 'harbour notebook');
    // A heading over a paragraph, one item, or no story above: no tail.
    assert.equal(furnitureSample(story('Abbotsmere', [HEADING, 'The board will meet again in May.'])).tailOpener, null);
    assert.equal(furnitureSample(story('Abbotsmere', [HEADING, items('Abbotsmere')[0]!])).tailOpener, null);
    assert.equal(furnitureSample([HEADING, ...items('Abbotsmere')].join('\n\n')).tailOpener, null);
  });

  it('learns a heading opening such a list on three different articles, not two, and not copies of one', () => {
    const learner = new FurnitureLearner();
    for (const town of TOWNS.slice(0, 2)) learner.add(story(town, [HEADING, ...items(town)]));
    learner.add(story(TOWNS[0]!, [HEADING, ...items(TOWNS[0]!)]));
    assert.equal(learner.furniture().has(tailKey('harbour notebook')), false);
    learner.add(story(TOWNS[2]!, [HEADING, ...items(TOWNS[2]!)]));
    assert.equal(learner.furniture().has(tailKey('harbour notebook')), true);
  });

  it('drops the heading and its items on every page of the site, keeps a paragraph under it, and keeps the other site whole', async () => {
    const dir = await flatFolder('three', 3);
    const full = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine: full, mode: 'full' });
    const bySource = new Map([...full.articles.values()].map((a) => [a.source, a]));
    const reasons = async (source: string) => lineReasons(bySource.get(source)!);

    for (let i = 0; i < 3; i++) {
      const r = await reasons(`quay-${i}.txt`);
      assert.equal(r.get(HEADING), 'boilerplate');
      for (const item of items(TOWNS[i]!)) assert.equal(r.get(item), 'boilerplate', item);
      assert.equal(r.get(story(TOWNS[i]!, [])), 'kept');
    }
    // The site's heading over a paragraph: the paragraph is the story's, and stays.
    const over = await reasons('quay-3.txt');
    assert.equal(over.get(`The harbour board will publish the winter timetable for ${TOWNS[3]} in October.`), 'kept');
    // The other site's closing subheading and lines are no learned block.
    const moor = await reasons('moor-4.txt');
    assert.equal(moor.get(`Residents of ${TOWNS[4]} can comment on the plan until the end of the month.`), 'kept');

    // An update learns the same in its pre-pass, and finds nothing changed.
    const again = await indexCorpus({ corpusDir: dir, engine: full });
    assert.equal(again.changes.unchanged, 10);
  });

  it('learns nothing from two pages carrying the block', async () => {
    const dir = await flatFolder('two', 2);
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    const r = lineReasons([...engine.articles.values()].find((a) => a.source === 'quay-0.txt')!);
    assert.equal(r.get(HEADING), 'kept');
    for (const item of items(TOWNS[0]!)) assert.equal(r.get(item), 'kept', item);
  });
});
