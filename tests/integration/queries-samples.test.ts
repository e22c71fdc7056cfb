// The named queries on the graph of the five sample articles (data/articles), extracted by the real
// pipeline and loaded by the real store: the answers an analyst reads from those articles.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../graph/store/types.ts";
import { extractArticle } from "../../ingest/pipeline.ts";
import { readInputs } from "../../ingest/read.ts";
import type { ExtractRecord } from "../../ingest/types.ts";
import { CATALOG } from "../../queries/catalog/index.ts";
import { runNamedQuery } from "../../queries/run.ts";
import { buildKuzuGraph, openReadOnly } from "./queries-graph.ts";

const SAMPLES = path.join(import.meta.dirname, "../../data/articles");

let graph: Awaited<ReturnType<typeof buildKuzuGraph>>;
let store: Store;
beforeAll(async () => {
  const records: ExtractRecord[] = [];
  for await (const r of readInputs([SAMPLES])) if (r.ok) records.push(extractArticle(r.article));
  expect(records).toHaveLength(5);
  graph = await buildKuzuGraph(records);
  store = await openReadOnly(graph.db);
});
afterAll(async () => {
  await store?.close();
  graph?.cleanup();
});

const q = async (name: string, params: Record<string, string> = {}) => (await runNamedQuery(store, name, params)).rows;

describe("the sample articles, queried", () => {
  it("the G7 condemns North Korea and Russia", async () => {
    const rows = await q("condemnations", { actor: "G7" });
    const condemned = rows.filter((r) => r.direction === "condemns").map((r) => r.actor);
    expect(condemned).toEqual(expect.arrayContaining(["North Korea", "Russia"]));
  });
  it("North Korea supplies Russia with ballistic missiles", async () => {
    const rows = await q("supplies", { supplier: "DPRK", recipient: "Moscow" });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.weapons as string[]).toEqual(expect.arrayContaining([expect.stringMatching(/ballistic missile/i)]));
  });
  it("North Korea deploys to Russia", async () => {
    const rows = await q("deployments", { place: "Russia", deployer: "North Korea" });
    expect(rows.map((r) => r.destination)).toContain("Russia");
  });
  it("every catalogue query runs with the example parameters `kg query --list` shows", async () => {
    for (const query of CATALOG) {
      const params = Object.fromEntries(query.params.filter((p) => p.example !== "").map((p) => [p.name, p.example]));
      const res = await runNamedQuery(store, query.name, params);
      expect(res.columns, query.name).toEqual([...query.columns]);
    }
  });
});
