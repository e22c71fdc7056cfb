// Centrality and communities, computed at build time and stored as node properties: a read-only Kuzu
// refuses `CALL project_graph`, and computing them here gives both stores the same numbers.
import Graph from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import louvain from "graphology-communities-louvain";
import { mulberry32 } from "./seeded-random.ts";

export interface NodeMetrics {
  degree: number;
  pagerank: number;
  community: number;
}

/**
 * degree = distinct neighbours (either direction); pagerank on the directed graph weighted by evidence;
 * community = Louvain on the same graph, numbered by size (0 = largest) so the numbers are stable.
 */
export function computeMetrics(nodes: Iterable<string>, edges: Iterable<{ source: string; target: string; weight?: number }>): Map<string, NodeMetrics> {
  const g = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  for (const n of [...nodes].sort()) g.mergeNode(n);
  for (const e of edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.updateEdge(e.source, e.target, (a) => ({ weight: (a.weight ?? 0) + (e.weight ?? 1) }));
  }
  const out = new Map<string, NodeMetrics>();
  if (g.order === 0) return out;
  const pr = g.size > 0 ? pagerank(g, { getEdgeWeight: "weight" }) : {};
  const comm: Record<string, number> = g.size > 0 ? louvain(g, { rng: mulberry32(42), getEdgeWeight: "weight" }) : {};
  // Renumber communities by size, then by smallest member id, so numbering does not depend on internals.
  const members = new Map<number, string[]>();
  g.forEachNode((n) => {
    const c = comm[n] ?? -1;
    const list = members.get(c) ?? [];
    list.push(n);
    members.set(c, list);
  });
  const order = [...members.entries()].sort((a, b) => b[1].length - a[1].length || (a[1][0]! < b[1][0]! ? -1 : 1));
  const renum = new Map(order.map(([c], i) => [c, i]));
  g.forEachNode((n) => {
    out.set(n, {
      degree: g.neighbors(n).length,
      pagerank: Math.round((pr[n] ?? 1 / g.order) * 1e9) / 1e9,
      community: renum.get(comm[n] ?? -1) ?? 0,
    });
  });
  return out;
}

/**
 * Whether stored metrics must be rewritten. Adding one article nudges every PageRank by a hair; rewriting
 * 20k nodes for that costs seconds on Kuzu, so a PageRank within 0.1% of the stored one is kept.
 */
export function metricsChanged(stored: NodeMetrics, next: NodeMetrics): boolean {
  return stored.degree !== next.degree || stored.community !== next.community || Math.abs(stored.pagerank - next.pagerank) > 1e-3 * Math.max(stored.pagerank, next.pagerank);
}
