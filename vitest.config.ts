import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { contentPlugin } from './src/build/content-plugin.ts';
import { servicesPlugin } from './src/build/services-plugin.ts';

/**
 * Test files that check what happens as modules first load (the i18n engine loading only when a
 * feature's strings are needed): they need modules nobody else has loaded yet.
 */
const FRESH_MODULES = ['src/i18n/i18n.test.ts', 'src/i18n/Strings.test.tsx'];

// Kept apart from vite.config.ts so unit tests do not run the service-worker build.
export default defineConfig({
  plugins: [
    preact(),
    contentPlugin({ areas: ['st-helens'] }),
    servicesPlugin({ areas: ['st-helens'] }),
  ],
  define: {
    __BUILD__: JSON.stringify('test'),
    __DEPLOY__: JSON.stringify({
      exit: {
        default: 'https://www.bbc.co.uk/weather',
        choices: ['https://www.bbc.co.uk/weather'],
      },
      languages: ['en', 'pl', 'ur'],
      coverFirst: false,
      coverStart: null,
      identity: 'tools',
      serviceMaxAgeDays: 180,
    }),
  },
  test: {
    // Vitest leaves one core to itself by default: one worker on a 2-core machine. Its own share
    // is small, so every core runs test files.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          setupFiles: ['./test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
          exclude: FRESH_MODULES,
          restoreMocks: true,
          // Files share a worker's loaded modules instead of loading them again for each file,
          // which took most of the unit stage's time. Nothing loads with state any more (the
          // composition root makes it) and test/setup.ts empties the database after each file.
          // The deep run shuffles the files, so a file that leaks into another is found there.
          isolate: false,
          sequence: { shuffle: process.env['TEST_DEPTH'] === 'deep' },
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-fresh',
          environment: 'happy-dom',
          setupFiles: ['./test/setup.ts'],
          include: FRESH_MODULES,
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['test/build/**/*.test.ts'],
        },
      },
    ],
  },
});
