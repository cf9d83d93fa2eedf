// The room storage against a real PostgreSQL server (npm run test:server): apart from `npm test`
// because it needs Debian's postgresql installed. Each file starts its own throwaway cluster.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
