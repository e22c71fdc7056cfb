// The URL round trip of the view state, search suggestions, and the trigger split of an evidence sentence.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDataset, parseGraphJson } from "../../../viewer/src/state/dataset.ts";
import { suggest } from "../../../viewer/src/state/search.ts";
import { INITIAL_VIEW, type ViewState } from "../../../viewer/src/state/types.ts";
import { paramsToView, viewToParams } from "../../../viewer/src/state/url.ts";
import { sentenceParts } from "../../../viewer/src/ui/evidence.ts";

const ds = buildDataset(parseGraphJson(readFileSync(new URL("../../fixtures/viewer/small-graph.json", import.meta.url), "utf8")));

describe("URL state", () => {
  it("writes nothing for the initial view", () => {
    expect(viewToParams(INITIAL_VIEW).toString()).toBe("");
  });
  it("round-trips selection, filters, focus, switches and camera", () => {
    const v: ViewState = {
      ...INITIAL_VIEW,
      selectedNode: "country:KP",
      selectedEdge: "CONDEMNS|org:g7|country:KP",
      focus: { node: "country:KP", depth: 2 },
      filters: { hiddenRelations: ["SANCTIONS", "MEMBER_OF"], hiddenEntityTypes: ["Weapon"], dateFrom: "2024-03-01", dateTo: "2024-10-31", minEvidence: 2, hideIsolated: true, includeHedged: true },
      sizeBy: "pagerank",
      colorBy: "community",
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
    };
    expect(paramsToView(viewToParams(v))).toEqual({ ...v, highlighted: [] });
  });
  it("keeps unrelated parameters such as ?data=", () => {
    expect(viewToParams(INITIAL_VIEW, new URLSearchParams("data=/x.json")).get("data")).toBe("/x.json");
  });
  it.each([
    ["from=yesterday", { dateFrom: null }],
    ["minEv=lots", { minEvidence: 1 }],
  ])("ignores a malformed value (%s)", (qs, expected) => {
    expect(paramsToView(new URLSearchParams(qs)).filters).toMatchObject(expected);
  });
  it("ignores a malformed camera", () => {
    expect(paramsToView(new URLSearchParams("cam=1,2")).camera).toBeNull();
  });
});

describe("suggest", () => {
  it("matches an alias and says which", () => {
    expect(suggest(ds.graph, "dprk")[0]).toMatchObject({ node: "country:KP", via: "DPRK" });
  });
  it("ranks a prefix match before a word-start match, then by degree", () => {
    // "Russia" starts with "rus" (its alias "Russian Federation" too: it appears once); the EU's alias
    // "Brussels" only contains it, so it comes after.
    expect(suggest(ds.graph, "rus").map((s) => [s.label, s.via])).toEqual([["Russia", null], ["European Union", "Brussels"]]);
    const korea = suggest(ds.graph, "korea").map((s) => s.label);
    expect(korea[0]).toBe("North Korea");
    expect(korea).toEqual(expect.arrayContaining(["South Korea", "North Korean Defence Ministry"]));
    // Both are prefix matches: the higher degree wins; an exact alias match beats both.
    expect(suggest(ds.graph, "un").slice(0, 2).map((s) => s.label)).toEqual(["United States", "UN Security Council"]);
    expect(suggest(ds.graph, "uk")[0].label).toBe("United Kingdom");
  });
  it("returns nothing for an empty query", () => {
    expect(suggest(ds.graph, "  ")).toEqual([]);
  });
});

describe("sentenceParts", () => {
  const ev = ds.graph.getEdgeAttributes("CONDEMNS|org:g7|country:KP").evidence[0];
  it("splits the sentence around the trigger (body offsets made relative to the sentence)", () => {
    expect(sentenceParts(ev)).toEqual({
      before: "Leaders of the G7 ",
      trigger: "condemned",
      after: " North Korea's export of ballistic missiles to Russia at the Apulia summit.",
    });
  });
  it("gives the whole sentence when there is no trigger", () => {
    expect(sentenceParts({ ...ev, triggerStart: null, triggerEnd: null }).before).toBe(ev.sentence);
  });
});
