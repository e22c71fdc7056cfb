// `vite build viewer` (run by `npm ci` through `prepare`) writes viewer/dist, which `kg serve` serves.
// Relative base: the same build also works as a static page next to a `kg export --format json` file.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { host: "127.0.0.1", proxy: { "/api": "http://127.0.0.1:8765" } },
  worker: { format: "es" },
});
