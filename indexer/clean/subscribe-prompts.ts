/**
 * Subscribe, follow and sign-in prompts as the trade writes them in any language: a line that
 * opens with the trade's imperative (subscribe, sign up, follow, join, download, log in …) and
 * names what it sells (a newsletter, a channel, a messaging or social platform, an app, the
 * reader's mailbox, a subscription). Both halves are needed: a story sentence may open with
 * "Follow" or "Join", or name Telegram, but a line that is only an order to the reader about the
 * outlet's own channels is the page's chrome. Bounded to 25 words: prompts run to a sentence or
 * two ("Subscribe to our Telegram channel to get the latest news."), a paragraph runs longer.
 *
 * Written from the trade's vocabulary in about 50 languages and their scripts, not from any
 * page's wording. Beside the opening order: the order in a later sentence of the line, at the
 * end of the line in languages that put the verb last, a prompt carrying its platform link, a
 * call to support the newsroom with money, and a short call alone ("Subscribe now!").
 */
import type { PhraseRule } from './phrases.ts';
import { spacedWordCount } from './shape.ts';

/** The longest prompt: one or two sentences addressed to the reader. */
const MAX_PROMPT_WORDS = 25;

/**
 * The trade's imperatives (and the infinitives some languages put first), at the line's start
 * after an emoji, a bullet or an arrow. A verb that is also a common sentence opener ("like",
 * "get", "support") is left out: with only "us" after it, it starts story sentences too.
 */
const VERBS =
  '(?:(?:' +
  // English
  'subscribe|sign (?:up|in)|log ?in|register|join|follow|download|install|unlock|become a (?:member|subscriber)|already a (?:subscriber|member)|' +
  'get (?:our|the) (?:app|newsletter)|stay (?:informed|updated|connected)|' +
  // German, Dutch, Nordic
  'abonnier(?:e|en)|jetzt abonnieren|melde dich|melden sie sich|registrier(?:e|en)|folg(?:e|en sie)|lade|laden sie|werden sie|' +
  'abonneer|schrijf je in|meld je aan|volg|word lid|' +
  'prenumerera|följ|logga in|registrera|ladda ner|bli (?:medlem|prenumerant|abonnent)|abonner|følg|logg inn|log ind|last ned|hent|tilmeld|' +
  // Finnish, Estonian, Baltic
  'tilaa|seuraa|kirjaudu|lataa|liity|telli|liitu|jälgi|laadi alla|prenumeruokite|sekite|abonē|sekojiet|' +
  // Romance
  'abonnez-vous|abonne-toi|inscrivez-vous|suivez|rejoignez|téléchargez|connectez-vous|déjà abonné|' +
  'suscr[íi]b(?:ete|ase|anse)|reg[íi]str(?:ate|ese)|s[íi]gu(?:enos|e)|[úu]nete|descarg(?:a|ue)|inicia sesi[óo]n|ya eres suscriptor|' +
  'abbonati|iscriviti|seguici|segui|unisciti|scarica|accedi|registrati|' +
  'assine|inscreva-se|siga|junte-se|baixe|fa[çc]a login|cadastre-se|j[áa] [ée] assinante|' +
  'abonea(?:z[ăa]-te|ză-vă)|abona[țt]i-v[ăa]|urm[ăa]re[șs]te|alătur[ăa]-te|descarc[ăa]|' +
  // Slavic
  'subskrybuj|zapisz si[ęe]|do[łl][ąa]cz|obserwuj|polub|pobierz|zaloguj si[ęe]|zarejestruj si[ęe]|' +
  'p[řr]ihlaste se|odeb[íi]rejte|sledujte|st[áa]hn[ěe]te|p[řr]edpla[ťt]te|prihl[áa]ste sa|' +
  'pretplatite se|pratite|preuzmite|prijavite se|pridru[žz]ite se|naro[čc]ite se|spremljajte|' +
  'подпиш(?:итесь|ись)|подписывайтесь|присоединяйтесь|скачайте|войдите|зарегистрируйтесь|' +
  'підпиш(?:іться|ись)|підписуйтесь|приєднуйтесь|стежте|завантажте|абонирайте се|последвайте|изтеглете|' +
  // Hungarian, Turkish, Greek
  'iratkozz?(?:on)? fel|k[öo]vess(?:en)?|csatlakozz(?:on)?|t[öo]ltse le|l[ée]pjen be|' +
  'abone ol|takip edin|bizi takip|indirin|giri[şs] yap|[üu]ye ol|kat[ıi]l[ıi]n|' +
  'εγγραφείτε|ακολουθήστε|κατεβάστε|συνδεθείτε|' +
  // Vietnamese, Indonesian and Malay, Arabic, Hebrew
  'đăng ký|theo dõi|tải (?:ứng dụng|app)|tham gia|đăng nhập|' +
  'langgan(?:i)?|berlangganan|ikuti|simak|gabung|bergabung|unduh|muat turun|' +
  'اشترك|اشتركوا|تابعونا|تابعوا|حمّل|حمل|سجّل|انضم|הירשמו|עקבו|הצטרפו|' +
  // More of the 30 most-used languages of news on the web (issue 18, 18sb): Catalan, Slovene,
  // Serbian and Macedonian, Baltic, Albanian, Azerbaijani, Uzbek, Persian, Urdu, Hindi and
  // Marathi, Bengali, Tamil, Thai, Japanese, Chinese, Korean, Tagalog, Swahili.
  'subscriu-te|segueix-nos|descarrega(?:-te)?|registra.t|uneix-te|naro[čc]ite se|sledite nam|prenesite|пратите нас|претплатите се|следете не|' +
  'u[žz]siprenumeruokite|atsisi[ųu]skite|seko mums|lejupiel[āa]d[ēe]|abonohu|na ndiqni|shkarko|abun[əe] olun|bizi izl[əe]yin|obuna bo.ling|bizni kuzating|' +
  'عضو شوید|مشترک شوید|دنبال کنید|دانلود کنید|سبسکرائب کریں|فالو کریں|ڈاؤن لوڈ کریں|' +
  'सब्सक्राइब करें|सब्सक्राइब करा|फॉलो करें|हमें फॉलो|डाउनलोड करें|ज्वाइन करें|जुड़ें|সাবস্ক্রাইব করুন|ফলো করুন|আমাদের ফলো|ডাউনলোড করুন|' +
  'mag-subscribe|mag-sign up|sundan kami|i-follow|i-download|jiunge|jisajili|tufuate|pakua' +
  ')(?![\\p{L}])|' +
  // Scripts that write no space after the verb (Thai, Japanese, Chinese) or glue endings to it
  // (Korean, Tamil): the verb's stem is enough.
  '(?:சப்ஸ்கிரைப்|பின்தொடர|ติดตาม|สมัครสมาชิก|ดาวน์โหลด|กดติดตาม|購読|登録|フォロー|ダウンロード|订阅|訂閱|关注我们|關注我們|下载|下載|扫码|掃碼|구독|팔로우|다운로드))';
