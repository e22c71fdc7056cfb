// The details panel: a node's facts and its relations grouped by type, or an edge's evidence sentences.
import type { Dataset } from "../state/dataset.ts";
import { isHedged } from "../state/dataset.ts";
import type { Visibility } from "../state/filters.ts";
import { focusOn, selectEdge, selectNode, type Store } from "../state/store.ts";
import type { EvidenceItem, Filters, ViewState } from "../state/types.ts";
import { entityColor, relationColor } from "../render/palette.ts";
import { clear, h } from "./dom.ts";
import { evidenceItem } from "./evidence.ts";

export function renderDetails(root: HTMLElement, ds: Dataset, store: Store, v: ViewState, vis: Visibility): void {
  clear(root);
  if (v.selectedEdge && ds.graph.hasEdge(v.selectedEdge)) root.append(edgeDetails(ds, store, v, v.selectedEdge));
  else if (v.selectedNode && ds.graph.hasNode(v.selectedNode)) root.append(nodeDetails(ds, store, v, vis, v.selectedNode));
  else {
    root.append(h("p", { class: "hint" }, "Click a node or an edge, or search, to see its relations and the sentences behind them."));
  }
  root.dataset.showing = v.selectedEdge ? "edge" : v.selectedNode ? "node" : "none";
}

/** Relations listed per type in the node panel; a hub can have thousands. */
const MAX_PER_GROUP = 50;

const fact = (name: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === "" ? null : h("div", { class: "fact" }, h("dt", {}, name), h("dd", {}, String(value)));

function nodeDetails(ds: Dataset, store: Store, v: ViewState, vis: Visibility, node: string): HTMLElement {
  const a = ds.graph.getNodeAttributes(node);
  const countryLabel = a.country && ds.graph.hasNode(a.country) ? ds.graph.getNodeAttribute(a.country, "label") : a.country;
  const groups = new Map<string, { edge: string; dir: "out" | "in"; other: string; shown: boolean }[]>();
  ds.graph.forEachEdge(node, (e, ea, s, t) => {
    const list = groups.get(ea.type) ?? [];
    list.push({ edge: e, dir: s === node ? "out" : "in", other: s === node ? t : s, shown: vis.edges.has(e) });
    groups.set(ea.type, list);
  });
  const focusBtn = (depth: 1 | 2) =>
    h("button", { type: "button", class: "focus", "data-depth": depth, onclick: (() => store.update(focusOn(node, depth))) as EventListener }, `Focus: ${depth} step${depth > 1 ? "s" : ""}`);
  return h("section", { class: "node-details", "data-node": node },
    h("h2", {}, h("span", { class: "swatch", style: `background:${entityColor(a.type)}` }), a.label),
    h("dl", {},
      fact("Type", a.kind ? `${a.type} (${a.kind})` : a.type),
      fact("Aliases", (a.aliases ?? []).join(", ")),
      fact("Role", a.role),
      fact("Date", a.date),
      fact("ISO code", a.iso),
      fact("Country", countryLabel),
      fact("Degree", a.degree),
      fact("PageRank", a.pagerank != null ? Number(a.pagerank).toFixed(4) : null),
      fact("Seen", a.firstDate ? `${a.firstDate} → ${a.lastDate ?? a.firstDate}` : null),
    ),
    h("div", { class: "buttons" }, focusBtn(1), focusBtn(2),
      v.focus ? h("button", { type: "button", id: "unfocus", onclick: (() => store.update(focusOn(null))) as EventListener }, "Whole graph") : null),
    h("h3", {}, "Relations"),
    groups.size === 0 ? h("p", { class: "hint" }, "No relations.") : null,
    ...[...groups.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([type, list]) =>
      h("div", { class: "relation-group", "data-type": type },
        h("h4", {}, h("span", { class: "swatch edge", style: `background:${relationColor(type)}` }), `${type} (${list.length})`),
        h("ul", {}, ...list.slice(0, MAX_PER_GROUP).map((r) => {
          const ea = ds.graph.getEdgeAttributes(r.edge);
          const other = ds.graph.getNodeAttribute(r.other, "label");
          return h("li", {},
            h("button", {
              type: "button", class: r.shown ? "relation" : "relation filtered", "data-edge": r.edge,
              title: r.shown ? "Show the evidence" : "Hidden by the current filters",
              onclick: (() => store.update(selectEdge(r.edge))) as EventListener,
            }, r.dir === "out" ? `→ ${other}` : `← ${other}`, h("span", { class: "count" }, ` ${ea.assertedCount ?? ea.evidenceCount}${ea.hedgedCount ? ` +${ea.hedgedCount} hedged` : ""}`)));
        })),
        list.length > MAX_PER_GROUP ? h("p", { class: "hint" }, `and ${list.length - MAX_PER_GROUP} more (focus on the node to see them in the graph)`) : null,
      )),
  );
}

function passes(ev: EvidenceItem, f: Filters): boolean {
  if (!f.includeHedged && isHedged(ev)) return false;
  if (f.dateFrom || f.dateTo) {
    if (!ev.date) return false;
    if (f.dateFrom && ev.date < f.dateFrom) return false;
    if (f.dateTo && ev.date > f.dateTo) return false;
  }
  return true;
}

function edgeDetails(ds: Dataset, store: Store, v: ViewState, edge: string): HTMLElement {
  const a = ds.graph.getEdgeAttributes(edge);
  const s = ds.graph.source(edge);
  const t = ds.graph.target(edge);
  const label = (n: string) => ds.graph.getNodeAttribute(n, "label");
  const nodeLink = (n: string) => h("button", { type: "button", class: "link", onclick: (() => store.update(selectNode(n))) as EventListener }, label(n));
  const evidence = a.evidence ?? [];
  const shown = evidence.filter((ev) => passes(ev, v.filters));
  const hidden = evidence.length - shown.length;
  const instruments = (a.instruments ?? []).map((i) => (ds.graph.hasNode(i) ? label(i) : i)).join(", ");
  return h("section", { class: "edge-details", "data-edge": edge },
    v.selectedNode ? h("button", { type: "button", class: "back", onclick: (() => store.update(selectEdge(null))) as EventListener }, `← ${label(v.selectedNode)}`) : null,
    h("h2", {}, nodeLink(s), h("span", { class: "rel", style: `color:${relationColor(a.type)}` }, ` —${a.type}→ `), nodeLink(t)),
    h("dl", {},
      fact("Evidence", `${a.assertedCount ?? evidence.length} asserted, ${a.hedgedCount ?? 0} hedged`),
      fact("Articles", a.articleCount),
      fact("Sources", a.sourceCount),
      fact("Dates", a.firstDate ? `${a.firstDate} → ${a.lastDate ?? a.firstDate}` : null),
      fact("What", instruments || null),
      fact("Max. confidence", a.maxConfidence != null ? Number(a.maxConfidence).toFixed(2) : null),
    ),
    evidence.length === 0 ? h("p", { class: "hint" }, "A structural relation, from entity data: no evidence sentence.") : null,
    h("ol", { class: "evidence-list" }, ...shown.map(evidenceItem)),
    hidden ? h("p", { class: "hint", id: "evidence-hidden" }, `${hidden} more sentence${hidden > 1 ? "s" : ""} hidden by the filters (hedged or outside the dates).`) : null,
  );
}
