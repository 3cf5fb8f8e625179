/**
 * The trade's phrases in the languages of the news the indexer meets: the labels and prompts that
 * page templates print around articles (ads, share and print buttons, comment forms, paywalls,
 * "read also" links, tag and source lines, cookie and browser notices). Each pattern holds one
 * kind in every language, so a new language is a word added to a list, not a new rule.
 *
 * Like `PHRASE_RULES`, each rule is bounded by a word count: a long line that merely contains such
 * words is a sentence about them.
 */
import type { PhraseRule } from './phrases.ts';
import { spacedWordCount } from './shape.ts';

/** A label's decoration: a bullet, a bracket or an icon's leftover before it ("▶ Play", "- Anzeige -"). */
export const LABEL_BEFORE = '^[\\s\\-–—|•·*+:()[\\]▶►▸›»→<>]*';
/** And after it: an arrow, a colon, dots or a bracket ("Show more ›", "Loading…", "Publicidad:"). */
const LABEL_AFTER_CHARS = '\\s\\-–—|•·*+:.!?…()[\\]›»→>';
export const LABEL_AFTER = `[${LABEL_AFTER_CHARS}]*$`;
/**
 * The whole line is one of the words, with a label's decoration, and with `counted` a count after
 * it too ("• 댓글 3"). Shared with inline-prompts.ts's and ui-labels.ts's labels.
 */
export const wholeLabel = (words: readonly string[], counted = false) =>
  new RegExp(`${LABEL_BEFORE}(?:${words.join('|')})[${LABEL_AFTER_CHARS}${counted ? '\\d' : ''}]*$`, 'iu');
/** The line starts with one of the labels, followed by a separator and more ("Lees ook: …"). */
const label = (words: readonly string[]) => new RegExp(`^[\\s\\-–—|•·*+]*(?:${words.join('|')})\\s*(?:[:.|»>›–—-]|$)`, 'iu');

/**
 * An ad slot's own marker, which a page prints where the ad sits, between the story's paragraphs as
 * often as after them ("Advertisement", "Anzeige", "Publicidad", "Pubblicità", "Reklame", "Annonse",
 * "Story continues below"): the text goes on after it. Sponsored content and recommendation widgets
 * (below, in AD_LABELS) are blocks of their own.
 */
const AD_SLOT_WORDS = [
  'advertisements?',
  'advertising',
  'ads?',
  'hide ad',
  'adchoices',
  'anzeigen?',
  'werbung',
  'publicidad',
  'publicité',
  'pubblicità',
  'publicidade',
  'reclam[aă]',
  'reklamy?',
  'reklame',
  'annonser?',
  'annons',
  'annonce',
  'advertentie',
  'reclame',
  'mainos',
  'hirdetés',
  'oglas',
  'iklan',
  'διαφήμιση',
  'quảng cáo',
  'advertisment',
  'ad feedback',
  'ad choices',
  'report (?:this )?ad',
  'close ad',
  'skip ad',
  'ads by google',
  'anuncio',
  'anúncio',
  'annuncio',
  'reklam',
  'pub',
  'publi',
  '(?:article|content|story) continues (?:after|below)(?: (?:this )?(?:ad|advertisement|the advertisement))?',
  'continue reading below(?: advertisement)?',
  'story continues below(?: advertisement)?',
  'scroll to continue(?: with content)?',
  'article continues below(?: advertisement)?',
  'weiter nach der anzeige',
  'la suite après (?:la|cette) publicité',
  'sigue leyendo',
  'publicitat',
  'publicitate',
  'reklama',
  'реклама',
  'oglasi',
  '広告',
  '广告',
  '廣告',
  'fortsetzung nach der anzeige',
  'artikel (?:geht|wird) (?:unter|nach) der anzeige (?:weiter|fortgesetzt)',
  'l.articolo continua (?:dopo|sotto) la pubblicità',
  'continua (?:dopo|sotto) la pubblicità',
  '(?:o texto )?continua após (?:a )?publicidade',
  '(?:het )?artikel gaat verder (?:onder|na) de advertentie',
  'artikeln fortsätter (?:under|efter) annonsen',
  'saken fortsetter (?:under|etter) annonsen',
  'artiklen fortsætter (?:under|efter) annoncen',
  'dalsza część (?:artykułu|tekstu) pod reklamą',
  '(?:artykuł )?(?:czytaj )?dalej pod reklamą',
  'pokračování (?:článku )?pod reklamou',
  'článok pokračuje pod reklamou',
  'a cikk a hirdetés után folytatódik',
  'articolul continuă după reclamă',
  'haberin devamı (?:reklamdan sonra|aşağıda)',
  'продолжение (?:статьи )?(?:после|под) рекламой',
  'η συνέχεια (?:μετά|κάτω από) τη διαφήμιση',
  'artikkeli jatkuu mainoksen jälkeen',
  'juttu jatkuu mainoksen (?:jälkeen|alla)',
  'artikkel jätkub (?:pärast reklaami|reklaami all)',
  'raksts turpinās (?:pēc reklāmas|zem reklāmas)',
  'straipsnis tęsiamas po reklam(?:a|os)',
  'článek pokračuje (?:pod reklamou|po reklamě)',
  'članak se nastavlja (?:ispod|nakon) oglasa',
  'članek se nadaljuje (?:pod oglasom|po oglasu)',
  'продовження (?:статті )?(?:після|під) реклам(?:и|ою)',
  'artikkelen fortsetter (?:under|etter) annonsen',
  'a cikk a hirdetés alatt folytatódik',
  'la noticia continúa (?:tras|después de) la publicidad',
  'continúa después de la publicidad',
];
/** An ad slot's marker alone on its line. */
const AD_SLOT = wholeLabel(AD_SLOT_WORDS);
export const isAdSlot = (t: string): boolean => AD_SLOT.test(t);
/** Ad slots and sponsored blocks: the slot's marker, sponsored content, recommendation widgets. */
const AD_LABELS = wholeLabel([
  ...AD_SLOT_WORDS,
  'advertorial',
  'sponsored',
  'paid content',
  'paid post',
  'advertise (?:with us|here)',
  'sponsored (?:content|links?|stories|posts?|articles?|by [\\p{L}\\p{N} .&-]{1,30})',
  'promoted (?:content|stories|links?|by [\\p{L}\\p{N} .&-]{1,30})',
  '(?:paid )?partner content',
  'recommended by',
  '(?:sponsored links )?by taboola',
  'by outbrain',
  'gesponsert',
  'gesponsord',
  'sponsorizzato',
  'patrocinado',
  'sponsorisé',
  // Sponsored content in more languages.
  'на правах рекламы',
  'спонсорский (?:материал|контент)',
  'партн[её]рский материал',
  'χορηγούμενο(?: περιεχόμενο)?',
  'χορηγούμενη καταχώριση',
  'nội dung tài trợ',
  'tài trợ',
  'sponsorlu(?: içerik)?',
  'szponzorált(?: tartalom)?',
  'támogatott tartalom',
  'materiał (?:sponsorowany|partnera|reklamowy)',
  'artykuł sponsorowany',
  'komerční sdělení',
  'komerčné oznámenie',
  'sponzorováno',
  'sponzorované',
  'sponzorirano',
  'plaćeni oglas',
  'conținut sponsorizat',
  'kaupallinen yhteistyö',
  'sponsoroitu',
  'sponsrad(?:e)?(?: (?:artikel|innehåll))?',
  'sponset',
  'sponsoreret',
  'annonsørinnhold',
  'konten bersponsor',
  'contenido patrocinado',
  'contenu (?:sponsorisé|partenaire)',
  'publireportage',
  'contenuto sponsorizzato',
  'conteúdo (?:patrocinado|publicitário)',
  'publieditorial',
]);

