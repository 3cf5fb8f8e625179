/**
 * How long each of autocannon's connections took to open, as the stress tool's client saw it.
 * autocannon starts a connection's first request clock when it builds the connection's client, just
 * before `net.connect`, and it builds all of a spike's clients in one loop: the first request's time
 * therefore includes the loop, the TCP connect and the client's own event loop getting round to the
 * connect (the request's bytes are written then, not before). Kept apart, a slow first refusal can
 * be told apart as the connection still opening or the server answering late.
 */
import type { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';

/** What this reads of an autocannon client: its 'request' event and, once it has connected, its socket. */
type Client = EventEmitter & { conn?: Socket };

export class ConnectTimes {
  private readonly opened = new WeakMap<object, number>();

  /**
   * Watch `client` from its first request: autocannon emits 'request' just before it starts that
   * request's clock, with the connecting socket already in `conn`.
   */
  watch(client: Client, now: () => number = () => performance.now()): void {
    client.once('request', () => {
      const clock = now();
      client.conn?.once('connect', () => this.opened.set(client, now() - clock));
    });
  }

  /** Milliseconds from `client`'s first request clock to its connection opening, if it has opened. */
  connectMs(client: object): number | undefined {
    return this.opened.get(client);
  }
}
