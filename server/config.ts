/** Settings the server reads from the environment (docs/operations.md, "Configuration"). */
import path from 'node:path';
import { z } from 'zod';

export interface ServerConfig {
  port: number;
  host: string;
  corpusDir: string;
  dataDir: string;
  limits: Partial<SearchLimits>;
  /** The site's address as readers reach it (`PUBLIC_BASE_URL`), ending in `/`; unset: the request's host. */
  publicBaseUrl?: string;
  /** ACCEPT_COPIES: more descriptors of the listening socket, each accepting one connection a loop turn (accept-copies.ts). */
  acceptCopies: number;
  /** NEWCOMERS_HOLD_MS: the longest a refused connection is left unread while new ones are accepted (newcomers-first.ts); 0: never. */
  newcomersHoldMs: number;
}

/** Copies of the listening socket by default: a burst of 200 connections accepted in 13 loop turns instead of 200. */
export const DEFAULT_ACCEPT_COPIES = 15;

/**
 * The longest a refused connection's next request is left unread while a burst of new connections is
 * let in (newcomers-first.ts): short enough that a held re-ask plus one loop turn stays under 50 ms.
 */
export const DEFAULT_HOLD_MS = 25;

/** How the server bounds searching under load (docs/operations.md, "Under load"). */
export interface SearchLimits {
  /** SEARCH_QUEUE_MS: refuse a search (503, Retry-After) whose answer is expected later than this. */
  queueMs: number;
  /** SEARCH_TIMEOUT_MS: stop a search still running after this, and say so. */
  timeoutMs: number;
  /** EXPORT_TIMEOUT_MS: the limit of one CSV/JSON download, start to end. */
  exportTimeoutMs: number;
  /** EXPORT_STREAMS: downloads at once; more are refused with a 503. */
  exportStreams: number;
  /** SEARCH_CONCURRENCY: searches sent to the engine at once; default its own `parallelism`. */
  concurrency?: number;
}

export const DEFAULT_LIMITS: SearchLimits = { queueMs: 1_000, timeoutMs: 5_000, exportTimeoutMs: 600_000, exportStreams: 2 };

const milliseconds = z.coerce.number().int().min(1).max(3_600_000);

const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  CORPUS_DIR: z.string().min(1).default('corpus'),
  DATA_DIR: z.string().min(1).default('data'),
  SEARCH_QUEUE_MS: milliseconds.default(DEFAULT_LIMITS.queueMs),
  SEARCH_TIMEOUT_MS: milliseconds.default(DEFAULT_LIMITS.timeoutMs),
  EXPORT_TIMEOUT_MS: milliseconds.default(DEFAULT_LIMITS.exportTimeoutMs),
  EXPORT_STREAMS: z.coerce.number().int().min(1).max(1000).default(DEFAULT_LIMITS.exportStreams),
  SEARCH_CONCURRENCY: z.coerce.number().int().min(1).max(1000).optional(),
  ACCEPT_COPIES: z.coerce.number().int().min(0).max(64).default(DEFAULT_ACCEPT_COPIES),
  NEWCOMERS_HOLD_MS: z.coerce.number().int().min(0).max(40).default(DEFAULT_HOLD_MS),
  PUBLIC_BASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const url = URL.canParse(value) ? new URL(value) : null;
      if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
        ctx.addIssue({
          code: 'custom',
          message: `must be an http(s) URL with no query or fragment, such as https://news.example.org/, not "${value}"`,
        });
        return z.NEVER;
      }
      // A base with a path keeps it when links are resolved against it only if it ends in "/".
      return url.href.endsWith('/') ? url.href : `${url.href}/`;
    }),
});

/** Throws with a message naming the bad variable. */
export function serverConfigFromEnv(vars: NodeJS.ProcessEnv): ServerConfig {
  // A variable set but blank (`SEARCH_QUEUE_MS=` in a compose file) means "use the default".
  const parsed = env.safeParse(Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined && v.trim() !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bad environment: ${problems}`);
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    corpusDir: path.resolve(parsed.data.CORPUS_DIR),
    dataDir: path.resolve(parsed.data.DATA_DIR),
    limits: {
      queueMs: parsed.data.SEARCH_QUEUE_MS,
      timeoutMs: parsed.data.SEARCH_TIMEOUT_MS,
      exportTimeoutMs: parsed.data.EXPORT_TIMEOUT_MS,
      exportStreams: parsed.data.EXPORT_STREAMS,
      ...(parsed.data.SEARCH_CONCURRENCY === undefined ? {} : { concurrency: parsed.data.SEARCH_CONCURRENCY }),
    },
    ...(parsed.data.PUBLIC_BASE_URL ? { publicBaseUrl: parsed.data.PUBLIC_BASE_URL } : {}),
    acceptCopies: parsed.data.ACCEPT_COPIES,
    newcomersHoldMs: parsed.data.NEWCOMERS_HOLD_MS,
  };
}
