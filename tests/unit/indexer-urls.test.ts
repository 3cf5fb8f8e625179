/**
 * `urls.tsv` beside the pages (issue 18, task 18own): a user who has the pages' addresses gets the
 * outlet from the domain — the list's name for a domain it knows, the page's own spelling of an
 * unknown domain when the page writes it, else the domain. Every page, name and address here is
 * invented for the test (bbc.co.uk stands for a domain the shipped list knows).
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { summary } from '../../indexer/cli.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { parseUrlList, UrlListError } from '../../indexer/read/urls.ts';
import { BODY, HEADLINE } from '../helpers/ferry-story.ts';
import { memoryEngine } from '../helpers/memory-engine.ts';

await loadLanguageDetector();

describe('parsing urls.tsv', () => {
  it('keys each URL by the corpus path of the page beside the file', () => {
    const urls = parseUrlList(
      '# file\tURL\n\na.txt\thttps://quaypost.example.com/a\nsub/b.txt\thttp://quaypost.example.com/b\n',
      'news',
      'f',
    );
    assert.deepEqual(
      [...urls],
      [
        ['news/a.txt', 'https://quaypost.example.com/a'],
        ['news/sub/b.txt', 'http://quaypost.example.com/b'],
      ],
    );
  });

  it('stops at a broken line with the file, the line and the problem', () => {
    const broken = (text: string) => assert.throws(() => parseUrlList(text, '', 'urls.tsv'), UrlListError);
    broken('a.txt https://quaypost.example.com/a\n');
    broken('a.txt\tquaypost.example.com/a\n');
    broken('a.txt\tftp://quaypost.example.com/a\n');
    broken('../a.txt\thttps://quaypost.example.com/a\n');
    assert.throws(
      () => parseUrlList('a.txt\thttps://quaypost.example.com/a\na.txt\thttps://quaypost.example.com/b\n', '', 'urls.tsv'),
      /urls\.tsv:2: "a\.txt" is listed twice/,
    );
  });
});

describe('indexing with urls.tsv', () => {
  let corpus: string;
  before(async () => {
    corpus = await mkdtemp(path.join(tmpdir(), 'urls-'));
    await mkdir(path.join(corpus, 'pages'));
    const page = (extra: string) => `${HEADLINE}\n\n${BODY}\n\n${extra}\n`;
    await writeFile(path.join(corpus, 'pages', 'listed.txt'), page(''));
    await writeFile(path.join(corpus, 'pages', 'spelt.txt'), page('Letters to Quay Lantern go to the harbour office.'));
    await writeFile(path.join(corpus, 'pages', 'bare.txt'), page(''));
    await writeFile(path.join(corpus, 'pages', 'stated.txt'), page(''));
    await writeFile(
      path.join(corpus, 'pages', 'urls.tsv'),
      [
        'listed.txt\thttps://www.bbc.co.uk/news/ferry-1',
        'spelt.txt\thttps://coast.quaylantern.com/ferry',
        'bare.txt\thttps://www.quaylantern.com/ferry',
        'stated.txt\thttps://www.quaylantern.com/ferry',
        'missing.txt\thttps://www.quaylantern.com/gone',
      ].join('\n'),
    );
    await writeFile(
      path.join(corpus, 'manifest.yaml'),
      'articles:\n  pages/stated.txt:\n    url: https://www.harbourgazette.example/ferry\n',
    );
  });
  after(() => rm(corpus, { recursive: true, force: true }));

  it('reads each page’s URL, names the outlet from its domain, and lets the manifest win', async () => {
    const engine = memoryEngine();
    const report = await indexCorpus({ corpusDir: corpus, engine });
    const by = (name: string) => [...engine.articles.values()].find((a) => a.source === `pages/${name}`)!;
    assert.deepEqual([by('listed.txt').url, by('listed.txt').outlet], ['https://www.bbc.co.uk/news/ferry-1', 'BBC']);
    assert.equal(by('spelt.txt').outlet, 'Quay Lantern');
    // A domain the page never spells is cited by its registered label.
    assert.equal(by('bare.txt').outlet, 'Quaylantern');
    assert.equal(by('stated.txt').url, 'https://www.harbourgazette.example/ferry');
    // The list itself is no article, and a line naming no page is passed over.
    assert.equal(engine.articles.size, 4);
    assert.deepEqual(report.warnings, []);
  });

  it('says how many pages came with their address, and asks for a urls.tsv when none did', async () => {
    const report = await indexCorpus({ corpusDir: corpus, engine: memoryEngine() });
    assert.equal(report.facetCoverage.address, 4);
    assert.match(summary(report), /^Page addresses known: 4\/4 \(100 %\)$/m);
    const none = await mkdtemp(path.join(tmpdir(), 'no-urls-'));
    try {
      await writeFile(path.join(none, 'page.txt'), `${HEADLINE}\n\n${BODY}\n`);
      const bare = await indexCorpus({ corpusDir: none, engine: memoryEngine() });
      assert.equal(bare.facetCoverage.address, 0);
      assert.match(summary(bare), /^Page addresses known: 0\/1 \(0 %\) \(a urls\.tsv beside the pages/m);
    } finally {
      await rm(none, { recursive: true, force: true });
    }
  });
});
