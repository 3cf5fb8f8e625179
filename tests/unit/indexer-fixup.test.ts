/**
 * The furniture fix-up (indexer/furniture-fixup.ts) through a real engine: after a full build that
 * learned the corpus's furniture on the way and revised the articles holding it, the index is the
 * one a build that knew the furniture from the start writes — the same articles, paragraphs, copy
 * groups and answers. The revised articles keep their place in index order (`reviseArticles`):
 * upserted, they moved after the copies printed later, and those led their groups. An article
 * whose learned lines its page rules had dropped already is not built again: its new content hash
 * alone is sent (`rehashArticles`), and the index is the same.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { learnCorpus, planCorpus } from '../../indexer/corpus-plan.ts';
import { fullBuild } from '../../indexer/full-build.ts';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { MAX_FILE_BYTES } from '../../indexer/read/decode.ts';
import { ReportBuilder } from '../../indexer/report.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { indexView } from '../helpers/index-view.ts';
import { memoryEngine } from '../helpers/memory-engine.ts';

await loadLanguageDetector();

/** A site's lines the per-page rules keep (short, no sentence), printed between the story's paragraphs. */
const CHROME = ['Tidewatch with Morven Ash', 'Letters to the harbourmaster'];
const TOPICS = ['the Ferry Slipway', 'the Lighthouse Path', 'the Fish Market', 'the Tram Depot', 'the Rope Works', 'the Canal Bridge'];

function story(topic: string): string[] {
  return [
    `Residents of ${topic} district gathered on Tuesday evening to hear the council explain why the work had been delayed again.`,
    `A spokesperson said the contractor had found problems with ${topic} that nobody had expected when the survey was done.`,
    `Officials said a revised plan for ${topic} would be published before the end of the month, after a second round of consultation.`,
    `The council will meet again to discuss ${topic} in the spring.`,
  ];
}

/** The site's page: its chrome inside the story. */
const sitePage = (topic: string) => {
  const [a, b, c, d] = story(topic);
  return [`Council delays work on ${topic}`, a, CHROME[0], b, c, CHROME[1], d].join('\n\n');
};
/** Another outlet's reprint of the same story, without the chrome: after the site's page in path order. */
const reprint = (topic: string) => [`Reprinted: ${topic} delayed`, ...story(topic)].join('\n\n');

let dir: string;
const engines: SearchEngine[] = [];
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fixup-'));
  const corpus = path.join(dir, 'corpus');
  await mkdir(corpus);
  for (const [i, topic] of TOPICS.entries()) {
    await writeFile(path.join(corpus, `a-site-${i}.txt`), sitePage(topic));
    await writeFile(path.join(corpus, `b-reprint-${i}.txt`), reprint(topic));
  }
  // A site whose furniture its page rules drop already (prompts), the chrome above on half its pages.
  const dropped = path.join(dir, 'dropped');
  await mkdir(dropped);
  for (const [i, topic] of TOPICS.entries()) {
    const [a, b, c, d] = story(topic);
    const chrome = i % 2 === 0 ? CHROME : [];
    const page = [`Council delays work on ${topic}`, PROMPTS[0], a, chrome[0], b, PROMPTS[1], c, chrome[1], d, PROMPTS[2]];
    await writeFile(path.join(dropped, `page-${i}.txt`), page.filter((l) => l !== undefined).join('\n\n'));
    await writeFile(path.join(dropped, `reprint-${i}.txt`), reprint(topic));
  }
});

/** A site's lines the per-page rules drop (promotion), printed on every page of it. */
const PROMPTS = ['Advertisement', 'Share this article', 'Sign up for our morning newsletter'];

/** The index a build given the furniture before it started writes (learnCorpus, then fullBuild). */
async function buildThatKnew(corpus: string, engine: SearchEngine): Promise<void> {
  const plan = await planCorpus(corpus, engine, MAX_FILE_BYTES);
  const learned = await learnCorpus(plan);
  assert.equal(learned.folderOutlets.size, 0);
  const head = {
    corpusDir: corpus,
    mode: 'full',
    manifest: null,
    synonyms: { groups: 0, oneWay: 0, action: '' },
    skipped: [],
    warnings: [],
    startedAt: '',
  };
  await fullBuild(plan, new ReportBuilder(head as never, plan.existing, false), { engine, furniture: learned.furniture, workers: 0 });
}
after(async () => {
  for (const engine of engines) await engine.close();
  await rm(dir, { recursive: true, force: true });
});

async function sqlite(name: string): Promise<SearchEngine> {
  const engine = await openSqliteEngine({ dataDir: path.join(dir, name) });
  engines.push(engine);
  return engine;
}

