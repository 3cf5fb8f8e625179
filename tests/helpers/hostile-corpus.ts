/**
 * The hostile corpus (tests/fixtures/hostile) copied into a temp folder, plus one generated article
 * whose body is a single paragraph of about 2 MB on one line (too big to commit, cheap to make).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './indexed-app.ts';

export const HOSTILE_FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'hostile');
export const ENORMOUS_CHARS = 2_000_000;
/** Every payload in the fixtures sets this flag (and most also call alert). */
export const PWNED_FLAG = '__pwned';

export async function hostileCorpus(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-hostile-'));
  await cp(HOSTILE_FIXTURES, dir, { recursive: true });
  const words = ['tide', 'gull', 'rope', 'anchor', 'lighthouse', 'buoy', 'keel', 'mast', '<script>window.__pwned=1</script>'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < ENORMOUS_CHARS; i++) {
    const w = words[i % words.length]! + (i % 17 === 16 ? '. ' : ' ');
    parts.push(w);
    length += w.length;
  }
  await writeFile(path.join(dir, 'enormous.txt'), `An enormous paragraph about the lighthouse\n\n${parts.join('').trim()}\n`);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
