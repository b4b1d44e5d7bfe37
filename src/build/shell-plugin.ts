import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';
import type { DeployConfig } from './deploy-config.ts';
import { cspOf, headersFor, metaCsp, parseHeaders } from './headers.ts';

/**
 * Fills the deploying area's neutral title, identity and exit destination into index.html, writes
 * the Content-Security-Policy from public/_headers into a <meta> tag for the built page, and makes
 * `vite preview` answer with the headers in dist/_headers, as a static host would.
 */
export function shellPlugin(config: DeployConfig): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'app-shell',
    configResolved(resolved) {
      root = resolved.root;
      outDir = resolved.build.outDir;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const filled = html
          .replaceAll('%APP_TITLE%', escapeHtml(config.title))
          .replaceAll('%APP_IDENTITY%', config.identity)
          .replaceAll('%APP_EXIT_URL%', escapeHtml(config.exit.default));
        // The dev server injects inline scripts for hot reload, so the policy applies to builds.
        if (context.server) return filled.replace('<!--csp-->', '');
        const csp = metaCsp(
          cspOf(parseHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'))),
        );
        return filled.replace(
          '<!--csp-->',
          `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}" />`,
        );
      },
    },
    configurePreviewServer(server) {
      const rules = parseHeaders(readFileSync(join(root, outDir, '_headers'), 'utf8'));
      const applyHeaders: Connect.NextHandleFunction = (req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const file = path === '/' ? '/index.html' : path;
        for (const [name, value] of headersFor(rules, file)) res.setHeader(name, value);
        next();
      };
      server.middlewares.use(applyHeaders);
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
