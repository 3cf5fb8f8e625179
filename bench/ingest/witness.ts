/**
 * Agreement as evidence (task 18out7; measurement, the indexer does not use it): how many
 * independent witnesses of a page propose one name. A witness is a reader (`witnessFamily`: the
 * list's reader in a place is that place's reader, names alone on a line are one role wherever
 * they stand); a reader counts once however many lines it reads the name on (a menu written twice,
 * a list's items), and two readers of one line are one place. Two spellings are one name when their
 * keys meet (`outletKey`: case, accents, "The", a domain's registrable label) or one is the
 * initials of the other's words ("EX" and "Example Xpress").
 */
import type { OutletCandidate } from '../../indexer/infer/outlet-candidates.ts';
import { isDomain, outletKey } from '../../indexer/infer/outlet-names.ts';

/** Kinds that are a name alone on a line, read by position: one role, however many such lines. */
const ALONE_KINDS = new Set(['masthead', 'foot', 'repeated', 'alone', 'top-line', 'foot-line', 'foot-label']);

/** The reader behind a kind: the list's reader in a place is that place ("listed-alone" is a name alone), a repeat is its first reading. */
export function witnessFamily(kind: string): string {
  const k = kind.startsWith('listed-') ? kind.slice(7) : kind;
  const base = k.endsWith('-again') ? k.slice(0, -6) : k;
  if (ALONE_KINDS.has(base)) return 'alone';
  return base.startsWith('title-') ? 'title' : base;
}

/**
 * The number of independent witnesses among candidates that name one outlet: each reader counts
 * once however many lines it reads the name on (a list's items, a menu written twice), and two
 * readers of one line are one place. The most readers that can each be given a line of their own.
 */
export function witnessPlaces(candidates: readonly OutletCandidate[]): number {
  const byFamily = new Map<string, Set<string>>();
  for (const c of candidates) {
    const f = witnessFamily(c.kind);
    let places = byFamily.get(f);
    if (!places) byFamily.set(f, (places = new Set()));
    places.add(c.line === 0 ? `kind ${c.kind}` : `line ${c.line}`);
  }
  // A small bipartite matching, readers to places (a page has a handful of each).
  const owner = new Map<string, string>();
  const take = (f: string, seen: Set<string>): boolean => {
    for (const p of byFamily.get(f)!) {
      if (seen.has(p)) continue;
      seen.add(p);
      const o = owner.get(p);
      if (o === undefined || take(o, seen)) {
        owner.set(p, f);
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (const f of byFamily.keys()) if (take(f, new Set())) n++;
  return n;
}

/** Two spellings of one outlet's name: the same key, or one the initials of the other's words. */
export function sameWitnessName(a: string, b: string): boolean {
  const ka = outletKey(a);
  const kb = outletKey(b);
  if (ka.length < 2 || kb.length < 2) return false;
  if (ka === kb) return true;
  return initialsOf(a, kb) || initialsOf(b, ka);
}

/** `key` (two to six letters) spells the first letters of the words of `name`, one letter a word (a domain label may: "hc.example"). */
function initialsOf(name: string, key: string): boolean {
  if (isDomain(name) || key.length < 2 || key.length > 6) return false;
  const words = name.split(/[\s-]+/u).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  if (words.length !== key.length) return false;
  for (let i = 0; i < words.length; i++) if (outletKey(words[i]!)[0] !== key[i]) return false;
  return true;
}
