/**
 * Text fragments (`#:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/): a link to the
 * original article that makes a supporting browser scroll to and highlight the same passage.
 */

/** How much of the paragraph's start to quote: enough to be unique on a page, short enough to survive edits. */
const MAX_WORDS = 8;
const MAX_CHARS = 80;

/**
 * The `#:~:text=` fragment quoting the start of `text`, or '' when there is nothing to quote. Only
 * whole words are quoted (a cut word would not match), and `-`, `&` and `,` are percent-encoded
 * because they are syntax inside a text directive.
 */
export function textFragment(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const quoted: string[] = [];
  for (const word of words) {
    if (quoted.length >= MAX_WORDS) break;
    const next = [...quoted, word].join(' ');
    if (next.length > MAX_CHARS && quoted.length > 0) break;
    quoted.push(word);
  }
  // A trailing comma or colon belongs to the sentence, not the quote; it also must not end a term.
  const start = quoted.join(' ').replace(/[\s,;:]+$/u, '');
  if (!start) return '';
  return `#:~:text=${encodeURIComponent(start).replace(/-/g, '%2D')}`;
}

/** Only web URLs become links: a manifest could hold `javascript:` or a local path. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The original URL pointing at this passage; any fragment the URL had is replaced. */
export function originalPassageUrl(url: string, text: string): string {
  return url.replace(/#.*$/s, '') + textFragment(text);
}
