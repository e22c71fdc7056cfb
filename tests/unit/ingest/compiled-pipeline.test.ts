// The bundled pipeline (what `kg extract` runs) must give exactly what the sources give.
import { describe, expect, it } from "vitest";
import { compiledPipelineUrl } from "../../../ingest/compiled-pipeline.ts";
import { extractArticle } from "../../../ingest/pipeline.ts";
import type { Article } from "../../../ingest/types.ts";

const article: Article = {
  id: "bundle-check.txt", hash: "0123456789abcdef0123456789abcdef", title: "Chile sends troops to Peru",
  date: "2024-03-02", source: null, url: null,
  text: "Chile sent 200 troops to Peru on Monday, Defence Minister Ana Roja said. Bolivia condemned the move.\n\nRoja said the two countries had signed a security pact.",
};

describe("compiled pipeline", () => {
  it("is built, and extracts the same record as the TypeScript sources", async () => {
    const url = await compiledPipelineUrl();
    expect(url).toMatch(/^file:.*pipeline-[0-9a-f]{16}\.mjs$/);
    const bundled = (await import(url!)) as typeof import("../../../ingest/pipeline.ts");
    const record = bundled.extractArticle(article);
    expect(record.claims.length).toBeGreaterThan(0);
    expect(record).toEqual(extractArticle(article));
  });

  it("is skipped when KG_NO_BUNDLE is set (the tsx fallback)", async () => {
    process.env.KG_NO_BUNDLE = "1";
    try {
      expect(await compiledPipelineUrl()).toBeNull();
    } finally {
      delete process.env.KG_NO_BUNDLE;
    }
  });
});
