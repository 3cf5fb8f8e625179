/**
 * The outlet list as data (issue 18): the shipped list, a corpus's own `outlets.tsv` extending and
 * overriding it, and listed names scored by where the page writes them. Every outlet here is
 * made up; the fixture text is written for these tests.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../../indexer/clean/index.ts';
import { inferMetadata } from '../../indexer/infer/infer.ts';
import { extendOutletList, loadCorpusOutlets, OutletListError, parseOutletList, shippedOutlets } from '../../indexer/infer/outlet-list.ts';
import { listedOutletOf, useCorpusOutlets } from '../../indexer/infer/outlet-listed-index.ts';
import { isWire } from '../../indexer/infer/outlet-words.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const MADE_UP = [
  'Quillmarsh Courier\tThe Quill|QC\tquillmarsh-courier.test\tGB\ten\tnewspaper',
  'Vantor Evening Gazette\t\tvantor-gazette.test\tGB\ten\tnewspaper',
  'Brenmoor Wire Service\tBWS\tbrenmoor-wire.test\tGB\ten\tagency',
].join('\n');

const BODY = [
  'The harbour authority said on Tuesday that the evening ferry would leave an hour earlier from next month, after a review of winter crossings.',
  'Passengers who booked the later sailing will be moved to the new time at no cost, the authority said in a statement.',
  'Local traders said the change would cut evening trade on the quay, where most cafés stay open for the last arrivals.',
];

function outletOf(text: string): string | undefined {
  return inferMetadata(cleanText(text)).outlet?.value;
}

describe('the outlet list file', () => {
  it('ships at least 800 outlets from at least 50 countries, every line well formed', () => {
    const outlets = shippedOutlets();
    assert.ok(outlets.length >= 800, `${outlets.length} outlets`);
    assert.ok(new Set(outlets.map((o) => o.country)).size >= 50);
  });

  it('reports each bad line with its number and what is wrong', () => {
    const { outlets, problems } = parseOutletList(
      [
        '# comment',
        'Good Paper\t\tgood.test\tGB\ten\tnewspaper',
        'Short line\tonly',
        'Bad Kind\t\t\tGB\ten\tblog',
        'Bad Host\t\thttp://x.test/a\tGB\ten\tsite',
      ].join('\n'),
    );
    assert.deepEqual(
      outlets.map((o) => o.name),
      ['Good Paper'],
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [3, 4, 5],
    );
    assert.match(problems[0]!.problem, /expected 6/);
    assert.match(problems[1]!.problem, /kind "blog"/);
    assert.match(problems[2]!.problem, /not a host name/);
  });

  it("a corpus's file adds outlets and replaces a shipped line of the same name", () => {
    const base = parseOutletList('Example Daily\t\texample-daily.test\tGB\ten\tnewspaper\nOther Daily\t\t\tGB\ten\tnewspaper').outlets;
    const extra = parseOutletList('Example Daily\tED Online\texample-daily.test\tIE\ten\tsite\nNew Daily\t\t\tGB\ten\tsite').outlets;
    const merged = extendOutletList(base, extra);
    assert.deepEqual(
      merged.map((o) => `${o.name}/${o.country}`),
      ['Other Daily/GB', 'Example Daily/IE', 'New Daily/GB'],
    );
  });

  describe('in a corpus folder', () => {
    let dir: string;
    before(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'nutgraf-outlets-'));
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('a broken outlets.tsv stops with the file and the line', async () => {
      await writeFile(path.join(dir, 'outlets.tsv'), `${MADE_UP}\nBroken\tline\n`);
      await assert.rejects(loadCorpusOutlets(dir), (e: unknown) => {
        assert.ok(e instanceof OutletListError);
        assert.match(e.message, /outlets\.tsv:4: 2 tab-separated fields/);
        return true;
      });
    });
  });
});

describe('listed outlets on a page', () => {
  before(() => useCorpusOutlets(parseOutletList(MADE_UP).outlets));
  after(() => useCorpusOutlets([]));

  it("names the outlet by the list's name, whichever alias the title line writes", () => {
    assert.equal(
      outletOf(['Ferry leaves earlier | The Quill', '', ...BODY, '', 'quillmarsh-courier.test'].join('\n')),
      'Quillmarsh Courier',
    );
  });

  it('a rival cited in the story does not win', () => {
    const cited = [
      ...BODY.slice(0, 2),
      'The change was first reported by the Vantor Evening Gazette, according to the Vantor Evening Gazette.',
    ];
    assert.equal(outletOf(['Ferry leaves earlier', '', ...cited].join('\n')), undefined);
  });

  it('weighs places: two sentences of the outlet speaking of itself win, a bare mention does not', () => {
    const bare = [...BODY, 'Readers of the Vantor Evening Gazette have written about the crossing before.'];
    assert.equal(outletOf(['Ferry leaves earlier', '', ...bare].join('\n')), undefined);
    const self = [
      ...BODY,
      'A spokesperson for the harbour told the Vantor Evening Gazette that the timetable would be reviewed again in spring.',
      'The ferry operator told the Vantor Evening Gazette it had not been consulted.',
    ];
    assert.equal(outletOf(['Ferry leaves earlier', '', ...self].join('\n')), 'Vantor Evening Gazette');
  });

  it('a short alias counts in a copyright line, not in the story', () => {
    const prose = [...BODY, 'The QC figures were published on Monday by the harbour authority and the council.'];
    assert.equal(outletOf(['Ferry leaves earlier', '', ...prose].join('\n')), undefined);
    const foot = [...BODY, '', '© 2024 QC. All rights reserved.'];
    assert.equal(outletOf(['Ferry leaves earlier', '', ...foot].join('\n')), 'Quillmarsh Courier');
  });

  it("the list's agencies are wires", () => {
    assert.equal(isWire('Brenmoor Wire Service'), true);
    assert.equal(isWire('Quillmarsh Courier'), false);
    assert.equal(listedOutletOf('www.quillmarsh-courier.test')?.name, 'Quillmarsh Courier');
  });
});

describe('a listed name written as a section heading', () => {
  before(() => useCorpusOutlets(parseOutletList('The Local News\t\tlocalnews-example.test\tGB\ten\tnewspaper').outlets));
  after(() => useCorpusOutlets([]));

  it('"Local News" above the story is no masthead; "The Local News" is', () => {
    assert.equal(outletOf(['Local News', '', 'Ferry leaves earlier', '', ...BODY].join('\n')), undefined);
    assert.equal(outletOf(['The Local News', '', 'Ferry leaves earlier', '', ...BODY].join('\n')), 'The Local News');
  });
});

describe('outlets.tsv through the indexer command', () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'nutgraf-outlets-cli-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  function index(corpus: string, data: string) {
    return spawnSync(
      process.execPath,
      ['--import', 'tsx', 'indexer/cli.ts', '--corpus', corpus, '--data', data, '--json', '--no-prepare'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, MEILI_URL: '', CORPUS_DIR: '', DATA_DIR: '' },
      },
    );
  }

  /** A corpus of the made-up outlets and one page naming one of them by its alias and its address. */
  async function ferryCorpus(corpus: string): Promise<void> {
    await mkdir(corpus);
    await writeFile(path.join(corpus, 'outlets.tsv'), `${MADE_UP}\n`);
    await writeFile(
      path.join(corpus, 'ferry.txt'),
      ['Ferry leaves earlier | The Quill', '', ...BODY, '', 'quillmarsh-courier.test', ''].join('\n'),
    );
  }

  it("a corpus's own outlets name its pages, and outlets.tsv is not read as an article", async () => {
    const corpus = path.join(work, 'good');
    await ferryCorpus(corpus);
    const cli = index(corpus, path.join(work, 'data-good'));
    assert.equal(cli.status, 0, cli.stderr);
    const report = JSON.parse(cli.stdout) as { perArticle: { source: string; outlet: string }[]; skipped: unknown[] };
    assert.deepEqual(
      report.perArticle.map((a) => [a.source, a.outlet]),
      [['ferry.txt', 'Quillmarsh Courier']],
    );
    assert.deepEqual(report.skipped, []);
  });

  it('an update after outlets.tsv is edited re-reads the articles, naming the outlet as the file now does', async () => {
    const corpus = path.join(work, 'edited');
    const data = path.join(work, 'data-edited');
    await ferryCorpus(corpus);
    const first = index(corpus, data);
    assert.equal(first.status, 0, first.stderr);
    // The user renames the outlet the alias belongs to; no article changes.
    await writeFile(path.join(corpus, 'outlets.tsv'), `${MADE_UP.replace('Quillmarsh Courier', 'Quillmarsh Evening Courier')}\n`);
    const update = index(corpus, data);
    assert.equal(update.status, 0, update.stderr);
    const report = JSON.parse(update.stdout) as { mode: string; perArticle: { source: string; outlet: string; status: string }[] };
    assert.equal(report.mode, 'incremental');
    assert.deepEqual(
      report.perArticle.map((a) => [a.source, a.outlet]),
      [['ferry.txt', 'Quillmarsh Evening Courier']],
    );
    // Run again with the file as it is: nothing to re-read.
    const again = JSON.parse(index(corpus, data).stdout) as { perArticle: { status: string }[] };
    assert.deepEqual(
      again.perArticle.map((a) => a.status),
      ['unchanged'],
    );
  });

  it('a broken outlets.tsv stops the run, naming the file and line', async () => {
    const corpus = path.join(work, 'bad');
    await mkdir(corpus);
    await writeFile(path.join(corpus, 'outlets.tsv'), 'Quillmarsh Courier\tThe Quill\n');
    await writeFile(path.join(corpus, 'ferry.txt'), ['Ferry leaves earlier', '', ...BODY, ''].join('\n'));
    const cli = index(corpus, path.join(work, 'data-bad'));
    assert.equal(cli.status, 1);
    assert.match(cli.stderr, /outlets\.tsv:1: 2 tab-separated fields/);
  });
});
