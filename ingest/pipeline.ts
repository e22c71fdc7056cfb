// Composes the pure extraction steps: Article -> ExtractRecord. (Being written: see ingest/.)
import type { Article, ExtractRecord } from "./types.ts";

export function extractArticle(article: Article): ExtractRecord {
  return {
    article: article.id, hash: article.hash, title: article.title, date: article.date,
    ...(article.dateApprox ? { dateApprox: true } : {}),
    source: article.source, url: article.url, entities: [], claims: [], hedged: [],
  };
}
