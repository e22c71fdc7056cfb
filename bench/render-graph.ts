// Synthetic graphs for bench/render.ts in the `kg export --format json` shape: clustered positions (so no
// layout is needed), mostly intra-cluster edges with a heavy-tailed degree, one evidence sentence per edge.
// Seeded: the same sizes give the same graph.
import type { GraphJson } from "../graph/schema.ts";
import { ENTITY_TYPES, CORE_RELATIONS, EXTENDED_RELATIONS } from "../ingest/types.ts";
import { mulberry32 } from "../graph/seeded-random.ts";

export function generateGraph(n: number, m: number, seed: number): GraphJson {
  const rand = mulberry32(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(n) / 2));
  const centres = Array.from({ length: clusters }, () => [rand() * 1000, rand() * 1000]);
  const clusterOf: number[] = [];
  const members: number[][] = Array.from({ length: clusters }, () => []);
  const relations = [...CORE_RELATIONS, ...EXTENDED_RELATIONS];
  const nodes: GraphJson["nodes"] = [];
  const degree = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(rand() * clusters);
    clusterOf.push(c);
    members[c].push(i);
    const r = Math.sqrt(rand()) * 60;
    const a = rand() * Math.PI * 2;
    nodes.push({
      key: `n${i}`,
      attributes: {
        label: `Entity ${i}`, type: ENTITY_TYPES[Math.floor(rand() ** 2 * ENTITY_TYPES.length)], kind: null, aliases: [`E${i}`],
        iso: null, country: null, role: null, date: null, degree: 0, pagerank: 0, community: c, firstDate: null, lastDate: null,
        ...{ x: centres[c][0] + r * Math.cos(a), y: centres[c][1] + r * Math.sin(a) },
      },
    });
  }
  const edges: GraphJson["edges"] = [];
  const seen = new Set<string>();
  // Heavy tail: endpoints drawn with a bias to low indexes inside each cluster.
  const pick = (c: number) => members[c][Math.floor(rand() ** 2.5 * members[c].length)];
  for (let tries = 0; edges.length < m && tries < m * 5; tries++) {
    const s = Math.floor(rand() * n);
    const c = rand() < 0.85 ? clusterOf[s] : Math.floor(rand() * clusters);
    if (members[c].length === 0) continue;
    const t = pick(c);
    if (s === t) continue;
    const type = relations[Math.floor(rand() ** 1.5 * relations.length)];
    const key = `${type}|n${s}|n${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    degree[s]++;
    degree[t]++;
    const date = `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
    const hedged = rand() < 0.1;
    edges.push({
      key, source: `n${s}`, target: `n${t}`,
      attributes: {
        type, evidenceCount: 1, assertedCount: hedged ? 0 : 1, hedgedCount: hedged ? 1 : 0, articleCount: 1, sourceCount: 1,
        firstDate: date, lastDate: date, maxConfidence: 0.8, instruments: [], roles: [],
        evidence: [{
          id: `ev${edges.length}`, edgeKey: key, type, subject: `n${s}`, object: `n${t}`, sentence: `Entity ${s} ${type.toLowerCase()} Entity ${t}.`,
          start: 0, endOffset: 30, triggerStart: 9, triggerEnd: 16, articleHash: `a${edges.length % 997}`, articleId: `a${edges.length % 997}.txt`,
          date, source: "Bench", attribution: null, rule: "bench", confidence: 0.8, polarity: "positive",
          modality: hedged ? "hypothetical" : "asserted", instrument: null, role: null, articleTitle: null, articleUrl: null, articleSource: "Bench",
        }],
      },
    });
  }
  for (let i = 0; i < n; i++) {
    nodes[i].attributes.degree = degree[i];
    nodes[i].attributes.pagerank = degree[i] / Math.max(1, 2 * edges.length);
  }
  return { attributes: { articles: [] }, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes, edges };
}
