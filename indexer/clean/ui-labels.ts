/**
 * A page's controls and widget labels alone on their line, wherever the scraper left them (between
 * the story's paragraphs, under the headline, below the story): the buttons of a gallery, a
 * player, a comment form, a "show more" or "read on" link, a share row naming its object, a
 * counter with its unit ("1.234 Aufrufe", "15 Fotos"), a gallery's link ("Foto's"), and a
 * writer's initials signing the story ("m. b.", "J.D.").
 *
 * The phrase rules hold most of these in English and a few languages; these are the same controls
 * in the wording of the next site: a probe of ~480 labels of the trade in 15 languages, each put
 * between two paragraphs of every dev page (issue 18, fourteenth session), kept 330 of them.
 *
 * Each is the whole line, matched exactly with its decoration (a bullet, an arrow, a colon, a
 * count), so a sentence about a video, a gallery or a comment never is; words that are also a
 * subheading's ("More", "Top", "Live", "Plus") or a common word of some language ("Lecture",
 * "Laden" without its dots) are not in the lists.
 *
 * Run last, with the other kept-line shapes (kept-line-shapes.ts says why).
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { LABEL_AFTER, LABEL_BEFORE, wholeLabel } from './trade-phrases.ts';

/** Buttons and links of a page's widgets: show more, read on, enlarge, close, next, click here, play, log in, accept, report an error. */
const CONTROLS = wholeLabel([
  // Show more, show all.
  'show (?:more|less|all)',
  'see (?:more|all)',
  'view (?:more|all)',
  'load more',
  '(?:mehr|weniger|alle) anzeigen',
  'alle ansehen',
  '(?:afficher|voir) (?:plus|moins|tout)',
  'ver (?:más|menos|todo|todos|mais|tudo)',
  'mostrar (?:más|menos|mais|tudo)',
  'mostra(?:re)? (?:di )?(?:più|meno|tutto)',
  'vedi (?:tutto|tutti|di più)',
  '(?:toon|bekijk) (?:meer|minder|alles)',
  'meer tonen',
  'vis(?:a)? (?:mer|mindre|alla|alle)',
  '(?:pokaż|zobacz) (?:więcej|mniej|wszystkie)',
  'zobrazit (?:více|méně|vše)',
  'zobraziť (?:viac|všetko)',
  'daha fazla(?: göster)?',
  'tümünü gör',
  'показать (?:ещё|еще|все|больше)',
  'смотреть все',
  'näytä (?:lisää|kaikki)',
  'mutass többet',
  'arată mai mult',
  // Load more, learn more (a link's text; "more information" may head a story's own section, and is left).
  'mehr laden',
  'charger plus',
  'cargar más',
  'carica altro',
  'meer laden',
  'ladda fler',
  'last inn flere',
  'załaduj więcej',
  'načíst další',
  'daha fazla yükle',
  'загрузить (?:ещё|еще)',
  'learn more',
  'find out more',
  'mehr erfahren',
  'en savoir plus',
  'saber más',
  'scopri di più',
  'saiba mais',
  'meer weten',
  'dowiedz się więcej',
  'zjistit více',
  'подробнее',
  // Swipe and scroll.
  'swipe(?: for more| to see more)?',
  'scroll(?: down| to continue)?',
  'tap to see more',
  // Read on, the rest of the story.
  'weiterlesen',
  'devamını oku',
  'haberin devamı',
  'читать (?:далее|дальше)',
  'čtěte dál',
  'czytaj dalej',
  'läs vidare',
  'lees verder',
  'les videre',
  'læs videre',
  'lue lisää',
  'continuar (?:leyendo|lendo)',
  'continua a leggere',
  'continuer (?:la lecture|à lire)',
  'continue reading',
  'read (?:the )?full (?:article|story)',
  // Expand and enlarge.
  'expand',
  'collapse',
  'ausklappen',
  'einklappen',
  '(?:tap|click) (?:to|here to) (?:expand|enlarge|zoom|unmute)',
  'enlarge(?: image| photo)?',
  'vergrößern',
  'agrandir',
  'ampliar(?: imagen| foto)?',
  'ingrandisci',
  'vergroten',
  'förstora',
  'powiększ',
  'zvětšit',
  'büyüt',
  'увеличить',
  '(?:zum vergrößern|hier) klicken',
  'cliquez pour agrandir',
  'haz clic para ampliar',
  'clicca per ingrandire',
  'klik om te vergroten',
  'klicka för att förstora',
  'kliknij,? aby powiększyć',
  'full ?screen',
  'vollbild',
  'plein écran',
  'pantalla completa',
  'schermo intero',
  'volledig scherm',
  'helskärm',
  'pełny ekran',
  'celá obrazovka',
  'tam ekran',
  // Close, next, previous.
  'close',
  'schließen',
  'fermer',
  'cerrar',
  'chiudi',
  'sluiten',
  'stäng',
  'lukk',
  'luk',
  'zamknij',
  'zavřít',
  'kapat',
  'закрыть',
  'sulje',
  'next',
  'previous',
  'prev',
  'zurück',
  'suivant',
  'précédent',
  'siguiente',
  'successivo',
  'precedente',
  'volgende',
  'vorige',
  'nästa',
  'föregående',
  'następny',
  'poprzedni',
  'další',
  'předchozí',
  'sonraki',
  'önceki',
  'назад',
  'back to top',
  'nach oben',
  'retour en haut',
  'volver arriba',
  'torna su',
  'terug naar boven',
  'till toppen',
  'do góry',
  'nahoru',
  'yukarı çık',
  'наверх',
  '(?:返回|回到)(?:顶部|頂部)',
  'ページ(?:の)?(?:先頭|トップ)へ(?:戻る)?',
  '맨 ?위로',
  // Click here.
  '(?:click|tap) here',
  'klicken sie hier',
  'hier klicken',
  'cliquez ici',
  'ha(?:ga|z) clic aquí',
  'clicca qui',
  'klik hier',
  'klicka här',
  'kliknij tutaj',
  'klikněte zde',
  'buraya tıklayın',
  'нажмите здесь',
  // A page still loading its widget.
  'loading(?: content| comments| video)?',
  'wird geladen',
  'chargement(?: en cours)?',
  'cargando',
  'caricamento(?: in corso)?',
  'carregando',
  'ładowanie',
  'načítání',
  'yükleniyor',
  'загрузка',
  'lädt…',
  'lädt\\.\\.\\.',
  'laden…',
  'laden\\.\\.\\.',
  'laddar…',
  'laddar\\.\\.\\.',
  // Play the video.
  '(?:play|watch|regarder|ver|guarda|bekijk|spela upp|odtwórz|přehrát|izle|смотреть) (?:the |la |il |de |el )?(?:video|vidéo|vídeo|wideo|videon|видео)',
  'video abspielen',
  'vídeo reproducir',
  'unmute',
  '(?:tap|click) to play',
  'watch now',
  'jetzt (?:ansehen|anschauen)',
  'regarder maintenant',
  'ver ahora',
  'guarda ora',
  'nu kijken',
  'se nu',
  'oglądaj(?: teraz)?',
  'şimdi izle',
  'смотреть сейчас',
  // A player's ad.
  '(?:audio|video) player',
  'skip ad',
  'werbung überspringen',
  'passer la publicité',
  'saltar (?:el )?anuncio',
  'salta (?:la )?pubblicità',
  'advertentie overslaan',
  'hoppa över annons(?:en)?',
  'pomiń reklamę',
  'přeskočit reklamu',
  'reklamı geç',
  'пропустить рекламу',
  'ad feedback',
  'report this ad',
  'close ad',
  // A poll's buttons.
  'take our poll',
  'stimmen sie ab',
  'votez',
  '(?:show|see|view) results',
  'ergebnisse anzeigen',
  'voir les résultats',
  'ver (?:los )?resultados',
  'mostra (?:i )?risultati',
  'bekijk (?:de )?resultaten',
  'visa resultat(?:et)?',
  'zobacz wyniki',
  'zobrazit výsledky',
  'sonuçları gör',
  'показать результаты',
  // An embedded post's call to open it, and the notice over a blocked embed.
  'view this post on (?:instagram|tiktok|facebook|x|twitter|threads)',
  'diesen beitrag auf instagram ansehen',
  'voir cette publication sur instagram',
  'ver esta publicación en instagram',
  'visualizza questo post su instagram',
  'bekijk dit bericht op instagram',
  "bu gönderiyi instagram'da gör",
  'посмотреть эту публикацию в instagram',
  '(?:recommended )?(?:external|third-party|embedded) content',
  '(?:empfohlener )?(?:externer|redaktioneller) inhalt',
  'empfohlener redaktioneller inhalt',
  'contenu externe',
  'contenido externo',
  'contenuto esterno',
  'externe inhoud',
  'extern innehåll',
  'eksternt? (?:innhold|indhold)',
  'treść zewnętrzna',
  'externí obsah',
  'harici içerik',
  'внешний контент',
  // A summary a machine wrote, labelled as such.
  'ai[- ](?:summari[sz]ed|generated) (?:text|summary)',
  'ki-zusammenfassung',
  // Rating the article.
  'rate this (?:article|story)',
  'artikel bewerten',
  'évaluer cet article',
  'valora (?:este|el) artículo',
  'valuta (?:questo|l.)articolo',
  'beoordeel dit artikel',
  'oceń (?:ten )?artykuł',
  'ohodnoťte článek',
  'haberi değerlendir',
  'оцените статью',
  // Like, report an error.
  'vind ik leuk',
  'gefällt mir nicht',
  'gilla',
  'lubię to',
  'líbí se mi',
  'нравится',
  'report an? (?:error|mistake|typo)',
  'fehler melden',
  'signaler une erreur',
  'reportar (?:un )?error',
  'segnala(?:re)? un errore',
  'fout melden',
  'rapportera (?:ett )?fel',
  'zgłoś błąd',
  'nahlásit chybu',
  'hata bildir',
  'сообщить об ошибке',
  // A share button's verb alone, in the languages the phrase rules lack.
  'podeli',
  'podijeli',
  'megosztom',
  'partajează',
  // A form's button.
  'submit',
  'absenden',
  'abschicken',
  'verzenden',
  'versturen',
  'invia',
  'skicka',
  'wyślij',
  'odeslat',
  'odoslať',
  'gönder',
  'отправить',
  'trimite',
  'lähetä',
  'küldés',
  'opens in (?:a )?new (?:window|tab)',
  // A blog engine's like button.
  'like this',
  'like loading',
  // Log in, accept.
  'sign in',
  'log ?in',
  'anmelden',
  'se connecter',
  'iniciar sesión',
  'accedi',
  'inloggen',
  'logga in',
  'logg inn',
  'log ind',
  'zaloguj się',
  'přihlásit se',
  'giriş yap',
  'войти',
  'accept(?: all)?',
  '(?:alle )?akzeptieren',
  'accepter',
  'aceptar',
  'accetta',
  'accepteren',
  'godkänn',
  'akceptuję',
  'souhlasím',
  'kabul et',
  'принять',
]);

