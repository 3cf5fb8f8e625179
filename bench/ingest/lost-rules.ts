/**
 * Which rule dropped each body line a labelled set loses, as counts only (no page, no text): a check
 * set's losses can be sorted by the rule that took them without showing any of its lines.
 *
 *   npx tsx bench/ingest/lost-rules.ts --dir DIR [--rule TEXT]
 *
 * `--rule` lists the lost lines whose rule contains TEXT, for a write-from set's dev pages only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { labelledPages, PAGES_DIR, setAccess } from './pages.ts';
import { withReasonHistory } from './reason-history.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: PAGES_DIR }, rule: { type: 'string' } } });

const tally = new Map<string, number>();
for (const { source, truth } of labelledPages(values.dir)) {
  const text = fs.readFileSync(path.join(values.dir, ...source.split('/')), 'utf8');
  const { result, history } = withReasonHistory(() => cleanText(text));
  const junk = new Set(truth.junkLines);
  for (const d of result.dropped) {
    if (d.line === truth.titleLine || junk.has(d.line)) continue;
    const k = history.get(d.line)?.at(-1) ?? `${d.reason} (?)`;
    tally.set(k, (tally.get(k) ?? 0) + 1);
    if (values.rule && k.includes(values.rule) && truth.split === 'dev' && setAccess(values.dir) === 'read')
      console.log(`${source}:${d.line}\t${k}\t${d.text.slice(0, 120)}`);
  }
}
for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${k}`);
