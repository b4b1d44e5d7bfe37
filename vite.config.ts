import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/build/content-plugin.ts';
import { coverFirstStart, deployAreas, readDeployConfig } from './src/build/deploy-config.ts';
import { exitClearPlugin } from './src/build/exit-clear-plugin.ts';
import { shellPlugin } from './src/build/shell-plugin.ts';
import { retireWorkerPlugin } from './src/build/retire-worker.ts';
import { loadDirectory, servicesPlugin } from './src/build/services-plugin.ts';
import { translationsPlugin } from './src/build/translations-plugin.ts';

// DEPLOY_CONFIG builds another deployment's settings (the multi-area test build uses it).
const deploy = readDeployConfig(process.env['DEPLOY_CONFIG']);
// The areas' service packs; a test or the benchmark may build others (SERVICES_AREA names the
// packs, comma-separated, and SERVICES_AREA_DIR the folder they are in).
const directoryOptions = {
  areas: process.env['SERVICES_AREA']?.split(',') ?? deployAreas(deploy),
  areaDir: process.env['SERVICES_AREA_DIR'],
};
/** Output names with no trace of the source file's name (test/build/dist.test.ts checks them). */
const HASH_ONLY = {
  entryFileNames: 'assets/[hash].js',
  chunkFileNames: 'assets/[hash].js',
  assetFileNames: 'assets/[hash][extname]',
};
/** The kill-switch build (README, "Withdrawing a version"). */
const retire = process.env['VITE_RETIRE_SW'] === '1';

export default defineConfig({
  plugins: [
    preact(),
    shellPlugin(deploy),
    // A page may link only to services that are in the directory this build ships, and each
    // area brings its own pages (its local pathway) from beside its pack.
    contentPlugin({
      ...directoryOptions,
      directory: () => loadDirectory({ root: process.cwd(), ...directoryOptions }),
    }),
    servicesPlugin(directoryOptions),
    // Refuses languages the area does not accept (unreviewed or incomplete; deploy.config.json).
    translationsPlugin(deploy, directoryOptions),
    exitClearPlugin(deploy),
    retire
      ? retireWorkerPlugin()
      : VitePWA({
          strategies: 'injectManifest',
          srcDir: 'src',
          filename: 'sw.ts',
          injectRegister: false, // src/pwa/register.ts registers it and never reloads on its own
          manifest: false, // one static manifest per identity lives in public/
          injectManifest: {
            globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
            globIgnores: ['**/_headers', 'x/**'], // /x must reach the network (Clear-Site-Data)
          },
        }),
  ],
  define: {
    // A label for this build, shown nowhere; the update tests build a second version with it.
    __BUILD__: JSON.stringify(process.env['VITE_BUILD_LABEL'] ?? 'release'),
    __DEPLOY__: JSON.stringify({
      exit: deploy.exit,
      languages: deploy.languages,
      coverFirst: deploy.coverFirst,
      coverStart: coverFirstStart(deploy),
      identity: deploy.identity,
      serviceMaxAgeDays: deploy.serviceMaxAgeDays,
    }),
  },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Built files are named by content hash only: a module's name (DiaryScreen, show-mode, ...)
    // would tell anyone who looks at the cache, the network log or sw.js what the app is for.
    rolldownOptions: { output: HASH_ONLY },
  },
  worker: { rolldownOptions: { output: HASH_ONLY } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
