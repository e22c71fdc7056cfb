// Writes the visual attributes sigma reads (size, colour) onto the graph's nodes and edges. The dataset
// attributes are left as they are; per-frame display state (hidden, dimmed, highlighted) is in reducers.
import louvain from "graphology-communities-louvain";
import Graph from "graphology";
import type { DatasetGraph } from "../state/dataset.ts";
import type { ColorBy, SizeBy } from "../state/types.ts";
import { communityColor, entityColor, relationColor } from "./palette.ts";

const MIN_SIZE = 3;
const MAX_SIZE = 16;

export function applyNodeVisuals(graph: DatasetGraph, sizeBy: SizeBy, colorBy: ColorBy): void {
  let max = 0;
  graph.forEachNode((_n, a) => {
    max = Math.max(max, Number(a[sizeBy]) || 0);
  });
  const communities = colorBy === "community" ? communityOf(graph) : null;
  graph.updateEachNodeAttributes((n, a) => {
    const v = Number(a[sizeBy]) || 0;
    const size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (max > 0 ? Math.sqrt(v / max) : 0);
    const color = communities ? communityColor(communities[n] ?? 0) : entityColor(a.type);
    return { ...a, size, color } as typeof a;
  }, { attributes: ["size", "color"] });
}

export function applyEdgeVisuals(graph: DatasetGraph): void {
  graph.updateEachEdgeAttributes((_e, a) => ({ ...a, color: relationColor(a.type) }) as typeof a, {
    attributes: ["color"],
  });
}

/** Thickness from the number of evidence sentences the filters keep: 1 → 1px, 16 → ~5px. */
export const edgeThickness = (evidence: number): number => 1 + Math.log2(Math.max(1, evidence));

/**
 * Communities as stored at build time (`community`), or computed here with Louvain when the data has none
 * (a static file from an older export): Louvain wants a simple graph, so it runs on an undirected projection.
 */
function communityOf(graph: DatasetGraph): Record<string, number> {
  const stored: Record<string, number> = {};
  const seen = new Set<number>();
  graph.forEachNode((n, a) => {
    stored[n] = Number(a.community) || 0;
    seen.add(stored[n]);
  });
  if (seen.size > 1 || graph.order < 3) return stored;
  const simple = new Graph({ type: "undirected" });
  graph.forEachNode((n) => simple.addNode(n));
  graph.forEachEdge((_e, _a, s, t) => {
    if (s !== t) simple.mergeEdge(s, t);
  });
  return louvain(simple);
}
