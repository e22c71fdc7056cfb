// Visibility under the filters and focus, over tests/fixtures/viewer/small-graph.json (31 nodes, 32 edges:
// 3 edges known only from hedged evidence, 7 CONDEMNS edges, evidence dated 2024-02-23 … 2024-11-21).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDataset, parseGraphJson } from "../../../viewer/src/state/dataset.ts";
import { computeVisibility, countEvidence } from "../../../viewer/src/state/filters.ts";
import { DEFAULT_FILTERS, type Filters } from "../../../viewer/src/state/types.ts";

const ds = buildDataset(parseGraphJson(readFileSync(new URL("../../fixtures/viewer/small-graph.json", import.meta.url), "utf8")));
const vis = (patch: Partial<Filters> = {}, focus: { node: string; depth: 1 | 2 } | null = null) =>
  computeVisibility(ds, { ...DEFAULT_FILTERS, ...patch }, focus);

describe("computeVisibility", () => {
  it("shows asserted evidence only by default: edges known only from hedged sentences are hidden", () => {
    const v = vis();
    expect(v.nodes.size).toBe(31);
    expect(v.edges.size).toBe(29);
    expect(v.edges.has("SUPPLIES|country:CN|country:RU")).toBe(false);
  });
  it("includes hedged evidence on request", () => {
    expect(vis({ includeHedged: true }).edges.size).toBe(32);
  });
  it.each([
    ["CONDEMNS", 22],
    ["SUPPLIES", 25],
  ])("hiding %s leaves %i edges", (type, n) => {
    expect(vis({ hiddenRelations: [type] }).edges.size).toBe(n);
  });
  it("hiding an entity type hides its nodes and their edges", () => {
    const v = vis({ hiddenEntityTypes: ["Organization"] });
    expect(v.nodes.has("org:g7")).toBe(false);
    expect(v.edges.has("CONDEMNS|org:g7|country:KP")).toBe(false);
  });
  it("a date range keeps evidence inside it and drops undated evidence", () => {
    const v = vis({ dateTo: "2024-06-19" });
    expect(v.edges.has("SIGNS|country:RU|event:partnership-treaty")).toBe(true);
    expect(v.edges.has("ATTACKS|country:RU|location:kharkiv")).toBe(false);
    expect(v.edges.has("LOCATED_IN|location:kharkiv|country:UA")).toBe(false);
    expect(v.edges.size).toBeLessThan(29);
  });
  it("minimum evidence counts the sentences the filters keep", () => {
    const v = vis({ minEvidence: 2 });
    expect([...v.edges]).toEqual(["CONDEMNS|country:KR|country:KP"]);
    expect(v.edgeWeight.get("CONDEMNS|country:KR|country:KP")).toBe(2);
  });
  it("hide isolated removes nodes left without a visible edge", () => {
    const v = vis({ hideIsolated: true });
    expect(v.nodes.has("weapon:atacms")).toBe(false);
    expect(v.nodes.has("country:KP")).toBe(true);
  });
  it("focus keeps the 1- or 2-step neighbourhood", () => {
    expect([...vis({}, { node: "location:kharkiv", depth: 1 }).nodes].sort()).toEqual(["country:RU", "country:UA", "location:kharkiv"]);
    const two = vis({}, { node: "location:kharkiv", depth: 2 });
    expect(two.nodes.has("country:KP")).toBe(true);
    expect(two.nodes.has("country:JP")).toBe(false);
  });
  it("countEvidence applies hedged and date filters per sentence", () => {
    const e = ds.edges.get("CONDEMNS|country:KR|country:KP")!;
    expect(countEvidence(e, DEFAULT_FILTERS)).toBe(2);
    expect(countEvidence(e, { ...DEFAULT_FILTERS, dateFrom: "2024-07-01" })).toBe(1);
  });
});

describe("parseGraphJson", () => {
  it.each([["not json", "{"], ["no nodes", "{\"edges\": []}"]])("refuses %s with a TypeError", (_n, text) => {
    expect(() => parseGraphJson(text)).toThrow(TypeError);
  });
});
