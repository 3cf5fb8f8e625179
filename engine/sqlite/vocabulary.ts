/** Meta key under which a generation stores its synonym rules (JSON `SynonymRules`). */
export const SYNONYMS_META_KEY = 'synonyms';
