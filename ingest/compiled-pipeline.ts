// The extraction pipeline as one esbuild bundle. tsx compiles with `keepNames`, which wraps every
// function and closure in a naming call: on the hot path that costs ~15% of extraction time. The bundle
// is rebuilt from the sources on every run (~30 ms) and stored under its content hash, so it can never
// be stale and concurrent runs never write the same file half-way.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CACHE = join(ROOT, "node_modules", ".cache", "kg");

/** file: URL of the bundled pipeline (exports extractArticle), or null to fall back to tsx. */
export async function compiledPipelineUrl(): Promise<string | null> {
  if (process.env.KG_NO_BUNDLE) return null;
  try {
    const { build } = await import("esbuild");
    const result = await build({
      entryPoints: [join(ROOT, "ingest", "pipeline.ts")],
      bundle: true, platform: "node", format: "esm", target: "node20",
      // packages stay imports, resolved from the project's node_modules next to the bundle
      packages: "external", write: false, logLevel: "silent", sourcemap: false,
    });
    const code = result.outputFiles[0].contents;
    const file = join(CACHE, `pipeline-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(CACHE, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, code);
      renameSync(tmp, file);
    }
    return pathToFileURL(file).href;
  } catch {
    // no esbuild, a read-only install: tsx runs the same sources, a little slower
    return null;
  }
}
