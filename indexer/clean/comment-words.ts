/**
 * The words of a reader-comment section, in the languages of the news the indexer meets: the
 * section's own labels (its name, "no comments yet", "sort", the prompt to log in), the action
 * labels under each comment (Reply, Like, Report), the verbs of its author lines ("Jane says:",
 * "Max schreibt:") and relative times ("2 hours ago", "vor 3 Stunden", "3 小时前"). Written from
 * the languages, not from pages: a new language is words added to a list. `comment-blocks.ts`
 * reads them only below the story, where such a section sits.
 */

/** "Comment(s)" as a section's name, as the start of a word (inflections: "komentara", "kommentaren"). */
const COMMENT_STEMS = [
  'comment',
  'kommentar',
  'commentaire',
  'comentari',
  'comentário',
  'commento',
  'commenti',
  'komentar',
  'komentir',
  'komentow',
  'komentov',
  'kommentier',
  'commentar',
  'komentář',
  'komentáře',
  'komentár',
  'kommentaar',
  'kommentti',
  'kommentit',
  'hozzászól',
  'yorum',
  'σχόλι',
  'коммент',
  'комент',
  'ulasan',
  'bình luận',
  'athugasemd',
  'sylw',
  'iruzkin',
  'maoni',
  'mga komento',
];
/** Scripts without spaces between words, and right-to-left ones: matched anywhere in the line. */
const COMMENT_WORDS_UNSPACED = [
  '评论',
  '評論',
  '留言',
  'コメント',
  '댓글',
  '덧글',
  'ความคิดเห็น',
  'تعليق',
  'التعليقات',
  'تعليقات',
  'תגובה',
  'תגובות',
  'टिप्पणि',
  'टिप्पणी',
  'মন্তব্য',
  'نظرات',
  'دیدگاه',
  'تبصر',
];
/** Sorting the comments: "Sort by", "Sortieren", "Trier par", "排序". */
const SORT_WORDS = [
  'sort(?: by)?',
  'sortieren(?: nach)?',
  'trier(?: par)?',
  'ordenar(?: por)?',
  'ordina(?: per)?',
  'sorteer(?: op)?',
  'sortuj(?: według)?',
  'seřadit(?: podle)?',
  'zoradiť',
  'сортировать(?: по)?',
  'сортувати',
  'sırala',
  'sortera(?: efter)?',
  'sorter(?: etter| efter)?',
  'lajittele',
  'rendezés',
  'ταξινόμηση',
  'sắp xếp',
  'urutkan',
  'newest(?: first)?',
  'oldest(?: first)?',
  'neueste(?: zuerst)?',
  'älteste(?: zuerst)?',
  'plus récents',
  'más recientes',
  '排序',
  '並べ替え',
  '정렬',
  '최신순',
  'ترتيب',
  'מיון',
];
/** The buttons under a comment: Reply, Like, Dislike, Report, Share, Quote. */
const ACTION_WORDS = [
  'reply',
  'replies',
  'like',
  'likes',
  'dislike',
  'report',
  'report abuse',
  'flag',
  'quote',
  'permalink',
  'antworten',
  'melden',
  'gefällt mir',
  'répondre',
  'signaler',
  "j'aime",
  'responder',
  'denunciar',
  'me gusta',
  'rispondi',
  'segnala',
  'mi piace',
  'responder',
  'curtir',
  'reageer',
  'beantwoorden',
  'rapporteren',
  'odpowiedz',
  'zgłoś',
  'lubię to',
  'odpovědět',
  'reagovat',
  'nahlásit',
  'odpovedať',
  'odgovori',
  'prijavi',
  'ответить',
  'пожаловаться',
  'відповісти',
  'поскаржитися',
  'yanıtla',
  'cevapla',
  'şikayet et',
  'svara',
  'svar',
  'svare',
  'anmäl',
  'vastaa',
  'válasz',
  'jelentés',
  'απάντηση',
  'trả lời',
  'balas',
  'laporkan',
  '回复',
  '回覆',
  '举报',
  '返信',
  '답글',
  '신고',
  'رد',
  'إبلاغ',
  'השב',
  'הגב',
];
/** Prompts about the section: log in, register, be the first, the rules of the section, moderation. */
const PROMPT_STEMS = [
  'log ?in',
  'sign ?in',
  'register',
  'registration',
  'first',
  'rules',
  'guidelines',
  'policy',
  'moderat',
  'anmeld',
  'registrier',
  'einloggen',
  'erste',
  'regeln',
  'netiquette',
  'connect',
  'inscri',
  'premier',
  'charte',
  'inicia',
  'regist',
  'primer',
  'normas',
  'accedi',
  'primo',
  'regole',
  'entrar',
  'inloggen',
  'aanmeld',
  'eerste',
  'zaloguj',
  'rejestr',
  'pierwsz',
  'zasad',
  'přihlás',
  'prihlás',
  'prvn',
  'prijav',
  'prv',
  'pravil',
  'войд',
  'войти',
  'зарегистр',
  'правил',
  'перв',
  'увійд',
  'перш',
  'giriş',
  'üye',
  'ilk',
  'kural',
  'logga in',
  'log ind',
  'logg inn',
  'först',
  'først',
  'kirjaudu',
  'ensimmäi',
  'bejelentkez',
  'regisztr',
  'első',
  'σύνδεση',
  'εγγραφ',
  'πρώτ',
  'đăng nhập',
  'đầu tiên',
  'masuk',
  'daftar',
  'pertama',
  'pam.?ятайте',
  'виважен',
];
const PROMPT_UNSPACED = ['登录', '登入', 'ログイン', '로그인', '첫', '第一', 'تسجيل', 'أول', 'התחבר', 'ראשון', 'लॉग इन', 'เข้าสู่ระบบ'];

