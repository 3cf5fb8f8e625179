import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ArticleInput } from '../../engine/contract/types.ts';
import { FurnitureLearner } from '../../indexer/clean/furniture.ts';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { memoryEngine } from '../helpers/memory-engine.ts';

await loadLanguageDetector();

/**
 * An invented page: a headline, three body paragraphs with a subheading, and a site's chrome
 * placed where the per-page rules take it for text: short lines between paragraphs (a short line
 * after the last paragraph is caught on the page alone).
 */
function page(headline: string, topic: string, chrome: { middle: string[]; end: string[] }): string {
  return [
    headline,
    `Residents of ${topic} district gathered on Tuesday evening to hear the council explain why the work had been delayed again.`,
    ...chrome.middle,
    `A spokesperson said the contractor had found problems with ${topic} that nobody had expected when the survey was done.`,
    `What happens next for ${topic}`,
    `Officials said a revised plan for ${topic} would be published before the end of the month, after a second round of consultation.`,
    ...chrome.end,
    `The council will meet again to discuss ${topic} in the spring.`,
  ].join('\n\n');
}

const TOPICS = [
  'the Ferry Slipway',
  'the Lighthouse Path',
  'the Fish Market',
  'the Tram Depot',
  'the Rope Works',
  'the Canal Bridge',
  'the Dune Boardwalk',
  'the Mill Weir',
  'the Quarry Lake',
  'the Signal Box',
];

/** Site A's furniture: short, no sentence punctuation, nothing the per-page rules know. */
const SITE_A = { middle: ['Tidewatch with Morven Ash'], end: ['Letters to the harbourmaster'] };
const SITE_B = { middle: ['Walks of the month'], end: ['Ask the county archivist'] };
const FURNITURE = [...SITE_A.middle, ...SITE_A.end, ...SITE_B.middle, ...SITE_B.end];
const NO_CHROME = { middle: [], end: [] };

/** Page `i` of the ledger (SITE_A's lines), of another site, or plain, each on its own topic. */
const ledgerPage = (i: number) => page(`Council delays work on ${TOPICS[i]}`, TOPICS[i]!, SITE_A);
const otherPage = (i: number, chrome: typeof SITE_B) => page(`Questions over ${TOPICS[i]} plan`, TOPICS[i]!, chrome);
const plainPage = (i: number) => page(`Plans for ${TOPICS[i]}`, TOPICS[i]!, NO_CHROME);

function lineReasons(article: ArticleInput): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const p of article.paragraphs) reasons.set(p.text, 'kept');
  for (const d of article.dropped) reasons.set(d.text, d.reason);
  return reasons;
}

let corpus: string;
before(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'furniture-'));
});
after(async () => rm(corpus, { recursive: true, force: true }));

