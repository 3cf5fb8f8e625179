/**
 * Structured request logs (pino, one JSON line per request on stdout) and the request id that ties
 * a response, its error page and its log line together.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import { pino, type Logger, type LevelWithSilent } from 'pino';
import { pinoHttp } from 'pino-http';
import { logDestination } from './log-destination.ts';

export type { Logger };

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * An id a proxy in front of us already assigned is kept, so one id follows the request end to end;
 * anything that is not a short plain token is replaced, because it is echoed into headers, logs
 * and pages.
 */
const TRUSTED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

const MAX_LOGGED_URL = 2000;

const LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * `LOG_LEVEL` (default `info`). Under `node --test` the default is `silent`, so a test run is not
 * buried in request lines; a test can still set `LOG_LEVEL` to see them.
 */
export function logLevelFromEnv(env: NodeJS.ProcessEnv): LevelWithSilent {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  if (wanted) {
    if ((LEVELS as readonly string[]).includes(wanted)) return wanted as LevelWithSilent;
    throw new Error(`Bad environment: LOG_LEVEL must be one of ${LEVELS.join(', ')}, not "${env.LOG_LEVEL}"`);
  }
  return env.NODE_TEST_CONTEXT ? 'silent' : 'info';
}

/**
 * The server's logger, on `fd` (stdout by default) through a destination whose queue for a slow
 * reader is bounded (server/log-destination.ts); lines it had to drop are counted in a `warn` line.
 */
export function createLogger(level: LevelWithSilent = logLevelFromEnv(process.env), fd = 1): Logger {
  const destination = logDestination(fd);
  const logger = pino({ level, base: { service: 'nutgraf', pid: process.pid } }, destination.stream);
  destination.onDropped(({ lines, bytes }) =>
    logger.warn({ droppedLines: lines, droppedBytes: bytes }, 'log lines dropped: the log was not read as fast as it was written'),
  );
  return logger;
}

export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && TRUSTED_ID.test(given) ? given : randomUUID();
}

/**
 * Assigns the request id (`req.id`, `res.locals.requestId`, the `X-Request-Id` response header) and
 * logs each finished request: method, path, status, time; 5xx at `error` (but a refused search, 503 with
 * Retry-After, at `warn`), 4xx at `warn`.
 */
export function requestLogging(logger: Logger): RequestHandler {
  const http = pinoHttp({
    logger,
    // A search's wait at the gate and its time in the engine (search-gate.ts), when it searched.
    customProps: (_req, res) => {
      const times: unknown = (res as { locals?: { searchTimes?: unknown } }).locals?.searchTimes;
      return times === undefined ? {} : { search: times };
    },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestId(req);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // A search refused because the queue is full (503 with Retry-After) is the server doing its job
    // under a spike, not a fault: logged at `warn`, so a spike does not flood the error log.
    customLogLevel: (_req, res, error) =>
      error
        ? 'error'
        : res.statusCode === 503 && res.hasHeader('Retry-After')
          ? 'warn'
          : res.statusCode >= 500
            ? 'error'
            : res.statusCode >= 400
              ? 'warn'
              : 'info',
    // Only what an operator needs; headers may carry cookies and are not logged.
    serializers: {
      req: (req: { id: unknown; method: string; url: string; headers: Record<string, string | undefined> }) => ({
        id: req.id,
        method: req.method,
        // A URL can be up to 16 KB (Node's header limit); a log line need not be.
        url: req.url.length > MAX_LOGGED_URL ? `${req.url.slice(0, MAX_LOGGED_URL)}…` : req.url,
        htmx: req.headers['hx-request'] === 'true' || undefined,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return (req, res, next) => {
    http(req, res);
    res.locals.requestId = String(req.id);
    next();
  };
}

/** How often refused searches are summed up in the log. */
const REFUSALS_EVERY_MS = 1000;
/** The event-loop delay sampler's resolution: finer costs the serving thread a timer turn more often. */
const LOOP_DELAY_RESOLUTION_MS = 10;

/**
 * Counts searches refused at the door (server/admission.ts) and logs their number at `warn`, at most
 * one line a second: a spike refuses thousands a second, and a line each would cost the serving
 * thread more than the refusals themselves. The line also says how long the serving thread's event
 * loop was held in that second (`loopDelayMaxMs`, `loopDelayP99Ms`): a refusal waits for the turn
 * that reads its request, so a slow refusal is either a held loop (a long render, a garbage
 * collection, a core given to other work) or, when the loop was not held, the client's own delay.
 */
export function refusalCounter(logger: Logger): () => void {
  let refused = 0;
  let since = 0;
  const loop = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
  const ms = (ns: number) => Math.round(ns / 1e6);
  const flush = () => {
    loop.disable();
    logger.warn(
      {
        refused,
        ms: Math.round(performance.now() - since),
        loopDelayMaxMs: ms(loop.max),
        loopDelayP99Ms: ms(loop.percentile(99)),
      },
      'searches refused: the queue was full (503 Busy)',
    );
    refused = 0;
  };
  return () => {
    if (refused++ === 0) {
      since = performance.now();
      // Sampled only while refusing: a quiet server runs no extra timer.
      loop.reset();
      loop.enable();
      setTimeout(flush, REFUSALS_EVERY_MS).unref();
    }
  };
}
