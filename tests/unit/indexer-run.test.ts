import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, utimes, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ArticleInput, SearchEngine } from '../../engine/contract/types.ts';
import { discoverArticles } from '../../indexer/read/discover.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { summary } from '../../indexer/cli.ts';
import { CorpusNotFoundError, indexCorpus, ManifestError, newestCorpusMtime } from '../../indexer/run.ts';

await loadLanguageDetector();

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);

/** An empty index that records what replaceAll receives; a full build needs nothing else. */
function recordingEngine(): SearchEngine & { received: ArticleInput[] } {
  const received: ArticleInput[] = [];
  const unused = async () => assert.fail('a full build should only call listArticles and replaceAll');
  return {
    name: 'sqlite',
    parallelism: 1,
    received,
    async replaceAll(articles) {
      received.length = 0;
      for await (const a of articles as AsyncIterable<ArticleInput>) received.push(a);
      return { articles: received.length, paragraphs: received.reduce((n, a) => n + a.paragraphs.length, 0) };
    },
    upsertArticles: unused,
    reviseArticles: unused,
    rehashArticles: unused,
    deleteArticles: unused,
    search: unused,
    refusing: () => {},
    ready: async () => {},
    getArticle: unused,
    listArticles: async () => [],
    stats: unused,
    copyStats: async () => ({ groups: 0, paragraphs: 0, largest: null }),
    health: unused,
    setSynonyms: unused,
    close: async () => {},
  };
}

let corpus: string;
before(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'corpus-'));
  await mkdir(path.join(corpus, 'local', '2019'), { recursive: true });
  await mkdir(path.join(corpus, '.git'));
  await copyFile(new URL('orbit-daily-rover.txt', FIXTURES), path.join(corpus, 'local', '2019', 'rover.txt'));
  await copyFile(new URL('harbor-repost.txt', FIXTURES), path.join(corpus, 'harbor repost.txt'));
  await copyFile(new URL('front-matter.md', FIXTURES), path.join(corpus, 'buses.md'));
  await writeFile(path.join(corpus, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00]));
  await writeFile(path.join(corpus, 'page.pdf'), '%PDF-1.4');
  await writeFile(path.join(corpus, 'empty.txt'), '\n\n');
  await writeFile(path.join(corpus, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
  await writeFile(path.join(corpus, 'README.md'), '# About this corpus\n');
  await writeFile(path.join(corpus, 'synonyms.txt'), 'truce, ceasefire\n');
  await writeFile(path.join(corpus, '.DS_Store'), 'x');
  await writeFile(path.join(corpus, '.git', 'HEAD'), 'ref');
  await writeFile(
    path.join(corpus, 'manifest.yaml'),
    'articles:\n  harbor repost.txt:\n    date: 2020-07-01\n  gone.txt:\n    outlet: Nobody\n',
  );
});
after(async () => rm(corpus, { recursive: true, force: true }));

describe('discovery', () => {
  it('lists article files recursively in path order, skipping config files, READMEs and dotfiles', async () => {
    const found = await discoverArticles(corpus);
    assert.deepEqual(found.articles, ['binary.txt', 'buses.md', 'empty.txt', 'harbor repost.txt', 'local/2019/rover.txt']);
  });

  it('names files in formats it cannot read yet', async () => {
    const found = await discoverArticles(corpus);
    assert.deepEqual(
      found.skipped.map((s) => [s.source, s.reason]),
      [
        ['page.pdf', 'unsupported format ".pdf"'],
        ['photo.jpg', 'unsupported format ".jpg"'],
      ],
    );
  });

  it('fails clearly when the corpus folder does not exist', async () => {
    await assert.rejects(discoverArticles(path.join(corpus, 'missing')), CorpusNotFoundError);
  });
});