/** The verb of an author line: "Jane says:", "Max schreibt:", "Anonymous said...". */
const SPEECH_VERBS = [
  'says',
  'said',
  'wrote',
  'writes',
  'replied',
  'commented',
  'schreibt',
  'schrieb',
  'sagt',
  'meint',
  'kommentierte',
  'a écrit',
  'écrit',
  'dit',
  'a dit',
  'escribió',
  'dice',
  'dijo',
  'comentó',
  'escreveu',
  'disse',
  'comentou',
  'ha scritto',
  'scrive',
  'schreef',
  'zegt',
  'reageerde',
  'skrev',
  'skriver',
  'sier',
  'siger',
  'säger',
  'kirjoitti',
  'sanoo',
  'napisał',
  'napisała',
  'pisze',
  'napsal',
  'napsala',
  'píše',
  'napisao',
  'napisala',
  'написал',
  'написала',
  'пишет',
  'написав',
  'написала',
  'пише',
  'yazdı',
  'diyor',
  'írta',
  'írja',
  'έγραψε',
  'γράφει',
  'viết',
  'menulis',
  'berkata',
  'kata',
];

/** Relative times in many languages: "2 hours ago", "vor 3 Stunden", "il y a 2 jours", "3 小时前". */
const RELATIVE_TIMES = [
  '(?:\\d+|an?|one) (?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s? ago',
  'vor (?:\\d+|einer?|einem) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)',
  'il y a (?:\\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)',
  'hace (?:\\d+|una?) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)',
  'há \\d+ (?:segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?|anos?)',
  '\\d+ (?:segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?|anos?) atrás',
  '\\d+ (?:secondi|minuti|ore|giorni|settimane|mesi|anni) fa',
  '\\d+ (?:seconden|minuten|uur|dagen|weken|maanden|jaar) geleden',
  'för \\d+ (?:sekunder|minuter|timmar|dagar|veckor|månader|år) sedan',
  'for \\d+ (?:sekunder|minutter|timer|dage|dager|uger|uker|måneder|år) siden',
  '\\d+ (?:sekuntia|minuuttia|tuntia|päivää|viikkoa|kuukautta|vuotta) sitten',
  '\\d+ (?:sekund[y]?|minut[ęy]?|godzin[yę]?|dni|tygodni[e]?|miesięcy|lat[a]?) temu',
  'před \\d+ (?:sekundami|minutami|hodinami|dny|týdny|měsíci|lety)',
  'pred \\d+ (?:sekundami|minútami|hodinami|dňami|týždňami|mesiacmi|rokmi|urami|dnevi)',
  'prije \\d+ (?:sekundi|minuta|sati|dana|tjedana|mjeseci|godina)',
  'pre \\d+ (?:sekundi|minuta|sati|dana|nedelja|meseci|godina)',
  '\\d+ (?:секунд\\p{L}*|минут\\p{L}*|час\\p{L}*|дн\\p{L}*|день|недел\\p{L}*|месяц\\p{L}*|год\\p{L}*|лет) назад',
  '\\d+ (?:секунд\\p{L}*|хвилин\\p{L}*|годин\\p{L}*|дн\\p{L}*|день|тижн\\p{L}*|місяц\\p{L}*|рок\\p{L}*) тому',
  'преди \\d+ (?:секунди|минути|часа|дни|седмици|месеца|години)',
  '\\d+ (?:saniye|dakika|saat|gün|hafta|ay|yıl) önce',
  '\\d+ (?:másodperce|perce|órája|napja|hete|hónapja|éve)',
  'acum \\d+ (?:secunde|minute|ore|zile|săptămâni|luni|ani)',
  'πριν (?:από )?\\d+ (?:δευτερόλεπτα|λεπτά|ώρες|ώρα|μέρες|ημέρες|εβδομάδες|μήνες|χρόνια)',
  'prieš \\d+ (?:sek\\p{L}*|min\\p{L}*|val\\p{L}*|d\\p{L}*|sav\\p{L}*|mėn\\p{L}*|met\\p{L}*)',
  'pirms \\d+ (?:sekundēm|minūtēm|stundām|dienām|nedēļām|mēnešiem|gadiem)',
  '\\d+ (?:sekundit|minutit|tundi|päeva|nädalat|kuud|aastat) tagasi',
  '\\d+ (?:giây|phút|giờ|ngày|tuần|tháng|năm) trước',
  '\\d+ (?:detik|menit|minit|jam|hari|minggu|bulan|tahun) (?:yang )?lalu',
  '\\d+ (?:segundo|minuto|oras|araw|linggo|buwan|taon) (?:na )?ang nakalipas',
  'منذ \\d+ (?:ثوان|ثانية|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات)',
  'לפני \\d+ (?:שניות|דקות|שעות|ימים|שבועות|חודשים|שנים)',
  '\\d+ (?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال) (?:پیش|قبل)',
  '\\d+ (?:सेकंड|मिनट|घंटे|घंटा|दिन|सप्ताह|हफ्ते|महीने|साल) पहले',
  '\\d+ ?(?:วินาที|นาที|ชั่วโมง|วัน|สัปดาห์|เดือน|ปี) ?ที่แล้ว',
  '(?:saa|dakika|siku|wiki|miezi|miaka) \\d+ (?:zilizopita|iliyopita)',
  '\\d+ ?(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|週間|个月|個月|か月|ヶ月|年)前',
  '\\d+ ?(?:초|분|시간|일|주|개월|달|년) ?전',
];

