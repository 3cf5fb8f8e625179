/**
 * Tag and topic lists, in the languages of the news on the web and as a shape:
 *
 * - a label of the trade ("Tags:", "Themen", "Mots-clés", "Ključne reči", "الكلمات المفتاحية",
 *   "标签", "태그") opening a line, in the languages `trade-phrases.ts`'s list lacks;
 * - anywhere on the page, a tag cloud whose links were joined by spaces: ten or more words with
 *   almost no stop word of the page's language, no separator, no sentence break, no full stop.
 *   Running text has stop words; a team sheet or a list of names has commas or brackets; a
 *   headline is shorter. (Below the story only, the clouds above a story's text were missed.)
 *
 * The labels are written per concept from the trade's vocabulary, not from any page.
 */
import type { PhraseRule } from './phrases.ts';
import { type LanguageMask, stopWordCount } from './stopwords.ts';
import type { ContentLine } from './structure.ts';

/** "Tags", "topics", "keywords", "categories" in the languages `trade-phrases.ts`'s TAGS list lacks. */
const TAG_WORDS = [
  'categorieën',
  'categorieen',
  'ključne (?:reči|riječi|besede)',
  'kľúčové slová',
  'témata',
  'témy',
  'tematy',
  'témák',
  'subiecte',
  'cuvinte cheie',
  'aiheet',
  'asiasanat',
  'märksõnad',
  'teemad',
  'žymės',
  'raktažodžiai',
  'birkas',
  'atslēgvārdi',
  'etiquetes',
  'temes',
  'thèmes',
  'tópicos',
  'assuntos',
  'temi',
  'mga tag',
  'vitambulisho',
  'kata kunci',
  'topik',
  'tagit',
  'anahtar kelimeler',
  'konular',
  'θέματα',
  'chủ đề',
  'từ khoá',
  'теми',
  'темы',
  'ознаке',
  'етикети',
  'ключови думи',
  'ключові слова',
  'тагови',
  'टैग्?स?',
  'विषय',
  'कीवर्ड',
  'ট্যাগ',
  'বিষয়',
  'ٹیگز',
  'موضوعات',
  'برچسب(?:‌| )?ها',
  'کلیدواژه(?:‌| )?ها',
  'الوسوم',
  'وسوم',
  'الكلمات المفتاحية',
  'كلمات مفتاحية',
  'תגיות',
  'נושאים',
  'タグ',
  'キーワード',
  '标签',
  '標籤',
  '关键词',
  '關鍵詞',
  '태그',
  '키워드',
  'แท็ก',
  'คำค้น',
  'ป้ายกำกับ',
];
const WORDS = TAG_WORDS.join('|');
/** The label opening a line, then a separator and the tags, or nothing more. */
const TAG_LABEL = new RegExp(`^[\\s\\-–—|•·*#]*(?:${WORDS})\\s*(?:[:：.|»>›–—-]|$)`, 'iu');

/** Tag labels (reason `related-headlines`, as trade-phrases.ts's), checked with the other phrase rules. */
export const TAG_LABEL_RULES: readonly PhraseRule[] = [
  { reason: 'related-headlines', maxWords: 20, test: (t) => TAG_LABEL.test(t) && !/[.!?]$/u.test(t) },
];

/** A tag cloud joined by spaces: this many words at least, and at most one stop word in this many words. */
const MIN_CLOUD_WORDS = 10;
const WORDS_PER_STOP = 10;
/** Separators of items or sentences, and a list mark at the start: a tag cloud has none. */
const SEPARATOR = /[,;:|•·()]|[.!?]\s|^[-–—*>]/u;

/**
 * A tag cloud: ten or more words between no separators, in lower case too (a line in capitals is
 * a heading), with almost no stop word of the page's language, and no full stop at its end.
 */
function isTagCloud(l: ContentLine, language: LanguageMask): boolean {
  if (l.words < MIN_CLOUD_WORDS || language === 0 || SEPARATOR.test(l.text) || /[.!?…]$/u.test(l.text) || !/\p{Ll}/u.test(l.text))
    return false;
  const allowed = Math.floor(l.words / WORDS_PER_STOP);
  return stopWordCount(l.text, language, 30, allowed + 1) <= allowed;
}

/** Marks tag clouds (reason `related-headlines`) anywhere on the page. Run after the language is known. */
export function markTagLists(lines: ContentLine[], language: LanguageMask): void {
  if (language === 0) return;
  for (const l of lines) if (l.reason === null && isTagCloud(l, language)) l.reason = 'related-headlines';
}
