/**
 * The characters a line must open with for a `^`-anchored pattern to match it, read from the
 * pattern's source. Most phrase rules are such patterns; a call into the regular-expression engine
 * costs ~50 ns even when the anchor fails at once, and a rule meets thousands of short lines a file,
 * so a look at the line's first character first saves most of that (issue 18, indexing CPU).
 *
 * Only plain openings are read: `^` then an ASCII letter, digit, escaped punctuation or `\d`, or a
 * non-capturing group whose every alternative opens so, optionally after escaped punctuation or `\s`
 * that may be absent (`^\(?\s*(?:…)`: the line may also open with them); anything else (a class, an
 * optional letter or group, a lookaround, a flag that changes `^` or case folding beyond ASCII)
 * gives no answer, and the pattern is then always run.
 */

/** Characters that quantify the atom before them so it may match nothing. */
const MAY_BE_EMPTY = new Set(['?', '*', '{']);
const DIGITS = '0123456789';
/** What `\s` matches (ECMAScript's WhiteSpace and LineTerminator), as UTF-16 code units. */
const SPACES =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/**
 * Atoms before the opening that may match nothing: escaped punctuation or `\s`, with `?` or `*`
 * ("^\(?\s*Reuters"). A line may open with one of their characters as well as with the opening's.
 */
const OPTIONAL_LEAD = /^(?:\\s|\\[!-/:-@[-`{-~])[?*]/;

/**
 * The opening code units every match of `pattern` starts with, or null when the source is not a
 * plain opening. Without the u flag, the i flag matches an ASCII letter in its two cases only
 * (no other character's upper case is an ASCII letter there), so both are listed; with u and i
 * together, other letters fold to ASCII ones ("ſ", the Kelvin sign): no answer.
 */
export function openingChars(pattern: RegExp): ReadonlySet<number> | null {
  const { source, flags } = pattern;
  if (/[gymsu]/.test(flags) || !source.startsWith('^') || hasTopLevelBar(source)) return null;
  const chars = new Set<number>();
  let body = source.slice(1);
  for (let lead = OPTIONAL_LEAD.exec(body); lead !== null; lead = OPTIONAL_LEAD.exec(body)) {
    for (const c of lead[0] === '\\s?' || lead[0] === '\\s*' ? SPACES : lead[0][1]!) chars.add(c.charCodeAt(0));
    body = body.slice(lead[0].length);
  }
  const alternatives = body.startsWith('(?:') ? groupAlternatives(body, 0) : [body];
  if (alternatives === null) return null;
  for (const alt of alternatives) {
    const opening = openingAtom(alt);
    if (opening === null) return null;
    for (const c of opening) {
      chars.add(c.charCodeAt(0));
      if (flags.includes('i')) {
        chars.add(c.toLowerCase().charCodeAt(0));
        chars.add(c.toUpperCase().charCodeAt(0));
      }
    }
  }
  return chars;
}

/** The characters a plain opening atom matches (case aside), or null. */
function openingAtom(alt: string): string | null {
  let atom: string;
  let rest: string;
  if (alt.startsWith('\\d')) [atom, rest] = [DIGITS, alt.slice(2)];
  else if (alt.startsWith('\\') && /^[!-/:-@[-`{-~]$/.test(alt[1] ?? '')) [atom, rest] = [alt[1]!, alt.slice(2)];
  else if (/^[A-Za-z0-9 ]/.test(alt)) [atom, rest] = [alt[0]!, alt.slice(1)];
  else return null;
  return MAY_BE_EMPTY.has(rest[0] ?? '') ? null : atom;
}

/**
 * The top-level alternatives of the non-capturing group opening at `at`, when nothing after the
 * group makes it optional; null otherwise.
 */
function groupAlternatives(source: string, at: number): string[] | null {
  const alternatives: string[] = [];
  let depth = 0;
  let start = at + 3;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      alternatives.push(source.slice(start, i));
      return MAY_BE_EMPTY.has(source[i + 1] ?? '') ? null : alternatives;
    } else if (c === '|' && depth === 1) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return null;
}

/** Whether the source has an alternation outside every group: "^a|b" is not anchored. */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The index of the `]` closing the class that opens at `at`. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  if (source[i] === '^') i++;
  for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
  return i;
}

/** `pattern.test`, looking at the line's first character first when the pattern allows it. */
export function anchoredTest(pattern: RegExp): (text: string) => boolean {
  const opening = openingChars(pattern);
  if (opening === null) return (text) => pattern.test(text);
  const table = new Uint8Array(128);
  for (const c of opening) if (c < 128) table[c] = 1;
  // Beyond ASCII only an optional `\s` may open a line (a no-break space).
  const wide = new Set([...opening].filter((c) => c >= 128));
  if (wide.size === 0)
    return (text) => {
      const c = text.charCodeAt(0);
      return c < 128 && table[c] === 1 && pattern.test(text);
    };
  return (text) => {
    const c = text.charCodeAt(0);
    return (c < 128 ? table[c] === 1 : wide.has(c)) && pattern.test(text);
  };
}
