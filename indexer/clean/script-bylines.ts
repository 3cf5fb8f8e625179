/**
 * Bylines in scripts without capital letters, where no name shape tells a byline from a short
 * line and the reporter's label carries it: Chinese and Japanese ("记者：张三", "本报记者 张三",
 * "山田太郎記者", "文・写真：山田太郎"), Korean ("김철수 기자 = 서울"), Hindi and Bengali
 * ("रिपोर्ट: राम कुमार", "संवाददाता, नई दिल्ली", "নিজস্ব প্রতিবেদক"), Arabic and Persian
 * ("مراسل الجزيرة: محمد أحمد", "خبرنگار: …"), Thai ("เรื่อง: สมชาย ใจดี"), and the same labels
 * in Greek and Cyrillic ("Αποστολή: Γιάννης Παπαδόπουλος", "Автор фото: Иван Петров").
 *
 * The label is the trade's word for the reporter, the writer, the text or the dispatch, from
 * each language's newsroom vocabulary, not from any page; the line is the label and a few words
 * (a name, a place), never a sentence: at most six words, or 24 characters in the scripts that
 * write no spaces.
 */
import type { PhraseRule } from './phrases.ts';

/** A label with a colon and a name after it: "记者：张三", "रिपोर्ट: राम कुमार", "Αποστολή: Γιάννης Παπαδόπουλος". */
const LABEL_WORDS = [
  // Chinese, Japanese
  '(?:本报|本報)?(?:记者|記者)',
  '撰稿',
  '撰文',
  '文',
  '文・写真',
  '文・撮影',
  '写真',
  '取材',
  '编辑',
  '編集',
  '(?:责任|責任)(?:编辑|編輯)',
  '通讯员',
  '通訊員',
  // Korean
  '기자',
  '글',
  '사진',
  // Hindi, Marathi, Bengali, Urdu
  'रिपोर्ट',
  'रिपोर्टर',
  'संवाददाता',
  'लेखक',
  'प्रतिवेदक',
  'प्रस्तुति',
  'প্রতিবেদক',
  'প্রতিবেদন',
  'লেখক',
  'রিপোর্ট',
  'رپورٹ',
  'نامہ نگار',
  // Arabic, Persian
  'مراسل(?:نا)?(?:\\s\\S+)?',
  'تقرير',
  'إعداد',
  'كتب',
  'كتبت',
  'خبرنگار',
  'گزارش',
  'نویسنده',
  // Thai
  'เรื่อง',
  'ภาพ',
  'ผู้สื่อข่าว',
  'รายงาน',
  // Greek, Russian, Ukrainian, Bulgarian, Serbian
  'Αποστολή',
  'Ρεπορτάζ',
  'Κείμενο',
  'Επιμέλεια',
  'Автор фото',
  'Репортаж',
  'Корреспондент',
  'Кореспондент',
  'Подготовила?',
  'Підготувала?',
  'Текст и фото',
];
const LABELLED_NAME = new RegExp(`^[([（【]?\\s*(?:${LABEL_WORDS.join('|')})\\s*[:：]\\s*\\S`, 'u');

/**
 * The reporter's label standing for the name, alone or with a place: "নিজস্ব প্রতিবেদক" (own
 * correspondent), "संवाददाता, नई दिल्ली", "本报记者 张三", "山田太郎記者", "김철수 기자 = 서울".
 */
const STAFF_LABEL = new RegExp(
  '^(?:' +
    '(?:নিজস্ব |বিশেষ |স্টাফ )?(?:প্রতিবেদক|প্রতিনিধি|রিপোর্টার)|(?:हमारे |निज |विशेष )?(?:संवाददाता|प्रतिनिधि)|' +
    'مراسلنا|المراسل|خبرنگار\\s\\S+|نمائندہ خصوصی|ผู้สื่อข่าว\\S*' +
    ')(?:\\s*[,،–-]\\s*\\S+(?:\\s\\S+){0,2})?$|' +
    // In brackets too, and after a broadcaster's desk ("(总台记者 汤涛)": the station's reporter).
    '^[(（]?(?:本报|本報|新华社|新華社|中新社|中新网|\\p{Script=Han}{0,2}台)?(?:记者|記者|特派员|特派員|通讯员|通訊員)\\s?\\p{Script=Han}{2,4}(?:\\s\\p{Script=Han}{2,4}){0,2}(?:\\s?(?:报道|報導|報道|摄|攝))?[)）]?$|' +
    '^\\p{Script=Han}{2,5}\\s?(?:記者|记者|特派員|特派员)$|' +
    '^\\p{Script=Hangul}{2,4}\\s(?:기자|특파원)\\s?(?:=|\\()\\s?\\p{Script=Hangul}{1,6}\\)?$',
  'u',
);

const MAX_LABEL_WORDS = 6;
const MAX_UNSPACED_CHARS = 24;

/** A line short enough to be a label and a name: few words, or few characters where words are not spaced. */
const shortLabel = (t: string) => t.length <= MAX_UNSPACED_CHARS || (t.length <= 60 && !/[.!?。！？]$/u.test(t));

/** Bylines by a reporter's label in caseless scripts (reason `credit`), anywhere on the page. */
export const SCRIPT_BYLINE_RULES: readonly PhraseRule[] = [
  { reason: 'credit', maxWords: MAX_LABEL_WORDS, test: (t) => shortLabel(t) && (LABELLED_NAME.test(t) || STAFF_LABEL.test(t)) },
];
