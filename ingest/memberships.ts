// MEMBER_OF for members a text lists: "G7 members – the United States, Japan …", "The G7 comprises A, B and C".
import type { Sentence } from "./nlp.ts";
import type { Mention } from "./mentions.ts";
import type { Claim } from "./types.ts";

/** The token after a group's name ("the core group on Sudan — A, B"): past the place the name ends with. */
function nextAfter(t: Sentence["tokens"], b: number): number {
  let k = b;
  while (k < t.length && k - b < 6 && !/^[–—:,-]$/.test(t[k].norm)) k++;
  return k;
}

export function findMemberships(sentences: { s: Sentence; m: Mention[] }[], ids: (m: Mention) => string[]): Claim[] {
  const out: Claim[] = [];
  for (const { s, m } of sentences) {
    const t = s.tokens;
    for (const org of m) {
      if (org.type !== "Organization" || org.form === "ref") continue;
      if (org.leader) out.push({ type: "MEMBER_OF", subject: org.leader, object: org.entityId, evidence: [{ sentence: s.text, start: s.start, end: s.end, trigger: [t[org.a].start, t[org.b - 1].end] }], rule: "member-of.leads", confidence: 0.9, polarity: "positive", modality: "asserted" });
      let k = org.b;
      // "a group of 48 nations, including A, B and C" / "… nations: A, B, C"
      // "the core group on Sudan — A, B and C": past the place that ends the group's name
      const named = org.kind === "group" && org.form === "learned" && /^[–—:-]$/.test(t[nextAfter(t, org.b)]?.norm ?? "");
      if (named) k = nextAfter(t, org.b);
      if (org.kind === "coalition" || named) {
        const from = k;
        while (t[k] && /^[,:–—-]$|^(including|led|by|such|as|namely)$/.test(t[k].lower)) k++;
        if (k === from) {
          // "… nations. The statement was signed by A, B, C": the signers of the same sentence
          const by = t.findIndex((x, i) => i > org.b && x.lower === "by" && /^(signed|endorsed|backed|joined)$/.test(t[i - 1]?.lower ?? ""));
          if (by < 0) continue;
          k = by + 1;
        }
      }
      if (/^(partnership|alliance|bloc|group|grouping|coalition|pact)$/.test(t[k]?.lower ?? "")) k++;
      const w = t[k]?.lower;
      if (org.kind === "coalition" || named) { /* list already located */ }
      else if (w === "members" || w === "member") k++;
      else if (/^(comprises|includes|consists|groups|brings)$/.test(w ?? "")) { k++; if (/^(of|together)$/.test(t[k]?.lower ?? "")) k++; }
      else continue;
      while (t[k] && /^[–—:,-]$|^(the|such|as|including|states|countries)$/.test(t[k].lower)) k++;
      const members: Mention[] = [];
      let end = k;
      for (const x of m) {
        if (x.a < end || x.type === "Person") continue;
        const gap = t.slice(end, x.a).map((y) => y.lower).join(" ").trim();
        if (members.length && !/^(,|and|, and|&|the|, the|and the|, and the)$/.test(gap)) break;
        if (!members.length && x.a !== k) break;
        if (x.type !== "Country" && x.type !== "Organization") break;
        members.push(x);
        end = x.b;
      }
      if (members.length < 2) continue;
      for (const mm of members) for (const id of ids(mm)) {
        if (id === org.entityId) continue;
        out.push({ type: "MEMBER_OF", subject: id, object: org.entityId, evidence: [{ sentence: s.text, start: s.start, end: s.end, trigger: [t[org.b].start, t[org.b].end] }], rule: "member-of.list", confidence: 0.85, polarity: "positive", modality: "asserted" });
      }
    }
  }
  return out;
}
