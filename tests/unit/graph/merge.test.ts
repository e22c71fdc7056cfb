import { describe, expect, it } from "vitest";
import { aggregateEdges, earlierDate, evidenceId, mergeRecords } from "../../../graph/merge.ts";
import type { ExtractRecord } from "../../../ingest/types.ts";

const rec = (over: Partial<ExtractRecord>): ExtractRecord => ({
  article: "x.txt", hash: "hx", title: null, date: "2024-01-02", source: "S", url: null, entities: [], claims: [], hedged: [], ...over,
});
const A = { id: "country:AA", name: "Aland", type: "Country" as const, aliases: ["A1"] };
const B = { id: "country:BB", name: "Bland", type: "Country" as const, aliases: [] };
const claim = (start: number, over: object = {}) => ({
  type: "CONDEMNS" as const, subject: A.id, object: B.id, rule: "r", confidence: 0.5, polarity: "positive" as const, modality: "asserted" as const,
  evidence: [{ sentence: "Aland condemned Bland.", start, end: start + 22 }], ...over,
});

describe("mergeRecords", () => {
  it("gives evidence ids that depend only on article hash, edge, offset, polarity and modality", () => {
    const one = mergeRecords([rec({ entities: [A, B], claims: [claim(0)] })]);
    const two = mergeRecords([rec({ article: "renamed.txt", entities: [B, A], claims: [claim(0, { confidence: 0.9, rule: "other" })] })]);
    expect(one.evidence[0]!.id).toBe(two.evidence[0]!.id);
    expect(one.evidence[0]!.id).toBe(evidenceId("hx", "CONDEMNS|country:AA|country:BB", 0, "positive", "asserted"));
  });

  it("counts the same sentence found by two rules once", () => {
    const m = mergeRecords([rec({ entities: [A, B], claims: [claim(0), claim(0, { rule: "r2" })] })]);
    expect(m.evidence).toHaveLength(1);
  });

  it("merges an entity across articles, unioning aliases and keeping other names as aliases", () => {
    const m = mergeRecords([
      rec({ entities: [A, B] }),
      rec({ hash: "hy", article: "y.txt", entities: [{ ...A, name: "Aland Republic", aliases: ["A2"] }] }),
    ]);
    expect(m.entities.find((e) => e.id === A.id)).toMatchObject({ name: "Aland", aliases: ["A1", "A2", "Aland Republic"] });
    expect(m.mentions).toHaveLength(3);
  });

  it("keeps an entity's earliest date across articles, whatever their order", () => {
    const ev = (date?: string) => ({ id: "event:summit", name: "Summit", type: "Event" as const, aliases: [], kind: "summit", ...(date ? { date } : {}) });
    const recs = [
      rec({ hash: "h1", article: "1.txt", entities: [ev("2024-03-05")] }),
      rec({ hash: "h2", article: "2.txt", entities: [ev()] }), // no date: never erases one
      rec({ hash: "h3", article: "3.txt", entities: [ev("2024-03-01")] }),
      rec({ hash: "h4", article: "4.txt", entities: [ev("2024-03-09")] }),
    ];
    const orders = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]];
    for (const o of orders) {
      expect(mergeRecords(o.map((i) => recs[i]!)).entities[0]!.date, `order ${o}`).toBe("2024-03-01");
    }
    expect(mergeRecords([recs[1]!]).entities[0]!.date).toBeNull();
  });

  it("stores only ISO YYYY-MM-DD entity dates", () => {
    const m = mergeRecords([rec({ entities: [{ ...A, date: "5 March 2024" }, { ...B, date: "2024-03-05" }] })]);
    expect(m.entities.map((e) => e.date)).toEqual([null, "2024-03-05"]);
  });

  it("ignores a second record with the same content hash", () => {
    const m = mergeRecords([rec({ entities: [A, B], claims: [claim(0)] }), rec({ article: "copy.txt", entities: [A, B], claims: [claim(0)] })]);
    expect(m.articles).toHaveLength(1);
    expect(m.evidence).toHaveLength(1);
  });

  it("loads hedged items as evidence that does not count as asserted", () => {
    const m = mergeRecords([rec({ entities: [A, B], claims: [claim(0)], hedged: [claim(40, { polarity: "negated" }), claim(80, { modality: "demanded" })] })]);
    expect(m.edges).toHaveLength(1);
    expect(m.edges[0]).toMatchObject({ evidenceCount: 3, assertedCount: 1, hedgedCount: 2 });
  });

  it("skips claims whose subject or object is not among the record's entities", () => {
    const m = mergeRecords([rec({ entities: [A], claims: [claim(0)] })]);
    expect(m.evidence).toEqual([]);
    expect(m.edges).toEqual([]);
  });
});

describe("earlierDate", () => {
  it("is the earlier of two dates, ignores a missing one, and does not depend on argument order", () => {
    expect(earlierDate("2024-02-01", "2023-12-31")).toBe("2023-12-31");
    expect(earlierDate("2023-12-31", "2024-02-01")).toBe("2023-12-31");
    expect(earlierDate(null, "2024-02-01")).toBe("2024-02-01");
    expect(earlierDate("2024-02-01", null)).toBe("2024-02-01");
    expect(earlierDate(null, null)).toBeNull();
  });
});

describe("aggregateEdges", () => {
  it("counts distinct articles and sources, treating a missing source as the article's own", () => {
    const base = { edgeKey: "k", type: "SUPPLIES" as const, subject: "a", object: "b", confidence: 0.4, polarity: "positive" as const, modality: "asserted", role: null };
    const [e] = aggregateEdges([
      { ...base, articleHash: "h1", source: null, date: "2024-02-01", instrument: "weapon:x" },
      { ...base, articleHash: "h2", source: null, date: null, instrument: "weapon:y", confidence: 0.7 },
      { ...base, articleHash: "h3", source: "S", date: "2023-12-31", instrument: "weapon:x" },
      { ...base, articleHash: "h3", source: "S", date: "2023-12-31", instrument: null },
    ]);
    expect(e).toMatchObject({
      key: "k", source: "a", target: "b", evidenceCount: 4, articleCount: 3, sourceCount: 3,
      firstDate: "2023-12-31", lastDate: "2024-02-01", maxConfidence: 0.7, instruments: ["weapon:x", "weapon:y"],
    });
  });
});
