import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { errorReasons } from '@plenary/shared';

/**
 * Whether a browser request may act with the session cookie it carries: it comes from a page of
 * Plenary itself, at PUBLIC_URL or at the very address the request went to. Browsers send Origin
 * with every cross-site request, every POST and every WebSocket handshake, and no page can choose
 * the Host header, so a page elsewhere never passes. A request without Origin is not from a page of
 * another site (a script or a command-line client, holding its own cookie) and passes. `null`, sent
 * by sandboxed frames and local files, does not.
 */
export function originAllowed(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false;
  const from = new URL(origin);
  return from.origin === new URL(publicUrl).origin || from.host === headers.host;
}

const refusal = JSON.stringify({
  errors: [
    {
      message: 'This request came from a page on another site, so it was refused.',
      extensions: { code: errorReasons.ORIGIN_NOT_ALLOWED, reason: 'ORIGIN_NOT_ALLOWED' },
    },
  ],
});

/** For /graphql: a request from a page on another site is refused before anything runs. */
export function refuseForeignOrigin(publicUrl: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (originAllowed(req.headers, publicUrl)) {
      next();
      return;
    }
    res.status(403).type('application/json').send(refusal);
  };
}

type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * A live connection from a page on another site is refused at the handshake, before any WebSocket
 * opens. Wraps the upgrade listeners already attached (GraphQL's), so call it once the app is initialised.
 */
export function refuseForeignUpgrades(server: Server, publicUrl: string): void {
  const listeners = server.listeners('upgrade') as UpgradeListener[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!originAllowed(req.headers, publicUrl)) {
      socket.end(
        'HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: application/json\r\n' +
          `Content-Length: ${Buffer.byteLength(refusal)}\r\n\r\n${refusal}`,
      );
      return;
    }
    for (const listener of listeners) listener.call(server, req, socket, head);
  });
}
