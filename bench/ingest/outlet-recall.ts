/**
 * `npx tsx bench/ingest/outlet-recall.ts --dir DIR… [--show]`: recall before scoring (task 18out6).
 * For every page whose truth says the text names the outlet: did the indexer name it (right,
 * wrong, Unknown), did any reader produce the name as a candidate (and of which kinds), what won
 * or what was best below the threshold, and where on the page the name is printed. Counts per
 * set; `--show` prints one row per page (write-from sets only: never point --show at a check
 * set or a held-out split, it prints the page's lines).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { groupCandidates } from '../../indexer/infer/outlet-groups.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { pageOutletEvidence } from './outlet-data.ts';
import { labelledPages, pageAccess } from './pages.ts';
import { sameOutlet } from './score.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [] },
    show: { type: 'boolean', default: false },
    wrong: { type: 'boolean', default: false },
  },
});

const folded = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

await loadLanguageDetector();
for (const dir of values.dir) {
  const { show } = pageAccess(dir, values.show);
  const tally = new Map<string, number>();
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev' && show) continue;
    const bytes = fs.readFileSync(path.join(dir, ...source.split('/')));
    const result = articleFromFile({ bytes, source });
    const got = result.ok ? result.article.outlet : null;
    const gotOutlet = got && got !== 'Unknown' ? got : null;
    const truthOutlet = truth.outlet && truth.outlet !== '?' ? truth.outlet : null;
    const right = gotOutlet !== null && sameOutlet(gotOutlet, truth.outlet);
    const wrong = gotOutlet !== null && !right;
    if (!truth.outletStated && !wrong) continue;
    const clean = cleanText(bytes.toString('utf8'));
    const ev = pageOutletEvidence(clean);
    const groups = groupCandidates(ev.candidates);
    const named = truthOutlet ? ev.candidates.filter((c) => sameOutlet(c.value, truthOutlet)) : [];
    const status = right ? 'right' : wrong ? 'wrong' : 'unknown';
    bump(`${truth.outletStated ? 'stated' : 'unstated'} ${status}${named.length ? ' (candidate)' : ' (no candidate)'}`);
    if (!show || right) continue;
    if (values.wrong && !wrong) continue;
    // The label's spellings: whole, before a bracketed gloss, inside it.
    const spellings = truthOutlet
      ? [truthOutlet, truthOutlet.replace(/\s*\(.*$/, ''), /\(([^)]+)\)/.exec(truthOutlet)?.[1] ?? '']
          .map((t) => folded(t.replace(/^(?:the|www\.)\s*/i, '').replace(/\.[a-z]{2,6}$/i, '')))
          .filter((w) => w.length >= 2)
      : [];
    const lines = ev.lines;
    const at = lines.filter((l) => spellings.some((w) => folded(l.text).includes(w)));
    console.log(
      `\n## ${dir.split('/').pop()} ${source} [${status}] truth '${truthOutlet}' got '${gotOutlet}' stated=${truth.outletStated}`,
    );
    console.log(`   evidence: ${String((truth as { outletEvidence?: string }).outletEvidence ?? '').slice(0, 200)}`);
    console.log(`   candidates naming it: ${named.map((c) => `${c.kind}:${c.score}@${c.line}`).join(', ') || 'none'}`);
    for (const g of groups.slice(0, 3))
      console.log(
        `   group '${g.candidates[0]!.value}' ${g.total}: ${[...g.byKind.values()].map((c) => `${c.kind}:${c.score}@${c.line}`).join(', ')}`,
      );
    for (const l of at.slice(0, 6)) console.log(`   L${l.line} [${l.reason ?? 'kept'}] ${l.text.slice(0, 160)}`);
    if (at.length === 0) console.log('   (name not found folded in any line)');
  }
  console.log(
    `${dir}: ${[...tally]
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join('; ')}`,
  );
}
