/**
 * The junk trainer's rows (bench/ingest/junk-data.ts): which pages of a labelled set it reads (the
 * splits the set allows, never another) and that a set is one group, left out whole in
 * leave-one-set-out. Fixture pages are invented text written to a temporary folder.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { cleanCorpusRows, pageRows, trainingSets } from '../../bench/ingest/junk-data.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'junk-data-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const PAGE = [
  'Ferry timetable changes from next month',
  'Menu',
  'The island ferry will sail twice an hour in the mornings from next month, the operator said on Friday.',
  'Evening sailings stay as they are, and the operator expects the first weeks to be busy with holiday traffic.',
].join('\n');

function writeSet(name: string): string {
  const folder = path.join(dir, name, 'en');
  fs.mkdirSync(folder, { recursive: true });
  const truths = ['dev', 'heldout'].map((split, i) => {
    fs.writeFileSync(path.join(folder, `page-${i}.txt`), PAGE);
    return JSON.stringify({ file: `page-${i}.txt`, split, titleLine: 1, junkLines: [2] });
  });
  fs.writeFileSync(path.join(folder, 'truth.jsonl'), `${truths.join('\n')}\n`);
  return path.join(dir, name);
}

describe('junk trainer rows', () => {
  const setDir = writeSet('s');

  it("leaves the article's own list out of what the model learns from and is scored on, as the indexer does", () => {
    const folder = path.join(dir, 'lists', 'en');
    fs.mkdirSync(folder, { recursive: true });
    const box = [
      'Ferry passengers in figures',
      '',
      '2,140',
      'Passengers a day',
      '',
      '14',
      'Sailings a day',
      '',
      '3',
      'Ships',
      '',
      '96%',
      'Sailings on time',
      '',
    ];
    fs.writeFileSync(
      path.join(folder, 'page.txt'),
      [...PAGE.split('\n'), '', ...box, 'The operator will publish the figures for the summer in the autumn.'].join('\n'),
    );
    fs.writeFileSync(
      path.join(folder, 'truth.jsonl'),
      `${JSON.stringify({ file: 'page.txt', split: 'dev', titleLine: 1, junkLines: [2] })}\n`,
    );
    const [rows] = pageRows({ name: 'lists', dir: path.join(dir, 'lists'), splits: ['dev'] });
    const open = [...rows!.lineNumbers].filter((_, k) => rows!.unlabelled[k] === 1);
    // Lines 8-19 hold the box's figures and labels: short enough to be judged, never left to the model.
    assert.ok([...rows!.lineNumbers].filter((n) => n >= 8 && n <= 19).length >= 6);
    assert.deepEqual(
      open.filter((n) => n >= 8 && n <= 19),
      [],
    );
  });

  it('reads only the splits the set allows', () => {
    assert.deepEqual(
      pageRows({ name: 's', dir: setDir, splits: ['dev'] }).map((p) => p.page),
      ['s/en/page-0.txt'],
    );
    assert.equal(pageRows({ name: 's', dir: setDir, splits: ['dev', 'heldout'] }).length, 2);
  });

  it('puts every page of a set, and its copies, in one group named for the set', () => {
    const rows = pageRows({ name: 's', dir: setDir, splits: ['dev', 'heldout'] }, 2);
    assert.equal(rows.length, 6);
    assert.deepEqual([...new Set(rows.map((p) => p.group))], ['s']);
  });

  it('trains on shared dev and every write-from set by default, and on the write-from sets named when given', () => {
    const extra = path.join(dir, 'extra');
    for (const name of ['d4', 'n1', 'w-set', 'blind', 'n30']) fs.mkdirSync(path.join(extra, name), { recursive: true });
    fs.writeFileSync(path.join(extra, 'SITES.txt'), 'a registry, not a set\n');
    const names = (sets: { name: string }[]) => sets.map((s) => s.name);
    // blind* is the lead's and n30 a check set (setAccess): neither is trained on by default, and naming one is an error.
    assert.deepEqual(names(trainingSets(extra, setDir, null)), ['shared', 'd4', 'n1', 'w-set']);
    assert.throws(() => trainingSets(extra, setDir, ['shared', 'blind']), /blind: a check or lead set/);
    assert.throws(() => trainingSets(extra, setDir, ['n30']), /n30: a check or lead set/);
    assert.deepEqual(names(trainingSets(extra, setDir, ['shared', 'n1', 'w-set'])), ['shared', 'n1', 'w-set']);
    assert.deepEqual(names(trainingSets(extra, setDir, ['n1'])), ['n1']);
    assert.ok(trainingSets(extra, setDir, ['n1']).every((s) => s.splits.join() === 'dev'));
    // A check set is never trained on, and a name with no folder is an error rather than a set silently missing.
    assert.deepEqual(names(trainingSets(extra, setDir, null, ['d4', 'n1', 'w-set'])), ['shared']);
    assert.throws(() => trainingSets(extra, setDir, ['n1', 'n99']), /n99/);
    assert.throws(() => trainingSets(extra, setDir, ['n1'], ['n1']), /n1/);
  });

  it('splits a clean corpus into the quarter trained on and the rest, which the verdict checks too', () => {
    const corpus = path.join(dir, 'clean');
    fs.mkdirSync(path.join(corpus, 'news'), { recursive: true });
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(corpus, 'news', `a${i}.txt`), PAGE);
    const pages = (part?: 'trained' | 'rest') => cleanCorpusRows('c', corpus, part).map((p) => p.page);
    assert.deepEqual(pages(), ['c/news/a0.txt', 'c/news/a4.txt']);
    assert.deepEqual(pages('trained'), pages());
    assert.deepEqual(pages('rest'), ['c/news/a1.txt', 'c/news/a2.txt', 'c/news/a3.txt', 'c/news/a5.txt']);
  });
});
