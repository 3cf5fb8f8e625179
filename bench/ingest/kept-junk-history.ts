/**
 * Every kept junk line of a write-from set's dev pages with the history of its reasons (which rule
 * dropped it before another gave it back, or none), one per row (TSV): set, page, line, kind, history,
 * text. To sort kept junk by the step that missed it: never labelled (the model's miss) or given back
 * by a keep rule (which one).
 *
 *   npx tsx bench/ingest/kept-junk-history.ts --dir DIR [--dir DIR]...
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { labelledPages, setAccess } from './pages.ts';
import { withReasonHistory } from './reason-history.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true, default: [] } } });
for (const dir of values.dir) {
  if (setAccess(dir) !== 'read') throw new Error(`${dir}: not a write-from set`);
  const set = path.basename(dir.replace(/\/p\/?$/, ''));
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const text = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8');
    const { result, history } = withReasonHistory(() => cleanText(text));
    const dropped = new Set(result.dropped.map((d) => d.line));
    const raw = text.split('\n');
    for (const n of truth.junkLines) {
      if (dropped.has(n) || !raw[n - 1]?.trim()) continue;
      const h = (history.get(n) ?? []).map((s) => s.replace(/@[^ ]*$/, '')).join(' | ') || '-';
      console.log([set, source, n, truth.junkKinds[String(n)] ?? '?', h, raw[n - 1]!.trim().slice(0, 110)].join('\t'));
    }
  }
}
