/**
 * A picture's or a clip's credit closing a line ("… found in the flat Source: Example", "Foto:
 * Example"): the scraper glues the credit to its caption, so the line is long, but its tail is the
 * page's furniture, not the story's sentence. A broadcaster credits its own footage so; a story
 * rarely credits a rival's pictures and cites that rival in its text too (issue 18, task 18out).
 * outlet-prose.ts reads the credited name as furniture where a phrase of the trade cites it in the story.
 */
import { ci, NAME } from './outlet-names.ts';

/** Credit labels in the languages met, as captions write them before a colon. */
const LABELS =
  'source|sources|photo|photos|picture|image|video|footage|credit|quelle|bild|foto|fotos|fuente|fonte|bron|kilde|källa|lähde|kuva|zdroj|źródło|zrodlo|forrás|fotó|kaynak|izvor|vir|allikas|šaltinis|avots|nguồn|источник|фото|видео|джерело';
const CREDIT_TAIL = new RegExp(`(?:^|[\\s|•·])(?:${ci(LABELS)})\\s*:\\s*(${NAME})\\s*$`, 'u');

/** The name a credit label closes the line with, or null. */
export function creditTail(text: string): string | null {
  if (!text.includes(':')) return null;
  return CREDIT_TAIL.exec(text)?.[1] ?? null;
}