/** A player that did not load, in a sentence of its own: "Media playback is unsupported on your device", "Das Video ist nicht verfügbar". */
const PLAYER_NOTICE = wholeLabel([
  '(?:this |the )?video (?:is )?(?:not available|unavailable|no longer available)',
  'media playback is unsupported on your device',
  'your browser does not support (?:the )?(?:video|audio)(?: tag| element)?',
  'das video ist nicht (?:mehr )?verfügbar',
  'cette vidéo n.est (?:pas|plus) disponible',
  'este vídeo no está disponible',
  'questo video non è (?:più )?disponibile',
  'deze video is niet (?:meer )?beschikbaar',
  'videon är inte tillgänglig',
  'wideo (?:jest )?niedostępne',
  'video není k dispozici',
  'видео недоступно',
]);

/** A comment form's fields: "Your name *", "Ihr Kommentar", "Yorumunuz", "Ваше имя". */
const FORM_FIELDS = wholeLabel([
  'your (?:name|e-?mail(?: address)?|comment|message)',
  'ihr(?:e)? (?:name|e-?mail(?:-adresse)?|kommentar|nachricht)',
  'votre (?:nom|e-?mail|adresse e-?mail|commentaire|message)',
  'tu (?:nombre|correo(?: electrónico)?|comentario|mensaje)',
  'il tuo (?:nome|commento|messaggio)',
  'la tua (?:e-?mail)',
  'je (?:naam|e-?mail(?:adres)?|reactie|bericht)',
  'ditt namn',
  'din (?:e-?post|kommentar)',
  'twoje imię',
  'twój (?:e-?mail|komentarz)',
  'adınız(?: soyadınız)?',
  'e-posta adresiniz',
  'yorumunuz',
  'ваше имя',
  'ваш (?:e-?mail|комментарий)',
]);

