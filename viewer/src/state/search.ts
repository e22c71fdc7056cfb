// Suggestions for the search box over names and aliases. Pure.
import type { DatasetGraph } from "./dataset.ts";

export interface Suggestion {
  node: string;
  label: string;
  /** The alias that matched, when it was not the name. */
  via: string | null;
  type: string;
}

/** Exact matches first, then prefix matches, then word-start, then substring; within a rank, higher degree first. */
export function suggest(graph: DatasetGraph, query: string, limit = 8): Suggestion[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: { s: Suggestion; rank: number; degree: number }[] = [];
  graph.forEachNode((node, a) => {
    let best: { rank: number; via: string | null } | null = null;
    for (const [text, via] of [[a.label, null], ...(a.aliases ?? []).map((x) => [x, x] as const)] as [string, string | null][]) {
      const t = String(text ?? "").toLowerCase();
      const i = t.indexOf(q);
      if (i < 0) continue;
      const rank = t === q ? -1 : i === 0 ? 0 : /\W/.test(t[i - 1]) ? 1 : 2;
      if (!best || rank < best.rank) best = { rank, via };
    }
    if (best) scored.push({ s: { node, label: a.label, via: best.via, type: a.type }, rank: best.rank, degree: a.degree ?? 0 });
  });
  scored.sort((x, y) => x.rank - y.rank || y.degree - x.degree || x.s.label.localeCompare(y.s.label));
  return scored.slice(0, limit).map((x) => x.s);
}
