import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders } from '../../src/build/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  /** Serves another built folder from now on, as when a host publishes a new version. */
  publish(dir: string): Promise<void>;
  /** Changes what a path serves from now on (for example, a new service worker version). */
  rewrite(path: string, change: ((body: string) => string) | undefined): void;
  close(): Promise<void>;
}

/**
 * A small static host for tests: serves a built folder, applies its `_headers` file exactly as
 * the deploy README describes, serves a folder's index.html for a path ending in '/', and falls back
 * to index.html for unknown paths, like an SPA host. Port 0 (the default) takes a free port, so
 * tests running side by side in two workers never collide.
 */
export async function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  let root = dir;
  let rules = parseHeaders(await readFile(join(root, '_headers'), 'utf8'));
  const rewrites = new Map<string, (body: string) => string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = normalize(path.endsWith('/') ? `${path}index.html` : path);
      let body: Buffer;
      let served = file;
      try {
        body = await readFile(join(root, file));
      } catch {
        served = '/index.html';
        body = await readFile(join(root, served));
      }
      const change = rewrites.get(served);
      const out = change ? Buffer.from(change(body.toString('utf8'))) : body;
      for (const [name, value] of headersFor(rules, file)) res.setHeader(name, value);
      res.setHeader('Content-Type', TYPES[extname(served)] ?? 'application/octet-stream');
      res.end(out);
    })().catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${boundPort}`,
    async publish(next) {
      rules = parseHeaders(await readFile(join(next, '_headers'), 'utf8'));
      root = next;
    },
    rewrite(path, change) {
      if (change) rewrites.set(path, change);
      else rewrites.delete(path);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
