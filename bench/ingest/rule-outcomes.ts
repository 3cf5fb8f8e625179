/**
 * What each rule takes: every line a labelled set's cleaner drops, counted under the rule that set its
 * final reason (as `lost-rules.ts` names it) as junk or body by the truth file — a rule's junk beside its
 * cost in story lines, to judge whether narrowing it can give story back without giving much junk back.
 * Dev pages only (a held-out page is never counted, so the table is one to write rules from); on a check or
 * lead set counts only. `--rule TEXT` lists the lines whose rule contains TEXT, with their label (a junk kind,
 * "body" or "title"), for a write-from set's dev pages only.
 *
 *   npx tsx bench/ingest/rule-outcomes.ts --dir DIR [--dir DIR]... [--rule TEXT]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { labelledPages, PAGES_DIR, setAccess } from './pages.ts';
import { withReasonHistory } from './reason-history.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] }, rule: { type: 'string' } },
});

const tally = new Map<string, { junk: number; body: number; title: number }>();
for (const dir of values.dir) {
  const readable = setAccess(dir) === 'read';
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const text = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8');
    const { result, history } = withReasonHistory(() => cleanText(text));
    for (const d of result.dropped) {
      const k = history.get(d.line)?.at(-1) ?? `${d.reason} (?)`;
      const kind = truth.junkKinds[String(d.line)];
      const label = d.line === truth.titleLine ? 'title' : truth.junkLines.includes(d.line) ? (kind ?? 'junk') : 'body';
      const t = tally.get(k) ?? { junk: 0, body: 0, title: 0 };
      if (label === 'title') t.title++;
      else if (label === 'body') t.body++;
      else t.junk++;
      tally.set(k, t);
      if (values.rule && k.includes(values.rule) && readable)
        console.log(`${path.basename(dir)}/${source}:${d.line}\t${label}\t${d.text.slice(0, 110)}`);
    }
  }
}
console.log('junk\tbody\ttitle\trule');
for (const [k, t] of [...tally].sort((a, b) => b[1].junk + b[1].body - a[1].junk - a[1].body))
  console.log(`${t.junk}\t${t.body}\t${t.title}\t${k}`);
