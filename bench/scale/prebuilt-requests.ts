/**
 * The stress tool's requests, built once before the clock starts instead of for every request while
 * it runs. autocannon rebuilds a request that has a `setupRequest` each time it sends one (object
 * spreads, the header lines joined, a Buffer made) and hands a request with `onResponse` its headers
 * as an object (lodash chunk and flatten): ~14 % of the stress client's CPU in a spike (a CPU profile
 * of the client, 1M cold spike), on the same two cores as the server, while the server's first
 * seconds wait for a CPU (schedstat). A real spike's clients spend theirs on other machines.
 *
 * Every request's bytes are made by autocannon's own builder (the same bytes it would write), and
 * each client is given one static request whose buffer is swapped for the next request's just
 * before autocannon writes it: its 'request' event comes first, and with a single static request
 * autocannon neither rebuilds it nor replaces the object (lib/requestIterator.js, lib/httpClient.js).
 * tests/bench/prebuilt-requests.test.ts checks that a server receives exactly these requests.
 */
import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';

/** A request as the stress tool describes it. */
export interface PlannedRequest {
  path: string;
  headers?: Record<string, string>;
}

/** A request and its bytes on the wire. */
export interface Prebuilt {
  path: string;
  bytes: Buffer;
}

type Builder = (defaults: object) => (request: object) => Buffer | null;
// autocannon's builder is not in its typings or its main export: the module path is part of what the test checks.
const requestBuilder = createRequire(import.meta.url)('autocannon/lib/httpRequestBuilder.js') as Builder;

/** The one static request autocannon is given; its buffer is replaced before every write. */
export const STATIC_REQUEST = { method: 'GET' as const, path: '/' };

/** What this reads and writes of an autocannon client (lib/httpClient.js). */
type Client = EventEmitter & { requestIterator?: { requests?: Array<{ requestBuffer?: Buffer }> } };

export class PrebuiltRequests {
  readonly built: Prebuilt[];
  private next = 0;

  /** `url`: the server autocannon is pointed at (its Host header); `headers`: added to every request. */
  constructor(url: string, requests: PlannedRequest[], headers: Record<string, string> = {}) {
    const { hostname, port } = new URL(url);
    const build = requestBuilder({ hostname, port: Number(port) });
    this.built = requests.map(({ path, headers: own }) => {
      const bytes = build({ method: 'GET', path, headers: { ...(own ?? {}), ...headers } });
      if (bytes === null) throw new Error(`autocannon built no request for ${path}`);
      return { path, bytes };
    });
  }

  /** From autocannon's setupClient: each request `client` sends is the next prebuilt one; `sent` hears which. */
  attach(client: object, sent?: (request: Prebuilt) => void): void {
    const c = client as Client;
    const only = c.requestIterator?.requests;
    if (only?.length !== 1) throw new Error('autocannon client without its one static request: prebuilt requests have nowhere to go');
    c.on('request', () => {
      const request = this.built[this.next++ % this.built.length]!;
      only[0]!.requestBuffer = request.bytes;
      sent?.(request);
    });
  }
}
