/**
 * Subscribe, follow and sign-in prompts as the trade writes them in any language: a line that
 * opens with the trade's imperative (subscribe, sign up, follow, join, download, log in …) and
 * names what it sells (a newsletter, a channel, a messaging or social platform, an app, the
 * reader's mailbox, a subscription). Both halves are needed: a story sentence may open with
 * "Follow" or "Join", or name Telegram, but a line that is only an order to the reader about the
 * outlet's own channels is the page's chrome. Bounded to 25 words: prompts run to a sentence or
 * two ("Subscribe to our Telegram channel to get the latest news."), a paragraph runs longer.
 *
 * Written from the trade's vocabulary in about 35 languages, not from any page's wording.
 */
import type { PhraseRule } from './phrases.ts';

/** The longest prompt: one or two sentences addressed to the reader. */
const MAX_PROMPT_WORDS = 25;

/**
 * The trade's imperatives (and the infinitives some languages put first), at the line's start
 * after an emoji, a bullet or an arrow. A verb that is also a common sentence opener ("like",
 * "get", "support") is left out: with only "us" after it, it starts story sentences too.
 */
const PROMPT_VERB = new RegExp(
  '^[\\p{So}\\p{Sk}\\p{Pd}•·*>→»✅👉📲📩🔔\\s]*(?:' +
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
    'اشترك|اشتركوا|تابعونا|تابعوا|حمّل|حمل|سجّل|انضم|הירשמו|עקבו|הצטרפו' +
    ')(?![\\p{L}])',
  'iu',
);

/** What a prompt sells: a newsletter, a channel, a platform, an app, the mailbox, a subscription. */
const PROMPT_OBJECT = new RegExp(
  '(?:newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|uudiskiri|naujienlaišk|biuletyn|bülten|hírlevél|buletin|bilten|' +
    'ενημερωτικ|bản tin|рассылк|розсилк|бюлетен|뉴스레터|ニュースレター|نشرة|ניוזלטר|' +
    'channel|kanal|canal|canale|saluran|kanał|κανάλι|канал|kênh|' +
    'whats ?app|telegram|facebook|instagram|youtube|tiktok|twitter|threads|linkedin|viber|google (?:news|discover)|' +
    '\\bapp\\b|\\bapps\\b|aplikasi|appli|aplicaci[óo]n|applicazione|aplicativo|aplikac|uygulama|εφαρμογή|приложени|застосунок|ứng dụng|sovellus|rakendus|' +
    'inbox|postfach|mailbox|e-?mail|courriel|correo|postkast|postkasti|skrzynk|schránk|postafiók|почт|hộp thư|' +
    'subscri|abonn|abbonam|assinatur|suscrip|prenumer|abonament|předplat|premium|podcast|alerts?\\b|notifica)',
  'iu',
);

/**
 * The subscribe imperative in the reader's second person, wherever it sits in a short line
 * ("Pour nous soutenir, achetez le journal ou abonnez-vous !"): a form no story sentence uses
 * outside a quote of the page's own chrome.
 */
const SUBSCRIBE_IMPERATIVE =
  /(?<![\p{L}])(?:abonnez-vous|abonne-toi|inscrivez-vous|suscr[íi]bete|suscr[íi]base|iscriviti|abbonati|inscreva-se|abona[țt]i-v[ăa]|abonează-te|подпишитесь|підпишіться|pretplatite se|zapisz si[ęe]|iratkozzon fel|abone olun)(?![\p{L}])/iu;

/** Subscribe prompts (reason `promotion`), checked with the other phrase rules. */
export const SUBSCRIBE_PROMPT_RULES: readonly PhraseRule[] = [
  { reason: 'promotion', maxWords: MAX_PROMPT_WORDS, test: (t) => PROMPT_VERB.test(t) && PROMPT_OBJECT.test(t) },
  { reason: 'promotion', maxWords: MAX_PROMPT_WORDS, test: (t) => SUBSCRIBE_IMPERATIVE.test(t) },
];
