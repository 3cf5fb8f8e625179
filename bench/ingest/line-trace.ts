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

const [file, range] = process.argv.slice(2);
if (!file) {
  console.error('usage: line-trace.ts FILE [FROM-TO]');
  process.exit(2);
}
const [from, to] = (range ?? '1-100000').split('-').map(Number) as [number, number];
const text = fs.readFileSync(file, 'utf8');

const history = new Map<number, string[]>();
/** The first function on the stack outside this file and the engine: the rule that assigned. */
function caller(): string {
  const stack = new Error().stack?.split('\n').slice(3) ?? [];
  for (const frame of stack) {
    const m = /at (?:Object\.)?([\w$.<>]+) \((.*?):(\d+):\d+\)/.exec(frame);
    if (m && !m[2]!.includes('line-trace')) return `${m[1]}@${m[2]!.split('/').pop()}:${m[3]}`;
  }
  return '?';
}
const push = Array.prototype.push;
Array.prototype.push = function (this: unknown[], ...items: unknown[]) {
  for (const item of items) {
    if (item && typeof item === 'object' && 'reason' in item && 'heading' in item && 'words' in item) {
      const l = item as unknown as { line: number; reason: string | null };
      let value = l.reason;
      const h: string[] = [];
      if (value !== null) h.push(`${value} (phrase)`);
      history.set(l.line, h);
      Object.defineProperty(l, 'reason', {
        get: () => value,
        set: (v: string | null) => {
          if (v !== value) h.push(`${v ?? 'KEEP'} ← ${caller()}`);
          value = v;
        },
        enumerable: true,
        configurable: true,
      });
    }
  }
  return push.apply(this, items);
};
const result = cleanText(text);
Array.prototype.push = push;

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
