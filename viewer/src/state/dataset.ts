// Turns a GraphJson into the dataset the viewer works from: a graphology graph plus precomputed indexes
// (per-edge evidence dates, the sorted list of dates, the types present). Pure: no DOM, no fetch.
import Graph from "graphology";
import type { GraphJson, GraphJsonEdge, GraphJsonNode } from "./types.ts";

/** Dataset attributes plus the visual ones the renderer writes (position, size, colour). */
export type NodeAttrs = GraphJsonNode & { x?: number; y?: number; size?: number; color?: string };
export type EdgeAttrs = GraphJsonEdge & { color?: string };
export type DatasetGraph = Graph<NodeAttrs, EdgeAttrs>;

export interface EdgeSummary {
  type: string;
  /** One entry per evidence sentence: its date (or null) and whether it is hedged. */
  dates: (string | null)[];
  hedged: boolean[];
  /** An edge with no evidence is structural (derived from entity data): evidence filters don't apply. */
  structural: boolean;
}

export interface Dataset {
  graph: DatasetGraph;
  edges: Map<string, EdgeSummary>;
  /** Sorted distinct evidence dates, for the time slider. */
  dates: string[];
  relationTypes: string[];
  entityTypes: string[];
  articles: GraphJson["attributes"]["articles"];
}

export const isHedged = (ev: { polarity: string; modality: string }): boolean =>
  ev.polarity === "negated" || (ev.modality !== "asserted" && ev.modality !== "" && ev.modality != null);

/** Throws a TypeError naming what is missing when the JSON is not a `kg export --format json` graph. */
export function parseGraphJson(text: string): GraphJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new TypeError(`parseGraphJson: not JSON (${(e as Error).message}) — load a \`kg export --format json\` file`);
  }
  const d = data as Partial<GraphJson>;
  if (!d || !Array.isArray(d.nodes) || !Array.isArray(d.edges)) {
    throw new TypeError("parseGraphJson: no `nodes`/`edges` arrays — load a `kg export --format json` file");
  }
  return d as GraphJson;
}

export function buildDataset(json: GraphJson): Dataset {
  const graph: DatasetGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  const entityTypes = new Set<string>();
  for (const n of json.nodes) {
    const a = n.attributes;
    graph.addNode(n.key, { ...a, aliases: a.aliases ?? [], label: a.label ?? n.key });
    entityTypes.add(a.type);
  }
  const edges = new Map<string, EdgeSummary>();
  const dates = new Set<string>();
  const relationTypes = new Set<string>();
  for (const e of json.edges) {
    const a = e.attributes;
    const evidence = a.evidence ?? [];
    const key = e.key ?? `${a.type}|${e.source}|${e.target}`;
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, { ...a, evidence });
    relationTypes.add(a.type);
    const summary: EdgeSummary = {
      type: a.type,
      dates: evidence.map((ev) => ev.date ?? null),
      hedged: evidence.map(isHedged),
      structural: evidence.length === 0,
    };
    for (const d of summary.dates) if (d) dates.add(d);
    edges.set(key, summary);
  }
  return {
    graph,
    edges,
    dates: [...dates].sort(),
    relationTypes: [...relationTypes].sort(),
    entityTypes: [...entityTypes].sort(),
    articles: json.attributes?.articles ?? [],
  };
}
