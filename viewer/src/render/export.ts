// Exports: the current view as PNG (sigma's layers drawn onto one canvas) and the visible graph as GEXF.
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf/browser";
import type Sigma from "sigma";
import type { DatasetGraph } from "../state/dataset.ts";
import type { Visibility } from "../state/filters.ts";

export function renderPng(sigma: Sigma): Promise<Blob> {
  // WebGL layers keep no drawing buffer: render now and copy them in the same task, before it is cleared.
  sigma.refresh();
  const canvases = sigma.getCanvases();
  const { width, height } = canvases.nodes ?? Object.values(canvases)[0];
  const out = document.createElement("canvas");
  out.width = width;
  out.height = height;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  for (const id of ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"]) {
    if (canvases[id]) ctx.drawImage(canvases[id], 0, 0, width, height);
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("renderPng: empty canvas"))), "image/png"));
}

/** The visible nodes and edges with flat attributes (GEXF has no nested values) and their colour, size, position. */
export function toGexf(graph: DatasetGraph, vis: Visibility): string {
  const out = new Graph({ type: "directed", multi: true });
  graph.forEachNode((n, a) => {
    if (!vis.nodes.has(n)) return;
    const v = a as typeof a & { x: number; y: number; size: number; color: string };
    out.addNode(n, {
      label: a.label, type: a.type, kind: a.kind ?? "", aliases: (a.aliases ?? []).join("; "), iso: a.iso ?? "",
      role: a.role ?? "", date: a.date ?? "", degree: a.degree ?? 0, pagerank: a.pagerank ?? 0, community: a.community ?? 0,
      x: v.x, y: v.y, size: v.size, color: v.color,
    });
  });
  graph.forEachEdge((e, a, s, t) => {
    if (!vis.edges.has(e)) return;
    const c = a as typeof a & { color: string };
    out.addDirectedEdgeWithKey(e, s, t, {
      label: a.type, type: a.type, evidenceCount: vis.edgeWeight.get(e) ?? 0, firstDate: a.firstDate ?? "",
      lastDate: a.lastDate ?? "", weight: vis.edgeWeight.get(e) ?? 1, color: c.color,
    });
  });
  return writeGexf(out, { version: "1.3" });
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
