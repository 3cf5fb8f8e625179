import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { CheckOutcome, FileJob, FileOutcome, FilePart } from '../../indexer/build-file.ts';
import { BuildPool, buildFiles, checkFiles, type PoolUnit } from '../../indexer/build-pool.ts';
import { candidateKey } from '../../indexer/clean/furniture.ts';

const CORPUS = path.join(import.meta.dirname, '..', '..', 'corpus');

function jobsFor(dir: string, names: string[], maxBytes = 10_000_000): FileJob[] {
  return names.map((name) => ({ source: name, file: path.join(dir, name), id: name.replace(/\.[^.]*$/, ''), maxBytes }));
}

async function collect(jobs: FileJob[], workers: number, ahead?: number) {
  const out = [];
  for await (const { job, outcome } of buildFiles(jobs, { workers, ...(ahead ? { ahead } : {}) })) {
    out.push({ job, outcome: outcome.ok ? { ...outcome, documents: [...outcome.documents] } : outcome });
  }
  return out;
}

describe('build pool', () => {
  it('gives the same outcomes, in file order, from worker threads as in this thread', async () => {
    const names = readdirSync(CORPUS)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    assert.ok(names.length >= 3);
    // Repeated so files queue up behind each other and finish out of order.
    const jobs = jobsFor(CORPUS, [...names, ...names, ...names]);
    const inline = await collect(jobs, 0);
    const pooled = await collect(jobs, 2, 3);
    assert.deepEqual(
      pooled.map((p) => p.job.source),
      jobs.map((j) => j.source),
    );
    assert.deepEqual(
      pooled.map((p) => p.outcome),
      inline.map((p) => p.outcome),
    );
    assert.ok(inline.every((p) => p.outcome.ok && p.outcome.documents.every((d) => d.result.ok)));
  });

  it('builds a big record file in parts, in order, with its problems once, as one file built whole', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pool-'));
    try {
      const paragraph = 'A sentence that is long enough to be a paragraph of the story. '.repeat(4);
      const records = Array.from({ length: 9 }, (_, i) =>
        JSON.stringify({ id: `r${i % 7}`, title: `Story ${i}`, text: `${paragraph}\n\n${paragraph}${i}` }),
      );
      records.splice(4, 0, '{not json');
      writeFileSync(path.join(dir, 'export.jsonl'), `${records.join('\n')}\n`);
      writeFileSync(path.join(dir, 'page.txt'), `Headline\n\n${paragraph}\n`);
      const jobs = jobsFor(dir, ['export.jsonl', 'page.txt', 'export.jsonl']);
      const inline = await collect(jobs, 0);
      const units: Array<{ job: FileJob; part: FilePart; outcome: FileOutcome }> = [];
      // Three parts of the export, whatever its exact size.
      const partBytes = Math.ceil(statSync(path.join(dir, 'export.jsonl')).size / 3);
      for await (const unit of buildFiles(jobs, { workers: 1, partBytes, ahead: 2 })) {
        units.push({ ...unit, outcome: unit.outcome.ok ? { ...unit.outcome, documents: [...unit.outcome.documents] } : unit.outcome });
      }
      assert.deepEqual(
        units.map((u) => `${u.job.source} ${u.part.index}/${u.part.of}`),
        [
          'export.jsonl 0/3',
          'export.jsonl 1/3',
          'export.jsonl 2/3',
          'page.txt 0/1',
          'export.jsonl 0/3',
          'export.jsonl 1/3',
          'export.jsonl 2/3',
        ],
      );
      // The parts of each file, put together: the file's outcome.
      const merged = jobs.map((job, f) => {
        const parts = units.slice(f === 0 ? 0 : f === 1 ? 3 : 4, f === 0 ? 3 : f === 1 ? 4 : 7);
        const outcomes = parts.map((u) => u.outcome).filter((o) => o.ok === true);
        return {
          job,
          outcome: {
            ok: true,
            documents: outcomes.flatMap((o) => [...o.documents]),
            problems: outcomes.flatMap((o) => o.problems),
            bytes: outcomes[0]!.bytes,
          },
        };
      });
      assert.deepEqual(merged, inline);
      assert.equal(inline[0]!.outcome.ok && inline[0]!.outcome.problems.length, 1);
      assert.equal(inline[0]!.outcome.ok && [...inline[0]!.outcome.documents].length, 9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("checks a record file in parts (the fix-up's reading) as it checks it whole, in order", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pool-'));
    try {
      const paragraph = 'A sentence that is long enough to be a paragraph of the story. '.repeat(4);
      // Every third record prints the site's line: those are learned, with its line number (the title is line 1).
      const records = Array.from({ length: 9 }, (_, i) =>
        JSON.stringify({
          id: `r${i}`,
          title: `Story ${i}`,
          text: `${paragraph}${i}\n\n${i % 3 === 0 ? 'Morning briefing\n\n' : ''}${paragraph}`,
        }),
      );
      writeFileSync(path.join(dir, 'export.jsonl'), `${records.join('\n')}\n`);
      const jobs = jobsFor(dir, ['export.jsonl']);
      const furniture = new Set([candidateKey('Morning briefing')!]);
      const whole: Array<PoolUnit<CheckOutcome>> = [];
      for await (const unit of checkFiles(jobs, { workers: 0, furniture })) whole.push(unit);
      const parts: Array<PoolUnit<CheckOutcome>> = [];
      const partBytes = Math.ceil(statSync(path.join(dir, 'export.jsonl')).size / 3);
      for await (const unit of checkFiles(jobs, { workers: 1, furniture, partBytes, ahead: 2 })) parts.push(unit);
      assert.deepEqual(
        parts.map((u) => `${u.part.index}/${u.part.of}`),
        ['0/3', '1/3', '2/3'],
      );
      const documents = (units: typeof whole) => units.flatMap((u) => (u.outcome.ok ? u.outcome.documents : []));
      assert.deepEqual(documents(parts), documents(whole));
      assert.deepEqual(
        documents(whole).map((d) => `${d.index} ${d.learned} ${d.learnedLines.join(',')}`),
        ['0 true 5', '1 false ', '2 false ', '3 true 5', '4 false ', '5 false ', '6 true 5', '7 false ', '8 false '],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps its workers from a build into a check (the fix-up): both as in this thread, whoever did each unit', async () => {
    const names = readdirSync(CORPUS)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    // Many units for one worker with a wide window: the worker, still starting, leaves some that
    // this thread takes back, and the run's last units are shared out the same way.
    const jobs = jobsFor(CORPUS, [...names, ...names, ...names, ...names]);
    const furniture = new Set([candidateKey('Most Popular')!, candidateKey('Hot Topics')!, candidateKey('Click for full JPost coverage')!]);
    const inline = await collect(jobs, 0);
    const checkedHere: Array<PoolUnit<CheckOutcome>> = [];
    for await (const unit of checkFiles(jobs, { workers: 0, furniture })) checkedHere.push(unit);
    const pool = new BuildPool(1);
    try {
      const pooled = [];
      for await (const { job, outcome } of buildFiles(jobs, { workers: 0, pool, ahead: jobs.length })) {
        pooled.push({ job, outcome: outcome.ok ? { ...outcome, documents: [...outcome.documents] } : outcome });
      }
      assert.deepEqual(pooled, inline);
      // The furniture learned after the build reaches the same workers before the check's units.
      const checked: Array<PoolUnit<CheckOutcome>> = [];
      for await (const unit of checkFiles(jobs, { workers: 0, pool, furniture, ahead: 3 })) checked.push(unit);
      assert.deepEqual(checked, checkedHere);
      assert.ok(checked.some((u) => u.outcome.ok && u.outcome.documents.some((d) => d.learned && d.learnedLines.length > 0)));
    } finally {
      await pool.close();
    }
  });

  it('reports unreadable and oversized files as skips, not failures', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pool-'));
    try {
      writeFileSync(path.join(dir, 'big.txt'), `Headline\n\n${'A sentence that is long enough to be a paragraph. '.repeat(50)}\n`);
      const jobs = [...jobsFor(dir, ['big.txt'], 100), ...jobsFor(dir, ['gone.txt'])];
      const pooled = await collect(jobs, 2);
      assert.deepEqual(
        pooled.map((p) => (p.outcome.ok ? 'ok' : p.outcome.skip.kind)),
        ['too-large', 'unreadable'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
