/**
 * Synonym rules compiled for lookup by query words. Every entry is reduced to index tokens (the
 * same `tokenize` as queries), and a multi-word entry is also filed under its joined spelling, so
 * a rule written for `cease-fire` applies to `cease fire`, `cease-fire` and `ceasefire` alike.
 * Backend-neutral: the embedded engine expands queries with it, the Meilisearch backend turns the
 * same keys into its `synonyms` setting.
 */
import { tokenize } from './parse.ts';
import type { SynonymRules } from '../contract/types.ts';

/** Key for a token sequence: tokens joined by one space. */
export const synonymKey = (tokens: readonly string[]): string => tokens.join(' ');

export class SynonymTable {
  /** Key → alternatives, each a token sequence (a phrase when longer than one token). */
  private readonly map = new Map<string, string[][]>();
  /** Longest key, in tokens: query windows longer than this cannot match. */
  readonly maxTokens: number;

  constructor(rules: SynonymRules | null | undefined) {
    let maxTokens = 1;
    const add = (from: string[], to: string[]) => {
      if (from.length === 0 || to.length === 0) return;
      // A compound target is also looked for joined: `truce` finds `cease-fire` and `ceasefire`.
      const targets = to.length > 1 ? [to, [to.join('')]] : [to];
      for (const key of keysOf(from)) {
        if (key === synonymKey(to) || key === to.join('')) continue;
        let list = this.map.get(key);
        if (list === undefined) this.map.set(key, (list = []));
        for (const target of targets) if (!list.some((t) => synonymKey(t) === synonymKey(target))) list.push(target);
      }
      maxTokens = Math.max(maxTokens, from.length);
    };
    for (const group of rules?.groups ?? []) {
      const members = group.map(tokenize);
      for (const a of members) for (const b of members) if (a !== b) add(a, b);
    }
    for (const { from, to } of rules?.oneWay ?? []) {
      for (const target of to) add(tokenize(from), tokenize(target));
    }
    this.maxTokens = maxTokens;
  }

  get isEmpty(): boolean {
    return this.map.size === 0;
  }

  /** Alternatives for a token sequence, looked up by its spaced and its joined spelling. */
  lookup(tokens: readonly string[]): string[][] {
    const out: string[][] = [];
    const seen = new Set<string>([synonymKey(tokens)]);
    for (const key of keysOf(tokens)) {
      for (const alt of this.map.get(key) ?? []) {
        const k = synonymKey(alt);
        if (!seen.has(k)) {
          seen.add(k);
          out.push(alt);
        }
      }
    }
    return out;
  }

  /** The several-word keys whose joined spelling starts with `prefix` (a word being typed: `ceasef` → cease fire). */
  compoundsStartingWith(prefix: string): string[][] {
    const out: string[][] = [];
    for (const key of this.map.keys()) if (key.includes(' ') && key.replaceAll(' ', '').startsWith(prefix)) out.push(key.split(' '));
    return out;
  }

  /** Every key with its alternatives, e.g. for Meilisearch's `synonyms` setting. */
  entries(): Array<[string, string[][]]> {
    return [...this.map];
  }
}

/** `["cease", "fire"]` is filed as "cease fire" and "ceasefire". */
function keysOf(tokens: readonly string[]): string[] {
  return tokens.length > 1 ? [synonymKey(tokens), tokens.join('')] : [synonymKey(tokens)];
}
