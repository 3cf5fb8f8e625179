/**
 * The title line of a scraped page is often the HTML <title>: the headline plus the site's name
 * ("Headline – Sitename", "Headline | Site") and sometimes text from widgets ("free website hit
 * counter"). This separates the headline from that decoration.
 */
import { stripCounter } from './phrases.ts';
import { endsSentence, wordCount } from './shape.ts';

export interface TitleParts {
  /** The headline with counter text removed (the suffix is still attached). */
  text: string;
  /** Counter-widget text was removed. */
  counter: boolean;
  /** A trailing "– Sitename" candidate, not yet judged. */
  suffix: { headline: string; site: string; separator: string } | null;
}

const SUFFIX = /^(.*\S)\s+([–—|\-·•]|::)\s+(\S.{0,60})$/u;

export function splitTitleLine(line: string): TitleParts {
  const { text, found } = stripCounter(line);
  const m = SUFFIX.exec(text);
  let suffix: TitleParts['suffix'] = null;
  if (m) {
    const [, headline, separator, site] = m as unknown as [string, string, string, string];
    const siteWords = wordCount(site);
    if (siteWords <= 5 && /^[\p{Lu}\p{N}]/u.test(site) && !endsSentence(site) && wordCount(headline) >= 2) {
      suffix = { headline: headline.trim(), site: site.trim(), separator };
    }
  }
  return { text, counter: found, suffix };
}

/**
 * Whether the suffix is a site name even without a cleaner repeat of the headline to confirm it:
 * pipes and double colons rarely occur inside headlines, domain names never do, and a line that
 * carried counter junk is certainly a page title.
 */
export function suffixIsSiteName(parts: TitleParts): boolean {
  if (!parts.suffix) return false;
  const { separator, site } = parts.suffix;
  return parts.counter || separator === '|' || separator === '::' || /\.[a-z]{2,}$/i.test(site);
}