const alternatives = (words: readonly string[]) => words.join('|');
const COMMENT_WORD = new RegExp(`(?<!\\p{L})(?:${alternatives(COMMENT_STEMS)})|${alternatives(COMMENT_WORDS_UNSPACED)}`, 'iu');
const PROMPT_WORD = new RegExp(`(?<!\\p{L})(?:${alternatives(PROMPT_STEMS)})|${alternatives(PROMPT_UNSPACED)}`, 'iu');
const SEPARATORS = '[\\s|•·()[\\]:!.,/\\d-]*';
/** A line of the comment's buttons and counts only: "Reply · Like 3 · Report", "Sort by". */
const ACTION_LINE = new RegExp(`^${SEPARATORS}(?:(?:${alternatives([...ACTION_WORDS, ...SORT_WORDS])})${SEPARATORS})+$`, 'iu');
const RELATIVE_TIME = new RegExp(`(?<!\\p{L})(?:${alternatives(RELATIVE_TIMES)})(?!\\p{L})`, 'iu');
/** "1. Jane Doe says:", "Anonymous said...", "mark77 schreibt:". */
const AUTHOR_LINE = new RegExp(
  `^(?:\\d+[.)]\\s*)?[\\p{L}\\d_.'’@-]+(?:\\s+[\\p{L}\\d_.'’@-]+){0,3}\\s+(?:${alternatives(SPEECH_VERBS)})\\s*(?::|\\.{2,3}|…)\\s*$`,
  'iu',
);

