/** A process's resident memory split by kind of mapping (bench/scale/memory-kinds.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatKinds, formatThreadHeaps, memoryKinds, memoryKindsOf } from '../../bench/scale/memory-kinds.ts';
import { memoryOf } from '../../bench/scale/proc.ts';

/** One mapping as smaps lists it, with only the fields the split reads and one it must skip. */
const mapping = (range: string, perms: string, name: string, rssKb: number) =>
  [
    `${range} ${perms} 00000000 00:00 0${name ? `          ${name}` : ''}`,
    `Size:   ${rssKb * 2} kB`,
    `Rss:    ${rssKb} kB`,
    'Pss:    1 kB',
  ].join('\n');

describe('memory by kind of mapping', () => {
  it('tells mapped files, the main heap, per-thread heaps and the other anonymous memory apart', () => {
    const smaps = [
      mapping('00400000-00600000', 'r-xp', '/usr/bin/node', 2048),
      mapping('01000000-01800000', 'rw-p', '[heap]', 4096),
      // A per-thread heap: aligned to 64 MiB, 8 MiB committed, the rest of its reservation inaccessible.
      mapping('7f0000000000-7f0000800000', 'rw-p', '', 6144),
      mapping('7f0000800000-7f0004000000', '---p', '', 0),
      // Anonymous but not so aligned: a V8 page, a big malloc block.
      mapping('7f0004040000-7f0004080000', 'rw-p', '', 256),
      mapping('7f1000001000-7f1000801000', 'rw-p', '', 1024),
      mapping('7ffc00000000-7ffc00021000', 'rw-p', '[stack]', 132),
      mapping('7f2000000000-7f2000100000', 'r--s', '/data/index.db', 512),
    ].join('\n');
    assert.deepEqual(memoryKinds(smaps), {
      file: (2048 + 512) * 1024,
      mainArena: 4096 * 1024,
      threadArenas: 6144 * 1024,
      otherAnonymous: (256 + 1024 + 132) * 1024,
      threadHeaps: [6144 * 1024],
    });
  });

  it('lists each per-thread heap, largest first, so a growth can be told to be one thread or spread', () => {
    const smaps = [
      mapping('7f0000000000-7f0000400000', 'rw-p', '', 512),
      mapping('7f0000400000-7f0004000000', '---p', '', 0),
      mapping('7f0004000000-7f0006000000', 'rw-p', '', 22 * 1024),
      mapping('7f0008000000-7f0009000000', 'rw-p', '', 3 * 1024),
      mapping('7f000c000000-7f000c100000', 'rw-p', '', 256),
    ].join('\n');
    const kinds = memoryKinds(smaps);
    assert.deepEqual(kinds.threadHeaps, [22 * 2 ** 20, 3 * 2 ** 20, 512 * 1024, 256 * 1024]);
    assert.equal(kinds.threadArenas, (22 * 1024 + 3 * 1024 + 512 + 256) * 1024);
    assert.equal(formatThreadHeaps(kinds), '22 · 3 MB, 2 under 1 MB');
  });

  it('reads a live process, whose kinds add up to its resident set', () => {
    const kinds = memoryKindsOf(process.pid);
    assert.ok(kinds !== null);
    const total = kinds.file + kinds.mainArena + kinds.threadArenas + kinds.otherAnonymous;
    const status = memoryOf('self')!.rss;
    assert.ok(Math.abs(total - status) < status * 0.1, `${total} against VmRSS ${status}`);
    assert.match(formatKinds(kinds), /^file \d+ · main arena \d+ · thread arenas \d+ · other anonymous \d+ MB$/);
  });
});
