/**
 * What an outlet's name looks like in a line of text: the pattern pieces the extractors capture
 * names with, the clean-up of a captured name, and the tests that tell a name from a person, a
 * date or a file name.
 */
import { parse as parseDomain } from 'tldts';
import { isGenericName, isNotOutlet, isSectionName, looksLikeOutletName, NOT_OUTLET_DOMAINS, withoutCompanyForm } from './outlet-words.ts';

// A name: capitalised words (or digits), joined by the small words names contain, optionally
// after an article ("The Week", "El País", "Het Nieuwsblad").
export const CAP = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’+-]*";
export const JOIN = '(?:of|de|del|la|di|da|do|dos|des|du|von|van|der|den|het|&|and|y|e|et|und|i|na)';
const ARTICLE = '(?:The|THE|El|EL|La|LA|Le|Les|Il|Lo|Der|Die|Das|De|Het|O|A|Os|Los|Las)';
export const NAME = `(?:${ARTICLE}\\s+)?${CAP}(?:\\s+(?:${JOIN}\\s+)?${CAP}){0,4}`;
const DOMAIN_NAME = '[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,12}';
export const NAME_OR_DOMAIN = `(?:${DOMAIN_NAME}|${NAME})`;
/** A whole line (or part) that is a name and nothing else. */
export const LONE_NAME = new RegExp(`^${NAME_OR_DOMAIN}$`, 'u');

const JOIN_WORD = new RegExp(`^${JOIN}$`, 'u');
const TRAILING_JOIN = new RegExp(`(?:\\s+${JOIN})+$`, 'u');

/** Demonstratives and pronouns that open "This site uses cookies" and the like: not names. */
const NOT_NAME_START = new Set(
  'this that these we our it you your us dieser diese dieses wir unsere deze dit wij onze este esta estos nosotros nuestro nuestra ce cet cette nous notre questo questa noi nostro denne dette disse vi vår vores vårt bu biz ten ta to tato my nasz nasza ova ovaj mi naš această acest'.split(' '),
);

/**
 * Patterns are case-sensitive, so that a name must be capitalised; `ci` makes the cue words
 * around it match in any case ("Subscribe to", "SUBSCRIBE TO"). Letters after a backslash are
 * escapes and stay as they are; cue text must not use character classes.
 */
export function ci(pattern: string): string {
  return pattern.replace(/(?<!\\)\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
}

/** Alternation of literal phrases, spaces matching any run of white space. */
export function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/** Trims a captured name: possessive, trailing punctuation and small words, company form; null when it is no name. */
export function cleanName(raw: string): string | null {
  let name = raw
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/[\s.,:;!?)'’"”»-]+$/u, '');
  name = withoutCompanyForm(name.replace(TRAILING_JOIN, '').trim());
  if (name === '' || name.length > 50) return null;
  const tokens = name.split(/\s+/);
  if (tokens.length > 6 || NOT_NAME_START.has(tokens[0]!.toLowerCase()) || isNotOutlet(name)) return null;
  // A name has a word in it ("2 of 2" has none) and no year or long number glued to it.
  if (!tokens.some((t) => /\p{L}{2}/u.test(t) && !JOIN_WORD.test(t)) || /\d{4}/.test(name)) return null;
  // Numbers belong to broadcasters' names ("KVC 7", "Channel 4"), not to a scorer's minute ("Scott 51").
  if (tokens.some((t) => /\d/.test(t)) && !looksLikeOutletName(name)) return null;
  // "The Week", "The Nation": the article makes a trade noun a name; "Latest News" stays a section.
  const theName = /^the$/i.test(tokens[0]!) && tokens.length >= 2 && !isSectionName(tokens.slice(1).join(' '));
  if (isGenericName(name) && !theName) return null;
  return name;
}

/** A person's name, as far as shape tells: two to four capitalised words, nothing publication-like. */
export function looksLikePerson(name: string): boolean {
  const tokens = name.split(/\s+/);
  return (
    tokens.length >= 2 &&
    tokens.length <= 4 &&
    !looksLikeOutletName(name) &&
    tokens.every((t) => /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|\p{Lu}{2,}|de|da|van|von|der|di|del|al|bin|el|la|le)$/u.test(t))
  );
}

/** A date with a year, numeric or written in any language ("2018-06-21", "21.06.2018", "21 junio 2018", "June 21, 2018"). */
export const DATE_LIKE =
  /\b(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}{3,}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}\b|\b\p{L}{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b/u;

const FILE_SUFFIXES = new Set(['zip', 'mov', 'md', 'sh', 'py', 'rs', 'pl', 'ps', 'exe', 'pdf', 'doc', 'txt', 'html', 'htm', 'php', 'jpg', 'png', 'gif', 'mp3', 'mp4', 'ts', 'js']);

/** A registrable web domain ("www.example.co.uk", "Example.com"), not a file name ("photo.jpg"), nor a platform's. */
export function isDomain(text: string): boolean {
  const t = text.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');
  if (t.length > 80 || !/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(t)) return false;
  const p = parseDomain(t);
  if (!p.isIcann || !p.domain || !p.publicSuffix || (p.domainWithoutSuffix ?? '').length < 2) return false;
  if (FILE_SUFFIXES.has(p.publicSuffix.toLowerCase()) && !/^www\./i.test(t)) return false;
  return !NOT_OUTLET_DOMAINS.has(p.domain.toLowerCase());
}

/** The registrable domain a site is known by: "https://www.news.example.co.uk/" → "example.co.uk". */
export function domainValue(text: string): string | null {
  return isDomain(text) ? (parseDomain(text.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '')).domain ?? null) : null;
}

/** The registrable domain of a URL or e-mail address, when it is a site's ("https://www.example.com/a/b", "news@example.com"). */
export function domainOfAddress(address: string): string | null {
  const host = /^(?:https?:\/\/)?(?:[^@\s/]+@)?([^/\s?#:]+)/i.exec(address.trim())?.[1];
  return host ? domainValue(host) : null;
}

/** A captured name or domain, cleaned; null when it is neither. */
export function nameOrDomain(raw: string): string | null {
  return isDomain(raw) ? domainValue(raw) : cleanName(raw);
}
