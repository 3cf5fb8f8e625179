/**
 * Copy groups: paragraphs that are the same text up to case, whitespace, punctuation and small
 * edits (a word changed, a dateline added), found with MinHash over word bigrams and LSH banding
 * (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3).
 *
 * A paragraph's fingerprint is 32 MinHash values (one permutation hashing, densified) kept to their
 * low 8 bits ("b-bit MinHash", Li & König 2010), as 8 uint32 words of four values each, then a hash
 * of the whole word sequence and a word count: 40 bytes. Two paragraphs are copies when their word
 * sequences are the same, or, when both have at least `FUZZY_MIN_WORDS` words of three letters or
 * more, when at least `MATCH_MIN` of the 32 values agree (estimated bigram Jaccard ≳ 0.84). A word
 * changed in a 40-word paragraph leaves a Jaccard of ~0.90, a three-word dateline ~0.93. On the BBC
 * corpus the pairs that met in a band scored either 27-32 (the same paragraph, a phrase edited) or
 * 23 and below (paragraphs sharing a sentence or two of three, rewritten later the same day): those
 * are not copies. Short lines (team sheets, lists of critics' picks) that differ by a name are
 * different facts: they group only when identical.
 *
 * Grouping is leader clustering in index order: a paragraph joins the group of the first earlier
 * leader it matches (compared with that leader only, so groups never chain A~B~C into one), else it
 * leads a new group. Leaders are found through 4 bands (sig words 0-3, four values each): a pair
 * with Jaccard J meets in some band with probability 1-(1-J⁴)⁴ (0.95: 99.9%; 0.9: 98.6%; 0.8: 84%).
 * Only leaders are kept: 40 bytes of signature, a ref, an owner and 4 table slots each, in typed
 * arrays, so memory grows with the number of distinct paragraphs, not with every copy.
 *
 * Written here rather than taken from npm: the packages there (minhash 0.0.9, simhash-js 1.0.0)
 * are small, long-unreleased, and work on string shingles with a JS array per signature, where the
 * 1M-paragraph budget (time and memory, see the notes of issue 24) needs one hash per bigram and
 * typed arrays for the leaders only.
 */

/** MinHash words of a signature: 32 × 8-bit values, four per uint32. */
const MINHASH_WORDS = 8;
const HASHES = MINHASH_WORDS * 4;
/** Words of a signature: the MinHash words, the word-sequence hash, the count of words of 3+ characters. */
export const SIG_WORDS = MINHASH_WORDS + 2;
const EXACT = MINHASH_WORDS;
const COUNT = MINHASH_WORDS + 1;
/** Agreeing values (of 32) for two paragraphs to be copies: measured on the BBC corpus, see notes. */
export const MATCH_MIN = 27;
/**
 * Paragraphs with fewer words of three characters or more are copies only when their words are
 * the same. Counting only such words keeps lists of initials and surnames (team sheets) short:
 * on the BBC corpus two line-ups of different matches, a few names moved, scored as near copies.
 */
export const FUZZY_MIN_WORDS = 20;
/** Sig words used as LSH bands to find candidate leaders. */
const BANDS = 4;

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Letters and digits of any script are word characters; ASCII and general punctuation are not. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f);
}

/** Each UTF-16 unit's part in a word (isWordChar, and the apostrophes that join): one lookup a character. */
const SKIP = 2;
const WORD = 1;
const UNIT_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) UNIT_KIND[c] = c === 0x27 || c === 0x2019 ? SKIP : isWordChar(c) ? WORD : 0;

const mins = new Uint32Array(HASHES);
const EMPTY = 0xffffffff;

/** Folds a bigram of word hashes into the MinHash bins: its top 5 bits pick the bin, the bin keeps its smallest value. */
function addShingle(h: number): void {
  const bin = h >>> 27;
  const v = h & 0x07ffffff;
  if (v < mins[bin]!) mins[bin] = v;
}

/**
 * An empty bin (short texts leave many) borrows the value of the next filled bin to its right,
 * shifted by how far it looked ("rotation" densification, Shrivastava & Li 2014), so two texts
 * with the same bigrams fill their bins the same way and an empty bin agrees with probability ~J.
 */
function densify(): void {
  for (let i = 0; i < HASHES; i++) {
    if (mins[i] !== EMPTY) continue;
    for (let d = 1; d < HASHES; d++) {
      const j = (i + d) % HASHES;
      if (mins[j] !== EMPTY && mins[j]! < 0x08000000) {
        mins[i] = ((mins[j]! + Math.imul(d, 0x9e3779b1)) >>> 0) | 0x08000000;
        break;
      }
    }
  }
}

