import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { contentPlugin } from './src/build/content-plugin.ts';
import { servicesPlugin } from './src/build/services-plugin.ts';

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
