/**
 * Which rule set each line's reason while the cleaner ran, and every later change (the bench tools
 * `line-trace.ts` and `lost-rules.ts`): the cleaner's line records are watched as they are pushed
 * into their array, and each change of `reason` is written down with the function that made it.
 */

/** The first function on the stack outside this file: the rule that assigned. */
function caller(): string {
  const stack = new Error().stack?.split('\n').slice(3) ?? [];
  for (const frame of stack) {
    const m = /at (?:Object\.)?([\w$.<>]+) \((.*?):(\d+):\d+\)/.exec(frame);
    if (m && !m[2]!.includes('reason-history')) return `${m[1]}@${m[2]!.split('/').pop()}:${m[3]}`;
  }
  return '?';
}

/**
 * Runs `clean` and returns its result with each line's history of reasons, by line number: "<reason>
 * (phrase)" for the reason a line was made with, then "<reason or KEEP> ← <rule>@<file>:<line>".
 */
export function withReasonHistory<T>(clean: () => T): { result: T; history: Map<number, string[]> } {
  const history = new Map<number, string[]>();
  // A rule gathering the page's own lines into an array of its own (listing-headline.ts's header
  // lines) pushes a line already watched: its history is kept, not begun again as "(phrase)".
  const watched = new WeakSet<object>();
  const push = Array.prototype.push;
  Array.prototype.push = function (this: unknown[], ...items: unknown[]) {
    for (const item of items) {
      if (item && typeof item === 'object' && 'reason' in item && 'heading' in item && 'words' in item && !watched.has(item)) {
        watched.add(item);
        const l = item as unknown as { line: number; reason: string | null };
        let value = l.reason;
        const h: string[] = [];
        if (value !== null) h.push(`${value} (phrase)`);
        history.set(l.line, h);
        Object.defineProperty(l, 'reason', {
          get: () => value,
          set: (v: string | null) => {
            if (v !== value) h.push(`${v ?? 'KEEP'} ← ${caller()}`);
            value = v;
          },
          enumerable: true,
          configurable: true,
        });
      }
    }
    return push.apply(this, items);
  };
  try {
    return { result: clean(), history };
  } finally {
    Array.prototype.push = push;
  }
}
