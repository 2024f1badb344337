import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', './lib/i18n/test-setup.ts', './lib/playbook/test-setup.ts'],
    include: ['{lib,components,entrypoints,tests/unit}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    reporters: ['default', './tests/plain-summary-reporter.ts'],
  },
});