/** "Required fields are marked *" and its forms, opening a line of a comment form. */
const REQUIRED_FIELDS =
  /^(?:required fields are marked|pflichtfelder sind|les champs obligatoires sont|los campos obligatorios están|i campi obbligatori sono|verplichte velden zijn|obligatoriska fält är|obowiązkowe pola są|povinné (?:údaje|položky) jsou|zorunlu alanlar|обязательные поля)/iu;

/** A share row naming what it shares: "Teile diesen Artikel", "Artikel teilen", "Haberi paylaş", "Send by email". */
const SHARE_VERB =
  'teile|teilen|partagez|partager|comparte|compartir|condividi|compartilhe|compartilhar|deel|delen|dela|del|udostępnij|sdílejte|sdílej|sdílet|zdieľajte|paylaş|поделиться|' +
  'podijeli|podeli|megosztás|megosztom|jaa|share|distribuie|partajează|partilhe|partilhar|' +
  // Printing the article is the same row's button: "Artikel drucken", "Imprimer l'article".
  'drucken|imprimer|imprimir|stampa|afdrukken|skriv ut|udskriv|drukuj|tisknout|vytisknout|yazdır|print|печать|распечатать|tipărește';
/** The networks a share row names after its verb's preposition: "Distribuie pe Facebook", "Facebook'ta paylaş". */
const NETWORK = 'facebook|twitter|x|whatsapp|linkedin|telegram|messenger|pinterest|reddit|bluesky|threads|vk|viber|e-?mail';
const SHARE_ON = new RegExp(
  `${LABEL_BEFORE}(?:(?:${SHARE_VERB})\\s+(?:on|auf|sur|en|su|op|på|na|no|pe|в|em)\\s+(?:${NETWORK})\\p{L}{0,3}|(?:${NETWORK})['’]?(?:ta|te|da|de)\\s+paylaş)${LABEL_AFTER}`,
  'iu',
);
/**
 * A share verb alone or with its preposition ("Compartilhe:", "Comparte en:", "Jetzt teilen", "Artikel
 * teilen per"), or sharing to the social networks; only verbs that are no other word of a language
 * ("del", "dela", "stampa" are left to the phrase rules' rows).
 */
