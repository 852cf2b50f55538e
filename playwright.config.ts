// Playwright: the "chromium" project runs the browser specs (e2e/*.spec.ts) in Debian's Chromium
// against the built renderer bridged to the real engine (e2e/fixtures/app.ts); the "electron"
// project runs e2e/electron/** against the packaged app and launches no browser of its own.
import { defineConfig } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  // Overridable so that two runs in one working tree do not wipe each other's artifacts.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  projects: [
    {
      name: 'chromium',
      testDir: 'e2e',
      testMatch: '*.spec.ts',
      testIgnore: 'electron/**',
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'e2e/electron',
      testMatch: '*.spec.ts',
    },
  ],
});
