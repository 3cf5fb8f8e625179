/**
 * Subscribe prompts written as whole sentences, with no order to the reader at their start
 * (subscribe-prompts.ts reads those): the paywall's notice ("This article is for subscribers
 * only", "La suite est réservée aux abonnés"), the reading wall ("Register for free to keep
 * reading", "You have read all your free articles"), the offer ("Enjoy unlimited access to all
 * our journalism for just $1"), and the sign-up form's small print ("By signing up you agree to
 * our privacy policy", "You can unsubscribe at any time", "Enter your email address").
 *
 * Each rule pairs two lexicons of the trade, written for about 25 languages from what paywalls
 * and newsletter forms say, not from any page: a story sentence may name subscribers (a
 * streaming service's), free articles or unlimited access, but not with the second person, the
 * exclusivity or the account words a paywall needs. All are bounded to a short line and refuse
 * digits where a story's figures would be the tell ("Netflix now has 200 million subscribers").
 */
import type { PhraseRule } from './phrases.ts';
import { spacedWordCount } from './shape.ts';

/** A paywall notice is one or two short sentences. */
const MAX_NOTICE_WORDS = 20;
const MAX_OFFER_WORDS = 30;
/** An access or discount offer is a button's or a banner's line. */
const MAX_ACCESS_WORDS = 12;
const HAS_DIGIT = /\d/u;

/** Words that end before a letter: the lexicons below are stems, so only their end is bounded. */
const NOT_LETTER = '(?![\\p{L}])';

/** The subscriber, as paywalls name the reader who pays, per language (stems). */
const SUBSCRIBER =
  '(?:subscriber|subskrybent|abonnent|abonné|suscriptor|abbonat[oiae]|assinante|abonnee|prenumerant|tilaaj|prenumerator|předplatitel|predplatiteľ|' +
  'előfizető|aboneler|abonelerimiz|подписчик|передплатник|συνδρομητ|pretplatni|naročnik|abonat(?:ii|ilor|ul)|người đăng ký)';
/** What makes a paywall of it: only, exclusive, reserved, already, become (stems). */
const EXCLUSIVE =
  '(?:only|exclusive|reserved|already|become|nur|exklusiv|bereits|schon|réservé|déjà|exclusi|devenez|s[óo]lo|hazte|ya eres|riservat|gi[àa]|esclusiv|diventa|apenas|j[áa] [ée]|torne-se|' +
  'alleen|exclusief|al abonnee|word|endast|bara|redan|bli|kun|allerede|vain|jo|tylko|wy[łl][ąa]cznie|ju[żz]|pouze|jen|již|csak|kiz[áa]r[óo]lag|m[áa]r|' +
  'sadece|[öo]zel|zaten|только|эксклюзив|уже|станьте|μόνο|αποκλειστικ|ήδη|samo|ekskluziv|već|doar|exclusiv|deja|chỉ dành|' +
  // Not yet a subscriber: "Not a subscriber yet?", "Noch kein Abonnent?", "Pas encore abonné ?".
  'yet|noch kein|pas encore|todav[íi]a no|a[úu]n no|non (?:sei )?ancora|ainda n[ãa]o|nog geen|inte|ikke|ei vielä|jeszcze nie|ještě nejste|még nem|henüz|ещё не|ακόμα)';
const SUBSCRIBER_ONLY = new RegExp(`(?<![\\p{L}])${SUBSCRIBER}`, 'iu');
const EXCLUSIVE_ONLY = new RegExp(`(?<![\\p{L}])${EXCLUSIVE}${NOT_LETTER}`, 'iu');

/** What the paywall closes: the article, the story, its content, the rest of it (stems, per language). */
const CONTENT =
  /(?<![\p{L}])(?:article|story|content|piece|suite|rest of|beitrag|artikel|inhalt|contenu|artículo|contenido|noticia|articolo|contenuto|artigo|conteúdo|matéria|inhoud|artikeln|innehåll|artikkel|innhold|artikkeli|artyku[łl]|tekst|materia[łl]|článek|článok|obsah|cikk|tartalom|haber|makale|içerik|стать|материал|публикаци|άρθρο|περιεχόμενο|bài viết|nội dung|konten|berita)/iu;