const SHARE_ALONE_VERB =
  'teilen|partager|partagez|compartir|comparte|compártelo|compartilhe|compartilhar|partilhe|partilhar|condividi|delen|deel|udostępnij|sdílet|sdílej|paylaş|поделиться|distribuie|partajează';
const SOCIAL =
  'social media|(?:den )?sozialen (?:netzwerken|medien)|(?:les )?réseaux sociaux|(?:las )?redes sociales|(?:i )?social|sociale media';
const SHARE_ALONE = new RegExp(
  `${LABEL_BEFORE}(?:jetzt\\s+|artikel\\s+)?(?:${SHARE_ALONE_VERB})(?:\\s+(?:en|on|via|per|auf|sur|su|op|på|na|no|pe|em|in|sui))?(?:\\s+(?:${SOCIAL}))?${LABEL_AFTER}`,
  'iu',
);
/** A link's note that it opens a new window, closing a share button's text: "Click to share on X (Opens in new window)". */
const NEW_WINDOW =
  /\(\s*(?:opens in (?:a )?new (?:window|tab)|wird in neuem (?:fenster|tab) geöffnet|(?:s.)?ouvre dans une nouvelle (?:fenêtre|onglet)|se abre en una (?:ventana|pestaña) nueva|si apre in una nuova (?:finestra|scheda)|wordt in een nieuw (?:venster|tabblad) geopend|abre em (?:uma )?nova (?:janela|aba)|otwiera się w nowym oknie|öppnas i ett nytt fönster|åpnes i et nytt vindu|åbner i et nyt vindue|otevře se v novém okně|yeni pencerede açılır|откроется в новом окне|se deschide într-o fereastră nouă)\s*\)$/iu;
const SHARE_DETERMINER =
  'diesen|dieses|den|die|cet|cette|l.|esta|este|la|el|questo|questa|dit|deze|het|denne|dette|denna|detta|ten|tento|tuto|bu|эту|этой';
const SHARED_THING =
  'artikel|artikeln|artikelen|artiklen|artikkelen|beitrag|article|articles|noticia|artículo|articolo|notizia|notícia|artigo|matéria|artykuł|článek|článok|haberi|habere|новостью|статьей|статьёй|cikket|artikkeli|' +
  'articolul|știrea|članak|članek|vijest';