/**
 * Languages that put the verb last (Turkish, Persian, Urdu, Hindi, Bengali, Tamil, Japanese,
 * Korean) end the prompt with it: "YouTube kanalımıza abone olun", "ニュースレターを購読する".
 */
const LAST_VERBS =
  '(?:abone ol(?:un)?|takip edin|indirin|kat[ıi]l[ıi]n|[üu]ye olun|دنبال کنید|عضو شوید|مشترک شوید|دانلود کنید|فالو کریں|سبسکرائب کریں|ڈاؤن لوڈ کریں|جوائن کریں|' +
  'फॉलो करें|सब्सक्राइब करें|डाउनलोड करें|ज्वाइन करें|जुड़ें|ফলো করুন|সাবস্ক্রাইব করুন|ডাউনলোড করুন|பின்தொடருங்கள்|சப்ஸ்கிரைப் செய்யுங்கள்|' +
  '(?:購読|登録|フォロー|ダウンロード)(?:する|して(?:ください|ね)|はこちら)|구독(?:하기|하세요|해 ?주세요)|팔로우(?:하기|하세요)|다운로드(?:하기|하세요))';
/** The longest of those verbs with its stop, in characters: only the line's end is searched. */
const LAST_VERB_CHARS = 30;
const PROMPT_VERB_LAST = new RegExp(`${LAST_VERBS}[\\s!.。！:…]*$`, 'iu');

/** The verb opening the line, after an emoji, a bullet or an arrow. */
const PROMPT_VERB = new RegExp(`^[\\p{So}\\p{Sk}\\p{Pd}•·*>→»✅👉📲📩🔔\\s]*${VERBS}`, 'iu');

