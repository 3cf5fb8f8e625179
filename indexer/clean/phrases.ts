/**
 * Known phrases of the trade: the boilerplate that news sites, blog engines and scrapers put
 * around articles, in any site's wording. Each rule looks at one whole line and is bounded by a
 * word count, because a long line that merely contains such words is a sentence, not chrome.
 * Position-dependent rules (menus above the headline, headline lists at the end) are in
 * `structure.ts`.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { findDates, isDateOnly } from '../infer/dates.ts';
import { TRADE_RULES } from './trade-phrases.ts';
import { INLINE_PROMPT_RULES } from './inline-prompts.ts';
import { SUBSCRIBE_PROMPT_RULES } from './subscribe-prompts.ts';
import { PAYWALL_SENTENCE_RULES } from './paywall-sentences.ts';
import { BYLINE_SHAPE_RULES } from './author-notes.ts';
import { SCRIPT_BYLINE_RULES } from './script-bylines.ts';
import { TAG_LABEL_RULES } from './tag-lists.ts';
import { DEVICE_NOTICE_RULES } from './device-notices.ts';
import { isStamp, MAX_STAMP_WORDS } from './stamps.ts';
import { anchoredTest } from './opening-chars.ts';
import { gateOf, passes, readLine } from './cue-gate.ts';
import { endsInPictureCredit } from './picture-credits.ts';
import { LINE_WORD_LIMIT } from './line-words.ts';
import { LineMemo } from './line-memo.ts';
import { endsSentence, hasLetters, letters, looksLikeSeparatedMenu, normalizeSpaces, spacedWordCount } from './shape.ts';
import { alternation } from '../escape-regexp.ts';

/**
 * "All rights reserved" as the trade writes it in about 30 languages (issue 18, 18junk: the English
 * form alone left the others), and Turkish's "the news's rights all belong to …" and the
 * traditional Chinese "not to be reproduced without authorisation". A story about a rights dispute
 * does not use the formula; a notice does, in one or two sentences.
 */
const RIGHTS_RESERVED =
  /(?:^|[^\p{L}])(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena|všetky práva vyhradené|minden jog fenntartva|tüm hakları saklıdır|(?:haberin|yazının|içeriklerin) tüm hakları|все права защищены|(?:усі|всі) права захищені|kaikki oikeudet pidätetään|alle rettigheder forbeholdes|alla rättigheter förbehållna|alle rettigheter reservert|με την επιφύλαξη παντός δικαιώματος|bảo lưu mọi quyền|hak cipta dilindungi|toate drepturile rezervate|sva prava (?:pridržana|zadržana)|visos teisės saugomos|visas tiesības aizsargātas|kõik õigused kaitstud|tots els drets reservats|כל הזכויות שמורות|جميع الحقوق محفوظة|सर्वाधिकार सुरक्षित)(?![\p{L}])|สงวนลิขสิทธิ์|(?:非經|未經)(?:授權|同意)[，,、]?\s?不得轉載/iu;
/** The reproduction ban in Korean, Japanese and Chinese notices: "unauthorised reproduction and redistribution prohibited", "all rights reserved". */
export const CJK_RIGHTS = /무단\s?전재|재배포\s?금지|無断転載|無断複製|無斷轉載|版权所有|版權所有|未经授权(?:不得|禁止)转载/u;

export interface PhraseRule {
  reason: JunkReason;
  /** Lines with more words than this are never matched by the rule. */
  maxWords: number;
  /** @param words the line's words, exact up to `maxWords` (a rule runs only on lines that short) */
  test: (text: string, words: number) => boolean;
  /**
   * A pattern that every line the rule matches holds a match of, in the line or a part of it (the
   * rule's first search, as a rule is most often written): a line that holds none of what the
   * pattern needs is not tested (cue-gate.ts). A rule must not call the phrase rules itself.
   */
  cue?: RegExp;
}

/** "(photo credit: REUTERS)", "(Photo: AP)", "[Photo/Agencies]", "[Image: Getty]". */
export const PHOTO_CREDIT_MARKER =
  /[([]\s*(?:photos?|images?|pictures?|pics?|photograph|video|graphic|fotos?|bild(?:er)?|billede|kuva|zdjęcie|imagen|immagine|fotografia|fotografía)(?:\s+(?:credits?|by|courtesy))?\s*[:/][^)\]]{1,80}[)\]]/iu;

