/** Deterministic article files for tests that need bulk: plausible words, no meaning, no seeds. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prng } from '../../bench/scale/seeded.ts';

const WORDS = (
  'harbour council river budget election minister strike court police weather market school ' +
  'hospital railway bridge festival museum library farmers drought flood vaccine report inquiry ' +
  'talks treaty border ceasefire summit protest union workers prices energy housing transport ' +
  'village capital province coast island mountain valley forest lake desert city town region'
).split(' ');

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** Write `count` articles (`article-<n>.txt`, starting at `from`) of `paragraphs` paragraphs each. */
export async function writeSyntheticCorpus(
  dir: string,
  options: { from?: number; count: number; paragraphs: number; seed?: number },
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const from = options.from ?? 0;
  for (let n = from; n < from + options.count; n++) {
    const rand = prng((options.seed ?? 1) * 100_003 + n);
    const title = sentence(rand, 6).replace(/\.$/, '');
    const body = Array.from({ length: options.paragraphs }, () => `${sentence(rand, 14)} ${sentence(rand, 12)}`);
    await writeFile(path.join(dir, `article-${String(n).padStart(6, '0')}.txt`), `${title}\n\n${body.join('\n\n')}\n`);
  }
}
