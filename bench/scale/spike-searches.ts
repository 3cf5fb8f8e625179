/**
 * The searches of a traffic spike (`bench/stress.ts --overload`, `bench/cache-spike.ts`): distinct
 * searches drawn from the BBC articles' own words, so the two measure the same kind of spike.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSource, type SourceArticle } from './corpus.ts';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BBC = path.join(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news');

export type Source = Pick<SourceArticle, 'title' | 'paragraphs'>;

/** The BBC articles without their shortest paragraphs (40 characters or fewer). */
export function readBbc(): Source[] {
  return readSource(BBC)
    .map(({ title, paragraphs }) => ({ title, paragraphs: paragraphs.filter((p) => p.length > 40) }))
    .filter((a) => a.title !== '' && a.paragraphs.length > 0);
}

/**
 * Distinct searches, as a spike of new visitors would type them: single words from every frequency
 * band, two and three words, phrases, prefixes, typos and year filters; none asked twice.
 */
export function distinctSearches(sources: Source[], count: number): Array<{ path: string; headers?: Record<string, string> }> {
  const counts = new Map<string, number>();
  for (const s of sources)
    for (const w of s.paragraphs
      .join(' ')
      .toLowerCase()
      .match(/[a-z]{4,}/g) ?? [])
      counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts.entries()]
    .filter(([, n]) => n >= 3)
    .sort((a, b) => b[1] - a[1])
    .map(([w]) => w);
  // A fixed multiplier walk over the vocabulary: reproducible, and spread over every band.
  const at = (i: number, salt: number) => words[(i * 7919 + salt * 104729) % words.length]!;
  const seen = new Set<string>();
  const out: Array<{ path: string; headers?: Record<string, string> }> = [];
  const enc = encodeURIComponent;
  for (let i = 0; out.length < count && i < count * 4; i++) {
    const a = at(i, 1);
    const b = at(i, 2);
    const c = at(i, 3);
    const shape = i % 8;
    const q = [
      a,
      `${a} ${b}`,
      `${a} ${b} ${c}`,
      `"${a} ${b}"`,
      a.slice(0, 3 + (i % 3)),
      a.slice(0, 2) + a[3] + a[2] + a.slice(4),
      `${a} -${b}`,
      b,
    ][shape]!;
    const path = shape === 7 ? `/?q=${enc(q)}&year=${1995 + (i % 30)}` : i % 3 === 0 ? `/api/search?q=${enc(q)}` : `/?q=${enc(q)}`;
    if (seen.has(path)) continue;
    seen.add(path);
    out.push(i % 5 === 0 ? { path, headers: { 'HX-Request': 'true', 'HX-Request-Type': 'partial' } } : { path });
  }
  return out;
}
