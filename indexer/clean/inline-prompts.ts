/**
 * Prompts and signatures a page template prints inside the article, between its paragraphs, in
 * the languages of the news the indexer meets: "listen to this article" players, reading-time
 * labels without a number, "send to a friend" rows,
 * "<writes> Name," signatures and URL slugs left in the text (issue 18, seventh round).
 *
 * Each rule is a cue lexicon with a shape around it, never a phrase of one page: a language is a
 * word added to a list. Every rule is bounded by a word count and refuses sentences, since a
 * paragraph may talk about listening, reading or copying.
 */
import type { PhraseRule } from './phrases.ts';
import { wholeLabel } from './trade-phrases.ts';

const SENTENCE_END = /[.?]["'”’»)]*$/u;

/** Verbs of an audio player's button: "Listen to", "Anhören", "Vypočuť si", "Слушай", "Dinle". */
const LISTEN_VERB =
  'listen(?: to)?|hear|anhören|vorlesen(?: lassen)?|écouter|escuchar|ascolta(?:re)?|ouvir|ouça|luister(?: naar)?|lyssna(?: på)?|lytt(?: til)?|lyt(?: til)?|' +
  'posłuchaj|odsłuchaj|poslechnout(?: si)?|poslechněte si|vypočuť(?: si)?|vypočujte si|слушай(?:те)?|слушать|послушать|прослушать|послухати|прослухати|' +
  'kuuntele|dinle|ascultă|hallgasd meg|ακούστε|nghe|dengarkan|poslušaj(?:te)?|slušaj(?:te)?|sikiliza|استمع(?: إلى)?|האזינו(?: ל)?|सुनें|듣기';
/** What the player reads out: the article, the story, the news, with the article word of each language. */
const SPOKEN_OBJECT =
  'article|story|news|artikel|artikkelen|artikkel|artikeln|artikkeli|l.article|cet article|artículo|noticia|articolo|notizia|artigo|notícia|' +
  'artykuł|artykułu|článek|článok|статью|статтю|новината|новость|новину|makaleyi|haberi|articolul|știrea|a cikket|το άρθρο|bài viết|berita|članak|vijest|članek|nieuws|' +
  'habari|makala|المقال|الخبر|לכתבה|खबर|समाचार|기사';
/** "Listen to this article", "Vypočuť si článok", "Слушай новината", "Artikel anhören", "Haberi dinle" (± a duration). */
const LISTEN_PROMPT = new RegExp(
  `^[\\s•·*|▶►-]*(?:(?:${LISTEN_VERB})(?:\\s+(?:this|the|to|a|al|la|le|il|l'|do|da|dit|den|det|este|esta|questo|cet|cette|ten|tento|tuto|този|эту|цю))?\\s+(?:${SPOKEN_OBJECT})|` +
    `(?:${SPOKEN_OBJECT})\\s+(?:${LISTEN_VERB}))(?:\\s*[:|·•-]?\\s*\\d+(?:[:.,]\\d+)?\\s*\\p{L}{0,7}\\.?)?[\\s!:]*$`,
  'iu',
);

/** Reading-time labels: "Czyta się kilka minut", "Чете се за: 2 мин.", "Lukuaika 3 min", "Время чтения: 4 минуты". */
const READING_LABEL =
  /^(?:czyta się(?: w)?|чете се за|время чтения|время на чтение|час читання|час прочитання|čas čtení|doba čtení|čas čítania|lukuaika|olvasási idő|χρόνος ανάγνωσης|thời gian đọc|timp de citire|timp de lectură|vrijeme čitanja|vreme čitanja|čas branja|waktu baca|lesezeit|leestijd|lästid|lesetid|læsetid|tempo di lettura|tiempo de lectura|temps de lecture|tempo de leitura|czas czytania|okuma süresi|(?:estimated )?read(?:ing)? time|읽는 시간|読了時間|阅读时间|閱讀時間|وقت القراءة|זמן קריאה|पढ़ने का समय|waktu membaca|masa membaca)\s*:?\s*(.*)$/iu;
/** What follows the label is a duration: a number or a word for "minutes" ("kilka minut", "01:45 мин."). */
const DURATION = /\d|min|мин|хв|perc|λεπτ|phút|menit|dakika|sekund|секунд|분|分|دقيق|دقائق|דקות|मिनट|นาที/iu;
const isReadingLabel = (t: string): boolean => {
  const m = READING_LABEL.exec(t);
  return m !== null && DURATION.test(m[1]!);
};

/** "Send to a friend" rows, with the share buttons printed beside them: "Send a link to a friend  Share". */
const SEND_TO_FRIEND =
  /^(?:send|e-?mail)(?: (?:a|this|the))?(?: link| article| story)?(?: to a friend)|^(?:an (?:einen )?freund(?:in)? (?:senden|schicken)|envoyer à un ami|enviar a un amigo|invia a un amico|wyślij znajomemu|poslat příteli|poslať priateľovi|отправить другу|arkadaşına gönder|tipsa en vän|tips en venn|stuur door naar een vriend)/iu;

/** Verbs that sign an article before the name: "Piše Ana Horvat,", "Пише Иван Петров", "Scrie Ion Popescu". */
const WRITES =
  'piše|пише|пишет|napisał|napisała|scrie|escreve|scrive|schreibt|écrit par|escrito por|scritto da|geschreven door|skrevet av|skrevet af|skrivet av|kirjoittanut|yazan|írta';
const NAME = "[\\p{Lu}][\\p{L}'.-]+";
/** The verb in any case ("Piše", "PIŠE"), the name capitalised: a lower-case word after the verb is a sentence. */
const WRITES_START = new RegExp(`^(?:${WRITES})\\s+`, 'iu');
const SIGNATURE = new RegExp(`^${NAME}(?:\\s+${NAME}){0,3}\\s*[,:]?$`, 'u');
const isWriterByline = (t: string): boolean => {
  const m = WRITES_START.exec(t);
  return m !== null && SIGNATURE.test(t.slice(m[0].length));
};
/** "By JANE DOE from the Associated Press", "By Jane Doe of The Daily Star": a byline with its newsroom. */
const BYLINE_FROM = new RegExp(
  `^[Bb]y\\s+${NAME}(?:\\s+${NAME}){0,3}\\s+(?:from|of|for)\\s+(?:the\\s+|The\\s+)?${NAME}(?:\\s+${NAME}){0,3}$`,
  'u',
);

/** A URL slug left in the text: four or more lower-case words joined by hyphens, no spaces ("city-council-votes-new-budget"). */
const SLUG = /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+){3,}$/u;
const SLUG_WORD = /\p{Ll}{2,}/gu;
const isSlug = (t: string): boolean => SLUG.test(t) && (t.match(SLUG_WORD)?.length ?? 0) >= 3;