/** Share, print and download buttons, alone or several in a row ("Print Friendly PDF Email"). */
const SHARE_WORD =
  'share|print|email|e-mail|tweet|pin|download|save|copy link|text size|font size|print friendly|pdf|facebook|twitter|whatsapp|linkedin|reddit|telegram|' +
  'teilen|drucken|versenden|merken|delen|printen|del|dela|skriv ut|udskriv|partager|imprimer|envoyer|compartir|imprimir|enviar|condividi|stampa|' +
  'compartilhar|partilhar|distribuie|trimite|udostępnij|drukuj|sdílet|tisk|zdieľať|podijeli|paylaş|yazdır|bagikan|cetak|' +
  // More languages, and the networks and "copy link" buttons a share row names.
  'podziel się|kopiuj link|поделиться|поділитися|отправить|печать|κοινοποίηση|μοιραστείτε|εκτύπωση|chia sẻ|megosztás|nyomtatás|jaa|tulosta|' +
  'deli|natisni|comparteix|deel|dela|kopieren|link kopieren|copier le lien|copiar (?:el )?enlace|copia(?:re)? (?:il )?link|copiar link|kopiera länk|' +
  'kopier lenke|kopiér link|messenger|pinterest|flipboard|viber|vk|bluesky|threads|sms|mail|シェア|ツイート|分享|' +
  // Save, gift and listen buttons, the text-size widget, and what a copy button says once pressed.
  'shares?|gift(?: this)?|save|guardar|salvar|salva|opslaan|spara|lagre|gem|zapisz|uložit|mentés|kaydet|salvează|tallenna|αποθήκευση|lưu|сохранить|' +
  'listen|anhören|hören|écouter|escuchar|ascolta|ouvir|luister|lyssna|lytt|lyt|posłuchaj|poslechnout|vypočuť|meghallgatás|dinle|ascultă|kuuntele|' +
  '(?:adjust )?(?:text|font) ?size(?:\\s*[aA+\\-−])*|schriftgröße|taille du texte|tamaño (?:de )?(?:letra|texto|fuente)|dimensione (?:del )?testo|tamanho (?:da )?(?:letra|fonte)|' +
  'lettergrootte|textstorlek|tekststørrelse|rozmiar (?:czcionki|tekstu)|velikost písma|betűméret|yazı boyutu|μέγεθος γραμμάτων|cỡ chữ|размер шрифта|' +
  'zoom|link copied|copied|kopiert|copié|copiado|copiato|gekopieerd|kopierad|skopiowano|' +
  '(?:facebook|twitter|whatsapp|linkedin|telegram|messenger|pinterest)\\p{L}*';
/** What a button names after its verb: "Share this article", "Teilen auf Facebook", "Udostępnij na Facebooku". */
const SHARE_LINK = 'this|on|via|the|en|sur|su|auf|op|på|na|no|em|w|στο|trên|в|per|by|with|to|in|il|al|la|de|do|da|el|le';
const SHARE_OBJECT =
  'article|story|page|post|link|artikel|artikkel|artículo|articolo|artigo|artykuł|článek|článok|cikk|makale|άρθρο|bài viết|статью|статтю|artikkeli|noticia|notizia|notícia|nieuws|nyhet|full article';
/** A button: its word, what it links to, and its count ("Facebook 12", "Share on Facebook", "Shares (3)"). */
const SHARE_BUTTON = `(?:${SHARE_WORD})(?:\\s+(?:${SHARE_LINK})){0,2}(?:\\s+(?:${SHARE_OBJECT}|${SHARE_WORD}))?(?=[\\s|·•/,:()+\\-–−!]|$)(?:[\\s|·•/,:()]*\\d+[kKmM]?(?=[\\s|·•/,:()]|$))?`;
const SHARE_SEPARATORS = '[\\s|·•/,:()+\\-–−!]*';
/** One to eight buttons and nothing else; "X" (the network) only beside others, alone it is a letter. */
const SHARE_BUTTONS = new RegExp(
  `^(?:\\d+[kKmM]?\\s+)?${SHARE_BUTTON}(?:${SHARE_SEPARATORS}(?:${SHARE_BUTTON}|x(?=[\\s|·•/,]|$))){0,7}${SHARE_SEPARATORS}$`,
  'iu',
);
/** A row of share, print or save buttons ("Share this article", "Share on Facebook", "Print | Email"). */
export const isShareRow = (t: string): boolean => SHARE_BUTTONS.test(t);

/** Comment forms and counts: "Please enter your comment!", "No comments:", "Posta un commento". */
const COMMENT_FORM = new RegExp(
  '^(?:please enter your (?:comment|name|e-?mail)(?: here| address here)?|you have entered an incorrect email address|' +
    'save my name, email, and website in this browser|leave a (?:comment|reply)|post a comment|no comments|cancel reply|log in to reply|' +
    'kommentare?|kommentieren|reacties?|reageer|commentaires?|réagir|comentarios?|comentários?|comentar|commenti|commento|nessun commento|posta un commento|' +
    'komentarze?|komentáře|komentari|yorumlar|yorum yap|komentar|kommentarer?|kommentera|' +
    // More languages: the comment list's heading and its prompts.
    'σχόλια|σχολιάστε|γράψτε (?:ένα )?σχόλιο|bình luận|ý kiến bạn đọc|gửi (?:bình luận|ý kiến)|комментарии|комментировать|оставить комментарий|' +
    'коментарі|коментувати|hozzászólások?|szólj hozzá|kommentek?|kommentit|kommentoi|comentarii|comentează|adaugă (?:un )?comentariu|' +
    'diskuse|diskusia|komentáre|komentarji|dodaj komentarz|napisz komentarz|kommentar schreiben|écrire un commentaire|escribe (?:un|tu) comentario|' +
    'scrivi un commento|escreva (?:um|seu) comentário|schrijf een reactie|skriv en kommentar|コメント|' +
    // The blog engines' comment form in its translations ("Leave a reply", "Cancel reply").
    'diskutieren sie mit|laisse[rz] un commentaire|laisser une réponse|annuler la réponse|deja (?:un comentario|una respuesta)|cancelar (?:la )?respuesta|' +
    'schreibe einen kommentar|hinterlasse einen kommentar|antworten abbrechen|lascia un commento|annulla risposta|' +
    'deixe (?:um comentário|uma resposta)|cancelar resposta|geef een reactie|laat een reactie achter|reactie annuleren|lämna en kommentar|avbryt svar)(?!\\p{L})[^.]{0,60}[.!:?]?$',
  'iu',
);

/**
 * The comment forms of blog engines, whose prompts run on past a full stop ("Your email address
 * will not be published. Required fields are marked *"), and the heading of the comment list
 * ("One Comment on “Headline”", "12 thoughts on …").
 */
const COMMENT_WIDGET = new RegExp(
  '^(?:your email address will not be published|required fields are marked|fill in your details below|you are commenting using your|' +
    'notify me of (?:new|follow-up) (?:comments|posts)|this site uses akismet|connecting to %s|reblogged this on|you must be logged in to post|' +
    '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:comments?|responses?|replies|thoughts|reactions?) (?:on|to)\\s|' +
    // The same form's notices in its translations.
    'votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|les champs obligatoires sont indiqués|' +
    'tu (?:dirección de )?correo electrónico no será publicad[oa]|los campos obligatorios están marcados|' +
    '(?:deine|ihre) e-?mail-adresse wird nicht veröffentlicht|erforderliche felder sind mit|' +
    'il tuo indirizzo e-?mail non sarà pubblicato|i campi obbligatori sono contrassegnati|' +
    '(?:o )?seu endereço de e-?mail não será publicado|(?:os )?campos obrigatórios são marcados|' +
    '(?:je|uw) e-?mailadres wordt niet gepubliceerd|vereiste velden zijn gemarkeerd|' +
    // "Comments are closed" in the same translations, and the newspapers' own wording of it.
    '(?:les )?commentaires sont fermés|(?:los )?comentarios están cerrados|kommentare sind geschlossen|(?:i )?commenti sono chiusi|' +
    '(?:os )?comentários (?:estão )?(?:encerrados|fechados)|reacties zijn gesloten|' +
    'dieser (?:artikel|beitrag) kann nicht (?:mehr )?kommentiert werden)',
  'iu',
);

/**
 * The comment count alone ("3 Kommentare", "(0) commentaires", "Comentarios (12)"): the English one is a phrase rule
 * (phrases.ts); these are its translations, the whole line only.
 */
const COMMENT_COUNT = new RegExp(
  '^\\(?\\d*\\)?\\s*(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties?|komentarz[ey]?|komentáře|komentářů|' +
    'kommentarer?|yorum(?:lar)?|комментари(?:й|я|ев)|коментар(?:і|ів)?|σχόλια|bình luận|hozzászólás(?:ok)?)\\s*\\(?\\d*\\)?$',
  'iu',
);

/** Comment rules addressed to the reader: "Vos réactions doivent respecter nos CGU.", "Comments are moderated." */
const COMMENT_POLICY =
  /^(?:(?:vos|your|ihre|sus|i vostri|uw|je) (?:réactions|commentaires|comments?|kommentare|comentarios|commenti|reacties|reactie)|comments?|kommentare|commentaires|comentarios) (?:doivent|must|müssen|deben|devono|moeten|are|is|will be|werden|sont|son|sono|worden) (?:respecter|be|follow|moderated|moderiert|modérés|moderados|moderati|gemodereerd|reviewed|checked)\b/iu;

