/** Settings the server reads from the environment (README "Configuration"). */
import path from 'node:path';
import { z } from 'zod';

export interface ServerConfig {
  port: number;
  host: string;
  corpusDir: string;
  dataDir: string;
}

const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  CORPUS_DIR: z.string().min(1).default('corpus'),
  DATA_DIR: z.string().min(1).default('data'),
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
  };
}
