// Builds the GraphJson (graphology serialisation) both stores return from exportGraph().
import type { ArticleNode, EntityNode, EvidenceNode, GraphJson, GraphJsonEdge, RelationEdge } from "../schema.ts";

export interface StoredEntity extends EntityNode {
  degree: number;
  pagerank: number;
  community: number;
}

export function buildGraphJson(entities: StoredEntity[], edges: RelationEdge[], evidence: EvidenceNode[], articles: ArticleNode[], mentions: { article: string; entity: string }[] = []): GraphJson {
  const byArticle = new Map(articles.map((a) => [a.hash, a]));
  const evByEdge = new Map<string, GraphJsonEdge["evidence"]>();
  for (const e of [...evidence].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start))) {
    const a = byArticle.get(e.articleHash);
    const list = evByEdge.get(e.edgeKey) ?? [];
    list.push({ ...e, articleTitle: a?.title ?? null, articleUrl: a?.url ?? null, articleSource: a?.source ?? e.source ?? null });
    evByEdge.set(e.edgeKey, list);
  }
  const dates = new Map<string, { first: string | null; last: string | null }>();
  const touch = (id: string, first: string | null, last: string | null) => {
    const d = dates.get(id) ?? { first: null, last: null };
    if (first && (!d.first || first < d.first)) d.first = first;
    if (last && (!d.last || last > d.last)) d.last = last;
    dates.set(id, d);
  };
  for (const e of edges) {
    touch(e.source, e.firstDate, e.lastDate);
    touch(e.target, e.firstDate, e.lastDate);
  }
  const sortedEntities = [...entities].sort((a, b) => (a.id < b.id ? -1 : 1));
  const sortedEdges = [...edges].sort((a, b) => (a.key < b.key ? -1 : 1));
  return {
    attributes: {
      articles: [...articles].sort((a, b) => (a.id < b.id ? -1 : 1)),
      generatedAt: new Date().toISOString(),
      mentions: [...mentions].sort((a, b) => (a.article + "\u0000" + a.entity < b.article + "\u0000" + b.entity ? -1 : 1)),
    },
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: sortedEntities.map((n) => ({
      key: n.id,
      attributes: {
        label: n.name, type: n.label, kind: n.kind, aliases: n.aliases, iso: n.iso, country: n.country, role: n.role, date: n.date ?? null,
        degree: n.degree, pagerank: n.pagerank, community: n.community,
        firstDate: dates.get(n.id)?.first ?? null, lastDate: dates.get(n.id)?.last ?? null,
      },
    })),
    edges: sortedEdges.map(({ key, source, target, ...rest }) => ({
      key, source, target, attributes: { ...rest, evidence: evByEdge.get(key) ?? [] },
    })),
  };
}