/** What a prompt sells: a newsletter, a channel, a platform, an app, the mailbox, a subscription. */
const OBJECTS =
  '(?:newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|uudiskiri|naujienlaišk|biuletyn|bülten|hírlevél|buletin|bilten|' +
  'ενημερωτικ|bản tin|рассылк|розсилк|бюлетен|뉴스레터|ニュースレター|نشرة|ניוזלטר|' +
  'channel|kanal|canal|canale|saluran|kanał|κανάλι|канал|kênh|' +
  'whats ?app|telegram|facebook|instagram|youtube|tiktok|twitter|threads|linkedin|viber|google (?:news|discover)|' +
  '\\bapp\\b|\\bapps\\b|aplikasi|appli|aplicaci[óo]n|applicazione|aplicativo|aplikac|uygulama|εφαρμογή|приложени|застосунок|ứng dụng|sovellus|rakendus|' +
  'inbox|postfach|mailbox|e-?mail|courriel|correo|postkast|postkasti|skrzynk|schránk|postafiók|почт|hộp thư|' +
  'subscri|abonn|abbonam|assinatur|suscrip|prenumer|abonament|předplat|premium|podcast|alerts?\\b|notifica|' +
  // The same things in the scripts added above: newsletter, channel, app, page, notifications.
  'butllet[íi]|canal|aplicaci[óo]|novi[čc]nik|kanal|aplikacij|kanalas|programėl|bülleten|kanalımız|ilova|' +
  'خبرنامه|کانال|اپلیکیشن|چینل|ایپ|न्यूज़लेटर|चैनल|ऐप|নিউজলেটার|চ্যানেল|অ্যাপ|சேனல்|செயலி|จดหมายข่าว|ช่อง|แอป|' +
  'ニュースレター|チャンネル|アプリ|公众号|公眾號|频道|頻道|应用|客户端|뉴스레터|채널|앱|jarida|chaneli|programu|' +
  // The platforms as other scripts spell them.
  'फेसबुक|व्हाट्सएप|यूट्यूब|टेलीग्राम|ফেসবুক|হোয়াটসঅ্যাপ|ইউটিউব|فیسبوک|فیس بک|تلگرام|یوتیوب|یوٹیوب|واتساب|تيليجرام|يوتيوب|فيسبوك|ยูทูบ|เฟซบุ๊ก|ไลน์|テレグラム|ユーチューブ)';
const PROMPT_OBJECT = new RegExp(OBJECTS, 'iu');

/**
 * The same order opening a later sentence of a short line, what it sells in that same sentence:
 * "Don't miss a story. Subscribe to our newsletter." A story's sentence opening with "Download"
 * or "Follow" names no channel, app or newsletter after it in the same sentence.
 */
const SENTENCE_BREAK = /(?:[.!?…:]|\s[–—-])\s+/gu;
/** The verb at a given index (sticky): one anchored try per sentence, not a search of the line. */
const VERB_AT = new RegExp(VERBS, 'iuy');
/** Most short lines are one sentence: a cheap test for a break before the search for each. */
const HAS_BREAK = /[.!?…:]\s|\s[–—-]\s/u;
function isLaterPrompt(t: string): boolean {
  if (!HAS_BREAK.test(t)) return false;
  for (const m of t.matchAll(SENTENCE_BREAK)) {
    VERB_AT.lastIndex = m.index + m[0].length;
    if (!VERB_AT.test(t)) continue;
    const rest = t.slice(VERB_AT.lastIndex);
    if (PROMPT_OBJECT.test(rest.slice(0, rest.search(/[.!?]|$/u)))) return true;
  }
  return false;
}

/**
 * A call to support the newsroom with money, per language: "Support independent journalism",
 * "Unterstützen Sie unabhängigen Journalismus", "Soutenez-nous", "Faites un don", "Wesprzyj nas".
 * The verb opens the line and "us", "our work" or "journalism" follows it within a few words: a
 * story's "Support for the plan grew" names neither.
 */
