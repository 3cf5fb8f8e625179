/**
 * Meilisearch returns `_formatted` unescaped, with our highlight tags around matches. We ask for
 * the shared sentinel characters as tags; `engine/highlight.ts` escapes the whole string and only
 * then turns the sentinels into `<mark>`, exactly as for the embedded engine.
 */
export { MARK_OPEN as PRE_TAG, MARK_CLOSE as POST_TAG, escapeHtml, sentinelsToHtml as sentinelsToMarks } from '../highlight.ts';
