/**
 * Candidates that name one outlet, gathered under one key ("EL PAÍS", "El País", "elpais.com"):
 * the best candidate of each kind and their total, each place counted once. Shared by the
 * hand-scored rules (outlet.ts) and the learned scorer (outlet-model.ts).
 */
import type { OutletCandidate } from './outlet-candidates.ts';
import { outletKey } from './outlet-names.ts';

/** Kinds read from a line's position and shape alone, with no cue word. */
const POSITIONAL = new Set(['masthead', 'foot', 'repeated']);

/** One outlet as the candidates name it: the best candidate of each kind, and their total. */
export interface OutletGroup {
  key: string;
  candidates: OutletCandidate[];
  byKind: Map<string, OutletCandidate>;
  total: number;
}

/** The groups, best total first. */
export function groupCandidates(candidates: readonly OutletCandidate[]): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const c of candidates) {
    const key = c.group ?? outletKey(c.value);
    if (key.length < 2) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, candidates: [], byKind: new Map(), total: 0 }));
    g.candidates.push(c);
    const best = g.byKind.get(c.kind);
    if (!best || c.score > best.score) g.byKind.set(c.kind, c);
  }
  for (const g of groups.values()) {
    // One line is one place, and a name alone on a line is one role wherever it stands: names
    // alone at the top and the foot (a section label often is both) do not agree with each other.
    const byPlace = new Map<string, number>();
    for (const c of g.byKind.values()) {
      const place = POSITIONAL.has(c.kind) ? 'alone' : c.line === 0 ? c.kind : `line ${c.line}`;
      byPlace.set(place, Math.max(byPlace.get(place) ?? 0, c.score));
    }
    g.total = [...byPlace.values()].reduce((a, b) => a + b, 0);
  }
  return [...groups.values()].sort((a, b) => b.total - a.total || strongest(b).score - strongest(a).score);
}

export function strongest(g: OutletGroup): OutletCandidate {
  return [...g.byKind.values()].reduce((a, b) => (b.score > a.score ? b : a));
}