/** A notice this short is the paywall's line alone ("Already a subscriber?", "Abonnenten lesen mehr"). */
const MAX_BARE_NOTICE_WORDS = 6;

/**
 * "This article is for subscribers only", "Dieser Artikel ist nur für Abonnenten verfügbar",
 * "Sie sind bereits Abonnent?", "La suite est réservée aux abonnés": the subscriber and the
 * exclusivity in one short line without figures, and what the notice is about: the content it
 * closes, the reader it asks, or nothing else (a few words). "Only subscribers to the old tariff
 * will pay more" names neither.
 */
function isSubscriberNotice(t: string, words: number): boolean {
  if (HAS_DIGIT.test(t) || !SUBSCRIBER_ONLY.test(t) || !EXCLUSIVE_ONLY.test(t)) return false;
  return CONTENT.test(t) || SECOND_PERSON.test(t) || t.endsWith('?') || words <= MAX_BARE_NOTICE_WORDS;
}

/** Reading on, per language: "keep reading", "weiterlesen", "lire la suite", "seguir leyendo" (stems). */
const READ_ON =
  '(?:(?:continue|keep|start) reading|read (?:the )?(?:full|whole|rest of the) (?:article|story)|read on|weiterlesen|weiter ?zu ?lesen|lire la suite|continuer (?:à|de) lire|la suite|' +
  'seguir leyendo|continuar leyendo|continuare a leggere|continua a leggere|continuar (?:a )?ler|continuar lendo|verder lezen|verder te lezen|l[äa]sa vidare|l[äa]s vidare|' +
  'fortsett(?:e)? å lese|l[æa]s videre|læse videre|czyta[ćc] dalej|czytaj dalej|[čc][íi]st d[áa]l|[čc][íi]tať ďalej|tov[áa]bb olvas|okumaya devam|продолжить чтение|' +
  'читать дальше|продовжити читання|συνεχίστε (?:να διαβάζετε|την ανάγνωση)|đọc tiếp|lanjut membaca|jatka lukemista|lue loppuun|citi[țt]i (?:mai departe|în continuare)|il vous reste)';
/** The account the wall asks for: subscribe, register, sign in, an account, free access (stems). */
const ACCOUNT =
  '(?:subscri|regist|sign(?:ing)? (?:in|up)|log ?in|account|abonn|abo\\b|anmeld|konto|connect|inscri|compte|suscri|cuenta|iscri|accedi|abbona|assin|cadastr|conta|inlog|logga|logg inn|' +
  'zaloguj|zarejestr|p[řr]ihl[áa]s|regisztr|el[őo]fizet|abone|[üu]ye|giri[şs]|подпис|войд|зарегистр|передплат|εγγραφ|συνδεθ|συνδρομ|đăng (?:ký|nhập)|langgan|daftar|tilaa|kirjaudu|abona)';
const READ_ON_RE = new RegExp(READ_ON, 'iu');
const ACCOUNT_RE = new RegExp(ACCOUNT, 'iu');

/**
 * The free allowance a metered paywall counts, with the reader addressed: "You have reached
 * your limit of free articles", "Vous avez lu tous vos articles gratuits".
 */
const FREE_ARTICLES =
  /(?<![\p{L}])(?:free (?:articles?|stories|reads)|articles? (?:gratuits?|gratis|gratuit[oi]|gratuitos?|grátis)|(?:kostenlose|kostenfreie|gratis) (?:artikel|beiträge)|(?:artículos?|articoli|artigos?|artikelen|artiklar|artikler) (?:gratuitos?|gratuiti|gr[áa]tis|gratis)|(?:darmowych|bezp[łl]atnych) artyku[łl]|ingyenes cikk|[üu]cretsiz (?:haber|makale)|бесплатн\p{L}* стат|δωρεάν άρθρ|article limit|limite d.articles)/iu;
