/**
 * `npx tsx bench/ingest/line-outcomes.ts --dir DIR [--out FILE] [--check]`: every non-blank line of a
 * labelled set with its truth label and what the cleaner did with it (kept, or the drop reason), as
 * JSON lines, to compare two versions of the cleaner line by line. Held-out pages never carry their
 * text; with `--check` (a check set such as d8, d9) no page does: only the page, line number, label
 * and outcome, so a comparison says how many lines changed and of which label without showing wording. A set
 * `setAccess` gives as figures only or to the lead alone is always read as with `--check`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { labelledPages, PAGES_DIR, setAccess } from './pages.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: PAGES_DIR }, out: { type: 'string' }, check: { type: 'boolean', default: false } },
});
await loadLanguageDetector();
// A check or lead-only set never carries its text, whether or not --check was given.
const withText = !values.check && setAccess(values.dir) === 'read';
const rows: string[] = [];
for (const { source, truth } of labelledPages(values.dir)) {
  const bytes = fs.readFileSync(path.join(values.dir, ...source.split('/')));
  const result = articleFromFile({ bytes, source });
  const dropped = new Map<number, string>((result.ok ? result.article.dropped : []).map((d) => [d.line, d.reason]));
  const junk = new Map(truth.junkLines.map((n) => [n, truth.junkKinds[String(n)] ?? '?']));
  bytes
    .toString('utf8')
    .split('\n')
    .forEach((raw, i) => {
      const n = i + 1;
      const text = raw.trim();
      if (text === '') return;
      const label = n === truth.titleLine ? 'title' : (junk.get(n) ?? 'body');
      const outcome = result.ok ? (dropped.get(n) ?? 'kept') : 'skipped';
      const row: Record<string, unknown> = { page: source, split: truth.split, n, label, outcome };
      if (withText && truth.split === 'dev') row.text = text;
      rows.push(JSON.stringify(row));
    });
}
if (values.out) fs.writeFileSync(values.out, `${rows.join('\n')}\n`);
else console.log(rows.join('\n'));
