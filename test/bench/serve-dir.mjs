// A bare static file server for benchmark comparison pages (a blank page, the GOV.UK component).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
};

/** Serves `dir` on 127.0.0.1:`port`; resolves to { url, close() }. */
export async function serveDir(dir, port) {
  const server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      const body = await readFile(join(dir, path === '/' ? 'index.html' : path));
      res.setHeader('Content-Type', TYPES[extname(path) || '.html'] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
