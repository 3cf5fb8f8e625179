/**
 * Issue 5's acceptance, through the real indexer and the real embedded engine on temporary
 * corpora: the seeds without their manifest, a one-file change re-indexing one article, a corpus
 * of broken and oddly encoded files, and no junk line from any fixture being searchable.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openEngine } from '../../engine/contract/open-engine.ts';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { ARTICLE_TEXT, JUNK_FIXTURES, junkLines } from '../fixtures/ingestion/junk-expected.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = path.join(ROOT, 'corpus');
const INGESTION = fileURLToPath(new URL('../fixtures/ingestion/', import.meta.url));

let work: string;
before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'nutgraf-acceptance-'));
});
after(async () => rm(work, { recursive: true, force: true }));

async function freshEngine(name: string): Promise<SearchEngine> {
  return openEngine({ dataDir: path.join(work, `data-${name}`), role: 'indexer' });
}

async function hits(engine: SearchEngine, q: string): Promise<string[]> {
  const result = await engine.search({ q, perPage: 50 });
  return result.hits.map((h) => `${h.articleId}-${h.position}`);
}

describe('the seeds without their manifest', () => {
  it('infer titles, outlets and years the texts support, and no year the texts do not state', async () => {
    const corpus = path.join(work, 'seeds');
    await mkdir(corpus);
    for (const name of (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')))
      await copyFile(path.join(SEEDS, name), path.join(corpus, name));
    const engine = await freshEngine('seeds');
    try {
      const report = await indexCorpus({ corpusDir: corpus, engine });
      assert.equal(report.manifest, null);
      const articles = await engine.listArticles();
      assert.deepEqual(
        articles.map((a) => [a.source.slice(0, 3), a.title, a.outlet, a.year]),
        [
          // 000 names no site in its text: "(Agencies)" is its credit, so the honest outlet is unknown.
          ['000', 'Clinton meets Netanyahu, seeking Gaza truce', 'Unknown', 2012],
          // "Click for full JPost coverage": the outlet list knows JPost as The Jerusalem Post.
          ['001', 'Clinton to arrive in Israel, push for Gaza ceasefire', 'The Jerusalem Post', null],
          ['002', 'Blinken Meets With Netanyahu in the Latest U.S. Push for a Cease-fire in Gaza', 'The New York Times', null],
          ['003', 'Israel: Blinken Meets Netanyahu For Big Ceasefire Push', 'Reuters', null],
          ['004', 'Blinken Urges Israel To Create Safe Zones In Gaza When Fighting Resumes', 'AFP', null],
        ],
      );
      const byPrefix = new Map(articles.map((a) => [a.source.slice(0, 3), a]));
      assert.equal(byPrefix.get('000')!.agency, 'Agencies');
      assert.equal(byPrefix.get('002')!.carriedBy, 'Netvamo');
      // 004's "© Copyright AFP 2024" is a hint, never its year (the article is from 2023).
      assert.deepEqual(byPrefix.get('004')!.hints, ['copyright notice 2024']);
      assert.ok(articles.every((a) => a.language === 'en'));
      // The report names where each value came from.
      const r002 = report.perArticle.find((a) => a.source.startsWith('002'))!;
      assert.match(r002.provenance.outlet!, /^syndication line 'appeared first on New York Times', as the outlet list names it$/);
      assert.equal(
        report.perArticle.find((a) => a.source.startsWith('000'))!.provenance.year,
        "stamp '(Agencies) Updated: 2012-11-21 07:35'",
      );
    } finally {
      await engine.close();
    }
  });
});

describe('a saved news page in HTML', () => {
  it('gives the title, outlet and date its meta tags state, searchable by its text', async () => {
    const corpus = path.join(work, 'pages');
    await mkdir(corpus);
    await copyFile(path.join(INGESTION, 'pages', 'tidewater-ferry.html'), path.join(corpus, 'tidewater-ferry.html'));
    const engine = await freshEngine('pages');
    try {
      await indexCorpus({ corpusDir: corpus, engine });
      const [a] = await engine.listArticles();
      assert.deepEqual(
        [a!.title, a!.outlet, a!.date, a!.year],
        ['Night ferry returns to the Tidewater crossing', 'The Coastal Ledger', '2021-05-14', 2021],
      );
      assert.equal((await hits(engine, 'licensed deckhands')).length, 1);
      for (const junk of [
        'Harbour dredging plan approved',
        'Share this article',
        'north pier at dusk',
        'Coastal Ledger Media',
        'morning newsletter',
      ]) {
        assert.deepEqual(await hits(engine, `"${junk}"`), [], junk);
      }
    } finally {
      await engine.close();
    }
  });
});

describe('incremental indexing', () => {
  const story = (word: string) =>
    `Reservoir levels ${word}\n\nThe regional water company said on Friday that its reservoirs were ${word} after the driest spring in thirty years.\n\nHosepipe use may be restricted from July if the weather stays dry.\n`;

  it('re-indexes only the changed file, says so, and the search results follow', async () => {
    const corpus = path.join(work, 'incremental');
    await mkdir(corpus);
    await writeFile(path.join(corpus, 'water.txt'), story('falling'));
    await writeFile(
      path.join(corpus, 'other.txt'),
      'Bridge repairs finish early\n\nThe old stone bridge reopened to traffic on Monday, a week ahead of schedule.\n',
    );
    await writeFile(
      path.join(corpus, 'gone.txt'),
      'Market moves indoors\n\nThe Saturday market will be held in the church hall until the spring.\n',
    );
    await writeFile(
      path.join(corpus, 'feed.jsonl'),
      '{"id":"x1","title":"Ferry timetable changes","text":"The winter ferry timetable starts on Sunday with two fewer crossings each day."}\n',
    );
    const engine = await freshEngine('incremental');
    try {
      const first = await indexCorpus({ corpusDir: corpus, engine });
      assert.equal(first.mode, 'full');
      assert.deepEqual(first.changes.added, ['feed-x1', 'gone', 'other', 'water']);
      assert.equal((await hits(engine, 'falling')).length, 1);

      await writeFile(path.join(corpus, 'water.txt'), story('recovering'));
      const second = await indexCorpus({ corpusDir: corpus, engine });
      assert.deepEqual([second.mode, second.changes], ['incremental', { added: [], changed: ['water'], removed: [], unchanged: 3 }]);
      assert.deepEqual(
        second.perArticle.map((a) => [a.id, a.status]),
        [
          ['feed-x1', 'unchanged'],
          ['gone', 'unchanged'],
          ['other', 'unchanged'],
          ['water', 'changed'],
        ],
      );
      assert.deepEqual(await hits(engine, 'falling'), []);
      assert.equal((await hits(engine, 'recovering')).length, 1);
      assert.equal((await hits(engine, 'bridge')).length, 1, 'unchanged articles stay searchable');

      await rm(path.join(corpus, 'gone.txt'));
      await writeFile(path.join(corpus, 'new.md'), '# Library opens on Sundays\n\nThe central library opens on Sundays from next month.\n');
      const third = await indexCorpus({ corpusDir: corpus, engine });
      assert.deepEqual(third.changes, { added: ['new'], changed: [], removed: ['gone'], unchanged: 3 });
      assert.deepEqual(await hits(engine, 'church hall'), []);
      assert.equal((await engine.stats()).articles, 4);

      const full = await indexCorpus({ corpusDir: corpus, engine, mode: 'full' });
      assert.deepEqual([full.mode, full.changes.unchanged, full.articles], ['full', 4, 4]);
    } finally {
      await engine.close();
    }
  });

  it('updates the synonyms when the synonym list changed, and only then', async () => {
    const corpus = path.join(work, 'synonyms');
    await mkdir(corpus);
    await writeFile(path.join(corpus, 'a.txt'), 'Truce holds\n\nThe truce between the two villages held for a third night.\n');
    const stateFile = path.join(work, 'data-synonyms', 'indexer-state.json');
    const engine = await freshEngine('synonyms');
    try {
      await indexCorpus({ corpusDir: corpus, engine, stateFile });
      assert.deepEqual(await hits(engine, 'ceasefire'), []);
      await writeFile(path.join(corpus, 'synonyms.yaml'), 'equivalent:\n  - [truce, ceasefire]\n');
      const changed = await indexCorpus({ corpusDir: corpus, engine, stateFile });
      assert.deepEqual([changed.mode, changed.synonyms], ['incremental', { groups: 1, oneWay: 0, action: 'updated' }]);
      assert.equal((await hits(engine, 'ceasefire')).length, 1);
      const again = await indexCorpus({ corpusDir: corpus, engine, stateFile });
      assert.equal(again.synonyms.action, 'unchanged');
    } finally {
      await engine.close();
    }
  });
});

describe('a corpus of problem files', () => {
  it('indexes everything indexable, names each problem, and exits 0', async () => {
    const corpus = path.join(work, 'problems');
    await mkdir(corpus);
    const body = 'The harbour festival returns this weekend with boat races, a fish market and music on the quay until late.';
    await writeFile(path.join(corpus, 'plain.txt'), `Harbour festival returns\n\n${body}\n`);
    await writeFile(
      path.join(corpus, 'bom.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Café reopens on the quay\n\n${body}\n`)]),
    );
    await writeFile(
      path.join(corpus, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Zoë wins the rowing race\n\n${body}\n`, 'utf16le')]),
    );
    // Windows-1252: curly quotes (0x93/0x94) and é (0xe9) are single bytes that are not UTF-8.
    await writeFile(
      path.join(corpus, 'cp1252.txt'),
      Buffer.concat([
        Buffer.from('Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' owner says '),
        Buffer.from([0x93]),
        Buffer.from('thank you'),
        Buffer.from([0x94]),
        Buffer.from(`\n\n${body}\n`),
      ]),
    );
    await writeFile(path.join(corpus, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    await writeFile(path.join(corpus, 'empty.txt'), '');
    await writeFile(path.join(corpus, 'huge.txt'), `Huge\n\n${'word '.repeat(3000)}\n`);
    await writeFile(
      path.join(corpus, 'feed.jsonl'),
      [
        JSON.stringify({
          id: 'ok-1',
          title: 'Regatta moved to Sunday',
          text: 'The regatta has been moved to Sunday because of the forecast gales on Saturday.',
        }),
        '{"id": "broken", "title": "Half a record',
        JSON.stringify({
          id: 'ok-2',
          title: 'Lifeboat crew honoured',
          text: 'The lifeboat crew received a medal for the rescue of four sailors in January.',
        }),
      ].join('\n'),
    );
    await writeFile(path.join(corpus, 'slides.pptx'), 'PK');

    const data = path.join(work, 'data-problems');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', '--corpus', corpus, '--data', data, '--report'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, MEILI_URL: '', CORPUS_DIR: '', DATA_DIR: '' },
    });
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /Indexed 7 article\(s\)/);
    for (const line of [
      'empty.txt: empty file',
      'feed.jsonl record 2 (line 2): malformed JSON: ',
      'photo.txt: binary file (NUL bytes or control characters), not text',
      'slides.pptx: unsupported format ".pptx"',
    ]) {
      assert.ok(cli.stdout.includes(`  ${line}`), `summary names "${line}":\n${cli.stdout}`);
    }

    const engine = await openEngine({ dataDir: data, role: 'server' });
    try {
      const titles = (await engine.listArticles()).map((a) => a.title).sort();
      assert.deepEqual(titles, [
        'Café owner says “thank you”',
        'Café reopens on the quay',
        'Harbour festival returns',
        'Lifeboat crew honoured',
        'Regatta moved to Sunday',
        'Zoë wins the rowing race',
        'huge',
      ]);
    } finally {
      await engine.close();
    }

    const limited = await indexCorpus({ corpusDir: corpus, engine: await freshEngine('problems-limit'), maxFileBytes: 2000, mode: 'full' });
    assert.deepEqual(
      limited.skipped.filter((s) => s.kind === 'too-large').map((s) => [s.source, s.reason]),
      [['huge.txt', 'file is 14.7 KB, over the 2.0 KB limit']],
    );
  });
});

describe('junk lines', () => {
  it('none from any fixture is searchable through the engine', async () => {
    const corpus = path.join(work, 'junk');
    await mkdir(corpus);
    for (const name of Object.keys(ARTICLE_TEXT)) await copyFile(new URL(name, JUNK_FIXTURES), path.join(corpus, name));
    const engine = await freshEngine('junk');
    try {
      const report = await indexCorpus({ corpusDir: corpus, engine });
      assert.equal(report.articles, Object.keys(ARTICLE_TEXT).length);
      let searched = 0;
      for (const article of report.perArticle) {
        for (const line of junkLines(article.source, article.title)) {
          const words = line.match(/[\p{L}\p{N}]+/gu) ?? [];
          // One- and two-word lines ("Menu", "Share on") could match real text; the cleaner tests cover them.
          if (words.length < 3) continue;
          searched++;
          assert.deepEqual(await hits(engine, `"${words.join(' ')}"`), [], `${article.source}: "${line}" is searchable`);
        }
        // The article text itself is found the same way, so the check above can fail.
        const first = ARTICLE_TEXT[article.source]![0]!.match(/[\p{L}\p{N}]+/gu)!.join(' ');
        assert.equal((await hits(engine, `"${first}"`)).length, 1, first);
      }
      assert.ok(searched >= 30, `searched ${searched} junk lines`);
    } finally {
      await engine.close();
    }
  });
});