/**
 * The paragraph's signature written at `sig[offset..offset+SIG_WORDS)`. Returns false (and writes nothing)
 * for a text with no words, which is never a copy of anything.
 */
export function fingerprint(text: string, sig: Uint32Array, offset: number): boolean {
  // One permutation hashing (Li, Owen & Zhang 2012): each bigram hashed once, its top 5 bits
  // pick one of 32 bins, each bin keeps its smallest value. 32 hash functions per bigram cost
  // ~9 µs a BBC paragraph (81 words), 9 s at 1M paragraphs; this costs one.
  // Words are hashed case and punctuation folded (FNV-1a over each run of word characters;
  // apostrophes join, so "Blair's", "Blair’s" and "Blairs" are one word), and each word is
  // shingled with the one before as soon as it ends: one pass over the text, no array of word
  // hashes (a build's writer thread fingerprints every paragraph; 300,000 BBC paragraphs took
  // 1.19 s with a second pass over stored hashes, 0.89 s like this).
  const lower = text.toLowerCase();
  mins.fill(EMPTY);
  let count = 0;
  let long = 0;
  let exact = 0x811c9dc5;
  let previous = 0;
  let h = 0x811c9dc5;
  let length = 0;
  const end = lower.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? lower.charCodeAt(i) : 0x20;
    const kind = UNIT_KIND[c]!;
    if (kind === WORD) {
      h = Math.imul(h ^ c, 0x01000193);
      length++;
    } else if (kind === 0 && length > 0) {
      const word = h >>> 0;
      exact = Math.imul(exact ^ word, 0x01000193);
      if (count > 0) addShingle(mix(Math.imul(previous, 0x2545f491) ^ word));
      previous = word;
      count++;
      if (length >= 3) long++;
      h = 0x811c9dc5;
      length = 0;
    }
  }
  if (count === 0) return false;
  // A one-word text has no bigram: its one word is its shingle.
  if (count === 1) addShingle(mix(previous));
  densify();
  for (let w = 0; w < MINHASH_WORDS; w++) {
    const k = 4 * w;
    sig[offset + w] =
      ((mins[k]! & 0xff) | ((mins[k + 1]! & 0xff) << 8) | ((mins[k + 2]! & 0xff) << 16) | ((mins[k + 3]! & 0xff) << 24)) >>> 0;
  }
  sig[offset + EXACT] = exact >>> 0;
  sig[offset + COUNT] = long;
  return true;
}

/** How many of the 32 MinHash values two signatures share; 33 when their word sequences are the same. */
export function agreement(a: Uint32Array, aOffset: number, b: Uint32Array, bOffset: number): number {
  if (a[aOffset + EXACT] === b[bOffset + EXACT] && a[aOffset + COUNT] === b[bOffset + COUNT]) return HASHES + 1;
  if (Math.min(a[aOffset + COUNT]!, b[bOffset + COUNT]!) < FUZZY_MIN_WORDS) return 0;
  let same = 0;
  for (let w = 0; w < MINHASH_WORDS; w++) {
    const x = a[aOffset + w]! ^ b[bOffset + w]!;
    if ((x & 0xff) === 0) same++;
    if ((x & 0xff00) === 0) same++;
    if ((x & 0xff0000) === 0) same++;
    if ((x & 0xff000000) === 0) same++;
  }
  return same;
}

/**
 * Leader clustering over signatures met in index order (see the file comment). `add` returns the
 * reference of the group's leader (the caller's own number for a paragraph: a rowid, a sequence),
 * which is the paragraph's own reference when it leads a new group.
 */
export class CopyGrouper {
  private sigs = new Uint32Array(SIG_WORDS * 1024);
  private refs = new Float64Array(1024);
  /** Each leader's owner (the caller's article number). */
  private owners = new Float64Array(1024);
  private leaders = 0;
  /** Open addressing: leader index + 1 per slot, 0 empty; keyed by (band, band word). */
  private table = new Int32Array(1 << 14);

  /** Number of groups (leaders) so far. */
  get groups(): number {
    return this.leaders;
  }

  /**
   * The leader for this paragraph's signature: an earlier one it copies, or a new one (the
   * paragraph itself, numbered `groups - 1` afterwards). Read its ref and owner with `refOf`/`ownerOf`.
   */
  add(ref: number, owner: number, sig: Uint32Array, offset: number): number {
    const found = this.find(sig, offset);
    if (found >= 0) return found;
    this.lead(ref, owner, sig, offset);
    return this.leaders - 1;
  }

  refOf(leader: number): number {
    return this.refs[leader]!;
  }

  ownerOf(leader: number): number {
    return this.owners[leader]!;
  }

