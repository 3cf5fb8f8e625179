/**
 * The language of an article's text, by Nito-ELD (`eld`, n-gram detector, 60 languages). Chosen by
 * measurement on 16 one-sentence samples in 13 languages: eld got all 16 right (tinyld missed 3).
 * The "extrasmall" database is as accurate on those and costs ~80 MB of memory at load where
 * "small" costs ~140 MB. An unreliable verdict is "und": a wrong language would tokenise and facet
 * the article wrongly, an undetermined one only leaves it unfaceted.
 *
 * Detection runs on eld's own data through `language-ngrams.ts`, which gives eld's verdict bit for
 * bit at a fraction of its cost (eld's `detect` was ~25 % of the indexer's main thread at 1M
 * paragraphs); eld's `detect` itself is kept for an eld whose files this port does not read.
 */
import { NgramDetector, type NgramVerdict } from './language-ngrams.ts';

let detector: { detect(text: string): NgramVerdict } | null = null;

/**
 * Loads the detector's n-gram tables (~80 MB). Done on first need rather than at import, so a
 * server or an incremental run that builds no article never pays for it.
 */
export async function loadLanguageDetector(): Promise<void> {
  detector ??= (await ngramDetector()) ?? (await eldDetector());
}

/** The port over eld's data modules (found beside its "extrasmall" entry), or null if they are not as expected. */
async function ngramDetector(): Promise<NgramDetector | null> {
  try {
    const entry = import.meta.resolve('eld/extrasmall');
    const load = async (file: string, name: string): Promise<unknown> => (await import(new URL(file, entry).href))[name];
    return NgramDetector.from(
      await load('../ngrams/extrasmall.js', 'ngramsData'),
      await load('../dictionary.js', 'dictionary'),
      await load('../regexPatterns.js', 'separators'),
      await load('../avgScore.js', 'avgScore'),
    );
  } catch {
    return null;
  }
}

async function eldDetector(): Promise<{ detect(text: string): NgramVerdict }> {
  const eld = (await import('eld/extrasmall')).eld;
  return {
    detect(text) {
      const result = eld.detect(text);
      return { language: result.language, reliable: result.language !== '' && result.isReliable() };
    },
  };
}

export const UNDETERMINED = 'und';

/** Enough text for a stable verdict (one-sentence samples are already right); more only costs time. */
const SAMPLE_CHARS = 300;
const MIN_LETTERS = 12;

const LETTER_AT = /\p{L}/uy;

/**
 * Whether the text holds `min` letters, counted in UTF-16 code units as the length of the text with
 * every non-letter removed would be: ASCII read by its code, the rest one sticky test a code point,
 * and the count stops at `min` (most samples reach it within their first words).
 */
function hasLetters(text: string, min: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a && ++count >= min) return true;
      i++;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    LETTER_AT.lastIndex = i;
    if (LETTER_AT.test(text)) {
      count += width;
      if (count >= min) return true;
    }
    i += width;
  }
  return false;
}

export interface DetectedLanguage {
  language: string;
  from: string;
}

export function detectLanguage(paragraphs: readonly string[]): DetectedLanguage {
  let sample = '';
  for (const p of paragraphs) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${p}\n`;
  }
  sample = sample.slice(0, SAMPLE_CHARS);
  if (!hasLetters(sample, MIN_LETTERS)) return { language: UNDETERMINED, from: 'too little text to detect' };
  if (!detector) throw new Error('detectLanguage: call loadLanguageDetector() first');
  const result = detector.detect(sample);
  if (!result.language) return { language: UNDETERMINED, from: 'detector found no language' };
  if (!result.reliable) return { language: UNDETERMINED, from: `detector unsure (best guess '${result.language}')` };
  return { language: result.language, from: `detected from the text (${Math.min(sample.length, SAMPLE_CHARS)} characters)` };
}

/** BCP 47 tag → its primary language subtag, lower case ("pt-BR" → "pt"), as facets use it. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}