const SECOND_PERSON =
  /(?<![\p{L}])(?:you|your|vous|votre|vos|sie|ihr|ihre|du|dein|deine|tu|tus|te|tuo|tuoi|seu|seus|você|je|jouw|din|dina|dine|ty|tw[óo]j|twoich|pa|vy|v[áa][šs]|ön|siz|вы|ваш|σας|bạn|anda|sinä|sinun|teie|tvoj|vaš|dumneavoastră)(?![\p{L}])/iu;

/**
 * Unlimited access sold to the reader: "Enjoy unlimited access to all our journalism for just
 * $1", "Accès illimité à tous nos articles", "Unbegrenzter Zugang zu allen Artikeln".
 */
const UNLIMITED =
  /(?<![\p{L}])(?:unlimited (?:digital |online |web(?:site)? )?access|accès illimité|(?:unbegrenzte[nr]?|unbeschränkte[nr]?|uneingeschränkte[nr]?) (?:zugang|zugriff)|acceso ilimitado|accesso illimitato|acesso ilimitado|onbeperkt(?:e)? toegang|obegränsad tillgång|ubegrenset tilgang|ubegrænset adgang|rajaton pääsy|nieograniczony dostęp|neomezený přístup|neobmedzený prístup|korlátlan hozzáférés|sınırsız erişim|acces nelimitat|неограниченный доступ|необмежений доступ|απεριόριστη πρόσβαση|truy cập không giới hạn|akses tanpa batas|neograničen pristup)(?![\p{L}])/iu;
/** A price: a currency sign before or after the figure ("$1", "€1", "4,99 €", "99 cents", "49 kr"). */
export const PRICE = '(?:[$€£¥₹]\\s?\\d|\\d\\s?(?:€|\\$|£|kr|zł|kč|ft|lei|₺|cents?|euros?|dollars?)(?![\\p{L}]))';
/** What a paywall's offer adds to "unlimited access": a price, the reader, the outlet's own work. */
const OFFER_CUE = new RegExp(
  `${PRICE}|(?<![\\p{L}])(?:our|nos|notre|unser\\p{L}*|nuestr\\p{L}*|nostr\\p{L}*|noss\\p{L}*|onze|våra|vår|vores|meidän|nasz\\p{L}*|naš\\p{L}*|naš|мы|наш\\p{L}*|μας|chúng tôi|kami|journalism|articles?|stories|artikel\\p{L}*|articoli|artículos|artigos|content|contenus?|inhalte)(?![\\p{L}])`,
  'iu',
);

/**
 * The sign-up form's small print and fields, per language: "By signing up you agree to …",
 * "You can unsubscribe at any time", "Enter your email address", "Thank you for subscribing".
 */