const SHARE_OBJECT_ROW = new RegExp(
  `${LABEL_BEFORE}(?:(?:${SHARE_VERB})\\s+(?:sie\\s+)?(?:(?:${SHARE_DETERMINER})\\s*)?(?:${SHARED_THING})|(?:${SHARED_THING})\\s+(?:${SHARE_VERB}))${LABEL_AFTER}`,
  'iu',
);
const SEND_BY_MAIL = wholeLabel([
  'send by e-?mail',
  'per e-?mail (?:senden|versenden|teilen)',
  'envoyer par (?:e-?mail|courriel)',
  'enviar por (?:correo|e-?mail)',
  'invia per e-?mail',
  'versturen per e-?mail',
  'skicka (?:med|via) e-?post',
  'wyślij e-?mailem',
  'poslat e-?mailem',
  'e-?posta ile gönder',
  'отправить по (?:почте|e-?mail)',
  'link kopiert',
  'lien copié',
  'enlace copiado',
  'link copiato',
  'link gekopieerd',
  'länk kopierad',
  'skopiowano link',
  'odkaz zkopírován',
  'bağlantı kopyalandı',
  'ссылка скопирована',
  'kopiere link',
  'copy (?:url|address)',
  '(?:url|adresse|link) kopieren',
  'copier l.url',
  'copiar (?:la )?url',
  'kopiuj (?:adres|url)',
  'tipsa(?: en vän)?',
  '(?:send|e-?mail) this (?:article|story)',
  'artikel (?:per (?:e-?)?mail )?versenden',
  'envoyer cet article',
  'invia (?:l.)?articolo',
  'verstuur (?:dit )?artikel',
  'recommend(?: this)?',
  '(?:artikel )?empfehlen',
  'recommander',
  'recomendar',
  'consiglia',
  'aanbevelen',
  'polecam',
  'doporučit',
  'tavsiye et',
  'рекомендовать',
  'sharing is caring',
]);

/** Counters a page prints by its widgets: views, reads, comments, photos; the unit after the number or before it. */
const COUNTER_UNIT =
  'views?|reads?|vues|lectures|visitas|lecturas|visualizaç(?:ões|ão)|visualizzazioni|letture|weergaven|visningar|visninger|wyświetle\\p{L}*|odsłon\\p{L}*|' +
  'zobrazení|přečtení|görüntülenme|okunma|просмотр\\p{L}*|прочтени\\p{L}*|citiri|afișări|vizualizări|megtekintés|katselukert\\p{L}*|προβολές|aufrufe|' +
  'reacties|reacciones|reações|yorum(?:lar)?|комментари\\p{L}*|hozzászólás|komentář\\p{L}*|kommentaari\\p{L}*|' +
  'photos|fotos|foto|bilder|zdjęć|zdjęcia|fotek|fotografií|kuvaa|kép|fotoğraf|фото|φωτογραφίες';
const COUNTER = new RegExp(
  `^(?:\\p{Nd}[\\p{Nd}.,  ]*[kKmM]?\\s*(?:${COUNTER_UNIT})|(?:${COUNTER_UNIT})\\s*:?\\s*\\p{Nd}[\\p{Nd}.,  ]*[kKmM]?)$`,
  'iu',
);

/** A gallery's link alone on its line: "Foto's", "Fotos", "Bilder", "Zdjęcia", "Fotoğraflar", "Фото". */
const GALLERY_LINK = wholeLabel([
  "foto[''’]?s",
  'photos',
  'bilder',
  'billeder',
  'zdjęcia',
  'fotky',
  'fotografie',
  'kuvat',
  'képek',
  'fotoğraflar',
  'фото',
  'фотографии',
  'φωτογραφίες',
  'fotoserie',
  'fotostrecke',
  'bildspel',
  'galeri',
  'galerie photos?',
  'galería(?: de fotos| de imágenes)?',
  'galeria(?: de fotos| zdjęć)?',
  'fotogalerie',
]);

/**
 * A feedback widget's question about the article: "Was this article helpful?", "War dieser Artikel
 * hilfreich?", "How informative is this news?". A short question naming the article and the worth
 * the reader found in it; a subheading's question is about the story's subject.
 */
const ARTICLE_WORD =
  /(?<![\p{L}])(?:article|story|news|artikel|beitrag|l.article|cet article|artículo|noticia|articolo|notizia|artigo|notícia|artykuł|článek|haber|статья|статьи|статью)(?![\p{L}])/iu;
const WORTH_WORD =
  /(?<![\p{L}])(?:helpful|useful|informative|interesting|hilfreich|nützlich|informativ|utile|intéressant|útil|interesante|utile|interessante|nuttig|interessant|användbar|pomocny|przydatny|užitečný|faydalı|yararlı|полезн\p{L}*)(?![\p{L}])/iu;
const MAX_QUESTION_WORDS = 9;
const isRatingQuestion = (text: string, words: number) =>
  words <= MAX_QUESTION_WORDS && /\?\s*$/u.test(text) && ARTICLE_WORD.test(text) && WORTH_WORD.test(text);