async function freshCorpus(name: string): Promise<string> {
  const dir = path.join(corpus, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** A folder of 5 pages with SITE_A's lines (ledger-0 to -4) and plain pages from `firstPlain` to 9. */
async function ledgerAndPlainPages(name: string, firstPlain: number): Promise<string> {
  const dir = await freshCorpus(name);
  for (let i = 0; i < 5; i++) await writeFile(path.join(dir, `ledger-${i}.txt`), ledgerPage(i));
  for (let i = firstPlain; i < 10; i++) await writeFile(path.join(dir, `plain-${i}.txt`), plainPage(i));
  return dir;
}

describe('corpus furniture', () => {
  it("drops each site's repeated menu and footer lines as boilerplate, and keeps the body", async () => {
    const dir = await freshCorpus('two-sites');
    await mkdir(path.join(dir, 'ledger'));
    await mkdir(path.join(dir, 'courier'));
    for (let i = 0; i < 5; i++) {
      await writeFile(path.join(dir, 'ledger', `story-${i}.txt`), ledgerPage(i));
      await writeFile(path.join(dir, 'courier', `story-${i}.txt`), otherPage(i + 5, SITE_B));
    }
    const engine = memoryEngine();
    const report = await indexCorpus({ corpusDir: dir, engine, mode: 'full', learnFurniture: true });

    assert.equal(engine.articles.size, 10);
    for (const article of engine.articles.values()) {
      const reasons = lineReasons(article);
      const own = article.source.startsWith('ledger/') ? SITE_A : SITE_B;
      for (const line of [...own.middle, ...own.end]) assert.equal(reasons.get(line), 'boilerplate', `${article.source}: ${line}`);
      assert.equal(article.paragraphs.filter((p) => p.kind === 'body').length, 4, article.source);
      assert.ok(
        article.paragraphs.some((p) => p.text.startsWith('What happens next for')),
        `${article.source}: the subheading is kept`,
      );
      assert.ok(!article.paragraphs.some((p) => FURNITURE.includes(p.text)), article.source);
    }
    assert.equal(report.droppedLines.boilerplate, 20);
    assert.equal(report.furniture.lines, 4);
  });

  it("learns a site's lines from a folder of 4 of its pages, and not from a folder where they are under half", async () => {
    const dir = await freshCorpus('small-folders');
    await mkdir(path.join(dir, 'ledger'));
    await mkdir(path.join(dir, 'mixed'));
    for (let i = 0; i < 4; i++) {
      await writeFile(path.join(dir, 'ledger', `story-${i}.txt`), ledgerPage(i));
      // 2 of SITE_B's pages among 4 plain ones: 2 of 6 is too few to tell.
      const chrome = i < 2 ? SITE_B : NO_CHROME;
      await writeFile(path.join(dir, 'mixed', `story-${i}.txt`), otherPage(i + 4, chrome));
    }
    for (let i = 8; i < 10; i++) await writeFile(path.join(dir, 'mixed', `plain-${i}.txt`), plainPage(i));
    const engine = memoryEngine();
    const report = await indexCorpus({ corpusDir: dir, engine, mode: 'full', learnFurniture: true });
    assert.equal(report.furniture.lines, 2);
    for (const article of engine.articles.values()) {
      const reasons = lineReasons(article);
      for (const line of FURNITURE) {
        if (!reasons.has(line)) continue;
        assert.equal(reasons.get(line), article.source.startsWith('ledger/') ? 'boilerplate' : 'kept', `${article.source}: ${line}`);
      }
    }
  });

  it('five copies of one article do not make its subheading furniture', async () => {
    const dir = await freshCorpus('copies');
    const outlets = ['Harbour Post', 'Valley Echo', 'Coast Record', 'Moor Gazette', 'Estuary Times'];
    for (const [i, outlet] of outlets.entries()) {
      // Each outlet carries the same wire story under its own small chrome.
      await writeFile(
        path.join(dir, `carried-${i}.txt`),
        page('Council delays work on the canal bridge', 'the canal bridge', { middle: [], end: [`More from ${outlet}`] }),
      );
    }
    const engine = memoryEngine();
    const report = await indexCorpus({ corpusDir: dir, engine, mode: 'full', learnFurniture: true });
    assert.equal(engine.articles.size, 5);
    assert.equal(report.furniture.lines, 0);
    for (const article of engine.articles.values()) {
      assert.equal(lineReasons(article).get('What happens next for the canal bridge'), 'kept', article.source);
    }
  });

  it('counts an article once however many copies of it the corpus holds', () => {
    const learner = new FurnitureLearner(3);
    const body = 'A long paragraph of the article that every copy carries unchanged, from its first word to its last.';
    for (let i = 0; i < 6; i++) learner.add(`Headline of the story\n\nShared subheading\n\n${body}`);
    assert.deepEqual([...learner.furniture()], []);
    learner.add(`Another story\n\nShared subheading\n\n${body.replace('article', 'report')}`);
    learner.add(`A third story\n\nShared subheading\n\n${body.replace('article', 'column')}`);
    assert.deepEqual([...learner.furniture()], ['shared subheading']);
  });

  it("learns a line on at least half of one folder's articles, from 3 of them, however few the folder holds", () => {
    const story = (n: number, extra: string) =>
      `Story number ${n} of the week\n\n${extra}\n\nA long paragraph that only story ${n} of the week carries, from its first word to its last one.`;
    const site = new FurnitureLearner();
    for (let i = 0; i < 4; i++) site.add(story(i, 'Letters to the harbourmaster'), 'ledger');
    for (let i = 4; i < 7; i++) site.add(story(i, 'Walks of the month'), 'courier');
    assert.deepEqual([...site.furniture()].sort(), ['letters to the harbourmaster', 'walks of the month']);

    const fewer = new FurnitureLearner();
    for (let i = 0; i < 2; i++) fewer.add(story(i, 'Letters to the harbourmaster'), 'ledger');
    fewer.add(story(2, 'Nothing shared'), 'ledger');
    assert.deepEqual([...fewer.furniture()], [], '2 articles are too few, even as 2 of 3');

    const mixed = new FurnitureLearner();
    for (let i = 0; i < 4; i++) mixed.add(story(i, 'Letters to the harbourmaster'), 'week-1');
    for (let i = 4; i < 9; i++) mixed.add(story(i, `Aside number ${i}`), 'week-1');
    assert.deepEqual([...mixed.furniture()], [], '4 of 9 articles is under half the folder');
    mixed.add(story(9, 'Letters to the harbourmaster'), 'week-2');
    assert.deepEqual([...mixed.furniture()], ['letters to the harbourmaster'], '5 articles anywhere, as before');
  });

  it('an incremental run rebuilds the articles whose line became furniture, and only those', async () => {
    const dir = await freshCorpus('incremental');
    for (let i = 0; i < 4; i++) await writeFile(path.join(dir, `ledger-${i}.txt`), ledgerPage(i));
    await writeFile(
      path.join(dir, 'other.txt'),
      page('Questions over the signal box plan', 'the signal box', { middle: [], end: SITE_B.end }),
    );
    // Other sites' pages, so that 4 ledger pages are under half the folder (furniture.ts: a line on
    // half of a folder's articles is furniture too) and only the fifth teaches the line.
    for (let i = 5; i < 9; i++) await writeFile(path.join(dir, `plain-${i}.txt`), plainPage(i));
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine, mode: 'full', learnFurniture: true });
    assert.equal(lineReasons(engine.articles.get('ledger-0')!).get('Tidewatch with Morven Ash'), 'kept');

    await writeFile(path.join(dir, 'ledger-4.txt'), ledgerPage(4));
    const report = await indexCorpus({ corpusDir: dir, engine, learnFurniture: true });
    assert.equal(report.mode, 'incremental');
    assert.deepEqual(report.changes.added, ['ledger-4']);
    assert.deepEqual(report.changes.changed.sort(), ['ledger-0', 'ledger-1', 'ledger-2', 'ledger-3']);
    assert.equal(report.changes.unchanged, 5, 'the pages without the furniture are not rebuilt');
    for (let i = 0; i < 5; i++) {
      const reasons = lineReasons(engine.articles.get(`ledger-${i}`)!);
      for (const line of [...SITE_A.middle, ...SITE_A.end]) assert.equal(reasons.get(line), 'boilerplate', `ledger-${i}: ${line}`);
    }

    const again = await indexCorpus({ corpusDir: dir, engine, learnFurniture: true });
    assert.equal(again.changes.unchanged, 10, 'a second run with nothing new rebuilds nothing');
  });

  it('learns by default within the full build, and the report counts the index it leaves', async () => {
    const dir = await ledgerAndPlainPages('by-default', 5);
    const engine = memoryEngine();
    const report = await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    assert.equal(report.furniture.lines, 2);
    for (let i = 0; i < 5; i++) {
      const reasons = lineReasons(engine.articles.get(`ledger-${i}`)!);
      for (const line of [...SITE_A.middle, ...SITE_A.end]) assert.equal(reasons.get(line), 'boilerplate', `ledger-${i}: ${line}`);
    }
    // The build sent every article once, then the 5 holding the learned lines again, and only those,
    // as revisions that keep their place in index order (not upserts, which move an article to the end).
    assert.deepEqual(engine.revised.sort(), ['ledger-0.txt', 'ledger-1.txt', 'ledger-2.txt', 'ledger-3.txt', 'ledger-4.txt']);
    assert.deepEqual(engine.upserted, []);
    const indexed = [...engine.articles.values()];
    assert.equal(report.articles, 10);
    assert.equal(
      report.paragraphs,
      indexed.reduce((n, a) => n + a.paragraphs.length, 0),
    );
    assert.equal(report.droppedLines.boilerplate, 10);
    assert.equal(
      Object.values(report.droppedLines).reduce((n, c) => n + (c ?? 0), 0),
      indexed.reduce((n, a) => n + a.dropped.length, 0),
    );
    assert.deepEqual(report.changes.added.sort(), indexed.map((a) => a.id).sort());
    assert.deepEqual(
      report.perArticle.map((r) => [r.id, r.paragraphs, r.droppedLines]).sort(),
      indexed.map((a) => [a.id, a.paragraphs.length, a.dropped.length]).sort(),
    );

    const off = memoryEngine();
    const without = await indexCorpus({ corpusDir: dir, engine: off, mode: 'full', learnFurniture: false });
    assert.equal(without.furniture.lines, 0);
    assert.equal(lineReasons(off.articles.get('ledger-0')!).get('Tidewatch with Morven Ash'), 'kept');
  });

  it('an update after a build that learned rebuilds nothing, and a page added later loses the learned lines', async () => {
    const dir = await ledgerAndPlainPages('learned-then-added', 6);
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    const same = await indexCorpus({ corpusDir: dir, engine });
    assert.equal(same.changes.unchanged, 9, 'the build and the update clean with the same furniture');

    await writeFile(path.join(dir, 'ledger-5.txt'), ledgerPage(5));
    const added = await indexCorpus({ corpusDir: dir, engine });
    assert.deepEqual(added.changes.added, ['ledger-5']);
    assert.equal(added.changes.unchanged, 9);
    const reasons = lineReasons(engine.articles.get('ledger-5')!);
    for (const line of [...SITE_A.middle, ...SITE_A.end]) assert.equal(reasons.get(line), 'boilerplate', line);
  });

  it('learns from the records of a record file within the build, and rebuilds only the records holding the lines', async () => {
    const dir = await freshCorpus('records');
    const records = TOPICS.map((topic, i) => {
      const chrome = i < 5 ? SITE_B : { middle: [], end: [] };
      const [, ...body] = page(`Questions over ${topic} plan`, topic, chrome).split('\n\n');
      return JSON.stringify({ id: `r${i}`, title: `Questions over ${topic} plan`, text: body.join('\n\n') });
    });
    await writeFile(path.join(dir, 'export.jsonl'), `${records.join('\n')}\n`);
    const engine = memoryEngine();
    const report = await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    assert.equal(report.furniture.lines, 2);
    assert.equal(engine.revised.length, 5, 'the five records with the lines, not the file');
    for (let i = 0; i < 10; i++) {
      const reasons = lineReasons(engine.articles.get(`export-r${i}`)!);
      assert.equal(reasons.get('Walks of the month'), i < 5 ? 'boilerplate' : undefined, `r${i}`);
    }
    assert.equal(report.droppedLines.boilerplate, 10);
  });

  it('worker threads drop the same furniture', async () => {
    const dir = path.join(corpus, 'two-sites');
    const inThread = memoryEngine();
    const inWorkers = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine: inThread, mode: 'full', learnFurniture: true });
    await indexCorpus({ corpusDir: dir, engine: inWorkers, mode: 'full', workers: 2, learnFurniture: true });
    for (const [id, article] of inThread.articles) assert.deepEqual(inWorkers.articles.get(id)!.dropped, article.dropped, id);
    assert.ok([...inWorkers.articles.values()].every((a) => a.dropped.some((d) => d.reason === 'boilerplate')));
  });
});
