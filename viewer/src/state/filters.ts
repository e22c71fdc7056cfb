// Which nodes and edges the filters and the focus leave visible. Pure: dataset + view → sets.
import type { Dataset, EdgeSummary } from "./dataset.ts";
import type { Filters, Focus } from "./types.ts";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Evidence count per visible edge under the current filters (drives thickness). */
  edgeWeight: Map<string, number>;
}

/** How many of an edge's evidence sentences pass the hedged and date filters. */
export function countEvidence(e: EdgeSummary, f: Filters): number {
  const dated = f.dateFrom !== null || f.dateTo !== null;
  let n = 0;
  for (let i = 0; i < e.dates.length; i++) {
    if (!f.includeHedged && e.hedged[i]) continue;
    if (dated) {
      const d = e.dates[i];
      if (!d) continue;
      if (f.dateFrom !== null && d < f.dateFrom) continue;
      if (f.dateTo !== null && d > f.dateTo) continue;
    }
    n++;
  }
  return n;
}

export function computeVisibility(ds: Dataset, f: Filters, focus: Focus | null = null): Visibility {
  const { graph } = ds;
  const hiddenRel = new Set(f.hiddenRelations);
  const hiddenEnt = new Set(f.hiddenEntityTypes);
  const nodes = new Set<string>();
  graph.forEachNode((n, a) => {
    if (!hiddenEnt.has(a.type)) nodes.add(n);
  });
  const edges = new Set<string>();
  const edgeWeight = new Map<string, number>();
  const touched = new Set<string>();
  graph.forEachEdge((key, _a, s, t) => {
    const e = ds.edges.get(key)!;
    if (hiddenRel.has(e.type) || !nodes.has(s) || !nodes.has(t)) return;
    let weight = 1;
    if (!e.structural) {
      weight = countEvidence(e, f);
      if (weight < Math.max(1, f.minEvidence)) return;
    }
    edges.add(key);
    edgeWeight.set(key, weight);
    touched.add(s);
    touched.add(t);
  });
  if (f.hideIsolated) for (const n of [...nodes]) if (!touched.has(n)) nodes.delete(n);

  if (focus && nodes.has(focus.node)) {
    const keep = neighbourhood(ds, focus.node, focus.depth, edges);
    for (const n of [...nodes]) if (!keep.has(n)) nodes.delete(n);
    for (const e of [...edges]) {
      if (!nodes.has(graph.source(e)) || !nodes.has(graph.target(e))) {
        edges.delete(e);
        edgeWeight.delete(e);
      }
    }
  }
  return { nodes, edges, edgeWeight };
}

/** Nodes within `depth` steps of `node`, in either direction, over the given edges (all edges if omitted). */
export function neighbourhood(ds: Dataset, node: string, depth: number, edges?: Set<string>): Set<string> {
  const seen = new Set([node]);
  let frontier = [node];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      ds.graph.forEachEdge(n, (e, _a, s, t) => {
        if (edges && !edges.has(e)) return;
        const other = s === n ? t : s;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
