/**
 * The visit's date (indexer/infer/date-visit.ts): a date printed alone on a line in the head of
 * pages of several different sites of one corpus is the day the scraper saw them, and dates none
 * of them; one site's date header over its post still dates it. Through the indexer's run (full and
 * incremental) as a user indexes a folder. The pages and sites are invented.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { inferDate } from '../../indexer/infer/date.ts';
import { headDatesOf, MIN_SITES, VisitDateLearner } from '../../indexer/infer/date-visit.ts';
import { pageLines } from '../../indexer/clean/page-lines.ts';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { memoryEngine } from '../helpers/memory-engine.ts';

await loadLanguageDetector();

const VISIT = 'Wednesday, 3 June 2026';

/** Each site's own chrome: a masthead and menu items no other site prints. */
const SITES = [
  ['The Kestrel Ledger', 'Harbour | Council | Ferries', 'Letters to the harbourmaster', 'Tidewatch with Morven Ash'],
  ['Larkspur Evening Post', 'Valley | Farming | Markets', 'Ask the county archivist', 'Walks of the month'],
  ['Dunmore Weekly Lantern', 'Town | Schools | Weather', 'Notes from the mill', 'Parish noticeboard'],
  ['Saltmarsh Gazette', 'Coast | Courts | Sport', 'From the lifeboat station', 'Birds of the estuary'],
];
const TOPICS = ['the swing bridge', 'the old ferry slipway', 'the fish market roof', 'the tram depot'];

/** A page of site `s`: its masthead and menu, a date line, the headline, the story, its footer. */
function sitePage(s: number, date: string): string {
  const [masthead, menu, footer1, footer2] = SITES[s]!;
  const topic = TOPICS[s]!;
  return [
    masthead,
    menu,
    date,
    `Council delays work on ${topic} again`,
    `Residents gathered on Tuesday evening to hear the council explain why the work on ${topic} had been delayed again.`,
    `A spokesperson said the contractor had found problems with ${topic} that nobody had expected when the survey was done.`,
    `Officials said a revised plan would be published before the end of the month, after a second round of consultation.`,
    footer1,
    footer2,
  ].join('\n\n');
}

let root: string;
before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'visit-'));
});
after(async () => rm(root, { recursive: true, force: true }));

async function corpusOf(name: string, pages: Record<string, string>): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(pages)) await writeFile(path.join(dir, file), text);
  return dir;
}

describe('the dates a page prints alone in its head', () => {
  it('reads a date line (a weekday, a clock time at most) above the first line of text', () => {
    assert.deepEqual(headDatesOf(pageLines(sitePage(0, VISIT))), ['2026-06-03']);
    assert.deepEqual(headDatesOf(pageLines(sitePage(0, '3.6.2026 08:24'))), ['2026-06-03']);
  });

  it('does not read a stamp with a cue, or a date line below the text', () => {
    assert.deepEqual(headDatesOf(pageLines(sitePage(0, 'Published 3 June 2026'))), []);
    const below = sitePage(0, 'Harbour news').replace('Letters to the harbourmaster', VISIT);
    assert.deepEqual(headDatesOf(pageLines(below)), []);
  });
});

describe('the visit date learner', () => {
  const keys = (s: number) => SITES[s]!.map((line) => line.toLowerCase());

  it(`learns a date printed by ${MIN_SITES} different sites, not by fewer`, () => {
    const learner = new VisitDateLearner();
    for (let s = 0; s < MIN_SITES - 1; s++) learner.add(['2026-06-03'], keys(s));
    assert.deepEqual([...learner.dates()], []);
    learner.add(['2026-06-03'], keys(MIN_SITES - 1));
    assert.deepEqual([...learner.dates()], ['2026-06-03']);
  });

  it("does not count one site's pages (they share their chrome) as several sites", () => {
    const learner = new VisitDateLearner();
    for (let page = 0; page < 10; page++) learner.add(['2026-06-03'], [...keys(0), `story ${page}`]);
    assert.deepEqual([...learner.dates()], []);
  });
});

