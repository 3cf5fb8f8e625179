/**
 * The indexer's command lines (`npm run index`, `npm run prepare-answers`) read their options the
 * same way: node's `parseArgs`, strict, with `-h/--help`; a bad option prints the message and the
 * usage and exits 2, `--help` prints the usage and exits 0.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

type Config<O extends Options> = { args: string[]; options: O & typeof HELP; strict: true; allowPositionals: false };
type Values<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>['values'];

/** The parsed option values, or the exit status when the command should stop here (help, bad usage). */
export function readCliArgs<const O extends Options>(argv: string[], options: O, usage: string): Values<O> | number {
  let values: Values<O>;
  try {
    const config: Config<O> = { args: argv, options: { ...options, ...HELP }, strict: true, allowPositionals: false };
    values = parseArgs(config).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((values as { help?: boolean }).help === true) {
    console.log(usage);
    return 0;
  }
  return values;
}