/** The whole line is one label, with decoration and a count ("• 댓글 3", "- إعلان -"). */
const countedLabel = (words: readonly string[]) => wholeLabel(words, true);
/**
 * Ad, share and print buttons in the scripts and languages `trade-phrases.ts` lacks: Korean,
 * Arabic, Persian, Hebrew, Hindi, Thai, Japanese, Chinese, and a few European languages.
 */
const BUTTON_LABEL = countedLabel([
  '광고',
  'إعلان(?:ات)?',
  'اعلان',
  'تبلیغات',
  'פרסומת',
  'विज्ञापन',
  'โฆษณา',
  'auglýsing',
  'reklaam',
  'reklāma',
  'reklamë',
  'оглас',
  '공유(?:하기)?',
  // The button's sentence form: "이 기사를 공유합니다", "기사 공유하기" (share this article).
  '(?:이\\s?)?기사를?\\s?공유(?:하기|합니다)',
  'مشاركة',
  'شارك',
  'שתפו?',
  'शेयर(?: करें)?',
  'แชร์',
  '共有',
  '인쇄',
  'طباعة',
  'הדפס',
  'प्रिंट',
  'พิมพ์',
  '印刷',
  '打印',
  '스크랩',
  '글자\\s?크기',
]);
/** A comment section's label or count in the same scripts: "댓글", "评论 12", "تعليقات", "תגובות". */
const COMMENT_LABEL = countedLabel(['댓글', '评论', '評論', '留言', 'التعليقات', 'تعليقات', 'תגובות', 'टिप्पणियाँ', 'ความคิดเห็น', 'コメント']);

/**
 * An audio or video player's embed box: "EMBED CODE Copy the code below…", "Einbettungscode",
 * "Código para insertar". A code word is required: "embed" alone opens sentences ("Embed the …").
 */
const EMBED_CODE =
  /^(?:embed(?: this)?(?: video| audio| clip)? code|einbettungscode|code (?:d.intégration|à intégrer)|código (?:de inserción|para insertar|de incorporação|embed)|codice (?:di )?incorporamento|kod do osadzenia|kód (?:pro vložení|na vloženie)|код для вставки|embed kodu|cod(?:ul)? de încorporare|insluitcode|inbäddningskod)(?![\p{L}])/iu;

export const INLINE_PROMPT_RULES: readonly PhraseRule[] = [
  { reason: 'promotion', maxWords: 7, test: (t) => LISTEN_PROMPT.test(t) },
  { reason: 'counter', maxWords: 6, test: isReadingLabel },
  { reason: 'promotion', maxWords: 10, test: (t) => SEND_TO_FRIEND.test(t) && !SENTENCE_END.test(t) },
  { reason: 'credit', maxWords: 6, test: isWriterByline },
  { reason: 'credit', maxWords: 10, test: (t) => BYLINE_FROM.test(t) },
  { reason: 'navigation', maxWords: 1, test: isSlug },
  { reason: 'promotion', maxWords: 25, cue: EMBED_CODE, test: (t) => EMBED_CODE.test(t) },
  { reason: 'promotion', maxWords: 4, test: (t) => BUTTON_LABEL.test(t) },
  { reason: 'comments', maxWords: 4, test: (t) => COMMENT_LABEL.test(t) },
];