describe('indexing a folder of several sites that print the day of the visit', () => {
  const yearsOf = (engine: ReturnType<typeof memoryEngine>) =>
    Object.fromEntries([...engine.articles.values()].map((a) => [a.id, a.year]).sort());

  it('gives no page a year from the shared header date; a page whose head prints another date keeps it', async () => {
    const dir = await corpusOf('sites', {
      'a.txt': sitePage(0, VISIT),
      'b.txt': sitePage(1, VISIT),
      'c.txt': sitePage(2, VISIT),
      'd.txt': sitePage(3, 'Tuesday, 12 March 2019'),
    });
    const engine = memoryEngine();
    const report = await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    assert.deepEqual(yearsOf(engine), { a: null, b: null, c: null, d: 2019 });
    assert.deepEqual(report.furniture.visitDates, ['2026-06-03']);
    const pooled = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine: pooled, mode: 'full', workers: 2 });
    assert.deepEqual(yearsOf(pooled), yearsOf(engine), 'the same with worker threads');
  });

  it("keeps a single blog post's date header over its post", async () => {
    const dir = await corpusOf('blog', { 'post.txt': sitePage(0, VISIT) });
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    assert.deepEqual(yearsOf(engine), { post: 2026 });
  });

  it("keeps the year of one site's pages that share their date header", async () => {
    const sameSite = (i: number) => sitePage(0, VISIT).replaceAll('the swing bridge', `the ${['north', 'south', 'east', 'west'][i]} pier`);
    const dir = await corpusOf('one-site', { 'p0.txt': sameSite(0), 'p1.txt': sameSite(1), 'p2.txt': sameSite(2), 'p3.txt': sameSite(3) });
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    assert.deepEqual(Object.values(yearsOf(engine)), [2026, 2026, 2026, 2026]);
  });

  it('an incremental run that adds the third site takes the year from the pages indexed before, and then rebuilds nothing', async () => {
    const dir = await corpusOf('incremental', { 'a.txt': sitePage(0, VISIT), 'b.txt': sitePage(1, VISIT) });
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    assert.deepEqual(yearsOf(engine), { a: 2026, b: 2026 });

    await writeFile(path.join(dir, 'c.txt'), sitePage(2, VISIT));
    const report = await indexCorpus({ corpusDir: dir, engine });
    assert.equal(report.mode, 'incremental');
    assert.deepEqual(report.changes.added, ['c']);
    assert.deepEqual(report.changes.changed.sort(), ['a', 'b']);
    assert.deepEqual(yearsOf(engine), { a: null, b: null, c: null });

    const again = await indexCorpus({ corpusDir: dir, engine });
    assert.equal(again.changes.unchanged, 3);
  });
});

describe('a page read with the corpus visit dates', () => {
  const HEADLINE = 'Harbour board approves the swing bridge repair plan';
  const P1 = 'The harbour board approved the repair plan on Tuesday after a long debate about costs and traffic.';
  const P2 = 'Work on the old swing bridge will begin in the spring and is expected to last for most of the year.';
  const P3 = 'Ferry services will run more often while the bridge is closed, the operator said in a statement.';
  const TODAY = new Date('2026-12-01T00:00:00Z');
  const visits = new Set(['2026-06-03']);
  const dateOf = (lines: string[]) => inferDate(cleanText(lines.join('\n\n')), TODAY, visits)?.value;

  it('reads no date from the visit date above the headline, alone or run into the menu', () => {
    assert.equal(dateOf(['Harbour Post', VISIT, HEADLINE, P1, P2, P3]), undefined);
    assert.equal(
      dateOf(['Home | Harbour | Ferries | Weather | Letters | Wednesday, 3 June 2026 | Subscribe | Sign in', HEADLINE, P1, P2, P3]),
      undefined,
    );
  });

  it("still dates the page by a stamp under the headline, the same day's or another", () => {
    assert.equal(dateOf(['Harbour Post', VISIT, HEADLINE, 'Published 1 June 2026', P1, P2, P3]), '2026-06-01');
    assert.equal(dateOf(['Harbour Post', HEADLINE, VISIT, P1, P2, P3]), '2026-06-03');
  });
});