const SUPPORT_PROMPT = new RegExp(
  '^[\\p{So}\\p{Pd}•·*>→»\\s]*(?:support|donate to|unterstützen sie|unterstütze|soutenez|soutiens|apoya|apoye|apoie|sostieni|sostenete|steun|stöd|støtt|støt|' +
    'wesprzyj|podpořte|podporte|podpri|podržite|podrži|támogass(?:a|on)|destek olun|destek ol|поддержите|підтримайте|υποστηρίξτε|ủng hộ|dukung|sokong|sprijin[ăi]|susține[țt]i|tukekaa|' +
    'ادعمنا|ادعم|תמכו|حمایت کنید|समर्थन करें|সমর্থন করুন|สนับสนุน)' +
    '(?:-nous)?(?:\\s+\\S+){0,3}?\\s*(?:journalism|journalismus|journalisme|journalistiek|journalistik\\p{L}*|periodismo|giornalismo|jornalismo|dziennikarstw\\p{L}*|' +
    'žurnalistik\\p{L}*|novinařin\\p{L}*|žurnalistiku|újságírás\\p{L}*|gazetecili\\p{L}*|журналистик\\p{L}*|журналістик\\p{L}*|δημοσιογραφία|báo chí|jurnalisme|jurnalism\\p{L}*|' +
    'newsroom|redaktion|rédaction|redacción|redazione|redakcj\\p{L}*|redakci\\p{L}*|us|uns|nous|our work|our reporting|this site|la redacción|ons|oss|os|nas|nás|bizi|нас|нам|μας|chúng tôi|kami|' +
    'الصحافة|העיתונות|پژوهش|पत्रकारिता|সাংবাদিকতা|วารสารศาสตร์)(?![\\p{L}])|' +
    // Donating, alone: "Donate", "Faites un don", "Haz una donación", "Jetzt spenden".
    '^(?:donate(?: now| today)?|soutenez-nous|soutiens-nous|ap[óo]yanos|sostienici|apoie-nos|unterstützen sie uns|unterstütze uns|make a (?:donation|contribution)|faites un don|faire un don|haz una donaci[óo]n|dona ora|fai una donazione|fa[çc]a uma doa[çc][ãa]o|' +
    'doneer(?: nu)?|jetzt spenden|spenden sie|wpła[ćc] darowizn[ęe]|přispějte|пожертвуйте|bağış yap(?:ın)?|πραγματοποιήστε δωρεά|quyên góp|donasi sekarang)(?![\\p{L}])',
  'iu',
);

/**
 * A short call alone (up to five words): "Subscribe now!", "Sign up today", "Jetzt registrieren".
 * Only the subscribe and sign-up verbs, not "follow" or "join", which open short story lines too.
 */