const FORM_PRINT = new RegExp(
  '^(?:' +
    // English
    'by (?:signing up|subscribing|registering|clicking|submitting|entering your e-?mail)\\b.{0,120}\\b(?:agree|accept|consent|acknowledge)|' +
    '(?:you (?:can|may) )?unsubscribe (?:at any time|anytime)|enter (?:your|an|a valid) e-?mail(?: address)?|(?:please )?(?:enter|provide) a valid e-?mail|' +
    'invalid e-?mail(?: address)?|(?:thank you|thanks) for (?:signing up|subscribing|registering)|this site is protected by recaptcha|' +
    // French, German
    'en vous (?:inscrivant|abonnant)\\b.{0,120}\\bacceptez|vous pouvez vous désinscrire|(?:saisissez|entrez|indiquez) votre (?:adresse )?e-?mail|' +
    'merci (?:pour votre|de votre) inscription|mit (?:der|ihrer) (?:anmeldung|registrierung)\\b.{0,120}\\b(?:akzeptieren|stimmen|willigen)|' +
    '(?:sie können )?(?:sich )?(?:den newsletter )?jederzeit (?:wieder )?(?:abbestellen|abmelden|kündigen)|(?:sie können sich|du kannst dich) jederzeit (?:wieder )?abmelden|' +
    '(?:geben sie|gib) (?:ihre|deine) e-?mail|danke für (?:ihre|deine) anmeldung|' +
    // Spanish, Italian, Portuguese
    'al (?:suscribirte|suscribirse|registrarte|registrarse)\\b.{0,120}\\bacept|(?:puedes|podrás) darte de baja|(?:introduce|ingresa|escribe) tu (?:correo|e-?mail)|' +
    'gracias por (?:suscribirte|registrarte)|iscrivendoti\\b.{0,120}\\baccett|puoi (?:disiscriverti|cancellarti) in qualsiasi momento|' +
    'inserisci (?:la tua|il tuo) (?:e-?mail|indirizzo)|grazie per (?:esserti iscritt|l.iscrizione)|ao (?:se )?(?:inscrever|assinar|cadastrar)\\b.{0,120}\\bconcorda|' +
    '(?:voc[êe] )?pode cancelar (?:a (?:sua )?inscrição )?a qualquer momento|(?:digite|insira|informe) (?:o )?seu e-?mail|obrigad[oa] por (?:se )?(?:inscrever|assinar)|' +
    // Dutch, Nordic, Polish
    'door (?:je )?(?:in te schrijven|aan te melden)\\b.{0,120}\\bga je akkoord|je kunt je (?:op elk moment|altijd) afmelden|vul je e-?mail|bedankt voor je aanmelding|' +
    'du kan (?:när som helst )?avsluta (?:din )?prenumeration|ange din e-?post|du kan melde deg av når som helst|indtast din e-?mail|' +
    'możesz (?:w każdej chwili )?(?:zrezygnować|wypisać się)|(?:podaj|wpisz) (?:swój )?(?:adres )?e-?mail|dziękujemy za (?:zapisanie|subskrypcję)|' +
    // Russian, Turkish, Greek, Vietnamese, Indonesian
    'вы можете отписаться|введите (?:ваш )?(?:e-?mail|адрес)|спасибо за подписку|e-?posta adresinizi girin|aboneliğinizi istediğiniz zaman|' +
    'μπορείτε να διαγραφείτε|nhập email của bạn|masukkan (?:alamat )?email anda)',
  'iu',
);

/**
 * The account and newsletter buttons alone on their line, per language: "Create a free account",
 * "My account", "Become a member", "Je m'abonne", "Free newsletter". A story's line is never only that.
 */
const ACCOUNT_BUTTON = new RegExp(
  '^[\\s•·>»→]*(?:create (?:an?|your|a free) account|my account|(?:already registered|already have an account)\\??\\s*(?:sign|log) ?in|' +
    'become a (?:member|subscriber|supporter|patron)|devenez (?:abonné|membre)|werden sie (?:abonnent|mitglied)|hazte (?:socio|miembro)|diventa (?:abbonato|socio)|' +
    'je m.abonne|ich abonniere|me suscribo|mi abbono|eu assino|ik abonneer|jag prenumererar|' +
    'mon compte|mein konto|mi cuenta|il mio account|minha conta|mijn account|mitt konto|moje konto|' +
    'créer (?:un|mon) compte|konto erstellen|crear (?:una |mi )?cuenta|crea (?:un )?account|criar (?:uma )?conta|account aanmaken|skapa konto|załóż konto|' +
    '(?:free|daily|weekly|our) (?:e-?mail )?newsletters?|kostenlose[rn]? newsletter|newsletter gratuite?|boletín gratuito|newsletter gratuita)[\\s!.?:→»›]*$',
  'iu',
);

/** How much of the story the wall hides: "Il vous reste 80 % de cet article à lire", "75% of this article remains". */
const REMAINING =
  /\d+\s?%\s(?:de cet article|of (?:this|the) (?:article|story)|(?:des|dieses) (?:artikels|beitrags)|de (?:este|l) art[íi]culo|dell.articolo|deste artigo|do artigo|van dit artikel|av artikeln|artykułu)/iu;

/**
 * Reading or access sold without limits, or with the subscription named, the verb first: "Read
 * without limits", "Access all articles with a digital subscription", "Accédez à tous nos articles
 * en illimité", "Leggi senza limiti tutti gli articoli", "Unlock this article". The noun "access
 * to" is a story's ("Access to the subscription service was cut"): the verb must be an order.
 */
