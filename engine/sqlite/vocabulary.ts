/**
 * What a generation knows about words, loaded once per generation (and again after a write): the
 * vocabulary FTS5 indexed, read through an `fts5vocab` table, and the synonym rules stored with
 * the generation. Queries are expanded from these, never from the corpus files.
 */
import { SynonymTable } from '../query/synonyms.ts';
import type { SynonymRules } from '../contract/types.ts';
import { Vocabulary } from '../query/vocabulary.ts';
import { getMeta, type Db } from './schema.ts';

/** Meta key under which a generation stores its synonym rules (JSON `SynonymRules`). */
export const SYNONYMS_META_KEY = 'synonyms';

export function loadVocabulary(db: Db): Vocabulary {
  // A temp table lives on this connection only: reading the vocabulary never writes the index file.
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.paragraphs_vocab USING fts5vocab(main, paragraphs_fts, row)');
  const words: string[] = [];
  const docs: number[] = [];
  for (const [term, doc] of db.prepare('SELECT term, doc FROM temp.paragraphs_vocab').raw().iterate() as IterableIterator<
    [string, number]
  >) {
    words.push(term);
    docs.push(doc);
  }
  return new Vocabulary(words, Uint32Array.from(docs));
}

export function loadSynonyms(db: Db): SynonymTable {
  const json = getMeta(db, SYNONYMS_META_KEY);
  if (json === null) return new SynonymTable(null);
  try {
    return new SynonymTable(JSON.parse(json) as SynonymRules);
  } catch {
    // Written by `setSynonyms`/`replaceAll` from validated rules; a damaged value must not stop search.
    return new SynonymTable(null);
  }
}