/**
 * A picture's credit closing a line without brackets: "… in New Zealand. Photo: Jane Doe",
 * "Cllr Jane Doe PHOTO: John Smith - Credit: Gazette", "… un anciano. Foto: Ayuntamiento". The
 * cue word of the trade in several languages, a colon, and a short name to the end of the line,
 * which may carry a label of its own ("… Foto: Archiv: Jane Doe").
 */
const CREDIT_TAIL =
  /(?:[\s.,;|–—-])(?:(?:archiv|symbol|arkiv|archief)?(?:photos?|fotos?|bild(?:er)?)|images?|pictures?|pics?|credits?|crédits?|créditos?|crediti|billede|kuva|zdjęcie|imagen|immagine|fotografia|fotografía|fotoğraf|photograph|bildquelle|fotoquelle|bildrechte|bildnachweis|fot|copyright|screengrab|screenshot|beeld|imagem|fotó|fotók|kép|slika|snímek|snímka|resim|görsel|gambar|ảnh|фото|снимка|снимок|φωτογραφία|φωτο|εικόνα|צילום|תמונה|صورة|تصوير)(?:\s+(?:credits?|by))?\s*:\s*(?:\p{L}{2,20}\s*:\s*)?(\S[^!?:]{0,60})$/iu;
/**
 * The same credits in their short forms: "… rocznik 1981 fot. Joanna Urbaniec" (an abbreviated
 * cue and a name), or the cue with its name lost ("… vor einem Einsatzfahrzeug. Foto:").
 */
const SHORT_CREDIT_TAIL = /\s(?:fot\.|foto)\s+\p{Lu}\p{L}+(?:\s\p{Lu}[\p{L}-]+){1,2}$/u;
/**
 * A credit with no colon after the caption's sentence, "by" and a name: "… on Friday. - photo by Jane
 * Doe", "… at dawn. Photos by Jane Doe". Only after a full stop (a story's sentence may end "… – photos by
 * a local artist"), and the name is one to four capitalised words (an agency after a slash allowed).
 */