const ACCESS_VERB =
  /^(?:read|access|unlock|get (?:full )?access to|accédez|lisez|profitez|accede|lee|disfruta|leggi|accedi|lesen sie|lies|genießen sie|acesse|leia|aproveite|lees|krijg toegang|läs|les|czytaj|uzyskaj dostęp|čtěte|olvass|okuyun|читайте|получите доступ|διαβάστε)(?![\p{L}])(?!\s+(?:to|of|by|for|from|with|receipts?)\b)/iu;
const LIMITLESS =
  /(?<![\p{L}])(?:without limits?|unlimited|en illimité|sans limites?|sin l[íi]mites?|ilimitad\p{L}*|senza limiti|illimitat\p{L}*|ohne (?:limit|grenzen)|unbegrenzt|sem limites?|zonder limiet|onbeperkt|utan begränsning|obegränsat|uten begrensning|ubegrenset|bez limitu|bez omezení|korlátlanul|sınırsız|без ограничений|χωρίς όρια)(?![\p{L}])/iu;
const SUBSCRIPTION_STEM = /subscri|abonn|\babo\b|suscrip|abbonament|assinatura|prenumer|předplat|előfizet|abonelik|подписк|συνδρομ/iu;
const THIS_ARTICLE = /^(?:unlock|get (?:full )?access to) (?:this|the full) (?:article|story)[\s.!]*$/iu;
const isAccessOffer = (t: string) => THIS_ARTICLE.test(t) || (ACCESS_VERB.test(t) && (LIMITLESS.test(t) || SUBSCRIPTION_STEM.test(t)));

/** A discount on the subscription: "Get 20% off your first year", "-50 % sur votre abonnement". */
const DISCOUNT =
  /\d+\s?%\s?(?:off|rabatt|de (?:réduction|remise|descuento)|di sconto|de desconto|korting|rabat|zniżki|sleva|indirim)(?![\p{L}])/iu;

/** Paywall and newsletter sentences (reason `promotion`), checked with the other phrase rules. */
export const PAYWALL_SENTENCE_RULES: readonly PhraseRule[] = [
  { reason: 'promotion', maxWords: MAX_NOTICE_WORDS, cue: SUBSCRIBER_ONLY, test: isSubscriberNotice },
  { reason: 'promotion', maxWords: MAX_NOTICE_WORDS, test: (t) => READ_ON_RE.test(t) && ACCOUNT_RE.test(t) },
  { reason: 'promotion', maxWords: MAX_NOTICE_WORDS, cue: FREE_ARTICLES, test: (t) => FREE_ARTICLES.test(t) && SECOND_PERSON.test(t) },
  { reason: 'promotion', maxWords: MAX_OFFER_WORDS, cue: UNLIMITED, test: (t) => UNLIMITED.test(t) && OFFER_CUE.test(t) },
  { reason: 'promotion', maxWords: MAX_OFFER_WORDS, cue: FORM_PRINT, test: (t) => FORM_PRINT.test(t) },
  { reason: 'promotion', maxWords: 6, test: (t) => ACCOUNT_BUTTON.test(t) },
  { reason: 'promotion', maxWords: MAX_NOTICE_WORDS, cue: REMAINING, test: (t) => REMAINING.test(t) },
  { reason: 'promotion', maxWords: MAX_ACCESS_WORDS, test: isAccessOffer },
  {
    reason: 'promotion',
    maxWords: MAX_ACCESS_WORDS,
    cue: DISCOUNT,
    test: (t) => DISCOUNT.test(t) && (SUBSCRIPTION_STEM.test(t) || SECOND_PERSON.test(t)),
  },
];

/** Whether any of the rules above takes the line (for the bench's what-would-it-take figures). */
export const isPaywallSentence = (t: string): boolean => {
  const words = spacedWordCount(t, MAX_OFFER_WORDS + 1);
  return PAYWALL_SENTENCE_RULES.some((r) => words <= r.maxWords && r.test(t, words));
};
