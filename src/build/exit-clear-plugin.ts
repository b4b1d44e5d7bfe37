import type { Plugin } from 'vite';
import type { DeployConfig } from './deploy-config.ts';

/**
 * "Exit and clear this site's data": writes one tiny static page per allowed exit destination,
 * dist/x/<n>/index.html, that sends the browser on to that destination with a meta refresh (which
 * replaces the history entry). The static host answers every /x/ path with Clear-Site-Data
 * (public/_headers), so the browser deletes this site's storage, caches and service worker before
 * the person lands on the neutral page. No JavaScript is needed, and the service worker never
 * answers /x/ (see src/sw.ts and the precache globIgnores in vite.config.ts).
 */
export function exitClearPlugin(config: DeployConfig): Plugin {
  return {
    name: 'exit-clear-pages',
    apply: 'build',
    generateBundle() {
      config.exit.choices.forEach((url, index) => {
        this.emitFile({
          type: 'asset',
          fileName: `x/${index}/index.html`,
          source: page(url, config.title),
        });
      });
    },
  };
}

export function page(url: string, title: string): string {
  const href = escapeHtml(url);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="refresh" content="0;url=${href}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<p><a href="${href}" rel="nofollow noreferrer">${href}</a></p>`,
    '',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