describe('indexCorpus', () => {
  it('streams every readable article to the engine and reports the rest as skipped', async () => {
    const engine = recordingEngine();
    const report = await indexCorpus({ corpusDir: corpus, engine });
    assert.deepEqual(
      engine.received.map((a) => a.id),
      ['buses', 'harbor-repost', 'local-2019-rover'],
    );
    assert.equal(report.articles, 3);
    assert.equal(
      report.paragraphs,
      engine.received.reduce((n, a) => n + a.paragraphs.length, 0),
    );
    assert.deepEqual(
      report.skipped.map((s) => [s.source, s.kind]),
      [
        ['binary.txt', 'binary'],
        ['empty.txt', 'empty'],
        ['page.pdf', 'unsupported-format'],
        ['photo.jpg', 'unsupported-format'],
      ],
    );
  });

  it('applies manifest entries and warns about entries naming missing files', async () => {
    const engine = recordingEngine();
    const report = await indexCorpus({ corpusDir: corpus, engine });
    const harbor = engine.received.find((a) => a.source === 'harbor repost.txt')!;
    assert.deepEqual([harbor.date, harbor.provenance.date], ['2020-07-01', 'manifest']);
    assert.deepEqual(report.warnings, ['manifest names "gone.txt", which is not in the corpus folder']);
  });

  it('counts dropped lines by reason and lists each article with its provenance', async () => {
    const report = await indexCorpus({ corpusDir: corpus, engine: recordingEngine() });
    assert.equal(report.droppedLines['front-matter'], 6);
    assert.equal(report.droppedLines.syndication, 1);
    const rover = report.perArticle.find((a) => a.id === 'local-2019-rover')!;
    assert.deepEqual([rover.year, rover.provenance.year], [2019, "path 'local/2019/'"]);
  });

  it('says how many articles the outlet, year and language facets describe', async () => {
    const engine = recordingEngine();
    const report = await indexCorpus({ corpusDir: corpus, engine });
    const known = (field: 'outlet' | 'year' | 'language') =>
      report.perArticle.filter((a) =>
        field === 'outlet' ? a.outlet !== 'Unknown' : field === 'year' ? a.year !== null : a.language !== 'und',
      ).length;
    assert.deepEqual(report.facetCoverage, {
      outlet: known('outlet'),
      year: known('year'),
      language: known('language'),
      address: engine.received.filter((a) => a.url).length,
    });
    assert.equal(report.facetCoverage.year, 3, 'rover (path), harbor repost (manifest) and buses (front matter) are dated');
    assert.match(summary(report), /^Facets known: outlet \d+\/3 \(\d+ %\), year 3\/3 \(100 %\), language \d+\/3/m);
  });

  it('reports progress for every file it reads', async () => {
    const calls: string[] = [];
    await indexCorpus({
      corpusDir: corpus,
      engine: recordingEngine(),
      onProgress: (done, total, file) => calls.push(`${done}/${total} ${file}`),
    });
    assert.deepEqual(calls, ['1/5 binary.txt', '2/5 buses.md', '3/5 empty.txt', '4/5 harbor repost.txt', '5/5 local/2019/rover.txt']);
  });

  it('skips files over the size limit without reading them', async () => {
    const report = await indexCorpus({ corpusDir: corpus, engine: recordingEngine(), maxFileBytes: 600 });
    assert.ok(report.skipped.some((s) => s.source === 'local/2019/rover.txt' && s.kind === 'too-large'));
  });

  it('gives the same articles when run twice', async () => {
    const first = recordingEngine();
    const second = recordingEngine();
    await indexCorpus({ corpusDir: corpus, engine: first });
    await indexCorpus({ corpusDir: corpus, engine: second });
    assert.deepEqual(second.received, first.received);
  });

  it('gives the same articles and report with worker threads as without', async () => {
    const inline = recordingEngine();
    const pooled = recordingEngine();
    const a = await indexCorpus({ corpusDir: corpus, engine: inline, workers: 0 });
    const b = await indexCorpus({ corpusDir: corpus, engine: pooled, workers: 2 });
    assert.deepEqual(pooled.received, inline.received);
    const comparable = (r: typeof a) => ({ ...r, startedAt: '', tookMs: 0 });
    assert.deepEqual(comparable(b), comparable(a));
    assert.ok(a.skipped.length > 0 && a.perArticle.length > 0);
  });

  it('keeps only totals when per-article rows are not wanted', async () => {
    const report = await indexCorpus({ corpusDir: corpus, engine: recordingEngine(), perArticle: false });
    assert.deepEqual(report.perArticle, []);
    assert.ok(report.articles > 0 && report.paragraphs > 0);
  });

  it('stops with a ManifestError naming the file when the manifest is malformed', async () => {
    const broken = await mkdtemp(path.join(tmpdir(), 'corpus-'));
    try {
      await writeFile(path.join(broken, 'a.txt'), 'Title here\nBody text of the article.\n');
      await writeFile(path.join(broken, 'manifest.yaml'), 'articles:\n  a.txt:\n    date: yesterday\n');
      await assert.rejects(indexCorpus({ corpusDir: broken, engine: recordingEngine() }), (error: unknown) => {
        assert.ok(error instanceof ManifestError);
        assert.match(error.message, /manifest\.yaml:3: .*date/);
        return true;
      });
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});

describe('newestCorpusMtime', () => {
  it('is the newest mtime of any file or folder, manifest included, dotfiles excluded', async () => {
    const future = new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000);
    await utimes(path.join(corpus, 'manifest.yaml'), future, future);
    assert.equal(await newestCorpusMtime(corpus), future.getTime());
    const later = new Date(future.getTime() + 3_600_000);
    await utimes(path.join(corpus, '.DS_Store'), later, later);
    assert.equal(await newestCorpusMtime(corpus), future.getTime());
  });

  it('rejects for a missing folder', async () => {
    await assert.rejects(newestCorpusMtime(path.join(corpus, 'missing')), CorpusNotFoundError);
  });
});

describe('articleFromFile', () => {
  const bytes = Buffer.from('Bridge reopens after repairs\nThe bridge reopened on Monday after six months of repairs.\n');

  it('hashes the bytes together with the manifest entry', () => {
    const hash = (entry?: object) => {
      const r = articleFromFile({ bytes, source: 'a.txt', manifestEntry: entry });
      assert.ok(r.ok);
      return r.article.contentHash;
    };
    assert.match(hash(), /^[0-9a-f]{64}$/);
    assert.equal(hash(), hash());
    assert.notEqual(hash(), hash({ outlet: 'Civic Wire' }));
  });

  it('skips a file that is all page junk', () => {
    const r = articleFromFile({ bytes: Buffer.from('HOME NEWS SPORT\nComments are closed.\n© 2024 Site'), source: 'a.txt' });
    assert.ok(!r.ok);
    assert.equal(r.skip.kind, 'no-body-text');
    assert.equal(r.skip.reason, 'no body text after cleaning (3 line(s) dropped: navigation, comments, copyright; 0 heading(s) kept)');
  });

  it('turns Markdown into plain paragraphs and keeps its headings as headings', () => {
    const r = articleFromFile({
      bytes: Buffer.from(
        '# Night buses\n\nBuses run to the **airport** from [July](https://x.org).\n\n## Times\n\nEvery twenty minutes after midnight.\n',
      ),
      source: 'a.md',
    });
    assert.ok(r.ok);
    assert.deepEqual(
      r.article.paragraphs.map((p) => [p.kind, p.text]),
      [
        ['body', 'Buses run to the airport from July.'],
        ['heading', 'Times'],
        ['body', 'Every twenty minutes after midnight.'],
      ],
    );
  });
});