const PHOTO_BY_TAIL =
  /[.!?]["'”’)]?\s+(?:[-–—|]\s+)?(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Pp]ictures?|[Ii]mages?)\s+(?:by|BY)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:\s*\/\s*[\p{L}\p{M} .-]{1,30})?$/u;
/**
 * Lithuanian signs a picture with the photographer's name before the cue, in the genitive: "… liko 14. Jonės
 * Pavardienės nuotr.", "… į kurortus / Policijos nuotr." (n24, n29: 2 pages of 2 sites, one kept). Only after
 * a sentence's end or a slash, a capitalised word and at most three more, the abbreviation closing the line.
 */
const NAME_FIRST_CREDIT_TAIL = /(?:[.!?]["'”“’)]?|\s\/)\s+\p{Lu}[\p{L}\p{M}.-]*(?:\s+[\p{L}\p{M}.-]+){0,3}\s+nuotr\.$/u;
const NAMELESS_CREDIT_TAIL = /[.!?]\s+(?:photos?|fotos?|bild|image|foto(?:grafia)?|fotoğraf|zdjęcie|imagen|immagine)\s*:$/iu;
const NAME_START = /^[\p{Lu}\p{N}]/u;
/** The name after a credit's colon is at most 60 characters (`CREDIT_TAIL`), and a space may stand before it. */
const CREDIT_NAME_CHARS = 63;
/** Enough characters before the last colon for the longest cue, a "credit" or "by" after it, and a label's colon ("Foto: Archiv: …"). */
const CREDIT_CUE_CHARS = 60;

/** The line ends in a picture credit (`CREDIT_TAIL`) whose name is a few words, not a sentence. */
function hasCreditTail(text: string): boolean {
  // The short form is case-sensitive: every match holds a lower-case "fot" (a search for "Fot" too
  // cost a second pass over every line: 5.3 → 4.3 ms on 35,602 lines, load 1.6).
  if (text.includes('fot') && SHORT_CREDIT_TAIL.test(text)) return true;
  if (text.endsWith(' nuotr.') && NAME_FIRST_CREDIT_TAIL.test(text)) return true;
  // The credit is the line's last 160 characters at most: a long paragraph is not searched from its start.
  if ((text.includes(' by ') || text.includes(' BY ')) && PHOTO_BY_TAIL.test(text.length > 160 ? text.slice(-160) : text)) return true;
  // The credit's colon is the line's last but one at most, and its name is short: the cue is
  // sought only in the line's last characters, and not at all when its last colon is far from its end.
  const colon = text.lastIndexOf(':');
  if (colon < 0) return false;
  if (colon === text.length - 1) return NAMELESS_CREDIT_TAIL.test(text);
  if (text.length - colon > CREDIT_NAME_CHARS) return false;
  // A cue word, or a label's, stands before the colon: a time ("10:45") or a score ("2:1") has a digit there.
  const before = text.charCodeAt(colon - 1) === 0x20 ? text.charCodeAt(colon - 2) : text.charCodeAt(colon - 1);
  if (Number.isNaN(before) || (before >= 0x30 && before <= 0x39)) return false;
  const from = Math.max(0, colon - CREDIT_CUE_CHARS);
  const m = CREDIT_TAIL.exec(from === 0 ? text : text.slice(from));
  if (!m) return false;
  // At the start of the line the credit stands alone: a credit line, left to the credit rules. One
  // word before it is a label of the credit ("Author photo: …", "Автор фото: …"), not a caption.
  const at = from + m.index;
  if (at === 0 || (text.lastIndexOf(' ', at - 1) < 0 && !/[.!?]$/.test(text.slice(0, at)))) return false;
  const name = m[1]!;
  const n = spacedWordCount(name, 9);
  // A name cut at its start, or an agency written in lower case, still reads as a credit when a slash joins its parts ("…/PA Wire").
  return n <= 8 && (NAME_START.test(name) || n <= 2 || name.includes('/')) && !/[.!?]["'”’]?$/.test(name.replace(/\b\p{Lu}\.$/u, ''));
}

/** Wire agencies and agency-like credits, as they are named in credit lines and datelines. */
export const AGENCY_NAMES = [
  'Agencies',
  'Agency',
  'Reuters',
  'AFP',
  'AP',
  'Associated Press',
  'Agence France-Presse',
  'Agence France Presse',
  'Xinhua',
  'EFE',
  'ANSA',
  'dpa',
  'DPA',
  'UPI',
  'TASS',
  'Anadolu',
  'Anadolu Agency',
  'Kyodo',
  'Yonhap',
  'Bernama',
  'IANS',
  'PTI',
  'ANI',
  'WAFA',
  'KUNA',
  'MENA',
  'Bloomberg',
  'PA',
  'PA Media',
  'Press Association',
  'CNA',
  'AAP',
];
const AGENCY = `(?:${alternation(AGENCY_NAMES)})`;

/** Picture agencies, as they sign photos (data a user may extend, like AGENCY_NAMES). */
export const PICTURE_AGENCY_NAMES = [
  'Getty Images',
  // A news agency's picture service, as it signs photos ("(PA Wire)"): a photo credit, never the page's outlet.
  'PA Wire',
  'Getty',
  'Shutterstock',
  'Alamy',
  'iStock',
  'iStockphoto',
  'EPA',
  'EPA-EFE',
  'Keystone',
  'ANP',
  'NTB',
  'TT',
  'Ritzau Scanpix',
  'Scanpix',
  'Belga',
  'Europa Press',
  'AP Photo',
  'AFP Photo',
  'Imago',
  'picture alliance',
  'Unsplash',
  'Pexels',
  'Wikimedia Commons',
];
/** Picture agencies that are also national wires: alone on a line, they may sign the story. */
const WIRE_SIGNING = new Set(['TT', 'ANP', 'NTB', 'Belga', 'Keystone', 'Europa Press']);
/**
 * A picture agency alone on its line, maybe with the photographer ("Getty Images", "Shutterstock /
 * Jane Doe"): a photo's credit. Wire agencies alone ("Reuters", "PA") also sign stories, so they
 * are not counted as a picture's.
 */
export const PICTURE_AGENCY_ONLY = new RegExp(
  `^[(\\[]?\\s*(?:${alternation(PICTURE_AGENCY_NAMES.filter((n) => !WIRE_SIGNING.has(n)))})(?:\\s*[/,]\\s*[\\p{L} .'-]{1,40})?\\s*[)\\]]?$`,
  'iu',
);
/**
 * "Jane Doe/Harbour Agency via Getty Images": names joined by a slash, handed on by a picture agency.
 * Only a picture agency after "via": a route in a fact box reads "Riverside/Northfield via Old Town".
 */
const VIA_PICTURE_AGENCY = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3}\\s?/\\s?\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3} via (?:${alternation(PICTURE_AGENCY_NAMES)})$`,
  'u',
);

/** The wire agencies by name (not "Agency", "Agencies": a picture's credit says those as often). */
export const WIRE_NAMES = AGENCY_NAMES.filter((n) => !n.startsWith('Agenc'));
/** Any agency, wire or picture, as a regular-expression alternation (no group). */
export const ANY_AGENCY_ALTERNATION = alternation([...AGENCY_NAMES, ...PICTURE_AGENCY_NAMES]);
const SIGNATURE = `(?:${alternation([...PICTURE_AGENCY_NAMES, ...WIRE_NAMES])})`;
/**
 * A caption signed at its end by a picture or wire agency: "… at the town hall. (Getty Images)",
 * "… at the town hall (Jane Doe/AFP)", "… at the town hall / AFP". A paragraph names its agency
 * at its start, in the dateline, not at its end.
 */
const AGENCY_SIGNED = new RegExp(`\\S\\s+(?:\\(\\s*(?:[\\p{L}.' -]+/\\s*)?${SIGNATURE}\\s*\\)|[/|–—-]\\s*${SIGNATURE})\\.?$`, 'u');
/** The signature is within a line's last characters: only they are searched. */
const SIGNATURE_TAIL = 60;

/**
 * The agency first, then the photographer, in brackets: "… in Kibeho, 1995 (AFP / Jane Doe)",
 * "… dans le monde. (©(AP PHOTO/RODRIGO ABD)". Agencies are written in capitals there as often
 * as not, so the names are matched in any case.
 */
const AGENCY_FIRST_SIGNED = new RegExp(`\\S\\s+\\((?:©\\s*\\(?)?\\s*${SIGNATURE}(?:\\s+photo)?\\s*/\\s*[\\p{L}.' -]{2,40}\\)+\\.?$`, 'iu');
/** "Anders Wiklund/TT Det ska bli …": a photographer's slash credit glued to the start of the caption it signs. */
const LEADING_SLASH_CREDIT = new RegExp(`^\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+){1,2}\\s?/\\s?${SIGNATURE}\\s+\\p{Lu}`, 'u');

function isAgencySigned(text: string): boolean {
  const tail = text.length > SIGNATURE_TAIL ? text.slice(-SIGNATURE_TAIL) : text;
  if (AGENCY_SIGNED.test(tail)) return true;
  if (!text.includes('/')) return false;
  return (tail.endsWith(')') && AGENCY_FIRST_SIGNED.test(tail)) || LEADING_SLASH_CREDIT.test(text);
}

const re = (source: string, flags = 'i') => new RegExp(source, flags);
// A `^`-anchored pattern is run only on lines opening with a character it can match (opening-chars.ts).
const matches = anchoredTest;

const PHOTO_CREDIT_LINE = /^(?:photos?|images?|pictures?|pics?|photograph|video|graphic)s?(?:\s+(?:credits?|by|courtesy))?\s*[:/]\s*\S/i;

/** "Reuters/Shakirat Sadiq", "AFP/Getty Images", "AP Photo/Jane Doe": an agency or outlet, a slash, a name. */
export const SLASH_CREDIT =
  /^[\p{Lu}][\p{L}&.'-]*(?:\s[\p{Lu}][\p{L}&.'-]*){0,2}\/[\p{Lu}][\p{L}.'-]+(?:\s(?:[\p{Lu}][\p{L}.'-]+|de|da|di|del|der|den|van|von|la|le|al|bin|el|ter)){0,3}\s[\p{Lu}][\p{L}.'-]+$/u;

const TRAILING_SLASH_CREDIT = /[.!?]["'”’)]?\s+(\S+(?:\s\S+){0,6})$/u;

/**
 * `PHOTO_CREDIT_MARKER.test`, for every line of every article: a marker needs a bracket, and
 * looking for one is far cheaper than running the pattern over a paragraph that has none.
 */
function hasPhotoCreditMarker(text: string): boolean {
  return (text.includes('(') || text.includes('[')) && PHOTO_CREDIT_MARKER.test(text);
}

/** A credit for a picture (not a byline): what a caption label sits next to. */
export function isPhotoCredit(text: string): boolean {
  return hasPhotoCreditMarker(text) || PHOTO_CREDIT_LINE.test(text) || (text.includes('/') && SLASH_CREDIT.test(text));
}

export const PHRASE_RULES: readonly PhraseRule[] = [
  { reason: 'punctuation-only', maxWords: 20, test: (t) => !hasLetters(t) },

  // Counter widgets scraped from the page; on the title line they are handled by title.ts.
  { reason: 'counter', maxWords: 8, test: (t) => COUNTER.test(t) && letters(t.replace(COUNTER_G, '')).length <= 4 },
  // Reading-time and view/share counters: "5 min read", "2,341 views", "1.2k shares", "Reading time: 4 minutes".
  {
    reason: 'counter',
    maxWords: 5,
    test: matches(
      /^(?:(?:estimated )?reading time\s*:?\s*)?\d+(?:[.,]\d+)?\s*(?:-|to|–)?\s*(?:\d+\s*)?(?:min(?:ute)?s?|m)\.?(?:\s+read(?:ing)?(?: time)?)?$/i,
    ),
  },
  { reason: 'counter', maxWords: 4, test: matches(/^(?:reading time|read time)\s*:?\s*\d+/i) },
  { reason: 'counter', maxWords: 4, test: matches(/^\d[\d,.]*\s*[kKmM]?\s+(?:views?|reads|shares?|likes?|reactions?|claps)$/) },

  { reason: 'syndication', maxWords: 80, test: matches(/^the post\b.+\bappeared first on\b.+$/i) },
  {
    reason: 'syndication',
    maxWords: 25,
    test: matches(
      /^(?:this|the) (?:article|story|post|piece) (?:was |is |has been )?(?:originally |first )?(?:appeared|published|posted|republished|reproduced)\b/i,
    ),
  },
  { reason: 'syndication', maxWords: 20, test: matches(/^(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\b/i) },
  {
    reason: 'syndication',
    maxWords: 20,
    test: matches(/^(?:republished|reprinted|reproduced) (?:with permission )?(?:from|by|courtesy of)\b/i),
  },
  { reason: 'syndication', maxWords: 6, test: matches(/^(?:source|via|read the original(?: article)?)\s*:?\s*https?:\/\/\S+$/i) },

  // A photo credit inside a longer line makes the whole line a caption.
  { reason: 'credit', maxWords: 8, test: (t) => hasPhotoCreditMarker(t) && !hasLetters(t.replace(PHOTO_CREDIT_MARKER, '')) },
  { reason: 'caption', maxWords: 120, test: hasPhotoCreditMarker },
  { reason: 'caption', maxWords: 80, test: hasCreditTail },
  { reason: 'caption', maxWords: 60, test: isAgencySigned },
  // "… on the quay. Photo by Jane Doe", "… al porto (foto Agency)", "… (Supplied)", "…（写真：Agency）" (picture-credits.ts).
  { reason: 'caption', maxWords: 80, test: endsInPictureCredit },
  // "A ship leaves the port, September 12, 2023. REUTERS/Jane Doe": a caption signed with a slash credit.
  {
    reason: 'caption',
    maxWords: 80,
    test: (t) => {
      const m = t.includes('/') ? TRAILING_SLASH_CREDIT.exec(t) : null;
      return m !== null && SLASH_CREDIT.test(m[1]!);
    },
  },
  { reason: 'credit', maxWords: 10, test: (t) => PHOTO_CREDIT_LINE.test(t) && !endsSentence(t) },
  { reason: 'credit', maxWords: 8, test: matches(/^(?:credits?|source|courtesy)\s*:\s*\S.*$/i) },
  { reason: 'credit', maxWords: 4, test: matches(re(`^\\(?\\s*${AGENCY}(?:\\s*(?:/|,|and|&)\\s*${AGENCY})*\\s*\\)?$`)) },
  { reason: 'credit', maxWords: 8, test: (t) => t.includes('/') && SLASH_CREDIT.test(t) },
  { reason: 'credit', maxWords: 8, test: (t) => PICTURE_AGENCY_ONLY.test(t) },
  { reason: 'credit', maxWords: 12, test: (t) => t.includes(' via ') && VIA_PICTURE_AGENCY.test(t) },
  {
    reason: 'credit',
    maxWords: 25,
    test: matches(
      /\bcontributed (?:reporting |additional reporting |to (?:the )?reporting )?(?:to|for) this (?:report|story|article)\.?$/i,
    ),
  },
  {
    reason: 'credit',
    maxWords: 30,
    test: matches(/^\(?(?:reporting|additional reporting|writing|editing|compiled|edited|written|translated) by\b[^.]{0,150}(?:;|\)|$)/i),
  },
  // Bylines: "By Jane Doe", "By Jane Doe, Security Correspondent", "By Jane Doe | AFP".
  {
    reason: 'credit',
    maxWords: 12,
    test: (t) =>
      /^[Bb]y\s+[\p{Lu}][\p{L}'.-]+(?:\s+(?:[\p{Lu}][\p{L}'.-]+|and|&|de|da|van|von|al|bin|el))*(?:\s*(?:,|\||–|—|-)\s*.*)?$/u.test(t) &&
      !/[.!?]$/.test(t),
  },

  // "(Agencies) Updated: 2012-11-21 07:35", "Published: 21 Nov 2012", "Last modified on Tue 20 Nov 2012".
  {
    reason: 'dateline',
    maxWords: 16,
    test: (t) =>
      /^(?:\([^)]{1,40}\)\s*)?(?:last\s+)?(?:updated|published|posted|modified|created|first published|date)\b(?:\s+(?:on|at))?\s*:?/i.test(
        t,
      ) &&
      (findDates(t).length > 0 || /\b\d{1,2}:\d{2}\b/.test(t)),
  },
  { reason: 'dateline', maxWords: 12, test: isDateOnly },
  { reason: 'dateline', maxWords: MAX_STAMP_WORDS, test: (t, words) => isStamp(t, words) },

  { reason: 'promotion', maxWords: 15, test: matches(/^click (?:here |below |the link )?(?:for|to|on)\b/i) },
  {
    reason: 'promotion',
    maxWords: 20,
    test: (t) => /^(?:read|see|watch|listen to|listen)(?: the)? (?:more|full|also|next|related|latest)\b/i.test(t) && !endsSentence(t),
  },
  {
    reason: 'promotion',
    maxWords: 20,
    test: matches(
      /^(?:read more|also read|read also|see also|related|recommended|don'?t miss|more on this(?: story)?|watch|listen)\s*[:>»|–—-]\s*\S/i,
    ),
  },
  {
    reason: 'promotion',
    maxWords: 15,
    test: matches(
      /^(?:subscribe|sign up|register)\b.*\b(?:newsletters?|updates|alerts|free|today|now|e-?mails?|podcasts?|channel|inbox|digest)\b/i,
    ),
  },
  {
    reason: 'promotion',
    maxWords: 4,
    test: matches(/^(?:subscribe|sign up|sign in|log in|register|newsletter)(?: now| today| here)?\W*$/i),
  },
  {
    reason: 'promotion',
    maxWords: 15,
    // "Connect with us": a news theme's heading over its social icons, printed alone at the page's top.
    test: matches(
      /^(?:follow (?:us|@\w+|\S+ on (?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin|threads|bluesky|google news))\b|connect with us\W*$)/i,
    ),
  },
  { reason: 'promotion', maxWords: 15, test: matches(/^(?:share|tweet|email|e-mail|print|pin|save) (?:this|on|via|the|article|story)\b/i) },
  {
    reason: 'promotion',
    maxWords: 12,
    test: (t) =>
      looksLikeSeparatedMenu(t) && /\b(?:share|tweet|facebook|twitter|whatsapp|linkedin|email|print|reddit|telegram|copy link)\b/i.test(t),
  },
  // Audio players and site boilerplate about the newsroom's own rules.
  {
    reason: 'promotion',
    maxWords: 8,
    test: (t) =>
      /^(?:listen to (?:this |the )?(?:article|story|podcast)|listen now|play audio|audio version)\b/i.test(t) &&
      !endsSentence(t.replace(/\.$/, '')),
  },
  {
    reason: 'promotion',
    maxWords: 12,
    test: matches(/^our (?:standards|editorial (?:standards|guidelines|policy)|ethics policy|trust principles)\s*:/i),
  },
  {
    reason: 'promotion',
    maxWords: 8,
    test: matches(
      /^(?:advertisement|advertising|sponsored(?: content| links?)?|promoted(?: content| stories)?|ad|ads by \S+|story continues below(?: this)? advertisement|continue reading(?: below| the main story)?|download (?:our|the) app|get the app)\W*$/i,
    ),
  },

  { reason: 'comments', maxWords: 6, test: matches(/^comments? (?:are|is) (?:closed|disabled|off|turned off)\.?$/i) },
  { reason: 'comments', maxWords: 4, test: matches(/^\(?\d*\)?\s*comments?\s*\(?\d*\)?$/i) },
  {
    reason: 'comments',
    maxWords: 10,
    test: matches(
      /^(?:leave|post|add|write|view|show|load|read|see) (?:a |an |\d+ |all |the |your )?(?:comments?|reply|replies|responses?)\b/i,
    ),
  },
  {
    reason: 'comments',
    maxWords: 14,
    test: matches(/^(?:you must be logged in|log in|sign in|login|register) to (?:post|leave|add|write)? ?(?:a )?(?:comment|reply)/i),
  },
  {
    reason: 'comments',
    maxWords: 10,
    test: matches(
      /^(?:be the first to comment|join the (?:conversation|discussion|debate)|no comments yet|what do you think\?|have your say)\b/i,
    ),
  },
  { reason: 'comments', maxWords: 20, test: matches(/^\d+\s+(?:responses?|replies|comments?|thoughts) (?:to|on)\b/i) },

  { reason: 'author-box', maxWords: 8, test: matches(/^about (?:the )?(?:authors?|writers?|editors?|reporters?|contributors?)\b/i) },
  { reason: 'author-box', maxWords: 10, test: matches(/^(?:view|see|read|more) (?:all )?(?:posts|articles|stories) (?:by|from)\b/i) },
  { reason: 'author-box', maxWords: 8, test: (t) => /^posted by\b/i.test(t) && !endsSentence(t) },

  { reason: 'copyright', maxWords: 30, test: matches(/^(?:©|ⓒ|\(c\)\s)/i) },
  {
    reason: 'copyright',
    maxWords: 30,
    test: matches(
      /^(?:<\s*)?(?:[Cc]opyright|COPYRIGHT)\s*(?:©|ⓒ|Ⓒ|\([Cc]\)|\d{4}\b|[\p{Lu}][\p{L}&.'-]*(?:\s+[\p{Lu}][\p{L}&.'-]*){0,4}\s+(?:©\s*)?\d{4}\b)/u,
    ),
  },
  { reason: 'copyright', maxWords: 30, cue: RIGHTS_RESERVED, test: (t) => RIGHTS_RESERVED.test(t) },
  // The reproduction ban East Asian sites sign with ("무단전재 및 재배포 금지", "無断転載を禁じます",
  // "版权所有"), short, or with a © mark or "copyright" by it: a sentence about piracy names none (task 18out2).
  { reason: 'copyright', maxWords: 30, test: (t) => CJK_RIGHTS.test(t) && (/©|ⓒ|Ⓒ|copyright|저작권/iu.test(t) || t.length <= 60) },

  { reason: 'related-headlines', maxWords: 6, test: (t) => BLOCK_LABEL.test(t) },

  {
    reason: 'navigation',
    maxWords: 4,
    test: matches(
      /^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation)|skip navigation|main menu|menu|home|homepage|search|navigation|toggle navigation|back to top|go to top|top of page|sections|all sections|open menu|close menu|(?:previous|next) (?:article|story|post|page)|older posts|newer posts)\W*$/i,
    ),
  },
  {
    reason: 'navigation',
    maxWords: 12,
    test: matches(/^(?:[«‹<]\s*)?(?:(?:\d{1,3}|prev(?:ious)?|next|first|last|[«»‹›])(?:\s+|$)){3,}$/i),
  },
  // The same kinds in many languages (trade-phrases.ts).
  ...TRADE_RULES,
  // Prompts and signatures printed between the paragraphs (inline-prompts.ts).
  ...INLINE_PROMPT_RULES,
  // Subscribe prompts in many languages (subscribe-prompts.ts).
  ...SUBSCRIBE_PROMPT_RULES,
  // Paywall notices, reading walls, offers and sign-up forms written as sentences (paywall-sentences.ts).
  ...PAYWALL_SENTENCE_RULES,
  // Bylines with a place or a publishing stamp after the name (author-notes.ts).
  ...BYLINE_SHAPE_RULES,
  // Bylines by a reporter's label in scripts without capitals (script-bylines.ts).
  ...SCRIPT_BYLINE_RULES,
  // Tag and topic labels in more languages (tag-lists.ts).
  ...TAG_LABEL_RULES,
  // The reader's browser or device: outdated, scripts off, the app (device-notices.ts).
  ...DEVICE_NOTICE_RULES,
];

/** Headings of the lists of other stories that pages put around an article. */
export const BLOCK_LABEL =
  /^(?:most (?:popular|read|viewed|shared|commented|emailed|watched)(?: (?:stories|articles|news|today|this week))?|hot (?:topics|stories|news)|trending(?: now| stories| topics| news)?|top (?:stories|news|headlines)|latest(?: news| stories| headlines| articles| posts)?|related(?: articles| stories| news| content| posts| coverage| topics| links| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| reading| articles)?|more (?:stories|news|headlines|articles|coverage|on this (?:story|topic))|more from [\p{L}\s.'&-]{1,30}|editor'?s'? (?:picks?|choice)|in (?:other|case you missed) news|what'?s (?:hot|new|trending)|popular (?:now|stories|posts|articles)|further reading|see also|tags?|topics|categories|filed under|share this(?: article| story)?)\s*:?$/iu;

const COUNTER = /\b(?:free\s+)?(?:(?:website|web|site|visitor|page|hit|blog)\s+)+counters?\b/i;
const COUNTER_G = new RegExp(COUNTER.source, 'gi');
const COUNTER_WORD = /counter/i;

/** Removes counter-widget text ("free website hit counter") from a line. */
export function stripCounter(text: string): { text: string; found: boolean } {
  // Every counter holds "counter": without it the line is only single-spaced, once.
  // (normalizeSpaces: the same text, with no rewrite of a line already single-spaced, 18perf10.)
  if (!COUNTER_WORD.test(text)) return { text: normalizeSpaces(text), found: false };
  const stripped = normalizeSpaces(text.replace(COUNTER_G, ' '));
  return { text: stripped, found: stripped !== normalizeSpaces(text) };
}

/** No rule looks at a line longer than this, so counting further is wasted. */
const MAX_RULE_WORDS = Math.max(...PHRASE_RULES.map((r) => r.maxWords));
// A line's stored count (line-words.ts) must reach every rule's limit for `n <= rule.maxWords` to hold.
if (MAX_RULE_WORDS > LINE_WORD_LIMIT) throw new Error(`a phrase rule reads ${MAX_RULE_WORDS} words, lines count ${LINE_WORD_LIMIT}`);

/**
 * For each word count up to `MAX_RULE_WORDS + 1`, the rules a line of that many words is tested
 * against, in `PHRASE_RULES` order: a long paragraph meets no rule at all instead of a hundred
 * word-count checks, and a short line only the rules its length allows.
 */
const RULES_BY_WORDS: readonly (readonly PhraseRule[])[] = Array.from({ length: MAX_RULE_WORDS + 2 }, (_, n) =>
  PHRASE_RULES.filter((rule) => n <= rule.maxWords),
);
/** Each rule's gate (cue-gate.ts), null when it has no cue or its cue is not read: always tested. */
const GATES = new Map<PhraseRule, Int32Array | null>(PHRASE_RULES.map((rule) => [rule, rule.cue ? gateOf(rule.cue) : null]));
/**
 * Fewest gated rules that pay for reading a line (its walk costs about three cue searches): a
 * longer line meets only the few rules with the highest word limits, and searches for their cues.
 */
const MIN_GATED_RULES = 4;
/** `RULES_BY_WORDS`' gates, index for index (none for a length that meets too few gated rules). */
const GATES_BY_WORDS: readonly (readonly (Int32Array | null)[])[] = RULES_BY_WORDS.map((rules) => {
  const gates = rules.map((rule) => GATES.get(rule) ?? null);
  return gates.filter((gate) => gate !== null).length >= MIN_GATED_RULES ? gates : gates.map(() => null);
});

/** The first phrase rule the line matches, if any. */
export function phraseReason(text: string): JunkReason | null {
  return phraseReasonOfSpacedLine(normalizeSpaces(text));
}

/**
 * `phraseReason` for a line already trimmed and single-spaced, as `cleanText` makes every line:
 * its words are then counted by looking for spaces only, which is most of the saving on a
 * corpus of long paragraphs.
 * @param words its words counted at least up to `MAX_RULE_WORDS` (`cleanText` passes the line's stored count)
 */
export function phraseReasonOfSpacedLine(text: string, words = spacedWordCount(text, MAX_RULE_WORDS)): JunkReason | null {
  const n = Math.min(words, MAX_RULE_WORDS + 1);
  // The rules read the text alone (the count is the text's): a site's lines met on another page are judged once.
  // A paragraph, too long to be remembered, is judged without a closure made for it.
  if (!PHRASE_MEMO.keeps(text)) return phraseReasonOfWords(text, words, n);
  return PHRASE_MEMO.remembered(text, () => phraseReasonOfWords(text, words, n));
}

/** What the phrase rules made of the short lines met so far (line-memo.ts). */
const PHRASE_MEMO = new LineMemo<JunkReason | null>();

function phraseReasonOfWords(text: string, words: number, n: number): JunkReason | null {
  const rules = RULES_BY_WORDS[n]!;
  const gates = GATES_BY_WORDS[n]!;
  // The line is read for the gates at the first gated rule it meets (one walk over its characters).
  let read = false;
  for (let i = 0; i < rules.length; i++) {
    const gate = gates[i]!;
    if (gate !== null) {
      if (!read) {
        readLine(text);
        read = true;
      }
      if (!passes(gate)) continue;
    }
    const rule = rules[i]!;
    if (rule.test(text, words)) return rule.reason;
  }
  return null;
}

export const AGENCY_PATTERN = AGENCY;
