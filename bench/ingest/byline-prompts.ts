/**
 * `npx tsx bench/ingest/byline-prompts.ts [--show]`: what becomes of the lines labelled `byline`
 * or `subscribe` on every labelled set (dev and held-out halves apart): dropped under which reason,
 * kept ones by shape and by position (above the title, right under it, inside the story, after its
 * last body line). `--show` prints the kept dev lines (never a held-out one) to read while writing
 * a rule; the default prints figures only. Last, per set, the body lines of byline shapes (a
 * speaker, a name as a one-line paragraph): why the name shapes are read only where bylines stand.
 */
import { parseArgs } from 'node:util';
import { isPlacedByline, isWordedByline } from '../../indexer/clean/bylines.ts';
import { LABELLED_SETS as SETS, mayShowLines, scorePages } from './pages.ts';
import type { PageScore } from './score.ts';
import { bump, formatTally as fmt } from './tally.ts';

const { values } = parseArgs({ options: { show: { type: 'boolean', default: false } } });
const KINDS = new Set(['byline', 'subscribe']);
const NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|de|der|von|da|di|del|bin|al|el|le|la|dos|das)$/u;

/** A rough shape of a kept line, for the figures only. */
function shapeOf(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (/^(?:by|von|par|por|di|door|av|af|de|autor|author|text|texto|testo)\b/iu.test(text)) return 'by-word + name';
  if (/\d/.test(text) && words.length <= 12) return 'name/label + date';
  if (/[|·•]/.test(text) && words.length <= 10) return 'name | outlet';
  if (words.length >= 2 && words.length <= 4 && words.every((w) => NAME.test(w))) return 'name alone';
  if (words.length <= 8) return 'short other';
  return words.length > 20 ? 'long >20w' : '9-20w';
}

function position(p: PageScore, n: number): string {
  const t = p.truth.titleLine;
  if (t === null) return 'no title line';
  if (n < t) return 'above title';
  const between = p.lines.slice(t, n - 1).filter((l) => l.trim() !== '').length;
  if (between <= 3) return 'under title (≤3 lines)';
  return n <= p.lastBodyLine ? 'in story' : 'after story';
}

for (const [name, dir] of SETS) {
  const scores = await scorePages(dir);
  for (const split of ['dev', 'heldout'] as const) {
    const pages = scores.filter((p) => p.split === split);
    if (pages.length === 0) continue;
    for (const kind of KINDS) {
      let total = 0;
      const keptPages = new Set<string>();
      const shapes = new Map<string, number>();
      const where = new Map<string, number>();
      const shown: string[] = [];
      for (const p of pages) {
        for (const [line, k] of Object.entries(p.truth.junkKinds)) if (k === kind && (p.lines[Number(line) - 1] ?? '').trim()) total++;
        for (const j of p.junkKept.filter((j) => j.kind === kind)) {
          keptPages.add(p.page);
          bump(shapes, shapeOf(j.text));
          bump(where, position(p, j.line));
          if (values.show && mayShowLines(name, split))
            shown.push(`    ${p.page}:${j.line} [${position(p, j.line)}] ${j.text.slice(0, 160)}`);
        }
      }
      const kept = [...shapes.values()].reduce((a, b) => a + b, 0);
      if (total === 0) continue;
      console.log(`${name} ${split} ${kind}: kept ${kept}/${total} on ${keptPages.size}p | shape: ${fmt(shapes)} | where: ${fmt(where)}`);
      for (const s of shown) console.log(s);
    }
  }
}

/** Body lines (all, kept or not) of a byline's shape, by position: what a rule that ignored the place would take. */
for (const [name, dir] of SETS) {
  const scores = await scorePages(dir);
  for (const split of ['dev', 'heldout'] as const) {
    const worded = new Map<string, number>();
    const placed = new Map<string, number>();
    for (const p of scores.filter((s) => s.split === split)) {
      const junk = new Set(p.truth.junkLines);
      p.lines.forEach((raw, i) => {
        const text = raw.trim();
        if (text === '' || junk.has(i + 1) || i + 1 === p.truth.titleLine) return;
        if (isWordedByline(text)) bump(worded, position(p, i + 1));
        else if (isPlacedByline(text)) bump(placed, position(p, i + 1));
      });
    }
    if (worded.size + placed.size > 0)
      console.log(`${name} ${split} body lines of byline shape: worded ${fmt(worded) || 0} | placed shape ${fmt(placed) || 0}`);
  }
}
