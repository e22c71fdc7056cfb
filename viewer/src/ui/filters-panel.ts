// The filters: relation and entity types, a date range with play, minimum evidence, isolated nodes,
// hedged evidence, and the shown/total counts.
import type { Dataset } from "../state/dataset.ts";
import { setFilters, toggleInList, type Store } from "../state/store.ts";
import type { ViewState } from "../state/types.ts";
import { entityColor, relationColor } from "../render/palette.ts";
import { h } from "./dom.ts";

export interface FiltersPanel {
  sync(v: ViewState): void;
  setCounts(shownNodes: number, shownEdges: number): void;
}

export function mountFilters(root: HTMLElement, ds: Dataset, store: Store): FiltersPanel {
  const counts = h("div", { id: "counts", class: "counts" });
  const checks = (kind: "rel" | "ent", values: string[]) =>
    values.map((t) => {
      const box = h("input", { type: "checkbox", checked: true, "data-filter": kind, value: t });
      box.addEventListener("change", () =>
        store.update(setFilters(kind === "rel"
          ? { hiddenRelations: toggleInList(store.get().filters.hiddenRelations, t, !box.checked) }
          : { hiddenEntityTypes: toggleInList(store.get().filters.hiddenEntityTypes, t, !box.checked) })),
      );
      const color = kind === "rel" ? relationColor(t) : entityColor(t);
      return h("label", { class: "check" }, box, h("span", { class: kind === "rel" ? "swatch edge" : "swatch", style: `background:${color}` }), t);
    });
  const relChecks = checks("rel", ds.relationTypes);
  const entChecks = checks("ent", ds.entityTypes);

  // Date range: two sliders over the indexes of the distinct evidence dates.
  const last = Math.max(0, ds.dates.length - 1);
  const from = h("input", { type: "range", id: "date-from", min: 0, max: last, step: 1, value: 0, "aria-label": "From date" });
  const to = h("input", { type: "range", id: "date-to", min: 0, max: last, step: 1, value: last, "aria-label": "To date" });
  const dateLabel = h("div", { id: "date-label", class: "hint" });
  const onDate = () => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) [a, b] = [b, a];
    store.update(setFilters({ dateFrom: a === 0 ? null : ds.dates[a], dateTo: b === last ? null : ds.dates[b] }));
  };
  from.addEventListener("input", onDate);
  to.addEventListener("input", onDate);
  let playing: ReturnType<typeof setInterval> | null = null;
  const play = h("button", { id: "date-play", type: "button", title: "Play: grow the range date by date" }, "▶ Play");
  play.addEventListener("click", () => {
    if (playing) return stopPlay();
    to.value = from.value;
    onDate();
    play.textContent = "■ Stop";
    playing = setInterval(() => {
      if (Number(to.value) >= last) return stopPlay();
      to.value = String(Number(to.value) + 1);
      onDate();
    }, 700);
  });
  const stopPlay = () => {
    if (playing) clearInterval(playing);
    playing = null;
    play.textContent = "▶ Play";
  };

  const minEv = h("input", { type: "number", id: "min-evidence", min: 1, step: 1, value: 1, "aria-label": "Minimum evidence sentences" });
  minEv.addEventListener("change", () => store.update(setFilters({ minEvidence: Math.max(1, Math.round(Number(minEv.value) || 1)) })));
  const isolated = h("input", { type: "checkbox", id: "hide-isolated" });
  isolated.addEventListener("change", () => store.update(setFilters({ hideIsolated: isolated.checked })));
  const hedged = h("input", { type: "checkbox", id: "include-hedged" });
  hedged.addEventListener("change", () => store.update(setFilters({ includeHedged: hedged.checked })));

  root.append(
    h("h2", {}, "Filters"),
    counts,
    h("details", { open: true }, h("summary", {}, "Relation types"), h("div", { class: "checks", id: "relation-filters" }, ...relChecks)),
    h("details", { open: true }, h("summary", {}, "Entity types"), h("div", { class: "checks", id: "entity-filters" }, ...entChecks)),
    h("div", { class: "field" }, h("span", {}, "Dates"), ds.dates.length ? h("div", { class: "range" }, from, to, dateLabel, play) : h("span", { class: "hint" }, "no dated evidence")),
    h("label", { class: "field" }, h("span", {}, "Min. evidence sentences"), minEv),
    h("label", { class: "check" }, isolated, "Hide isolated nodes"),
    h("label", { class: "check" }, hedged, "Include hedged evidence (negated, hypothetical, demanded, proposed, uncertain)"),
  );

  return {
    sync(v) {
      const f = v.filters;
      for (const l of relChecks) {
        const box = l.querySelector("input")!;
        box.checked = !f.hiddenRelations.includes(box.value);
      }
      for (const l of entChecks) {
        const box = l.querySelector("input")!;
        box.checked = !f.hiddenEntityTypes.includes(box.value);
      }
      const a = f.dateFrom ? Math.max(0, ds.dates.findIndex((d) => d >= f.dateFrom!)) : 0;
      let b = last;
      if (f.dateTo) {
        const i = ds.dates.findLastIndex((d) => d <= f.dateTo!);
        b = i < 0 ? 0 : i;
      }
      if (document.activeElement !== from) from.value = String(a);
      if (document.activeElement !== to && !playing) to.value = String(b);
      dateLabel.textContent = ds.dates.length
        ? `${f.dateFrom ?? ds.dates[0]} → ${f.dateTo ?? ds.dates[last]}${f.dateFrom || f.dateTo ? " (undated evidence hidden)" : ""}`
        : "";
      minEv.value = String(f.minEvidence);
      isolated.checked = f.hideIsolated;
      hedged.checked = f.includeHedged;
    },
    setCounts(n, e) {
      counts.textContent = `Shown: ${n} / ${ds.graph.order} nodes · ${e} / ${ds.graph.size} edges`;
      counts.dataset.nodes = String(n);
      counts.dataset.edges = String(e);
    },
  };
}
