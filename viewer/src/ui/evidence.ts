// One evidence sentence: the trigger words in <mark>, then where it comes from and how sure it is.
import type { EvidenceItem } from "../state/types.ts";
import { isHedged } from "../state/dataset.ts";
import { h } from "./dom.ts";

/** Splits the sentence around the trigger (body offsets → sentence offsets); all parts become text nodes. */
export function sentenceParts(ev: EvidenceItem): { before: string; trigger: string; after: string } {
  const s = ev.sentence ?? "";
  if (ev.triggerStart == null || ev.triggerEnd == null) return { before: s, trigger: "", after: "" };
  const a = Math.max(0, Math.min(s.length, ev.triggerStart - ev.start));
  const b = Math.max(a, Math.min(s.length, ev.triggerEnd - ev.start));
  return { before: s.slice(0, a), trigger: s.slice(a, b), after: s.slice(b) };
}

export function evidenceItem(ev: EvidenceItem): HTMLElement {
  const p = sentenceParts(ev);
  const hedged = isHedged(ev);
  const meta = [
    ev.articleSource ?? ev.source,
    ev.date ?? "undated",
    ev.polarity === "negated" ? "negated" : null,
    ev.modality && ev.modality !== "asserted" ? ev.modality : null,
    `confidence ${Number(ev.confidence).toFixed(2)}`,
    ev.rule ? `rule ${ev.rule}` : null,
  ].filter(Boolean).join(" · ");
  return h("li", { class: hedged ? "evidence hedged" : "evidence", "data-evidence": ev.id },
    h("blockquote", { class: "sentence" }, p.before, p.trigger ? h("mark", {}, p.trigger) : null, p.after),
    ev.attribution ? h("div", { class: "attribution" }, `attributed to ${ev.attribution}`) : null,
    h("div", { class: "source" },
      ev.articleUrl
        ? h("a", { href: ev.articleUrl, target: "_blank", rel: "noopener noreferrer" }, ev.articleTitle ?? ev.articleId)
        : h("span", {}, ev.articleTitle ?? ev.articleId)),
    h("div", { class: "meta" }, meta),
  );
}
