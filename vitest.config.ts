import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kuzu holds a file lock per database and the browser tests start servers: keep files isolated.
    pool: "forks",
  },
});
