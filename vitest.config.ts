/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that .astro components compile in tests (rendered with the container API).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Astro components render under Vitest only in the node environment.
    environment: 'node',
    // West of Greenwich on purpose: a date formatted with local-time getters would slip a day.
    env: { TZ: 'America/Los_Angeles' },
    testTimeout: 30_000,
  },
});
