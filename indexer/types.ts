/**
 * Types shared by the indexer's stages. The article itself leaves the indexer as
 * `ArticleInput` (engine/contract/types.ts); these describe what the stages hand each other.
 */
import type { DroppedLine, Provenance } from '../engine/contract/types.ts';

/** Per-article metadata a person can state (manifest entry or front matter). All optional. */
export interface StatedMeta {
  title?: string;
  outlet?: string;
  /** `null` states "no agency", which stops inference. */
  agency?: string | null;
  carriedBy?: string | null;
  /** ISO date, possibly partial: "2012", "2012-11", "2012-11-21". `null` states "unknown". */
  date?: string | null;
  url?: string | null;
  language?: string;
}

/** Why a file was not indexed. `kind` is for counting, `reason` is for people. */
export interface Skip {
  kind: 'unsupported-format' | 'too-large' | 'binary' | 'empty' | 'no-body-text' | 'unreadable' | 'malformed' | 'malformed-record';
  reason: string;
}

export interface SkippedFile extends Skip {
  source: string;
  /** For one record of a record file: which ("record 7 (line 7)"); the file's other records are indexed. */
  record?: string;
}

/** A line of the decoded source: 1-based number and its text without the line break. */
export interface SourceLine {
  line: number;
  text: string;
}

/** A line the cleaner kept, with what it is. */
export interface KeptLine {
  line: number;
  text: string;
  kind: 'body' | 'heading';
}

/** The headline the cleaner settled on, and the raw title line if it carried decoration. */
export interface Headline {
  line: number;
  /** The title with counter junk and any site suffix removed. */
  text: string;
  /** Site named after a separator on the title line ("Headline – Sitename"), if any. */
  siteSuffix: string | null;
  /** Counter junk or a suffix was removed from the title line. */
  decorated: boolean;
  /** A later line repeated the title without decoration, and that line was used. */
  cleanerRepeatLine: number | null;
  /**
   * The title is an archive's or a tag's heading over its list of entries ("Tag: …", "Archive for July 18th, 2008":
   * `title-archive.ts`), or a list of stories' own heading over its items ("Latest News": `listing-heading.ts`):
   * the page lists stories and has no publication date of its own.
   */
  archive?: boolean;
}

export interface CleanResult {
  kept: KeptLine[];
  dropped: DroppedLine[];
  headline: Headline | null;
  /**
   * The page is a list of stories (a section, tag or archive page: `keepListingHeadline`), whose
   * line taken as the headline is its first item's.
   */
  listing?: boolean;
}

/** One metadata value with where it came from. */
export interface Settled<T> {
  value: T;
  from: string;
}

export type { Provenance };
