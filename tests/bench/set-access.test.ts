/**
 * Which labelled sets the bench tools may print: the lead's sets never, a round's check sets as figures only,
 * every other (write-from) set page by page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageAccess, setAccess } from '../../bench/ingest/pages.ts';

describe('setAccess', () => {
  it("refuses the lead's sets", () => {
    for (const dir of [
      '/work/extra-pages/n2',
      '/work/extra-pages/n5/',
      '/work/extra-pages/n18',
      '/work/extra-pages/n25',
      'blind3',
      '/x/c12',
      '/x/s4',
    ])
      assert.equal(setAccess(dir), 'lead');
  });

  it("gives this round's check sets (and old ones) as figures only", () => {
    for (const dir of [
      '/work/extra-pages/n30',
      '/work/extra-pages/n31/',
      '/work/extra-pages/n32',
      '/work/extra-pages/n33',
      '/work/extra-pages/n16',
      'd8',
      'd9',
    ])
      assert.equal(setAccess(dir), 'figures');
  });

  it('lets a set be named a check set through CHECK_SETS', () => {
    const before = process.env.CHECK_SETS;
    process.env.CHECK_SETS = 'n34, n35';
    try {
      assert.equal(setAccess('/work/extra-pages/n35'), 'figures');
      assert.equal(setAccess('/work/extra-pages/n15'), 'read');
    } finally {
      if (before === undefined) delete process.env.CHECK_SETS;
      else process.env.CHECK_SETS = before;
    }
  });

  it('reads the write-from sets, the shared pages among them', () => {
    for (const dir of [
      '/work/extra-pages/n21',
      '/work/extra-pages/n14',
      '/work/extra-pages/w-18tit19',
      '/work/extra-pages/n23',
      '/work/extra-pages/n24',
      '/work/extra-pages/n26',
      '/work/extra-pages/n27',
      '/work/extra-pages/n28',
      '/work/extra-pages/n29',
      '/work/extra-pages/w-18junk10',
      '/work/shared/pages',
    ])
      assert.equal(setAccess(dir), 'read');
  });
});

describe('pageAccess', () => {
  it("throws on a lead's set before a tool reads it", () => {
    assert.throws(() => pageAccess('/work/extra-pages/n25', false), /lead's set/);
    assert.throws(() => pageAccess('/x/blind2', true), /lead's set/);
  });

  it('prints a check set as counts only, whatever the tool was asked', () => {
    assert.deepEqual(pageAccess('/work/extra-pages/n30', false), { show: false });
    const log = console.log;
    const said: string[] = [];
    console.log = (s: string) => said.push(s);
    try {
      assert.deepEqual(pageAccess('/work/extra-pages/n31', true), { show: false });
    } finally {
      console.log = log;
    }
    assert.match(said.join('\n'), /counts only/);
  });

  it("prints a write-from set's pages when asked", () => {
    assert.deepEqual(pageAccess('/work/extra-pages/w-18out19', true), { show: true });
    assert.deepEqual(pageAccess('/work/shared/pages', false), { show: false });
  });
});
