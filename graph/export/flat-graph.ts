// GraphJson -> a graphology graph with scalar attributes only (lists joined with "; ", evidence reduced
// to counts), as GEXF and GraphML readers (Gephi, NetworkX) expect.
import Graph from "graphology";
import type { GraphJson } from "../schema.ts";

export type Scalar = string | number | boolean | null;

export function flatGraph(g: GraphJson): Graph {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const n of g.nodes) {
    const a = n.attributes;
    graph.addNode(n.key, {
      label: a.label, type: a.type, kind: a.kind ?? "", aliases: a.aliases.join("; "), iso: a.iso ?? "", country: a.country ?? "",
      role: a.role ?? "", date: a.date ?? "", degree: a.degree, pagerank: a.pagerank, community: a.community, firstDate: a.firstDate ?? "", lastDate: a.lastDate ?? "",
    });
  }
  for (const e of g.edges) {
    const { evidence: _ev, instruments, roles, firstDate, lastDate, ...rest } = e.attributes;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      ...rest, instruments: instruments.join("; "), roles: roles.join("; "), firstDate: firstDate ?? "", lastDate: lastDate ?? "",
    });
  }
  return graph;
}