const SHORT_CALL =
  /^[\p{So}\p{Pd}•·*>→»\s]*(?:subscribe|sign up|register|abonnieren|jetzt (?:abonnieren|registrieren)|registrieren|abonneer|s'abonner|abonnez-vous|suscr[íi]bete|suscribirse|abbonati|abbonarsi|assine|assinar|prenumerera|abonner|tilaa|subskrybuj|zaregistrujte se|подписаться|підписатися|abone ol|εγγραφή|đăng ký|berlangganan|daftar)(?:\s+(?:now|today|here|for free|free|jetzt|hier|maintenant|ici|ahora|aquí|ora|qui|agora|nu|nyt|teraz|сейчас|зараз|şimdi|τώρα|ngay|sekarang))?[\s!.:→»›]*$/iu;

/** A prompt's characters per word: a caseless script's paragraph is one long "word" and no prompt. */
const MAX_CHARS_PER_WORD = 12;
const MAX_PROMPT_CHARS = 60;
const shortEnough = (t: string) =>
  t.length <= MAX_PROMPT_CHARS || t.length <= MAX_CHARS_PER_WORD * spacedWordCount(t, MAX_LINKED_PROMPT_WORDS);
/** A prompt that carries its link (a platform's address) runs longer: the address and its instructions. */
const MAX_LINKED_PROMPT_WORDS = 40;
const LINK = /https?:\/\/|www\./iu;

/**
 * The subscribe imperative in the reader's second person, wherever it sits in a short line
 * ("Pour nous soutenir, achetez le journal ou abonnez-vous !"): a form no story sentence uses
 * outside a quote of the page's own chrome.
 */
const SUBSCRIBE_IMPERATIVE =
  /(?<![\p{L}])(?:abonnez-vous|abonne-toi|inscrivez-vous|suscr[íi]bete|suscr[íi]base|iscriviti|abbonati|inscreva-se|abona[țt]i-v[ăa]|abonează-te|подпишитесь|підпишіться|pretplatite se|zapisz si[ęe]|iratkozzon fel|abone olun)(?![\p{L}])/iu;

/**
 * Issue 18, 18junk: the outlet's pitch written as a sentence to the reader, wherever its verb sits
 * ("If you enjoyed this story you can sign up to our weekly email", "Naše aplikacije možete skinuti
 * sa Google Play", "RD.nl in uw mailbox?", "Your premium access has ended … Renew now"): the reader's
 * second person, what a prompt sells (the channels above), and either the outlet's own side of
 * the sale (a newsletter, the inbox, a subscription) or the outlet in the first person plural
 * ("our", "us", "onze", "naše"). A story about an app or a platform that speaks to its reader is
 * a quote (left alone: a line with quotation marks) or names neither the sale nor "us".
 */
const READER =
  /(?:^|[^\p{L}])(?:you|your|je|jouw|uw|vous|votre|vos|du|dich|dein(?:e[nmrs]?)?|ihr(?:e[nmrs]?)?|tu|tus|tuo|tua|seu|sua|você|din|ditt|dina|dine|sinun|twoj\p{L}*|możesz|можете|ваш\p{L}*|možete|váš|vaš\p{L}*|bạn|anda|kamu|sizin|ön|teva|teu)(?![\p{L}])/iu;
const THE_SALE =
  /newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevél|biuletyn|bülten|butllet|inbox|mailbox|postfach|postvak|boîte (?:mail|de réception)|bandeja de entrada|subscri|abonn|abbonam|assinatur|suscrip|prenumer|předplat|premium|рассылк|розсилк/iu;
const THE_OUTLET =
  /(?:^|[^\p{L}])(?:us|our|ons|onze|nous|notre|nos|uns|unser\p{L}*|nuestr\p{L}*|nostr\p{L}*|noss\p{L}*|oss|vår\p{L}*|vores|meidän|meitä|nas|naš\p{L}*|nasz\p{L}*|нас|наш\p{L}*|kami|bizi|bizim|ens)(?![\p{L}])/iu;
const QUOTED = /["“”«»„]/u;
/** A pitch runs to two sentences; a paragraph of a story runs longer. */
const MAX_PITCH_WORDS = 30;
function isReaderPitch(t: string): boolean {
  return !QUOTED.test(t) && READER.test(t) && PROMPT_OBJECT.test(t) && (THE_SALE.test(t) || THE_OUTLET.test(t));
}

/** Subscribe prompts (reason `promotion`), checked with the other phrase rules. */
export const SUBSCRIBE_PROMPT_RULES: readonly PhraseRule[] = [
  {
    reason: 'promotion',
    maxWords: MAX_PROMPT_WORDS,
    cue: PROMPT_OBJECT,
    test: (t) => shortEnough(t) && PROMPT_VERB.test(t) && PROMPT_OBJECT.test(t),
  },
  { reason: 'promotion', maxWords: MAX_PROMPT_WORDS, cue: SUBSCRIBE_IMPERATIVE, test: (t) => SUBSCRIBE_IMPERATIVE.test(t) },
  // Issue 18, 18sb: the order in a later sentence, with its link, the call for support, the short call.
  { reason: 'promotion', maxWords: MAX_PROMPT_WORDS, cue: PROMPT_OBJECT, test: (t) => shortEnough(t) && isLaterPrompt(t) },
  {
    reason: 'promotion',
    maxWords: MAX_PROMPT_WORDS,
    cue: PROMPT_VERB_LAST,
    test: (t) => shortEnough(t) && PROMPT_VERB_LAST.test(t.slice(-LAST_VERB_CHARS)) && PROMPT_OBJECT.test(t),
  },
  {
    reason: 'promotion',
    maxWords: MAX_LINKED_PROMPT_WORDS,
    cue: LINK,
    test: (t) => LINK.test(t) && ((PROMPT_VERB.test(t) && PROMPT_OBJECT.test(t)) || isLaterPrompt(t)),
  },
  { reason: 'promotion', maxWords: MAX_PROMPT_WORDS, cue: SUPPORT_PROMPT, test: (t) => shortEnough(t) && SUPPORT_PROMPT.test(t) },
  { reason: 'promotion', maxWords: 5, test: (t) => SHORT_CALL.test(t) },
  { reason: 'promotion', maxWords: MAX_PITCH_WORDS, cue: PROMPT_OBJECT, test: isReaderPitch },
];
