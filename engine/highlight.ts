/**
 * Turning backend highlight output into safe HTML. Backends are asked to wrap matches in two
 * control characters that never survive into indexed text; the whole string is HTML-escaped first
 * and only then are the sentinels replaced with `<mark>` tags, so corpus text can never inject
 * markup, whatever it contains.
 */

export const MARK_OPEN = '\u0001';
export const MARK_CLOSE = '\u0002';

const SENTINELS = /[\u0001\u0002]/g;
const HTML_SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (ch) => ENTITIES[ch]!);
}

/** Remove sentinel characters from text before it is stored or highlighted. */
export function stripSentinels(text: string): string {
  return text.replace(SENTINELS, '');
}

/** Escape text that carries sentinel-delimited matches, then turn the sentinels into `<mark>`. */
export function sentinelsToHtml(text: string): string {
  let open = false;
  // Replace in order and only as balanced pairs, so stray sentinels can never leave a tag open.
  const html = escapeHtml(text).replace(SENTINELS, (s) => {
    if (s === MARK_OPEN && !open) {
      open = true;
      return '<mark>';
    }
    if (s === MARK_CLOSE && open) {
      open = false;
      return '</mark>';
    }
    return '';
  });
  return open ? `${html}</mark>` : html;
}