describe('the furniture fix-up through the engine', () => {
  it('leaves the index a build that knew the furniture from the start writes', async () => {
    const corpus = path.join(dir, 'corpus');
    const fixedUp = await sqlite('fixed-up');
    const report = await indexCorpus({ corpusDir: corpus, engine: fixedUp, mode: 'full' });
    assert.equal(report.furniture.lines, 2, 'the chrome is learned within the build');

    // The build that knew: the same furniture, learned first, given to the build itself.
    const knew = await sqlite('knew');
    await buildThatKnew(corpus, knew);

    const articles = await knew.listArticles();
    assert.equal(articles.length, 12);
    const queries = [{ q: 'council', dedupe: true }, { q: 'tidewatch' }, { q: 'spokesperson', groupByArticle: true }];
    assert.deepEqual(await indexView(fixedUp, articles, queries), await indexView(knew, articles, queries));
    // The site's pages were revised (their chrome left the paragraphs) and still lead their copies.
    const site = (await fixedUp.getArticle('a-site-0'))!;
    assert.equal(site.paragraphs.length, 4);
    assert.ok(site.dropped.some((d) => d.reason === 'boilerplate'));
    assert.equal((await fixedUp.getArticle('b-reprint-0'))!.copyOf?.id, 'a-site-0');
    assert.equal((await fixedUp.search({ q: 'tidewatch' })).total, 0);
  });

  it('sends an article whose learned lines its page rules dropped with its new hash alone, and the index is the same', async () => {
    const corpus = path.join(dir, 'dropped');
    const fixedUp = await sqlite('dropped-fixed-up');
    const report = await indexCorpus({ corpusDir: corpus, engine: fixedUp, mode: 'full' });
    assert.equal(report.furniture.lines, 3 + 2, 'the prompts and the chrome');
    const knew = await sqlite('dropped-knew');
    await buildThatKnew(corpus, knew);
    const articles = await knew.listArticles();
    assert.equal(articles.length, 12);
    const queries = [{ q: 'council', dedupe: true }, { q: 'tidewatch' }, { q: 'newsletter' }];
    assert.deepEqual(await indexView(fixedUp, articles, queries), await indexView(knew, articles, queries));
    // The prompts keep the reason their page rule gave them; the chrome the page rules kept is boilerplate.
    const odd = (await fixedUp.getArticle('page-1'))!;
    assert.deepEqual(
      odd.dropped.map((d) => d.reason),
      ['headline', 'promotion', 'promotion', 'promotion'],
    );
    assert.ok((await fixedUp.getArticle('page-0'))!.dropped.some((d) => d.reason === 'boilerplate'));

    // Which articles were built again: those whose kept lines held the chrome; the others' hashes alone.
    const memory = memoryEngine();
    const again = await indexCorpus({ corpusDir: corpus, engine: memory, mode: 'full' });
    assert.deepEqual(memory.revised.sort(), ['page-0.txt', 'page-2.txt', 'page-4.txt']);
    assert.deepEqual(memory.rehashed.sort(), ['page-1.txt', 'page-3.txt', 'page-5.txt']);
    assert.deepEqual(again.droppedLines, report.droppedLines);
    for (const a of articles) assert.equal(memory.articles.get(a.id)!.contentHash, a.contentHash);
    // The next run finds every article as it is.
    const next = await indexCorpus({ corpusDir: corpus, engine: fixedUp });
    assert.equal(next.changes.unchanged, 12);
  });

  it('reads the files again in worker threads as in this thread: the same revisions and rehashes, in the same order', async () => {
    const corpus = path.join(dir, 'dropped');
    const here = memoryEngine();
    const inline = await indexCorpus({ corpusDir: corpus, engine: here, mode: 'full', workers: 0 });
    const pooled = memoryEngine();
    const threads = await indexCorpus({ corpusDir: corpus, engine: pooled, mode: 'full', workers: 2 });
    // Built again (chrome kept) and rehashed alone, both: the check's two outcomes crossed threads.
    assert.deepEqual([...here.revised].sort(), ['page-0.txt', 'page-2.txt', 'page-4.txt']);
    assert.deepEqual(pooled.revised, here.revised);
    assert.deepEqual(pooled.rehashed, here.rehashed);
    assert.deepEqual([...pooled.articles.entries()], [...here.articles.entries()]);
    const untimed = (r: typeof inline) => ({ ...r, tookMs: 0, startedAt: '', furniture: { ...r.furniture, tookMs: 0 } });
    assert.deepEqual(untimed(threads), untimed(inline));
  });
});
