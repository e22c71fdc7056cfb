// The search box: suggestions over names and aliases; choosing one selects the node.
import type { Dataset } from "../state/dataset.ts";
import { suggest } from "../state/search.ts";
import { clear, h } from "./dom.ts";

export function mountSearch(root: HTMLElement, ds: Dataset, onPick: (node: string) => void): void {
  const input = h("input", { type: "search", id: "search", placeholder: "Search names and aliases…", autocomplete: "off", "aria-label": "Search" });
  const list = h("ul", { id: "suggestions", class: "suggestions", role: "listbox" });
  let active = 0;
  let items: ReturnType<typeof suggest> = [];
  const pick = (node: string) => {
    input.value = ds.graph.getNodeAttribute(node, "label");
    clear(list);
    items = [];
    onPick(node);
  };
  const draw = () => {
    clear(list);
    items.forEach((s, i) =>
      list.append(h("li", {
        role: "option", class: i === active ? "active" : "", "data-node": s.node,
        onmousedown: ((e: Event) => { e.preventDefault(); pick(s.node); }) as EventListener,
      }, s.label, s.via ? h("span", { class: "via" }, ` (${s.via})`) : null, h("span", { class: "type" }, s.type))),
    );
  };
  input.addEventListener("input", () => {
    items = suggest(ds.graph, input.value);
    active = 0;
    draw();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") active = Math.min(items.length - 1, active + 1);
    else if (e.key === "ArrowUp") active = Math.max(0, active - 1);
    else if (e.key === "Enter" && items[active]) return pick(items[active].node);
    else if (e.key === "Escape") items = [];
    else return;
    e.preventDefault();
    draw();
  });
  input.addEventListener("blur", () => setTimeout(() => clear(list), 150));
  root.append(input, list);
}
