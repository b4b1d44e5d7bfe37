import { startStaticServer, type StaticServer } from '../tools/static-server.ts';
import {
  test,
  expect,
  openApp,
  waitForOffline,
  deploy,
  guard,
  testWithServiceWorker,
} from './fixtures.ts';

/**
 * Deploy smoke test: dist/ served by a plain static host that applies dist/_headers, as the
 * README's deploy section describes, rather than by the Vite preview server.
 */
let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer('dist');
});
test.afterAll(async () => {
  await server.close();
});

test('the host sends the security headers on the page and on assets', async ({ request }) => {
  const page = await request.get(`${server.url}/`);
  const headers = page.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("connect-src 'self'");
  expect(headers['content-security-policy']).toContain("require-trusted-types-for 'script'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-cache');
  const html = await page.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
  const script = await request.get(`${server.url}${asset}`);
  expect(script.headers()['cache-control']).toContain('immutable');
  expect(script.headers()['content-security-policy']).toBe(headers['content-security-policy']);
});

testWithServiceWorker(
  'P1, P2: starts offline after one visit and talks to no other origin',
  async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.url });
    const rails = await guard(context, server.url);
    const page = await context.newPage();
    try {
      await openApp(page);
      await waitForOffline(page);
      await context.setOffline(true);
      await page.reload();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Find help and stay safer' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toHaveAttribute(
        'href',
        deploy.exit.default,
      );
      await rails.verify();
    } finally {
      await context.close();
    }
  },
);
