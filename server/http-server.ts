/**
 * The HTTP server an Express app is served by, its requests and responses made with Express's
 * prototypes from the start.
 *
 * Express gives each request and response its own prototype (`Object.setPrototypeOf(req,
 * app.request)`, same for `res`) as it starts routing them. Objects whose prototype was changed that
 * way outlive V8's young-generation collections on the serving thread: everything a request hangs on
 * them (the pino child logger, the engine's answer, the rendered page) is promoted to the old
 * generation and stays there until the next full collection. In-process, one connection, 3,000
 * requests to a bare Express route: 7.4 KB promoted per request with `http.createServer(app)`, 0.3 KB
 * when the objects already have the prototype Express sets (its call then changes nothing); plain
 * Node `http` promotes 0.15 KB (docs/journal/operations.md, "What an answered search leaves in the old
 * generation").
 */
import http from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type express from 'express';

/** Node's own constructors, called on an object that already has Express's prototype. */
type RequestConstructor = new (socket: Socket) => IncomingMessage;
type ResponseConstructor = new (req: IncomingMessage, options?: object) => ServerResponse;

export function serverFor(app: express.Express): Server {
  // Function constructors (not classes): `prototype` must be Express's own object, not one made from it.
  function Request(this: IncomingMessage, socket: Socket): void {
    (http.IncomingMessage as unknown as (this: IncomingMessage, socket: Socket) => void).call(this, socket);
  }
  // Node passes the response its options (highWaterMark and the like): handed on unchanged.
  function Response(this: ServerResponse, req: IncomingMessage, options?: object): void {
    (http.ServerResponse as unknown as (this: ServerResponse, req: IncomingMessage, options?: object) => void).call(this, req, options);
  }
  Request.prototype = app.request;
  Response.prototype = app.response;
  return http.createServer(
    {
      IncomingMessage: Request as unknown as RequestConstructor as typeof IncomingMessage,
      ServerResponse: Response as unknown as ResponseConstructor as typeof ServerResponse,
    },
    app,
  );
}
