/**
 * The corpus's own YAML files (the manifest, the synonym list): parsed and validated with every
 * failure naming the file and, when it can be found, the line to look at.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

/** A corpus file that cannot be used: `file:line: problem`. */
export class CorpusFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
  }
}

/**
 * The first of `names` that exists in `corpusDir`, with its text; null when none does. A file that
 * exists but cannot be read is an error, not an absence.
 */
export async function readCorpusFile(
  corpusDir: string,
  names: readonly string[],
  fail: (file: string, problem: string) => CorpusFileError,
): Promise<{ file: string; source: string } | null> {
  for (const name of names) {
    const file = path.join(corpusDir, name);
    try {
      return { file, source: await readFile(file, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw fail(file, `cannot be read: ${(error as Error).message}`);
    }
  }
  return null;
}

export interface ParsedYaml<T> {
  data: T;
  /** Line of the node at `path` (or of its key `key`), for errors found after validation. */
  lineOf(path: PropertyKey[], key?: string): number | undefined;
}

/**
 * Parse `source` as YAML and validate it against `schema`. `fail` builds the file's own error type;
 * `unknownKeysHint` adds what the file may hold when a key is not recognised.
 */
export function parseYamlFile<T>(
  source: string,
  schema: z.ZodType<T>,
  fail: (problem: string, line?: number) => CorpusFileError,
  unknownKeysHint = '',
): ParsedYaml<T> {
  const counter = new LineCounter();
  const doc = parseDocument(source.replace(/^\ufeff/, ''), { lineCounter: counter, prettyErrors: false });
  const [yamlError] = doc.errors;
  if (yamlError) throw fail(`is not valid YAML: ${yamlError.message.split('\n')[0]!.trim()}`, counter.linePos(yamlError.pos[0]).line);
  const lineOf = (path: PropertyKey[], key?: string) => lineOfNode(doc, counter, path, key);
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.map(String).join(' → ')}: ` : '';
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const hint = keys.length > 0 && unknownKeysHint ? ` (${unknownKeysHint})` : '';
    throw fail(`${where}${issue.message}${hint}`, lineOf(issue.path, keys[0]));
  }
  return { data: parsed.data, lineOf };
}

/** Line of the node at `issuePath` (or of its key `key`), else of its deepest existing ancestor. */
function lineOfNode(doc: Document, counter: LineCounter, issuePath: PropertyKey[], key?: string): number | undefined {
  const segments = issuePath.filter((p): p is string | number => typeof p !== 'symbol');
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(segments.slice(0, depth), true);
    if (!node || typeof node !== 'object') continue;
    if (key !== undefined && depth === segments.length && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
      if (keyNode?.range) return counter.linePos(keyNode.range[0]).line;
    }
    const range = (node as { range?: [number, number, number] }).range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}
