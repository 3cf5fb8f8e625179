/**
 * Every kept junk line and kept body line of the write-from sets' dev pages, one per row (TSV), with
 * the shape features a structural rule could read. For counting a shape across sets and sites before
 * writing a rule; never run on check or held-out sets (the script refuses a heldout page).
 *
 *   npx tsx bench/ingest/junk-dump.ts --dir DIR [--set NAME] > rows.tsv
 */
import { parseArgs } from 'node:util';
import { PAGES_DIR, scorePages } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: PAGES_DIR }, set: { type: 'string', default: 'shared' } } });
if (/\/n(?:2|4|5|14|15)(?:\/p)?\/?$/.test(values.dir)) throw new Error('not a write-from set');
const scores = await scorePages(values.dir);
const SENT = /[.!?…。！？]["'”’»)\]]*$/u;
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const scriptOf = (t: string) => {
  const counts = new Map<string, number>();
  for (const ch of t) {
    const s = /\p{Script=Latin}/u.test(ch)
      ? 'Latn'
      : /\p{Script=Cyrillic}/u.test(ch)
        ? 'Cyrl'
        : /\p{Script=Arabic}/u.test(ch)
          ? 'Arab'
          : /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(ch)
            ? 'CJK'
            : /\p{Script=Hangul}/u.test(ch)
              ? 'Hang'
              : /\p{L}/u.test(ch)
                ? 'Other'
                : null;
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '-';
};
const isPara = (t: string) => words(t) >= 8 && SENT.test(t);
for (const p of scores) {
  if (p.split !== 'dev') continue;
  const L = p.lines.map((l) => l.trim());
  const pageScript = scriptOf(L.join(' '));
  const paras = L.map((t, i) => (isPara(t) ? i + 1 : 0)).filter((n) => n > 0);
  const kept = new Set(p.keptBodyLines);
  const keptParas = paras.filter((n) => kept.has(n) || p.truth.titleLine === n);
  const counts = new Map<string, number>();
  for (const t of L) if (t) counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
  const row = (n: number, cls: string, kind: string) => {
    const t = L[n - 1]!;
    let a = n;
    while (a > 1 && L[a - 2] !== '') a--;
    let b = n;
    while (b < L.length && L[b] !== '') b++;
    const zone = n < (paras[0] ?? Infinity) ? 'head' : n > (paras.at(-1) ?? -Infinity) ? 'tail' : 'body';
    const tpos = p.truth.titleLine === null ? 'notitle' : n < p.truth.titleLine ? 'above' : n <= p.lastBodyLine ? 'inside' : 'after';
    const digits = (t.match(/\p{N}/gu) ?? []).length;
    const cells = [
      values.set,
      p.page,
      n,
      cls,
      kind,
      tpos,
      zone,
      words(t),
      t.length,
      digits,
      SENT.test(t) ? 'S' : '-',
      b - a + 1,
      (counts.get(t.toLowerCase()) ?? 0) > 1 ? 'rep' : '-',
      scriptOf(t) === pageScript || scriptOf(t) === '-' ? '-' : `${scriptOf(t)}/${pageScript}`,
      keptParas.length,
      t.slice(0, 140).replace(/\t/g, ' '),
    ];
    console.log(cells.join('\t'));
  };
  for (const j of p.junkKept) row(j.line, 'J', j.kind);
  for (const n of p.keptBodyLines) row(n, 'B', '-');
}
