import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = new URL('../fixtures/articles/', import.meta.url);

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, MEILI_URL: '', CORPUS_DIR: '', DATA_DIR: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let work: string;
before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'indexer-cli-'));
  await writeFile(path.join(work, 'placeholder'), '');
});
after(async () => rm(work, { recursive: true, force: true }));

describe('npm run index', () => {
  it('prints help and exits 0 with --help', () => {
    const r = run(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: npm run index/);
  });

  it('exits 2 on an unknown flag, naming it', () => {
    const r = run(['--corpse', 'x']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Unknown option '--corpse'/);
  });

  it('learns the corpus furniture by default and leaves it out as boilerplate; --no-learn-furniture does not', async () => {
    const corpus = await mkdtemp(path.join(work, 'furniture-'));
    const topics = ['ferry timetable', 'harbour wall', 'library roof', 'bus depot', 'school field', 'market square'];
    for (const [i, topic] of topics.entries()) {
      const text = [
        `Council reviews the ${topic}`,
        `Residents asked the council on Tuesday to explain what would happen to the ${topic} this year.`,
        'Get the Quayside morning briefing',
        `Officials said a decision about the ${topic} would be taken before the summer recess.`,
      ].join('\n\n');
      await writeFile(path.join(corpus, `story-${i}.txt`), text);
    }
    const without = run(['--no-learn-furniture', '--corpus', corpus, '--data', path.join(work, 'data-no-furniture'), '--json']);
    const withIt = run(['--corpus', corpus, '--data', path.join(work, 'data-furniture'), '--json']);
    assert.equal(withIt.status, 0, withIt.stderr);
    assert.equal((JSON.parse(without.stdout) as { droppedLines: Record<string, number> }).droppedLines.boilerplate, undefined);
    const report = JSON.parse(withIt.stdout) as { droppedLines: Record<string, number>; furniture: { lines: number } };
    assert.equal(report.droppedLines.boilerplate, topics.length);
    assert.equal(report.furniture.lines, 1);
  });

  it('exits 1 when the corpus folder is missing', () => {
    const r = run(['--corpus', path.join(work, 'nope'), '--data', path.join(work, 'data-missing')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /corpus folder not found/);
  });

  it('exits 1 on a malformed manifest, naming file and line', async () => {
    const corpus = await mkdtemp(path.join(work, 'bad-'));
    await writeFile(path.join(corpus, 'manifest.yaml'), 'articles:\n  a.txt:\n    year: 2012\n');
    const r = run(['--corpus', corpus, '--data', path.join(work, 'data-bad')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /manifest\.yaml:3: .*Unrecognized key: "year"/);
  });

  it('indexes a corpus, summarises it, writes the report with --report, then updates only what changed', async () => {
    const corpus = await mkdtemp(path.join(work, 'ok-'));
    for (const name of ['orbit-daily-rover.txt', 'harbor-repost.txt', 'hard-wrapped.txt'])
      await copyFile(new URL(name, FIXTURES), path.join(corpus, name));
    await writeFile(path.join(corpus, 'notes.pdf'), '%PDF-1.4');
    const data = path.join(work, 'data-ok');

    const first = run(['--report'], { CORPUS_DIR: corpus, DATA_DIR: data });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Indexed 3 article\(s\), 12 paragraph\(s\)/);
    assert.match(first.stdout, /Skipped 1 file\(s\):\n {2}notes\.pdf: unsupported format "\.pdf"/);
    assert.match(first.stdout, /related-headlines 4/);
    assert.match(first.stdout, /Full rebuild: 3 added, 0 changed, 0 removed, 0 unchanged\./);
    assert.match(first.stdout, /harbor-repost\s+added\s+\?\s+The Harbor Gazette/);
    const report = JSON.parse(await readFile(path.join(data, 'index-report.json'), 'utf8'));
    assert.equal(report.articles, 3);
    assert.equal(report.perArticle.length, 3);

    const second = run(['--json', '--corpus', corpus, '--data', data]);
    assert.equal(second.status, 0, second.stderr);
    const again = JSON.parse(second.stdout);
    assert.deepEqual(
      [again.mode, again.articles, again.paragraphs, again.changes],
      ['incremental', report.articles, report.paragraphs, { added: [], changed: [], removed: [], unchanged: 3 }],
    );

    await writeFile(
      path.join(corpus, 'hard-wrapped.txt'),
      'Harvest festival moves indoors\n\nThe harvest festival will be held in the town hall this year because of the rain.\n',
    );
    const third = run(['--corpus', corpus, '--data', data]);
    assert.equal(third.status, 0, third.stderr);
    assert.match(
      third.stdout,
      /Incremental update: 0 added, 1 changed, 0 removed, 2 unchanged\.\nManifest: none\nSynonyms: 0 group\(s\), 0 one-way rule\(s\) \(unchanged\)\nChanged: hard-wrapped/,
    );

    const full = run(['--full', '--json', '--corpus', corpus, '--data', data]);
    assert.equal(full.status, 0, full.stderr);
    const rebuilt = JSON.parse(full.stdout);
    assert.equal(rebuilt.mode, 'full');
    assert.equal(rebuilt.changes.unchanged, 3);
  });
});
