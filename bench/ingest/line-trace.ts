/**
 * Which rule set each line's reason, and every later change: a page's lines with their history,
 * as `cleanText` labels them (each page alone, no manifest). For reading why a dev page's body
 * line is lost or a junk line kept: the rule named is the function that assigned the reason. The
 * first line says whether the page gate (page-gate.ts) judged the page to carry furniture, and so
 * at which threshold the learned model acted.
 *
 *   npx tsx bench/ingest/line-trace.ts FILE [FROM-TO]
 */
import fs from 'node:fs';
import { cleanText, labelLines } from '../../indexer/clean/index.ts';
import { weightsOfPage } from '../../indexer/clean/junk-model.ts';
import { JUNK_MODEL } from '../../indexer/clean/junk-weights.ts';
import { carriesFurniture, furnitureLines } from '../../indexer/clean/page-gate.ts';
import { withReasonHistory } from './reason-history.ts';

const [file, range] = process.argv.slice(2);
if (!file) {
  console.error('usage: line-trace.ts FILE [FROM-TO]');
  process.exit(2);
}
const [from, to] = (range ?? '1-100000').split('-').map(Number) as [number, number];
const text = fs.readFileSync(file, 'utf8');

const { result, history } = withReasonHistory(() => cleanText(text));

// The page gate's verdict, read where the model reads it (after the rules, before the model): the threshold the model acted at.
const { lines: labelled } = labelLines(text);
const furniture = furnitureLines(labelled, 100);
console.log(
  `page gate: ${carriesFurniture(labelled) ? 'furniture' : 'no furniture'} (${furniture} line${furniture === 1 ? '' : 's'} the rules dropped); the model acts with ${weightsOfPage(labelled) === JUNK_MODEL ? 'its' : "its furnished pages'"} weights at ${weightsOfPage(labelled).threshold}`,
);

const dropped = new Map(result.dropped.map((d) => [d.line, d.reason]));
const raw = text.split('\n');
for (let i = from; i <= Math.min(to, raw.length); i++) {
  const t = raw[i - 1]!.trim();
  if (!t) continue;
  const final = dropped.get(i) ?? 'kept';
  const h = history.get(i) ?? [];
  console.log(`L${i} [${final}] ${t.slice(0, 90)}${h.length ? `\n      ${h.join('\n      ')}` : ''}`);
}
