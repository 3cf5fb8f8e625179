/**
 * Tag and topic lists, in the languages of the news on the web and as a shape:
 *
 * - a label of the trade ("Tags:", "Themen", "Mots-clés", "Ključne reči", "الكلمات المفتاحية",
 *   "标签", "태그") opening a line, in the languages `trade-phrases.ts`'s list lacks;
 *
 * A tag cloud joined by spaces (ten or more words, almost no stop word, no separator) was a shape
 * rule here too; it was removed: on a blind set it dropped three story lines (prose whose stop words
 * the page's language guess did not know) and its dev gain came from one site.
 *
 * The labels are written per concept from the trade's vocabulary, not from any page.
 */
import type { PhraseRule } from './phrases.ts';

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