/** Most words of a section label ("Latest comments", "No comments yet"). */
const MAX_LABEL_WORDS = 5;
/** Most words of a prompt about the section ("Log in to comment. Please respect the rules."). */
const MAX_PROMPT_WORDS = 30;
/** Most words of an author line with its time ("Jane Doe · 2 hours ago"). */
const MAX_STAMP_WORDS = 8;

/** The section's label or prompt: a short line naming comments, or a longer one naming them beside a prompt word. */
export function isCommentLabel(text: string, words: number): boolean {
  if (!COMMENT_WORD.test(text)) return false;
  return words <= MAX_LABEL_WORDS || (words <= MAX_PROMPT_WORDS && PROMPT_WORD.test(text));
}

/** A row of a comment's buttons, or the section's sort control. */
export function isActionLine(text: string): boolean {
  return ACTION_LINE.test(text) && /\p{L}/u.test(text);
}

/** An author line: a name and a verb of saying, or a short line with a relative time. */
export function isAuthorLine(text: string, words: number): boolean {
  return AUTHOR_LINE.test(text) || (words <= MAX_STAMP_WORDS && RELATIVE_TIME.test(text));
}

const CLOSED_WORDS = [
  'off',
  'closed',
  'disabled',
  'geschlossen',
  'deaktiviert',
  'fermés',
  'désactivés',
  'cerrados',
  'desactivados',
  'fechados',
  'desativados',
  'chiusi',
  'disattivati',
  'gesloten',
  'uitgeschakeld',
  'zamknięte',
  'wyłączone',
  'uzavřeny',
  'vypnuty',
  'zatvoreni',
  'isključeni',
  'закрыты',
  'отключены',
  'закриті',
  'kapalı',
  'kapatıldı',
  'stängda',
  'lukittu',
  'suljettu',
  'lezárva',
  'κλειστά',
  'ditutup',
];
/** "Comments Off on <headline>", "Kommentare geschlossen": a notice of the section, wherever it sits. */
const CLOSED_NOTICE = new RegExp(
  `^(?:${alternatives(COMMENT_STEMS)})\\p{L}*\\s+(?:are\\s+|sind\\s+|sont\\s+)?(?:${alternatives(CLOSED_WORDS)})(?!\\p{L})`,
  'iu',
);

export function isClosedNotice(text: string): boolean {
  return CLOSED_NOTICE.test(text);
}

/** Whether the line holds a relative time ("vor 3 Stunden"). */
export function hasRelativeTime(text: string): boolean {
  return RELATIVE_TIME.test(text);
}

/**
 * A relative time closing the text, perhaps with a weekday or a separator after it ("7 months ago Thu ", "vor 3
 * Tagen · "): the age of the date printed right after it.
 */
const RELATIVE_TIME_BEFORE = new RegExp(`(?<!\\p{L})(?:${alternatives(RELATIVE_TIMES)})[\\s,.·|•–—-]*(?:\\p{L}{2,12}\\.?,?\\s*)?$`, 'iu');
export function endsWithRelativeTime(text: string): boolean {
  return RELATIVE_TIME_BEFORE.test(text);
}
