/** Settings the server reads from the environment (README "Configuration"). */
import path from 'node:path';
import { z } from 'zod';

export interface ServerConfig {
  port: number;
  host: string;
  corpusDir: string;
  dataDir: string;
  /** The site's address as readers reach it (`PUBLIC_BASE_URL`), ending in `/`; unset: the request's host. */
  publicBaseUrl?: string;
}

const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  CORPUS_DIR: z.string().min(1).default('corpus'),
  DATA_DIR: z.string().min(1).default('data'),
  PUBLIC_BASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const url = URL.canParse(value) ? new URL(value) : null;
      if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
        ctx.addIssue({ code: 'custom', message: `must be an http(s) URL with no query or fragment, such as https://news.example.org/, not "${value}"` });
        return z.NEVER;
      }
      // A base with a path keeps it when links are resolved against it only if it ends in "/".
      return url.href.endsWith('/') ? url.href : `${url.href}/`;
    }),
});

/** Throws with a message naming the bad variable. */
export function serverConfigFromEnv(vars: NodeJS.ProcessEnv): ServerConfig {
  const parsed = env.safeParse(vars);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bad environment: ${problems}`);
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    corpusDir: path.resolve(parsed.data.CORPUS_DIR),
    dataDir: path.resolve(parsed.data.DATA_DIR),
    ...(parsed.data.PUBLIC_BASE_URL ? { publicBaseUrl: parsed.data.PUBLIC_BASE_URL } : {}),
  };
}
