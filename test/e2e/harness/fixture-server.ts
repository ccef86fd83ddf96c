import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { pagesDir } from './paths.ts';

/** A request that went anywhere but our own loopback origins: proof that something left the browser. */
export interface ExternalRequest {
  method: string;
  url: string;
}

/** What a registered route answers; a string is served as UTF-8 HTML. */
export type RouteBody = string | { body: string | Uint8Array; type: string; headers?: Record<string, string> };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Two loopback origins over `test/fixtures/pages/` (the second one lets a page embed a
 * cross-origin iframe) that double as the browsers' HTTP proxy. Both browsers send every
 * request, loopback included, through the proxy port: requests for our origins are served,
 * and everything else is recorded as external and refused. Counting at the proxy sees what
 * the extension's background does too, not only what a page does.
 */
export class FixtureServer {
  /** The main origin, e.g. `http://127.0.0.1:41234`. */
  origin = '';
  /** The second origin, for cross-origin frames. */
  crossOrigin = '';
  /** The port both browsers use as their proxy (it is the main origin's port). */
  proxyPort = 0;
  readonly #routes = new Map<string, RouteBody>();
  readonly #external: ExternalRequest[] = [];
  readonly #servers: Server[] = [];
  readonly #sockets = new Set<Socket>();

  /** Starts both origins on random loopback ports. */
  async start(): Promise<this> {
    const main = await this.#listen();
    const second = await this.#listen();
    this.proxyPort = main;
    this.origin = `http://127.0.0.1:${main}`;
    this.crossOrigin = `http://127.0.0.1:${second}`;
    return this;
  }

  /** An absolute URL on the main origin (or the second one with `cross`). */
  url(path: string, cross = false): string {
    return new URL(path, cross ? this.crossOrigin : this.origin).href;
  }

  /** Serves `body` at `path` on both origins, ahead of the fixture files; lets a spec add pages. */
  route(path: string, body: RouteBody): void {
    this.#routes.set(path, body);
  }

  /** Requests that did not go to our origins, in arrival order. */
  externalRequests(): ExternalRequest[] {
    return [...this.#external];
  }

  /** Forgets the requests counted so far. */
  clearExternal(): void {
    this.#external.length = 0;
  }

  /** Closes both origins and any connection a browser kept open. */
  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await Promise.all(this.#servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  }

  async #listen(): Promise<number> {
    const server = createServer((req, res) => void this.#handle(req, res));
    server.on('connection', (s) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
      // A browser may reset a connection it is done with (a refused tunnel, a closing window): that
      // is no test's failure, and unhandled it would end the run as an uncaught ECONNRESET.
      s.on('error', () => undefined);
    });
    // CONNECT is how a browser asks a proxy for a TLS tunnel: always external, always refused.
    server.on('connect', (req: IncomingMessage, socket: Socket) => {
      this.#external.push({ method: 'CONNECT', url: `https://${(req.url ?? '').replace(/:443$/, '')}/` });
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    this.#servers.push(server);
    return (server.address() as AddressInfo).port;
  }

  #ours(host: string): boolean {
    return [this.origin, this.crossOrigin].some((o) => new URL(o).host === host);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    const url = new URL(raw, `http://${req.headers.host ?? '127.0.0.1'}`);
    if (!this.#ours(url.host)) {
      this.#external.push({ method: req.method ?? 'GET', url: url.href });
      res.writeHead(403, { 'content-type': 'text/plain' }).end('FactLens tests: no network');
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const route = this.#routes.get(url.pathname) ?? this.#routes.get(url.pathname + url.search);
    if (route !== undefined) {
      const r = typeof route === 'string' ? { body: route, type: types['.html']! } : route;
      res.writeHead(200, { 'content-type': r.type, 'cache-control': 'no-store', ...r.headers }).end(r.body);
      return;
    }
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const file = normalize(join(pagesDir, decodeURIComponent(path)));
    if (!file.startsWith(pagesDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  }
}
