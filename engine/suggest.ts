/**
 * "Did you mean": when a query word is not in the index's vocabulary (so the results are empty,
 * or only typo-corrected or partial matches), propose the query with that word replaced by the
 * closest indexed word, the most frequent among equally close ones. Shared by both backends so
 * they suggest the same thing for the same index.
 */
import type { ParsedQuery } from './query.ts';
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
  for (const term of parsed.terms) {
    if (term.quoted) {
      parts.push(`"${term.tokens.join(' ')}"`);
      continue;
    }
    const tokens = term.tokens.map((token, i) => {
      const prefix = term.prefix && i === term.tokens.length - 1;
      if (vocabulary.has(token) || (prefix && vocabulary.hasPrefix(token))) return token;
      // A known variant spelling is not a mistake, even when the index lacks it.
      if (synonyms !== undefined && synonyms.lookup([token]).length > 0) return token;
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
