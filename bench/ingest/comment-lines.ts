/**
 * `npx tsx bench/ingest/comment-lines.ts [--show]`: what becomes of the lines labelled `comment` on
 * every labelled set (dev and held-out halves apart): dropped under which reason, kept ones by
 * shape and by position (above the title, inside the story, after its last body line). `--show`
 * prints the kept dev lines (never a held-out one) with the page's drop reasons around them, to
 * read while writing a rule; the default prints figures only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { LABELLED_SETS as SETS, labelledPages, mayShowLines } from './pages.ts';
import { bump, formatTally as fmt } from './tally.ts';

const { values } = parseArgs({ options: { show: { type: 'boolean', default: false }, kind: { type: 'string', default: 'comment' } } });
const TIME = /\d{1,2}[:.]\d{2}|\d{4}|\b\d+\s*\p{L}{1,12}\b.{0,12}$/u;

/** A rough shape of a kept line, for the figures only. */
function shapeOf(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 4 && /\d/.test(text) && TIME.test(text)) return 'stamp/count';
  if (words.length <= 3) return '1-3 words';
  if (words.length <= 8) return '4-8 words';
  return words.length > 20 ? 'long >20w' : '9-20w';
}

await loadLanguageDetector();
for (const [name, dir] of SETS) {
  for (const split of ['dev', 'heldout'] as const) {
    let total = 0;
    let kept = 0;
    const keptPages = new Set<string>();
    const droppedBy = new Map<string, number>();
    const shapes = new Map<string, number>();
    const where = new Map<string, number>();
    const shown: string[] = [];
    for (const { source, truth } of labelledPages(dir).filter((p) => p.truth.split === split)) {
      const bytes = fs.readFileSync(path.join(dir, ...source.split('/')));
      const lines = bytes.toString('utf8').split('\n');
      const result = articleFromFile({ bytes, source });
      const dropped = new Map<number, string>((result.ok ? result.article.dropped : []).map((d) => [d.line, d.reason]));
      const junk = new Set(truth.junkLines);
      const body = lines.map((_, i) => i + 1).filter((n) => lines[n - 1]!.trim() && !junk.has(n) && n !== truth.titleLine);
      const lastBody = body.at(-1) ?? 0;
      const mine = Object.entries(truth.junkKinds)
        .filter(([line, k]) => k === values.kind && (lines[Number(line) - 1] ?? '').trim())
        .map(([line]) => Number(line));
      for (const n of mine) {
        total++;
        const reason = result.ok ? dropped.get(n) : 'skipped';
        if (reason) {
          bump(droppedBy, reason);
          continue;
        }
        kept++;
        keptPages.add(source);
        bump(shapes, shapeOf(lines[n - 1]!.trim()));
        bump(
          where,
          truth.titleLine === null ? 'no title' : n < truth.titleLine ? 'above title' : n <= lastBody ? 'in story' : 'after story',
        );
      }
      if (values.show && mayShowLines(name, split) && mine.some((n) => !dropped.has(n))) {
        const from = Math.max(1, Math.min(...mine) - 3);
        const to = Math.min(lines.length, Math.max(...mine) + 2);
        shown.push(`  == ${source} (last body ${lastBody})`);
        for (let n = from; n <= to; n++) {
          if (!lines[n - 1]!.trim()) continue;
          const label = junk.has(n) ? (truth.junkKinds[String(n)] ?? '?') : n === truth.titleLine ? 'TITLE' : 'BODY';
          shown.push(
            `    ${String(n).padStart(4)} ${label.padEnd(8)} ${(dropped.get(n) ?? 'KEPT').padEnd(18)} ${lines[n - 1]!.trim().slice(0, 120)}`,
          );
        }
      }
    }
    if (total === 0) continue;
    console.log(
      `${name} ${split}: kept ${kept}/${total} on ${keptPages.size}p | dropped by: ${fmt(droppedBy)} | kept shape: ${fmt(shapes)} | where: ${fmt(where)}`,
    );
    for (const s of shown) console.log(s);
  }
}