  /** The best matching leader (most values shared, then earliest), or -1. */
  private find(sig: Uint32Array, offset: number): number {
    const mask = this.table.length - 1;
    let best = -1;
    let bestSame = MATCH_MIN - 1;
    for (let b = 0; b < BANDS; b++) {
      const word = sig[offset + b]!;
      for (let slot = slotOf(b, word) & mask; ; slot = (slot + 1) & mask) {
        const entry = this.table[slot]!;
        if (entry === 0) break;
        const leader = entry - 1;
        if (this.sigs[leader * SIG_WORDS + b] !== word) continue;
        const same = agreement(this.sigs, leader * SIG_WORDS, sig, offset);
        if (same > bestSame || (same === bestSame && best >= 0 && leader < best)) {
          best = leader;
          bestSame = same;
        }
      }
    }
    return best;
  }

  private lead(ref: number, owner: number, sig: Uint32Array, offset: number): void {
    if (this.leaders === this.refs.length) {
      this.sigs = grown(this.sigs, new Uint32Array(this.sigs.length * 2));
      this.refs = grown(this.refs, new Float64Array(this.refs.length * 2));
      this.owners = grown(this.owners, new Float64Array(this.owners.length * 2));
    }
    const leader = this.leaders++;
    this.sigs.set(sig.subarray(offset, offset + SIG_WORDS), leader * SIG_WORDS);
    this.refs[leader] = ref;
    this.owners[leader] = owner;
    // Load factor at most 1/2 over the BANDS entries of every leader.
    if (this.leaders * BANDS * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.insert(leader, this.table);
  }

  private insert(leader: number, table: Int32Array): void {
    const mask = table.length - 1;
    for (let b = 0; b < BANDS; b++) {
      let slot = slotOf(b, this.sigs[leader * SIG_WORDS + b]!) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = leader + 1;
    }
  }

  private rehash(size: number): void {
    const table = new Int32Array(size);
    for (let leader = 0; leader < this.leaders; leader++) this.insert(leader, table);
    this.table = table;
  }
}

function grown<T extends Uint32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function slotOf(band: number, word: number): number {
  return mix(word ^ Math.imul(band + 1, 0x27d4eb2f));
}

/** An article is a copy of another when more than this share of its paragraphs is in groups led there ("mostly"). */
export const COPY_ARTICLE_SHARE = 0.5;
/** The report's "near-complete copies": at least this share of the article's paragraphs. */
export const NEAR_COMPLETE_SHARE = 0.9;

/** What `CopyAssigner.endArticle` settles for an article: the earlier article it mostly copies. */
export interface ArticleCopy {
  /** The caller's number for the copied article. */
  article: number;
  /** Paragraphs of this article whose group is led there. */
  shared: number;
}

/**
 * Paragraphs in index order, article by article, to copy groups and articles to the articles they
 * copy. Both engines use it, over their own numbers: a paragraph's `ref` (SQLite: its rowid) and
 * its article's (SQLite: the article's rowid). Memory: the grouper's (56 bytes and 4 table slots per
 * leader) and one article's paragraphs.
 */
export class CopyAssigner {
  private readonly grouper = new CopyGrouper();
  private current: number[] = [];

  get groups(): number {
    return this.grouper.groups;
  }

  /**
   * The group of the next paragraph of `article`: the ref of its group's leader, or null when it
   * leads (or has no words, `sig` null). Paragraphs of one article come together, in order.
   */
  paragraph(ref: number, article: number, sig: Uint32Array | null, offset: number): number | null {
    if (sig === null) {
      this.current.push(article);
      return null;
    }
    const leader = this.grouper.add(ref, article, sig, offset);
    this.current.push(this.grouper.ownerOf(leader));
    const leaderRef = this.grouper.refOf(leader);
    return leaderRef === ref ? null : leaderRef;
  }

  /** After an article's last paragraph: the article it copies, or null. */
  endArticle(article: number): ArticleCopy | null {
    const found = copiedArticle(article, this.current);
    this.current = [];
    return found === null ? null : { article: found.article, shared: found.shared };
  }
}

/**
 * The earlier article this one copies: the article holding the leaders of most of its paragraphs,
 * when they are more than COPY_ARTICLE_SHARE of them. `leaderArticles` has one entry per paragraph
 * (the article of its group's leader); `self` is this article.
 */
export function copiedArticle<T>(self: T, leaderArticles: readonly T[]): { article: T; shared: number } | null {
  const counts = new Map<T, number>();
  for (const a of leaderArticles) if (a !== self) counts.set(a, (counts.get(a) ?? 0) + 1);
  let best: { article: T; shared: number } | null = null;
  for (const [article, shared] of counts) if (best === null || shared > best.shared) best = { article, shared };
  return best !== null && best.shared > COPY_ARTICLE_SHARE * leaderArticles.length ? best : null;
}