/** A credit with its cue word and nothing after it ("Photo:", "Foto:"): the name was an image or a link. */
const BARE_CREDIT =
  /^(?:photos?|images?|pictures?|fotos?|bild|billede|kuva|zdjęcie|imagen|immagine|fotografia|credits?|source|quelle|fuente|fonte)\s*:$/iu;

/** Paywall and subscription prompts: "Already a subscriber?", "Suscríbete", "Jetzt abonnieren…". */
const SUBSCRIBE = new RegExp(
  '^(?:already (?:a subscriber|have an account)|subscribe(?: now| today| to| &| and)?|sign up(?: for| to)?|to continue reading|continue reading this article|' +
    'get unlimited (?:digital |website )?access|' +
    'jetzt abonnieren|abonnieren|bereits registriert|abo abschlie|abonnez-vous|déjà abonné|suscr[ií]bete|reg[ií]strate|[¿]?ya eres suscriptor|' +
    'inicia sesión|hazte socio|abbonati|sei già abbonato|assine|já é assinante|conteúdo para assinantes|word abonnee|al abonnee|' +
    'abonner|bli abonnent|prenumerera|zaloguj|zarejestruj|prihlásiť|přihlásit|pretplatite|' +
    'abone ol|feliratkoz|iratkozz(?:on)? fel|подпишитесь|подписаться|підпишіться|εγγραφείτε|đăng ký (?:nhận|ngay)|berlangganan|langganan|tilaa|' +
    'zapisz się|subskrybuj|odebírejte|abonează-te|iscriviti|inscrivez-vous|inscr[ií]bete|suscr[ií]base|inscreva-se|schrijf je in|abonneer|meld je aan)',
  'iu',
);

/**
 * Paywall and channel prompts that are sentences, yet say nothing but "subscribe": what only a
 * subscriber may do, what reading on costs, an invitation to a messaging channel.
 */
const PAYWALL = new RegExp(
  '(?:^(?:to continue reading|continue reading this article|cancel (?:or pause )?(?:at )?any ?time|get unlimited (?:digital |website )?access|' +
    '(?:📲\\s*)?(?:click|tap|clique|toque|haz clic|cliquez) (?:here|aqui|aquí|ici) (?:to|para|pour) (?:join|follow|subscribe|fazer parte|seguir|unirte|rejoindre)|' +
    '>*\\s*(?:siga|sigue|follow|join) (?:o canal|el canal|our (?:whatsapp|telegram) channel|us on (?:whatsapp|telegram))|' +
    'conteúdo (?:exclusivo )?para assinantes|contenido (?:exclusivo )?para suscriptores|um diesen artikel (?:vollständig )?(?:lesen|weiterlesen) zu können|' +
    'jetzt abonnieren|abonnez-vous|suscr[ií]bete|assine)(?!\\p{L})|' +
    '(?:exclusiv[ao] para (?:suscriptores|assinantes)|(?:only|exclusively) (?:for|to|available to) subscribers|subscribers only|benötigen sie ein abo|' +
    'réservé aux abonnés|riservato agli abbonati|alleen voor abonnees|kun for abonnenter|endast för prenumeranter|ser suscriptor para)\\b)',
  'iu',
);

/** Captions' labels (the image's own text follows on the next line): "Image caption,", "Image source, PA", "Bildunterschrift". */
export const CAPTION_LABEL =
  /^(?:(?:image|photo|picture|media|video) caption|caption|bildunterschrift|légende(?: photo)?|pie de (?:foto|imagen)|legenda(?: da (?:foto|imagem))?|didascalia)\s*[,:]?$/iu;
