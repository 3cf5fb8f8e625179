/**
 * "Did you mean": when a query word is not in the index's vocabulary (so the results are empty,
 * or only typo-corrected or partial matches), propose the query with that word replaced by the
 * closest indexed word, the most frequent among equally close ones. Shared by both backends so
 * they suggest the same thing for the same index.
 */
import type { ParsedQuery } from './parse.ts';
import type { SynonymTable } from './synonyms.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * A suggestion may reach one edit further than search does (search forgives nothing under five
 * letters): it is only offered, never applied.
 */
export function suggestionBudget(word: string): number {
  const n = [...word].length;
  return n < 3 ? 0 : n < 5 ? 1 : 2;
}

export function suggestQueries(parsed: ParsedQuery, vocabulary: Vocabulary, synonyms?: SynonymTable): string[] {
  if (vocabulary.size === 0) return [];
  let changed = false;
  const parts: string[] = [];
  const variants = synonyms === undefined ? new Set<string>() : synonymCovered(parsed, synonyms);
  for (const term of parsed.terms) {
    if (term.quoted) {
      parts.push(`"${term.tokens.join(' ')}"`);
      continue;
    }
    const tokens = term.tokens.map((token, i) => {
      const prefix = term.prefix && i === term.tokens.length - 1;
      if (vocabulary.has(token) || (prefix && vocabulary.hasPrefix(token))) return token;
      // A known variant spelling is not a mistake, even when the index lacks it.
      if (variants.has(token)) return token;
      const [best] = vocabulary.corrections(token, suggestionBudget(token), { prefix, limit: 1 });
      if (best === undefined) return token;
      changed = true;
      return best.word;
    });
    parts.push(tokens.join('-'));
  }
  for (const term of parsed.excluded) {
    parts.push(term.quoted || term.tokens.length > 1 ? `-"${term.tokens.join(' ')}"` : `-${term.tokens[0]}`);
  }
  return changed ? [parts.join(' ')] : [];
}

/** Tokens of the query that belong to a run of words the synonym list knows ("Izz ad-Din al-Qassam"). */
function synonymCovered(parsed: ParsedQuery, synonyms: SynonymTable): Set<string> {
  const tokens = parsed.terms.filter((t) => !t.quoted).flatMap((t) => t.tokens);
  const covered = new Set<string>();
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + synonyms.maxTokens); end++) {
      const run = tokens.slice(start, end);
      if (synonyms.lookup(run).length > 0) for (const t of run) covered.add(t);
    }
  }
  return covered;
}
