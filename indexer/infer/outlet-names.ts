/**
 * What a publication's name looks like in a line of text: the pattern pieces the outlet
 * candidates capture names with, the clean-up of a captured name, domains, and the key under
 * which two spellings of one outlet meet ("EL PAÍS" and "El País", "example.com" and "Example").
 */
import { domainParts } from './domain-parts.ts';
import { LineMemo, ownCopy, SHORT_LINE_CHARS } from '../clean/line-memo.ts';

/**
 * A capitalised word or number, with the marks names carry ("A.M.", "Mail & Guardian", "n-tv"),
 * or a brand that starts in lower case with a capital inside ("exampleLibre", "eExample").
 */
const CAP = "(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’+-]*|\\p{Ll}{1,8}\\p{Lu}[\\p{L}\\p{N}]*)";
/** Small words inside names ("Herald of Example", "Diario de Ejemplo", "Het Belang van X"). */
const JOIN = '(?:of|on|de|del|la|di|da|do|dos|des|du|von|van|der|den|het|&|and|y|e|et|und|i|na|am|an)';
const ARTICLE = '(?:The|THE|El|EL|La|LA|Le|LE|Les|Il|IL|Lo|Der|Die|Das|De|Het|O|A|Os|Los|Las)';
/** A name of one to five capitalised words, optionally after an article. */
export const NAME = `(?:${ARTICLE}\\s+)?${CAP}(?:\\s+(?:${JOIN}\\s+)?${CAP}){0,4}`;

/** A domain name's labels and top-level domain, as a regex source ("example.co.uk"). */
export const DOMAIN_BODY = '[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,12}';
/** A line that is a web address and nothing else: "www.example.com", "https://example.co.uk/". */
export const DOMAIN_LINE = new RegExp(`^(?:https?://)?(?:www\\d?\\.)?(${DOMAIN_BODY})/?$`, 'iu');
/** An e-mail address ("news@example.com"), its domain captured: a source, for one match or every one of a line. */
export const EMAIL = '[\\p{L}\\p{N}._%+-]+@((?:[\\p{L}\\p{N}-]+\\.)+[a-z]{2,12})\\b';
const DOMAIN_ONLY = new RegExp(`^(?:www\\d?\\.)?${DOMAIN_BODY}$`, 'iu');
/** File endings that look like top-level domains in a name ("photo.jpg", "index.html"). */
const FILE_ENDING = /\.(?:jpe?g|png|gif|webp|svg|html?|php|aspx?|pdf|mp[34]|js|css|txt|docx?)$/i;

export const LONE_NAME = new RegExp(`^(?:${NAME}|(?:www\\d?\\.)?${DOMAIN_BODY})$`, 'u');

/**
 * Case-insensitive cue text inside a case-sensitive pattern: the name must be capitalised, the
 * cue words around it may be in any case ("Subscribe to", "SUBSCRIBE TO"). Only for literal cue
 * text (no character classes or escapes with letters).
 */
export function ci(pattern: string): string {
  return pattern.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
}

export function isDomain(text: string): boolean {
  return DOMAIN_ONLY.test(text) && !FILE_ENDING.test(text);
}

/** "www.example.co.uk" → "example.co.uk". */
export function bareDomain(text: string): string {
  return text
    .replace(/^https?:\/\//i, '')
    .replace(/^www\d?\./i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
}

/** Legal forms a copyright line or footer adds to a name ("Example Media Ltd", "Example L.P."). */
const COMPANY_FORM =
  /[\s,]+(?:Ltd\.?|Limited|Inc\.?|LLC|L\.?L\.?C\.?|L\.?P\.?|PLC|plc|GmbH|AG|S\.?A\.?|S\.?L\.?|SpA|S\.?p\.?A\.?|B\.?V\.?|N\.?V\.?|AB|ASA|A\/S|Oy|Co\.?|Corp\.?|Corporation|Pty)$/u;

/** A name written with its legal form ("Example Media, Inc."): a company, as often the owner as the masthead. */
export function hasCompanyForm(raw: string): boolean {
  return COMPANY_FORM.test(raw.trim().replace(/[\s,:;!?)|-]+$/u, ''));
}

/** A © notice's holder as a name: "provided by", "courtesy of" or "by" before it let go, then `cleanName`. */
export function holderName(holder: string): string | null {
  return cleanName(holder.replace(/^(?:provided by|courtesy of|by)\s+/i, ''));
}

/** Trims a captured name: possessive, trailing punctuation, legal form; null when nothing is left. */
export function cleanName(raw: string): string | null {
  let name = raw
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/[\s.,:;!?)'’"”»|-]+$/u, '');
  for (let i = 0; i < 2 && COMPANY_FORM.test(name); i++) name = name.replace(COMPANY_FORM, '').trim();
  if (name.length < 2 || name.length > 60) return null;
  return name;
}

/**
 * One outlet under one key: case, accents, "The", spacing and punctuation aside; a domain under
 * its registrable label ("news.example-news.co.uk" meets "Example News").
 */
export function outletKey(name: string): string {
  return KEYS.remembered(name, keyOf);
}

/**
 * The keys of the names read so far: the same names come back on every page (a site's own, the
 * wires, the platforms), each key read again through a domain test, a case fold and two
 * replacements, and a domain through the Public Suffix List: ~54,000 keys a 20k-paragraph bench
 * corpus, 13 an article (18perf15). A key is kept as a string of its own (it may be a view of
 * the page the name was read from).
 */
const KEYS = new LineMemo<string>(SHORT_LINE_CHARS, 5_000);

function keyOf(name: string): string {
  return ownCopy(uncachedKey(name));
}

function uncachedKey(name: string): string {
  let n = name.trim();
  // A domain is its registrable label: "news.example.co.uk", "example.co.uk" and "Example" are one outlet.
  if (isDomain(n)) n = domainParts(n).label || bareDomain(n);
  // ASCII is its own NFKD and has no marks; lower-cased, its letters and digits are a-z and 0-9.
  if (ASCII.test(n)) return n.toLowerCase().replace(KEY_ARTICLE, '').replace(NOT_ASCII_ALNUM, '');
  return n
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(KEY_ARTICLE, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;
/** An article opening a name ("The", "El", "Der"…), lower-cased: not part of its key. */
const KEY_ARTICLE = /^(?:the|el|la|le|les|il|lo|der|die|das|de|het|o|a|os|los|las)\s+/;

/** Two or three capitalised words and nothing shaped like a publication: as likely a person. */
export function personShaped(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^\p{Lu}\.$/u.test(w) || /^\p{Lu}+$/u.test(w))
  );
}

/** "SportFace", "antiMusic": a capital inside a word, as brands write themselves. */
export function brandShaped(name: string): boolean {
  return !name.includes(' ') && /\p{Ll}\p{Lu}/u.test(name);
}