export const IMAGE_SOURCE =
  /^(?:image|photo|picture|media|video) (?:source|credit)s?\s*[,:]\s*\S.{0,60}$|^(?:bildquelle|fotoquelle|źródło zdjęć|źródło zdjęcia(?: głównego)?|foto(?:grafia)?|fot\.|zdjęcie|bild|kuva|billede|photo|фото|φωτογραφία|ảnh|fotó|fotók)\s*[:]?\s+[\p{Lu}/(©][^.!?]{0,50}$|^(?:beeld|afbeelding|imagem|imagen|immagine|crédits?|créditos?|credito|crediti|copyright|kép|slika|snímek|snímka|resim|görsel|gambar|снимка|снимок|εικόνα|צילום|תמונה)\s*:\s*[\p{Lu}/(©][^.!?]{0,50}$/iu;

/**
 * The words only captions use: where the people in the picture stand ("(left)", "(rechts)",
 * "(tv)", "(ketiga kiri)", "(слева)", "(second left)", "V.l.n.r.", "From left:"), in many
 * languages, and what kind of picture it is ("(file photo)", "(Symbolbild)", "(Representational
 * image)"). Prose names people without pointing at them.
 * Single letters ("(R)", "(v)") are left out: they are also parties, list numbers, roman numerals.
 */
const CAPTION_CUE = new RegExp(
  '\\((?:left|right|centre|center|far left|far right|l-r|r-l|from left|from right|pictured|links|rechts|mitte|v\\.\\s?l\\.|von links|à gauche|à droite|au centre|' +
    'izquierda|derecha|sinistra|destra|esquerda|direita|tv|th|t\\.v\\.|t\\.h\\.|vänster|höger|venstre|høyre|midten|links|rechts|midden|' +
    '(?:second|third|fourth|2nd|3rd|4th)(?: from)? (?:left|right)|\\d\\.\\s?v\\.\\s?[lr]\\.|a sinistra|a destra|à esquerda|à direita|a la izquierda|a la derecha|' +
    '(?:(?:pertama|kedua|ketiga|keempat|kelima) )?(?:kiri|kanan)|z lewej|od lewej|z prawej|od prawej|vlevo|vpravo|uprostřed|balra|jobbra|középen|' +
    'vasemmalla|oikealla|solda|sağda|ortada|în stânga|în dreapta|stânga|dreapta|lijevo|desno|слева|справа|в центре|ліворуч|праворуч|αριστερά|δεξιά|' +
    'file(?: photo| picture| image)?|archive(?: photo| picture)?|archivbild|archivfoto|symbolbild|symbolfoto|representational (?:image|picture|photo)|' +
    'illustrative (?:image|photo)|foto d.archivio|foto di repertorio|imagen de archivo|foto de archivo|photo d.archives?|image d.illustration|' +
    'foto(?:grafia)? de arquivo|archieffoto|arkivbilde|arkivbild|arkivfoto|zdjęcie ilustracyjne|zdj\\. ilustracyjne)\\)' +
    '|^(?:v\\.\\s?l\\.\\s?n\\.\\s?r\\.|von links(?: nach rechts)?\\s*:|from left(?: to right)?\\s*:|l-r\\s*:|pictured\\s*:|im bild\\s*:|på bild(?:et|en)\\s*:|na zdjęciu\\s*:|de gauche à droite\\s*:|de izquierda a derecha\\s*:|da sinistra\\s*:)',
  'iu',
);

/**
 * An image's file name printed as its caption: "tmp8b42-0e61-jpg", "IMG_2041.JPG", or a slug of
 * lower-case words ending in a date or id number ("city council mayor 070415").
 */
// No `i` flag: with it, \p{Lu} matches lower-case letters too.
const FILE_NAME = /^\S+[.-](?:jpe?g|JPE?G|png|PNG|gif|GIF|webp|avif)$|^(?=[^\p{Lu}]*$)[\p{Ll}\d_-]+(?:\s[\p{Ll}\d_-]+){2,}\s\d{5,}$/u;

/** A caption signed with a copyright mark at its end: "… gegen einen Baum. © DPA", "Agenten zetten de straat af. Ⓒ Regio15". */
const COPYRIGHT_SIGNED = /\S\s+(?:©|Ⓒ|\(c\))\s*[\p{L}\p{N}][\p{L}\p{N} ./&'-]{0,40}$/u;

/**
 * Reporting credits at the end of a story: "Con información de EFE.", "*Com informações do repórter …",
 * "With files from Reuters", the US wire's "Information from: Example-TV". The outlet's candidates
 * read them too: a name credited there is another outlet the story drew on (outlet-candidates.ts).
 */
export const INFO_CREDIT =
  /^[*(]?\s*(?:con (?:información|informaciones) de|com informações d[aeo]s?|with (?:files|information|reporting) from|information from(?=:)|avec (?:l'afp|afp|agences|reuters)|mit material von|con informazioni d[ai]|met dank aan)\b/iu;

/** An author or source label: "Author : Jane Doe", "Źródło: Fakty TVN", "Source : Town Hall". */
const AUTHOR_LABEL =
  /^(?:author|autore|autora|auteur|autor|edición|edição|edited by|written by|źródło(?: artykułu)?|izvor|zdroj|kilde|källa|sursa|fonte|fuente|source)\s*:\s*\S?.{0,80}$/iu;

/** A newsroom signing as a whole ("Redazione", "Newsroom", "Web Desk"). */
const DESK =
  /^(?:redazione|redaktion|redactie|redacción|rédaction|redação|redakcja|newsroom|web desk|news desk|staff reporter|staff writer|নিউজ ডেস্ক|অনলাইন ডেস্ক|ডেস্ক রিপোর্ট|স্টাফ রিপোর্টার|নিজস্ব প্রতিবেদক|न्यूज़? डेस्क|ऑनलाइन डेस्क|डेस्क रिपोर्ट)(?:\s+[\p{L}.]+){0,2}$/iu;

/** Widgets of blog engines and mobile themes: "Exit mobile version", "Posts Tagged ‘X’", "Labels". */
const BLOG_WIDGET =
  /^(?:exit mobile version|view (?:desktop|mobile) version|posts tagged\b.{0,40}|posted in\b.{0,60}|tagged (?:with|as)\b.{0,60}|labels|pages|blog archive|archives?|subscribe to:? posts(?: \(atom\))?|newer post|older post|home)\s*:?$/iu;

/** Links to other stories: "Read more", "Lees ook", "Lesen Sie auch", "Leia também", "Lire aussi"… */
const RELATED_LABELS = [
  'read more',
  'read also',
  'also read',
  'see also',
  'check also',
  'more on this',
  'similar news',
  'watch',
  'view entire list',
  'more stories',
  'you may also like',
  'lees ook',
  'lees meer',
  'meer over',
  'lesen sie (?:auch|mehr)',
  'mehr zum thema',
  'auch interessant',
  'das könnte sie (?:auch )?interessieren',
  'weitere artikel',
  'leia (?:também|mais)',
  'veja também',
  'saiba mais',
  'mais notícias',
  '\\+ notícias',
  'lire aussi',
  'à lire aussi',
  'voir aussi',
  'autres vidéos',
  'aller à la vid[ée]o',
  'leggi anche',
  'leggi (?:di )?più',
  'altre notizie',
  'potrebbe interessarti',
  'continua (?:qui|a leggere)',
  'lee también',
  'lea también',
  'te puede interesar',
  'lo más visto',
  'lo más leído',
  'lo último(?: en [\\p{L} ]{1,20})?',
  'más noticias',
  'noticias relacionadas',
  'recomendaciones(?: [\\p{Lu}\\p{N} ]{1,20})?',
  'læs (?:også|mere)',
  'les (?:også|mer)',
  'läs (?:också|mer)',
  'se også',
  'relaterte? (?:saker|artikler)',
  'czytaj (?:też|także|więcej)',
  'zobacz (?:też|także)',
  'čtěte také',
  'prečítajte si',
  'pročitajte (?:još|i)',
  'citește (?:și|mai mult)',
  'vezi (?:și|mai mult)',
  'ilgili haberler',
  'benzer haberler',
  '(?:bunlar da )?[iİ]lginizi çekebilir',
  'läs hela (?:inlägget|artikeln)',
  'czytaj dalej',
  'lire la suite',
  'baca juga',
  'baca selengkapnya',
  'xem thêm',
  'διαβάστε (?:επίσης|ακόμη)',
  // More languages: links to other stories, the most read, the latest, the related.
  'à lire également',
  'a lire (?:aussi|également)',
  'à voir (?:aussi|également)',
  'sur le même sujet',
  'dans la même rubrique',
  'les plus lus',
  'articles similaires',
  'vous aimerez aussi',
  'ces articles peuvent vous intéresser',
  'meistgelesen(?:e)?',
  'weitere (?:nachrichten|meldungen)',
  'passend zum thema',
  'ähnliche artikel',
  'meest gelezen',
  'gerelateerde artikelen',
  'ook interessant',
  'meer nieuws',
  'mest (?:lästa|lest|leste|læste)',
  'relaterade artiklar',
  'relaterede artikler',
  'fler nyheter',
  'flere nyheder',
  'siste nytt',
  'seneste nyt',
  'senaste nytt',
  'también te puede interesar',
  'te recomendamos',
  'artículos relacionados',
  'contenido relacionado',
  'las más leídas',
  'más leídas',
  'últimas noticias',
  'ti potrebbe interessare',
  'articoli correlati',
  'notizie correlate',
  'i più letti',
  'più lett[ie]',
  'ultime notizie',
  'notícias relacionadas',
  'artigos relacionados',
  'mais lidas',
  'últimas notícias',
  'você (?:também )?pode gostar',
  'czytaj (?:również|także)',
  'zobacz (?:również|także)',
  'polecane',
  'polecamy',
  'najczęściej czytane',
  'najnowsze',
  'podobne (?:artykuły|wpisy|posty)',
  'čtěte (?:též|více)',
  'související (?:články|zprávy)',
  'mohlo by vás (?:zajímat|zaujímať)',
  'nejčtenější',
  'súvisiace (?:články|správy)',
  'najčítanejšie',
  'ezek érdekelhetnek(?: még)?',
  'ez is érdekelheti',
  'kapcsolódó (?:cikkek|hírek|tartalom|tartalmak)',
  'legolvasottabb',
  'legfrissebb(?: hírek)?',
  'további hírek',
  'olvasta már',
  'citeste (?:si|mai mult)',
  'articole (?:similare|asemănătoare|recomandate)',
  'știri (?:similare|recomandate)',
  'cele mai citite',
  'ultimele știri',
  'en çok okunan(?:lar)?',
  'diğer haberler',
  'önerilen haberler',
  'berita terkait',
  'artikel terkait',
  'berita lainnya',
  'terpopuler',
  'lue (?:myös|lisää)',
  'katso myös',
  'luetuimmat',
  'pročitajte još',
  'povezane vijesti',
  'najčitanije',
  'preberite (?:še|tudi)',
  'σχετικά άρθρα',
  'σχετικές ειδήσεις',
  'δείτε (?:επίσης|ακόμη)',
  'τελευταίες ειδήσεις',
  'πιο δημοφιλή',
  'tin liên quan',
  'bài liên quan',
  'tin cùng chuyên mục',
  'đọc thêm',
  'tin mới nhất',
  'có thể bạn quan tâm',
  'tin khác',
  'читайте (?:также|тоже)',
  'смотрите также',
  'по теме',
  'похожие (?:новости|статьи)',
  'другие новости',
  'ещё по теме',
  'последние новости',
  'самое читаемое',
  'вам (?:также )?может быть интересно',
  'читайте також',
  'дивіться також',
  'інші новини',
  '関連記事',
  '相关新闻',
  // Headings of a list of other stories in languages the list lacked: five pages of five sites (one set, n27)
  // printed one over a list or as the page's last line, under the story. Not the Bengali "শিরোনাম" (headlines):
  // it heads the ticker above the story, and the list rule would take the headline under it.
  'новости партн[её]ров',
  'populer',
  'tin tiêu điểm',
  'đừng bỏ lỡ',
  'متعلقہ خبریں',
  // "More from <section>" in Urdu: the section's name, then "from more" (letters of the Arabic block only, so
  // that a line in another script fails at its first character).
  '(?:[\\u0600-\\u06FF]+ ){1,3}سے مزید',
  // The same headings in scripts and languages the list lacked (issue 18, thirty-second session): "more news",
  // "related news", "read also", "read more" as a reader of each language meets them under a story, on many
  // sites. Alone on a line or before a separator only (`label()`), as the English ones; the scripts have no
  // capitals, so the capitals form (`isCapsRelated`) never reads them. Thai below
  // waited for the list rule under a heading to learn scripts without stops.
  'חדשות נוספות',
  'כתבות נוספות',
  'כתבות קשורות',
  'עוד באותו נושא',
  'संबंधित (?:खबर|खबरें|ख़बर|ख़बरें|समाचार)',
  'और (?:खबरें|ख़बरें)',
  '(?:ये|यह) भी पढ़ें',
  'আর(?:ও|ো) (?:পড়ুন|খবর)',
  'সম্পর্কিত খবর',
  'مزید ?خبریں',
  'یہ بھی پڑھیں',
  '(?:أخبار|اخبار|مواضيع|مقالات) ذات صلة',
  'اقرأ أيضا[ًً]?',
  '(?:اخبار|مطالب) مرتبط',
  'بیشتر بخوانید',
  'pour en savoir plus',
  // Thai "related news": Thai ends no sentence with a stop, so the list rule under a heading (structure.ts) took
  // the whole story with it until that rule learned scripts without stops.
  'ข่าวที่เกี่ยวข้อง',
];
const RELATED = label(RELATED_LABELS);
/** A label in capitals runs straight into the linked headline: "LEGGI ANCHE Venezia, acqua alta…", "READ MORE Storm hits…". */
const RELATED_CAPS = new RegExp(`^[\\s\\-–—|•·*+]*(?:${RELATED_LABELS.join('|')})\\s+\\S`, 'iu');
export const isCapsRelated = (t: string): boolean => {
  const m = RELATED_CAPS.exec(t);
  return m !== null && m[0].slice(0, -1) === m[0].slice(0, -1).toUpperCase() && /\p{Lu}{2}/u.test(m[0]);
};
/**
 * Headings of a list picked for the reader ("Recommended for you", "Wybrane dla Ciebie"): a
 * sentence may open with these words, so only a whole line is one.
 */
const FOR_YOU_LABELS = [
  '(?:recommended|selected|picked|chosen) for you',
  'for you',
  '(?:für (?:sie|dich)|empfohlen für sie|für sie ausgewählt|empfehlungen)',
  '(?:pour vous|sélectionnés? pour vous|recommandés? pour vous)',
  '(?:para (?:ti|usted|você)|recomendad[oa]s? para (?:ti|usted|você)|seleccionad[oa]s? para ti)',
  '(?:per te|consigliati per te|selezionati per te)',
  '(?:voor (?:jou|u)|aanbevolen|aanbevolen voor (?:jou|u))',
  '(?:för dig|rekommenderat|rekommenderade)',
  '(?:for (?:deg|dig)|anbefalt|anbefalet|anbefalede)',
  '(?:(?:wybrane|polecane) dla (?:ciebie|was|pana|pani)|dla ciebie)',
  '(?:pro vás|pre vás|vybrali jsme pro vás|vybrali sme pre vás)',
  '(?:neked ajánljuk|ajánló|ajánlott)',
  '(?:pentru tine|recomandări|recomandate pentru tine)',
  '(?:sizin için|senin için|sizin için seçtiklerimiz)',
  '(?:για εσάς|προτεινόμενα)',
  '(?:dành cho bạn|gợi ý cho bạn)',
  '(?:untuk anda|rekomendasi|rekomendasi untuk anda)',
  '(?:для вас|рекомендуем|рекомендуємо|вибране для вас)',
  '(?:sinulle|suositellut)',
  'おすすめ(?:記事|ニュース)?',
];
const FOR_YOU = wholeLabel(FOR_YOU_LABELS);
/** The same labels alone on their line: the heading of a list of other stories. */
const RELATED_WHOLE = wholeLabel(RELATED_LABELS);
export const RELATED_HEADING = { test: (t: string): boolean => RELATED_WHOLE.test(t) || FOR_YOU.test(t) };

/** Tag and topic lines: "Tags: …", "Schlagwörter", "Archivado en", "Filed under: …". */
const TAGS = label([
  'tags?',
  'topics?',
  'schlagwörter',
  'schlagworte',
  'themen',
  'archivado en',
  'etiquetas',
  'temas',
  'tag',
  'argomenti',
  'mots-clés',
  'mots clés',
  'sujets',
  'onderwerpen',
  'emneord',
  'emner',
  'ämnen',
  'etiketler',
  'tagi',
  'štítky',
  'oznake',
  'etichete',
  'filed under',
  'categories',
  'kategorien?',
  // More languages: categories, labels, key words.
  'category',
  'kategorie',
  'catégories?',
  'categor[ií]as?',
  'categorie',
  'kategori(?:er|a|ja)?',
  'kategória',
  'rubri(?:k|que|ca|ek|ken)',
  'etiketter',
  'stikkord',
  'nøgleord',
  'tunnisteet',
  'avainsanat',
  'címkék',
  'kulcsszavak',
  'etykiety',
  'słowa kluczowe',
  'tagy',
  'značky',
  'klíčová slova',
  'ετικέτες',
  'từ khóa',
  'thẻ',
  'метки',
  'теги',
  'мітки',
  'ключевые слова',
  'palabras clave',
  'parole chiave',
  'palavras-chave',
  'trefwoorden',
  'stichwörter',
  'keywords',
  'labels',
  'etichette',
  'oznake',
  'taggar',
]);

/** Source lines: "Source link", "Quelle: dpa", "Bron: ANP", "Fuente: EFE", "Zdroj: TASR", "Via example.com". */
const SOURCE = new RegExp(
  '^(?:source link|source|sources|quelle|quellen|bron|fuente|fonte|source ?:|kilde|källa|kaynak|zdroj|izvor|sursa|sumber|πηγή|nguồn|bildquelle|fotoquelle|foto|fotos|photo|bild|kuva|billede|zdjęcie|imagen|immagine|crédit(?:s)? photo|editorial credit)' +
    '(?:\\s*:\\s*|\\s+(?:feed\\s+)?)\\S.{0,60}$|' +
    // In more languages, with the colon: without it these words open sentences ("Font de…", "Vir …").
    '^(?:forrás|fotók?|источник|джерело|източник|извор|מקור|المصدر|منبع|स्रोत|সূত্র|출처|lähde|vir|font|źródło|źródła|фото|φωτογραφία|φωτ\\.|ảnh|nguồn ảnh|kép|snímka|snímek|fotografie|resim|görsel)\\s*:\\s*\\S.{0,60}$|^source link$|^via\\s+(?:www\\.)?[\\w-]+\\.[a-z]{2,}\\S*$|^\\(end\\)\\s',
  'iu',
);

/** Cookie consent, in the site's voice: "We use cookies…", "Diese Website verwendet Cookies…". */
// `\b` is an ASCII boundary even with the u flag: letter lookarounds bound words that start with 'ç'.
const COOKIE = /(?<!\p{L})(?:cookies?|çerez\p{L}*|ciasteczk\p{L}*|kolačić\p{L}*|informasjonskapsler|evästei\p{L}*|sütik\p{L}*)(?!\p{L})/iu;
/** The same stems without the Unicode word bounds: a pattern of plain text, ~10x cheaper, tried first on every line. */
const COOKIE_STEM = /cookie|çerez|ciasteczk|kolačić|informasjonskapsler|evästei|sütik/i;
const COOKIE_VOICE = new RegExp(
  '(?<!\\p{L})(?:we|our|this (?:site|website)|uses?|using|accept|consent|anvender|bruger|bruker|använder|verwendet|verwenden|nutzt|nutzen|gebruikt|gebruiken|' +
    'utilise|utilisons|utilisation|utiliza|utilizamos|usamos|utilizza|utilizziamo|folosește|folosim|używa|używamy|kullan\\p{L}*|akzeptieren|accepter|aceptar|' +
    'accetta|godta|acceptera|kabul|используем|использует|используются|использование|використовує|використовуємо|використовуються|χρησιμοποιεί|χρησιμοποιούμε|sử dụng|használ\\p{L}*|' +
    'käyttää|käytämme|používá|používáme|používa|používame|koristi|koristimo|uporablja|uporabljamo|menggunakan|utilitzem|utilitza)(?!\\p{L})',
  'iu',
);

/** Notices about the page, not the story: a broken widget, the article's age (the reader's browser: device-notices.ts). */
const PAGE_NOTICE = new RegExp(
  '^(?:this (?:article|story|content|page) is (?:more than|over) \\d+ (?:years?|months?) old|this was published \\d+ (?:years?|months?|days?|weeks?|hours?) ago|' +
    '(?:we.re|we are) sorry, this feature is currently unavailable|' +
    '(?:the|this) (?:text|article|story|page|post) (?:is|will be|is being) updated|(?:der )?(?:text|artikel) wird (?:laufend )?aktualisiert|(?:texten|artikeln) (?:uppdateras|är under uppdatering)|' +
    'zum (?:haupt)?inhalt springen|(?:press ["“]?enter["”]? to )?(?:skip|jump) to (?:the )?(?:main )?content|aller au contenu|ir al contenido|vai al contenuto|passa al contenuto|' +
    'ir para o conte[uú]do|spring naar (?:de )?inhoud|hoppa till (?:huvud)?inneh[aå]llet|g[aå] til (?:hoved)?innhold(?:et)?|siirry sis[aä]lt[oö][oö]n|przejd[zź] do tre[sś]ci|' +
    'acc[eé]der au contenu|saltar al contenido|salta al contenuto|pular para o conte[uú]do|p[rř]ej[ií]t (?:k|na) obsah|presko[cč]i[tť]? na (?:obsah|vsebino|sadr[zž]aj)|' +
    'sari la con[tț]inut|ugr[aá]s a tartalomhoz|[iİ][cç]eri[gğ]e (?:ge[cç]|atla)|перейти к (?:основному )?(?:содержанию|контенту)|μετάβαση στο περιεχόμενο|' +
    'report (?:a|an) (?:error|typo|correction)|reporta un error|fehler melden|signaler une erreur|segnala (?:un )?errore|' +
    // "Found a mistake? Select it and press Ctrl+Enter", with its question mark (a story may open on "Ошибка в тексте закона…").
    '(?:ошибка в тексте|нашли (?:ошибку|опечатку)|заметили (?:ошибку|опечатку)|помилка в тексті|знайшли помилку|помітили помилку)\\?|' +
    // The article's age, a year written as a word.
    'denne artikkelen er (?:over|mer enn) (?:ett|\\d+) år gammel|denne artikel er (?:over|mere end) (?:et|\\d+) år gammel|' +
    '(?:den här )?artikeln är (?:över|mer än) (?:ett|\\d+) år gammal|dieser (?:artikel|beitrag) ist (?:älter als|über|mehr als) (?:ein|\\d+) jahre?)',
  'iu',
);

/**
 * Skip links and the landmarks screen readers announce, in scripts the page notices above do not
 * cover: a run of Korean skip links ("본문 바로가기", "메뉴 바로가기": "go to the text", "to the
 * menu"), each link a word or three and "바로가기"; the text's landmark ("기사 본문 영역": "the
 * article's text area"); Japanese "本文へ移動" and "メニューを飛ばして本文へ"; Chinese "跳到主要内容".
 * They stand at the page's top, where a line sharing no word with the story took the headline's
 * place by rank alone.
 */
const SKIP_LINKS = new RegExp(
  '^(?:(?:[\\p{L}\\p{N}]+\\s){1,3}바로\\s?가기\\s*)+$|^(?:기사\\s)?본문\\s?(?:영역|시작)$|' +
    '^(?:メニューを飛ばして)?(?:本文|メインコンテンツ)へ(?:移動|スキップ|ジャンプ)?$|^(?:跳(?:到|至|转到|轉到)|略過|跳过)(?:主要)?(?:内容|內容|正文)$',
  'u',
);

/** Staff and agency bylines: "Reuters Staff", "The Associated Press", "Write to Jane Doe at jane@example.com". */
const STAFF_BYLINE =
  /^(?:the )?[\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*){0,2}\s(?:[Ss]taff|STAFF|[Rr]edaktion|[Rr]edactie|[Rr]édaction|[Rr]edacción|[Rr]edazione|[Rr]edação|[Nn]ewsroom|[Dd]esk)$|^[Ww]rite to [\p{L} .'-]+ at \S+@\S+$/u;

/** Bylines in other languages: "Von Jane Doe", "Par Jean Dupont", "Por Ana Ruiz", "di Marco Rossi", "Autor: …". */
const FOREIGN_BYLINE =
  /^[•·*]?\s*(?:[Vv]on|[Dd]oor|[Aa]f|[Aa]v|[Pp]ar|[Pp]or|[Dd]i|[Pp]rzez|[Oo]d|[Aa]utor(?:ka)?:|[Aa]uteur\s*:|[Rr]edactor:|[Tt]ekst:)\s+[\p{Lu}][\p{L}'.-]+(?:\s+(?:[\p{Lu}][\p{L}'.-]+|de|da|di|del|van|von|der|den|la|le)){0,4}$/u;

/** Photo galleries: "1 of 12", "2 View gallery", "View gallery", "| License Photo". */
const GALLERY =
  /^(?:\d+\s*(?:of|\/|von|de|di|van|av|af|z)\s*\d+(?:\s*[|:].{0,120})?|\d*\s*(?:view|open|see) (?:the )?(?:gallery|photos?|slideshow)|[|\s]*license photo|(?:descripción|description) de la imagen|image description)$/iu;

/** Script and markup that leaked into the text: comment markers, statements, calls. */
const CODE_MARKUP = /^(?:<!|-->|–>|[{}])/u;
const CODE_SHAPE = /^\/\/|[;{]\s*(?:\/\/.*)?$|^(?:var|let|const|function|if|else|return)\b|\b\w+\.\w+\(/u;
const CODE_SIGNS = /[{}()=;]/g;

function isCode(text: string): boolean {
  if (CODE_MARKUP.test(text)) return true;
  // Code has brackets or semicolons: a line with none is text, and most lines have none.
  if (!text.includes('(') && !text.includes(';') && !text.includes('{')) return false;
  const signs = text.match(CODE_SIGNS)?.length ?? 0;
  // Statements are dense with signs; prose listing clauses between semicolons ("in the north the
  // mayor won; in the east …;") has three signs in thirty words.
  return (
    CODE_SHAPE.test(text) && signs >= 3 && spacedWordCount(text, MAX_WORDS_PER_CODE_SIGN * signs + 1) <= MAX_WORDS_PER_CODE_SIGN * signs
  );
}

/** The most words per sign of a line of code: more is prose with a few semicolons or brackets. */
const MAX_WORDS_PER_CODE_SIGN = 5;

/**
 * Reading time in the page's language: "2 MINUTI DI LETTURA", "Lesezeit: 3 Min.", "3 min de
 * lecture", "Leestijd 4 minuten" (English is in `PHRASE_RULES`).
 */
const READING_TIME = new RegExp(
  '^(?:(?:lesezeit|leestijd|lästid|lesetid|læsetid|tempo di lettura|tiempo de lectura|temps de lecture|tempo de leitura|czas czytania|okuma süresi)\\s*:?\\s*)?' +
    '\\d+\\s*(?:min\\.?|minuten|minuti|minutos|minutes|minuter|minutter|minut|dakika)\\s*' +
    '(?:di lettura|de lectura|de lecture|de leitura|lesezeit|lesen|leestijd|lästid|lesetid|czytania|okuma(?: süresi)?)?\\.?$',
  'iu',
);

/** Units of a relative time stamp and the word that makes it relative, in several languages. */
const TIME_UNITS =
  'seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|uur|minuten|minuut|dagen|dag|weken|stunden|minuten|tagen|wochen|heures?|jours?|semaines?|horas?|minutos?|días?|ore|minuti|giorni|timmar|timme|minuter|dagar|veckor|timer|dager|dage|saat|dakika|gün|godzin[ay]?|minut[ay]?|dni';
const AGO = 'ago|geleden|sedan|siden|fa|önce|temu';
/**
 * A relative time stamp alone ("1 week ago", "vor 3 Stunden", "il y a 2 heures", "hace 5
 * minutos") or a day word and a clock time ("Idag 14:08", "Heute, 09:15", "Today at 3:41"):
 * the stamp of a teaser or a live entry, never the story.
 */
const RELATIVE_STAMP = new RegExp(
  `^(?:(?:\\d+|an?|one)\\s+(?:${TIME_UNITS})\\s+(?:${AGO})|(?:vor|il y a|hace|há)\\s+(?:\\d+|einer?|un[ea]?|uma?)\\s+(?:${TIME_UNITS}))$|` +
    '^(?:today|yesterday|idag|i dag|igår|i går|heute|gestern|vandaag|gisteren|aujourd.hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|dzisiaj|wczoraj|bugün|dün)' +
    ',?\\s*(?:at|um|om|à|a las|alle|às|kl\\.?|o)?\\s*\\d{1,2}[:.]\\d{2}$',
  'iu',
);
/**
 * A teaser of a list of other stories carries its age glued to its dateline: "8 uur
 * geledenUTRECHT (ANP) - …", "2 hours agoLONDON (Reuters) - …". The scraper lost the break
 * between the stamp and the teaser; a story's own sentence never opens so.
 */
const STAMPED_TEASER = new RegExp(`^\\d+\\s+(?:${TIME_UNITS})\\s+(?:${AGO})\\s*\\p{Lu}`, 'u');

/** Newsletter and sign-up forms: "Today's breaking news and more in your inbox", "Please check your inbox and confirm". */
const INBOX_PROMPT =
  /(?<!\p{L})(?:posta kutun|postakutun|in (?:ihr|dein) postfach|dans votre boîte|en tu (?:bandeja|correo)|nella tua (?:casella|email)|na sua caixa|in je inbox|i din inkorg|i innboksen|i din indbakke|w (?:twojej )?skrzynce|do (?:twojej )?skrzynki|do (?:vaší|tvé) schránky|a postafiókodba|în căsuța|στο email σας|vào hộp thư|на (?:вашу )?почту|в (?:ваш )?почтовый ящик|ke (?:email|kotak masuk) anda)|\b(?:in|to|into) your inbox\b|\bsent (?:straight |directly )?to your (?:e-?mail|inbox)\b|^(?:sign up for|subscribe to) (?:the |our )?[\p{L}\p{N}' ]{0,40}newsletters?\b|^please check your (?:inbox|e-?mail)|^(?:stories that matter|emails? delivered (?:daily|weekly))$|^a free (?:daily|weekly) (?:e-?mail|newsletter)\b|\(please check all that apply\)$/iu;
/** A form's field label marked as required ("Are you a paying subscriber to the newspaper? *", "Email address *"). */
const REQUIRED_FIELD = /\S\s\*$/u;

/**
 * Push-notification prompts and a live page's status: "Updates gepusht krijgen? Tik op het
 * belletje!", "… wants to start sending you push notifications", "liveblog gesloten".
 */
const PUSH_PROMPT =
  /\bpush[- ]?(?:notifications?|meldingen|nachrichten|benachrichtigungen|berichten)\b|\bnotifications? push\b|\bnotificaciones push\b|\bnotifiche push\b|\bgepusht\b/iu;
const LIVE_STATUS =
  /^(?:the )?live ?(?:blog|ticker|stream|coverage|updates)?\s*(?:is |has )?(?:gesloten|closed|ended|beendet|terminé|finalizado|chiuso|avslutad|afsluttet|zakończony)\.?$/iu;

/** Video players' controls and labels: "Now Playing", "Play", "Watch Next", "Featured Video Play Icon". */
const PLAYER = wholeLabel([
  'play',
  'play video',
  'now playing',
  'watch next',
  'up next',
  'replay',
  'pause',
  'mute',
  'unmute',
  'full ?screen',
  '(?:featured )?video play icon',
  '\\|?\\s*nan:nan',
  'video',
  'watch',
  'ver vídeo',
  'vídeo',
  'abspielen',
  'lecture',
  'riproduci',
  'afspelen',
  'spela upp',
  'explore more',
]);

/** Paywall badges alone on their line: "PREMIUM", "Abo", "Plus+". */
const PAYWALL_BADGE = wholeLabel([
  'premium',
  'abo',
  'abo\\+',
  'plus\\+',
  'exclusive',
  'subscriber exclusive',
  'für abonnenten',
  'pour les abonnés',
  'solo para suscriptores',
  'premium[- ]inhalt',
]);

/** A link that sends the reader to the story, as a sentence: "Read more about the event here.", "Lees hier meer." */
const READ_HERE =
  /^(?:(?:read|find out|learn|see) more\b.{0,60}\bhere|read (?:the )?full (?:story|article) (?:on|at|in)\b.{0,40}|leer (?:la )?noticia completa\b.{0,40}|lire l.article (?:complet|entier)\b.{0,40}|leia a (?:notícia|matéria) completa\b.{0,40}|lees (?:hier )?meer\b.{0,40}|mehr dazu (?:hier|lesen sie hier)|läs mer (?:här|om)\b.{0,40}|en savoir plus\b.{0,40}|leia mais\b.{0,40}|leer más\b.{0,40})\.?$/iu;

/**
 * A pointer to the story told elsewhere, opening the line (issue 18, 18junk): "See the full story
 * below.", "The full press release can be found here.", "For more on this story, …"; the
 * short "read on" alone ("Czytaj dalej"; with the outlet after it, it is a source line). A
 * story's sentence about a report names who published it, not where the reader finds it.
 */
const FULL_STORY_POINTER =
  /^(?:(?:see|read|view|find|for) (?:the )?(?:full|complete|whole|rest of the|more on this) (?:story|article|report|press release|statement|interview)|(?:the )?(?:full|complete) (?:story|article|press release|report|statement|interview) (?:can be (?:found|read|viewed)|is available|(?:is )?(?:here|below)))(?![a-zà-ÿ])|^(?:lire (?:la suite|l'article complet)|lesen sie (?:hier )?weiter|czytaj (?:dalej|więcej)|lees verder)[\s.:…»›]*$/i;

/** A teaser ending in its link's label: "… la tension monte avant l'investiture Read More »", "… Läs mer ›". */
const ENDS_IN_MORE_LINK =
  /(?:\s|[.…])(?:read more|continue reading|read the full (?:story|article)|lire la suite|weiterlesen|leia mais|leggi tutto|lees meer|läs mer|les mer|læs mere|czytaj dalej|leer más|seguir leyendo|devamını oku)\s*[»›→>…]*\s*$/iu;

/** Cheap pre-tests: each rule below runs its pattern only on lines that have its cue at all. */
const HAS_DIGIT = /\d/;
const STARTS_DIGIT = /^\d/;
const INBOX_CUE =
  /inbox|mail|newsletter|stories that|check all|posta|postfach|boîte|bandeja|correo|casella|caixa|inkorg|innboks|indbakke|skrzyn|schránky|postafiók|căsuța|email|hộp thư|почт|kotak/i;
const PUSH_CUE = /push/i;

/** "Meer uit Binnenland", "Mehr aus Bayern", "Więcej z kraju": the heading of more stories of a section. */
const MORE_FROM_SECTION = /^(?:meer uit|mehr aus|więcej z|mer från|mere fra|flere fra|lisää)\s+[\p{L} .'&-]{1,30}$/iu;

/** An image's placeholder word alone on its line ("Imagen", "Foto", "Εικόνα"): the picture was not scraped, its label was. */
const BARE_IMAGE = wholeLabel([
  'images?',
  'pictures?',
  'photos?',
  'imagen(?:es)?',
  'imagem',
  'immagin[ei]',
  'imagine',
  'bild(?:er)?',
  'fotos?',
  'fotó',
  'fotografi[ae]',
  'fotografía',
  'afbeelding',
  'billede',
  'bilde',
  'kuva',
  'kép',
  'zdjęci[ea]',
  'obrázek',
  'obrázok',
  'slika',
  'resim',
  'görsel',
  'gambar',
  'hình ảnh',
  'ảnh',
  'фото',
  'снимк[аи]',
  'снимок',
  'світлина',
  'слика',
  'nuotr(?:\\.|auka)',
  'attēls',
  'صورة',
  'צילום',
  'عکس',
  '사진',
  'फोटो',
  'изображение',
  'зображення',
  'εικόνα',
  'φωτογραφία',
  '(?:photo |foto|bilder|fotó)?gal(?:lery|erie|ería|leria|erij|éria|eria)',
  'bildergalerie',
  '写真',
  '图片',
]);

/**
 * Prompts asking the reader for news ("Got a story? Send it to us", "Masz newsa? Prześlij nam",
 * "Tipsa oss"): the newsroom's box, in the words of many languages.
 */
const READER_TIP = new RegExp(
  '(?<!\\p{L})(?:(?:got|have you got|do you have) a (?:news )?(?:story|tip)|send us your (?:news|photos?|stor(?:y|ies)|tips?|videos?)|' +
    '(?:share|send) your (?:story|photos?|news|videos?) with us|schicken sie uns|schick uns|leserreporter|envoyez-nous|vous avez (?:une info|été témoin)|' +
    'envíanos|¿?tienes (?:una noticia|información|un video)|segnalaci|inviaci|hai una (?:notizia|segnalazione)|envie (?:sua|a sua) (?:notícia|foto|denúncia)|' +
    'tip (?:de|onze) redactie|heb je een tip|tipsa (?:oss|redaktionen)|har du (?:ett |et )?tips?|tips oss|tip os|masz (?:newsa|temat|informacj)|prześlij nam|' +
    'napisz do nas|máte tip|pošlete nám|máte tip|van egy (?:híre|tippje)|küldje el nekünk|trimite-ne|ai o știre|bize gönderin|ihbar hattı|στείλτε μας|' +
    'сообщите нам|есть новость|присылайте|надішліть нам|gửi tin cho|kirimkan (?:berita|cerita)|lähetä vinkki|vinkkaa)',
  'iu',
);
const READER_TIP_CUE =
  /tip|send us|share your|schick|leserreporter|envoy|témoin|envía|tienes|segnal|invia|hai una|envie|redactie|masz|prześlij|napisz do nas|pošlete|máte|van egy|küldje|trimite-ne|ai o știre|bize gönder|ihbar|στείλτε|сообщите|есть новость|присылайте|надішліть|gửi tin|kirimkan|lähetä|vinkk/iu;
/tip|story|send|share|schick|leser|envoy|info|vía|env|tien|segnal|invia|not|redac|tips|masz|prze|napisz|pošl|máte|van|küld|trimite|ai o|bize|ihbar|στείλ|сообщ|ест|присыл|надіш|gửi|kirim|lähetä|vinkk/iu;

/**
 * Newsletter sign-ups written as a sentence: a newsletter word, a subscribing verb and the mail it
 * comes by ("… bülteni … email olarak almak için abone olun."). A story about a newsletter and its
 * subscribers names no mailbox.
 */
const NEWSLETTER_WORD =
  /newsletter|bülten|hírlevél|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|biuletyn|buletin|ενημερωτικ|bản tin|рассылк|розсилк|бюлетен|e-?mail (?:alerts|bulletin)/iu;
const SUBSCRIBE_VERB =
  /subscri|sign up|abonn|anmeld|inscri|suscr|iscriv|assin|inscrev|aanmeld|prenumer|anmäl|tilaa|zapisz|subskryb|přihlas|odebír|abone|feliratkoz|abonează|εγγραφ|đăng ký|подпиш|підпиш|berlangganan|daftar/iu;

const MAILBOX = /e-?mail|inbox|e-?post|correo|courriel|posta|postfach|почт|hộp thư|skrzynk|schránk|postafiók/iu;

/** A comment's buttons: "Reply", "Antworten", "Trả lời", "Like (3)", "Report abuse". */
const COMMENT_ACTION = new RegExp(
  '^[\\s\\-–—|•·*:()[\\]]*(?:\\d+\\s+)?(?:reply|replies|antworten|répondre|responder|rispondi|beantwoorden|svara|odpowiedz|odpowiedzi|odpovědět|odpovedať|' +
    'yanıtla|cevapla|răspunde|απάντηση|trả lời|balas|ответить|відповісти|vastaa|odgovori|report(?: abuse| comment)?|melden|signaler|denunciar|segnala|' +
    'likes?|dislikes?|gefällt mir|j.aime|me gusta|mi piace|curtir|lubię to|tetszik|beğen|thích)(?:\\s*\\(?\\d+\\)?)?(?:\\s*[|·•]\\s*(?:reply|like|report|antworten|répondre|responder|rispondi|trả lời|ответить|\\d+))*[\\s\\-–—|•·*:()[\\]]*$',
  'iu',
);

export const TRADE_RULES: readonly PhraseRule[] = [
  { reason: 'promotion', maxWords: 8, test: (t) => AD_LABELS.test(t) },
  { reason: 'promotion', maxWords: 16, test: (t) => SHARE_BUTTONS.test(t) },
  { reason: 'comments', maxWords: 12, test: (t) => COMMENT_FORM.test(t) },
  { reason: 'comments', maxWords: 30, cue: COMMENT_WIDGET, test: (t) => COMMENT_WIDGET.test(t) },
  { reason: 'comments', maxWords: 20, test: (t) => COMMENT_POLICY.test(t) },
  { reason: 'comments', maxWords: 3, test: (t) => COMMENT_COUNT.test(t) },
  { reason: 'credit', maxWords: 2, test: (t) => BARE_CREDIT.test(t) },
  { reason: 'promotion', maxWords: 20, test: (t) => SUBSCRIBE.test(t) && !/[.!?]["'”’»]?$/.test(t.replace(/\?$/, '')) },
  { reason: 'related-headlines', maxWords: 25, test: (t) => RELATED.test(t) || isCapsRelated(t) },
  { reason: 'promotion', maxWords: 25, cue: PAYWALL, test: (t) => PAYWALL.test(t) },
  { reason: 'caption', maxWords: 4, test: (t) => CAPTION_LABEL.test(t) },
  { reason: 'credit', maxWords: 8, test: (t) => IMAGE_SOURCE.test(t) },
  { reason: 'caption', maxWords: 40, test: (t) => (t.includes('©') || t.includes('Ⓒ') || t.includes('(c)')) && COPYRIGHT_SIGNED.test(t) },
  { reason: 'credit', maxWords: 20, test: (t) => INFO_CREDIT.test(t) },
  { reason: 'caption', maxWords: 12, test: (t) => FILE_NAME.test(t) },
  // Most sentences hold a full stop: only "(" , ":" or a "V.l." start let the cue pattern run.
  {
    reason: 'caption',
    maxWords: 60,
    test: (t) => (t.includes('(') || t.includes(':') || /^[Vv]\.\s?[Ll]\./.test(t)) && CAPTION_CUE.test(t),
  },
  { reason: 'credit', maxWords: 16, test: (t) => AUTHOR_LABEL.test(t) },
  { reason: 'credit', maxWords: 3, test: (t) => DESK.test(t) },
  { reason: 'navigation', maxWords: 10, test: (t) => BLOG_WIDGET.test(t) },
  { reason: 'related-headlines', maxWords: 20, test: (t) => TAGS.test(t) && !/[.!?]$/.test(t) },
  { reason: 'credit', maxWords: 10, test: (t) => SOURCE.test(t) && !/[.!?]$/.test(t) },
  { reason: 'promotion', maxWords: 60, cue: COOKIE_STEM, test: (t) => COOKIE_STEM.test(t) && COOKIE.test(t) && COOKIE_VOICE.test(t) },
  { reason: 'promotion', maxWords: 30, cue: PAGE_NOTICE, test: (t) => PAGE_NOTICE.test(t) },
  { reason: 'navigation', maxWords: 16, test: (t) => SKIP_LINKS.test(t) },
  { reason: 'credit', maxWords: 8, test: (t) => STAFF_BYLINE.test(t) || FOREIGN_BYLINE.test(t) },
  { reason: 'caption', maxWords: 25, test: (t) => GALLERY.test(t) },
  { reason: 'script', maxWords: 30, test: isCode },
  // Stamps, forms, players and links of listing pages (issue 18, second round).
  { reason: 'related-headlines', maxWords: 5, test: (t) => MORE_FROM_SECTION.test(t) },
  { reason: 'counter', maxWords: 6, test: (t) => HAS_DIGIT.test(t) && READING_TIME.test(t) },
  { reason: 'dateline', maxWords: 6, test: (t) => RELATIVE_STAMP.test(t) },
  { reason: 'related-headlines', maxWords: 80, test: (t) => STARTS_DIGIT.test(t) && STAMPED_TEASER.test(t) },
  { reason: 'promotion', maxWords: 20, cue: INBOX_CUE, test: (t) => INBOX_CUE.test(t) && INBOX_PROMPT.test(t) },
  { reason: 'promotion', maxWords: 12, test: (t) => t.endsWith('*') && REQUIRED_FIELD.test(t) && !t.endsWith('**') },
  { reason: 'promotion', maxWords: 5, test: (t) => PLAYER.test(t) || PAYWALL_BADGE.test(t) },
  { reason: 'promotion', maxWords: 14, test: (t) => READ_HERE.test(t) },
  { reason: 'promotion', maxWords: 15, test: (t) => FULL_STORY_POINTER.test(t) },
  { reason: 'promotion', maxWords: 16, cue: PUSH_CUE, test: (t) => PUSH_CUE.test(t) && PUSH_PROMPT.test(t) },
  { reason: 'promotion', maxWords: 5, test: (t) => LIVE_STATUS.test(t) },
  // The link's label is within the line's last characters: only they are searched.
  { reason: 'related-headlines', maxWords: 40, test: (t) => ENDS_IN_MORE_LINK.test(t.length > 40 ? t.slice(-40) : t) },
  // The same kinds in more languages, and shapes with no cue of their own (issue 18, sixth round).
  { reason: 'related-headlines', maxWords: 6, test: (t) => FOR_YOU.test(t) },
  { reason: 'caption', maxWords: 3, test: (t) => BARE_IMAGE.test(t) },
  { reason: 'promotion', maxWords: 20, cue: READER_TIP_CUE, test: (t) => READER_TIP_CUE.test(t) && READER_TIP.test(t) },
  {
    reason: 'promotion',
    maxWords: 25,
    cue: NEWSLETTER_WORD,
    test: (t) => NEWSLETTER_WORD.test(t) && SUBSCRIBE_VERB.test(t) && MAILBOX.test(t),
  },
  { reason: 'comments', maxWords: 6, test: (t) => COMMENT_ACTION.test(t) },
];
