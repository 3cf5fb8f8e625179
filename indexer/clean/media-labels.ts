/**
 * A player's or a gallery's label alone on its line, in the languages the phrase rules lacked:
 * "Wideo", "Видео", "Βίντεο" (the player was not scraped, its label was), "Zobacz zdjęcia",
 * "देखें तस्वीरें", "Ver fotos" (the link to the pictures). The English, Spanish and German forms
 * are phrase rules already (trade-phrases.ts: PLAYER, GALLERY); these are whole lines, matched
 * exactly, so a sentence about a video never is.
 *
 * Run on the lines the other rules kept, as source-lines.ts is: a short label taken early changes
 * the count of labels story-end.ts reads below a story.
 */

/** The player's label: the word for video or audio in many languages and scripts. */
const PLAYER_WORDS = [
  'wideo',
  'видео',
  'відео',
  'βίντεο',
  'videó',
  'vidéo',
  'videa',
  'videoer',
  'videot',
  'vaizdo įrašas',
  'fideo',
  'वीडियो',
  'ویدیو',
  'فيديو',
  'วิดีโอ',
  '视频',
  '影片',
  '動画',
  '영상',
  'audio',
  'аудио',
  'podcast',
  'galeria',
  'galerija',
  'галерея',
  'галерия',
  'fotogalerija',
  'fotogaléria',
  'fotogalerii',
  'fotogaleria',
];

/** The link to a story's pictures or video: a verb of looking and the media word. */
const SEE_MEDIA = [
  'ver (?:las |os )?(?:fotos|vídeos?|imágenes|galería)',
  'veja (?:as )?(?:fotos|imagens)',
  'voir (?:les )?(?:photos|vidéos?|images)',
  'guarda (?:le )?(?:foto|video|immagini)',
  '(?:bilder|fotos|video) ansehen',
  'bekijk (?:de |alle )?(?:foto.?s|video.?s|beelden)',
  '(?:se|visa) (?:bilder(?:na)?|videon?)',
  'katso (?:kuvat|video)',
  'zobacz (?:zdjęcia|wideo|galerię|film)',
  'podívejte se na (?:fotky|fotografie|video)',
  'pozrite si (?:fotky|fotografie|video)',
  'nézze meg (?:a )?(?:képeket|videót)',
  'vezi (?:fotografiile|imaginile|video)',
  'fotoğrafları (?:gör|izle)',
  '(?:смотрите|посмотрите|смотреть) (?:фото|видео)',
  '(?:дивіться|переглянути) (?:фото|відео)',
  'δείτε (?:τις )?(?:φωτογραφίες|το βίντεο)',
  'xem (?:ảnh|video)',
  'lihat (?:foto|video)',
  'देखें (?:तस्वीरें|फोटो|वीडियो)',
  'तस्वीरें देखें',
  'شاهد (?:الصور|الفيديو)',
];

const MEDIA_LABEL = new RegExp(`^[▶►•·\\s]*(?:${[...PLAYER_WORDS, ...SEE_MEDIA].join('|')})[\\s:.!»›→]*$`, 'iu');
/** The most words of such a label. */
const MAX_LABEL_WORDS = 4;

export function isMediaLabel(text: string, words: number): boolean {
  return words <= MAX_LABEL_WORDS && MEDIA_LABEL.test(text);
}