/**
 * The outlet pointing the reader to more of its news: "Po więcej informacji z Polski i ze świata
 * zapraszamy na example.pl", "More news at example.com", "Więcej informacji znajdziesz na stronie
 * głównej …", "Mehr Nachrichten auf der Startseite". A "more" word, a word for news or information,
 * and the line closing on an address or a word for the home page, with no full stop: a paragraph
 * that cites a website ends its sentence.
 */
const MORE_NEWS =
  /^(?:for |für |pour |para |per |voor |po |za )?(?:more|mehr|weitere|plus d.|más|più|maggiori|meer|mer|flere|lisää|více|další|więcej|daha fazla|больше)\s(?:\p{L}+\s){0,2}(?:news|stories|information|nachrichten|informationen|infos|news|informations|actualités|noticias|información|notizie|informazioni|nieuws|informatie|nyheter|uutisia|zpráv|informací|wiadomości|informacji|haber\p{L}*|bilgi|новостей|информации)(?![\p{L}])/iu;
const CLOSES_ON_SITE =
  /(?:\p{L}[\p{L}\p{N}-]*\.(?:[a-z]{2,3}|com|info|news)|homepage|home page|startseite|page d.accueil|portada|pagina iniziale|voorpagina|startsidan|forsiden|etusivu|hlavní stran\p{L}*|stronie głównej|strona główna|ana sayfa|главной странице)(?:\s+[\p{L}.-]+){0,2}$/iu;
const MAX_POINTER_WORDS = 16;
const isMoreNewsPointer = (text: string, words: number) =>
  words >= 3 && words <= MAX_POINTER_WORDS && !/[.!?]$/u.test(text) && MORE_NEWS.test(text) && CLOSES_ON_SITE.test(text);

/** A press release's end mark: "-30-", "- 30 -". */
const END_MARK = /^[-–—]\s?30\s?[-–—]$/u;

/** A writer's initials signing the story: "m. b.", "J.D.", "(ab)", "(ab/cd)". */
const INITIALS = /^(?:\p{L}{1,2}\.\s?(?:\p{L}{1,2}\.\s?){1,3}|\(\p{Ll}{2,4}(?:\/\p{Ll}{2,4})*\))$/u;

/**
 * An embedded post's signature without its date: "A post shared by Jane Doe (@janedoe)", "Ein
 * Beitrag geteilt von …": the embed's phrase, a name and the handle in brackets closing the line
 * (embedded-posts.ts reads the signature that ends in a date).
 */
const POST_SHARED_BY =
  /^(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida por|un post condiviso da|een bericht gedeeld door|ett inlägg delat av|et innlegg delt av|et opslag delt af|post udostępniony przez|příspěvek sdílený uživatelem|публикация от)\s.{1,60}\(@[\p{L}\p{N}_.]{1,30}\)$/iu;

/** The most words of a control's label, a share row or a counter; a form's notice of required fields runs longer. */
const MAX_LABEL_WORDS = 5;
const MAX_NOTICE_WORDS = 12;

/** The reason for a control's or a widget's label alone on its line, or null. */
export function uiLabelReason(text: string, words: number): JunkReason | null {
  if (isMoreNewsPointer(text, words)) return 'promotion';
  if (words > MAX_NOTICE_WORDS) return null;
  if (isRatingQuestion(text, words)) return 'promotion';
  if (text.includes('(@') && POST_SHARED_BY.test(text)) return 'syndication';
  if (text.endsWith(')') && NEW_WINDOW.test(text)) return 'promotion';
  if (words > MAX_LABEL_WORDS) return REQUIRED_FIELDS.test(text) ? 'comments' : PLAYER_NOTICE.test(text) ? 'promotion' : null;
  if (
    CONTROLS.test(text) ||
    SHARE_OBJECT_ROW.test(text) ||
    SHARE_ON.test(text) ||
    SHARE_ALONE.test(text) ||
    SEND_BY_MAIL.test(text) ||
    PLAYER_NOTICE.test(text)
  )
    return 'promotion';
  if (FORM_FIELDS.test(text) || REQUIRED_FIELDS.test(text)) return 'comments';
  if (COUNTER.test(text)) return 'counter';
  if (GALLERY_LINK.test(text)) return 'caption';
  if (words <= 4 && INITIALS.test(text)) return 'credit';
  if (END_MARK.test(text)) return 'punctuation-only';
  return null;
}
