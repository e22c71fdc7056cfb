// The queries panel: lists the server's named queries, takes their parameters, runs one through the
// read-only API, shows the rows as a table and reports which graph nodes the rows name.
import { clear, h } from "./dom.ts";

export interface QueryParam {
  name: string;
  type: string;
  default?: unknown;
  example?: unknown;
  description?: string;
  choices?: readonly string[];
}
export interface QueryInfo {
  name: string;
  description: string;
  params: QueryParam[];
}
export type Row = Record<string, unknown>;

/** `onResult` gets the rows and the parameter values (an actor parameter names a node too). */
export function mountQueries(root: HTMLElement, mode: "api" | "static", onResult: (rows: Row[], params: string[]) => string[]): void {
  root.append(h("h2", {}, "Named queries"));
  if (mode === "static") {
    root.append(h("p", { class: "hint" }, "Named queries run on the store: open this view through `kg serve`."));
    return;
  }
  const select = h("select", { id: "query-select", "aria-label": "Named query" });
  const params = h("div", { class: "params" });
  const desc = h("p", { class: "hint" });
  const run = h("button", { type: "button", id: "query-run" }, "Run");
  const status = h("p", { class: "hint", id: "query-status" });
  const table = h("div", { id: "query-result", class: "table-wrap" });
  let queries: QueryInfo[] = [];
  const showParams = () => {
    clear(params);
    const q = queries.find((x) => x.name === select.value);
    desc.textContent = q?.description ?? "";
    for (const p of q?.params ?? []) {
      const value = p.default != null ? String(p.default) : "";
      // A bool is a choice, not free text; a closed set of values too.
      const choices = p.type === "bool" ? ["false", "true"] : p.choices;
      const input = choices
        ? h("select", { name: p.name, "data-param": p.name }, ...choices.map((c) => h("option", { value: c }, c)))
        : h("input", { name: p.name, "data-param": p.name, value, placeholder: p.example != null ? String(p.example) : "" });
      if (choices && value) input.value = value;
      params.append(h("label", { class: "field" }, h("span", {}, p.description ? `${p.name} — ${p.description}` : p.name), input));
    }
  };
  select.addEventListener("change", showParams);
  run.addEventListener("click", async () => {
    const qs = new URLSearchParams();
    for (const input of params.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")) {
      if (input.value !== "") qs.set(input.name, input.value);
    }
    status.textContent = "Running…";
    clear(table);
    try {
      const res = await fetch(`api/query/${encodeURIComponent(select.value)}?${qs}`);
      const body = (await res.json()) as { rows?: Row[]; error?: string } | Row[];
      if (!res.ok || !Array.isArray(body) && body.error) throw new Error((body as { error?: string }).error ?? res.statusText);
      const rows = Array.isArray(body) ? body : body.rows ?? [];
      const matched = onResult(rows, [...qs.values()]);
      status.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"}; ${matched.length} node${matched.length === 1 ? "" : "s"} highlighted`;
      table.append(rowsTable(rows));
    } catch (e) {
      status.textContent = `Error: ${(e as Error).message}`;
      onResult([], []);
    }
  });
  const clearBtn = h("button", { type: "button", id: "query-clear" }, "Clear");
  clearBtn.addEventListener("click", () => {
    clear(table);
    status.textContent = "";
    onResult([], []);
  });
  root.append(select, desc, params, h("div", { class: "buttons" }, run, clearBtn), status, table);
  fetch("api/queries")
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))))
    .then((list: QueryInfo[] | { queries: QueryInfo[] }) => {
      queries = Array.isArray(list) ? list : list.queries;
      for (const q of queries) select.append(h("option", { value: q.name }, q.name));
      showParams();
    })
    .catch((e) => {
      status.textContent = `Queries unavailable: ${(e as Error).message}`;
    });
}

const cell = (v: unknown): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);

function rowsTable(rows: Row[]): HTMLElement {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return h("table", {},
    h("thead", {}, h("tr", {}, ...cols.map((c) => h("th", {}, c)))),
    h("tbody", {}, ...rows.slice(0, 500).map((r) => h("tr", {}, ...cols.map((c) => h("td", {}, cell(r[c])))))),
  );
}

/** Graph nodes a result names: any value equal to a node key or (case-insensitively) to a node's label. */
export function nodesInRows(rows: Row[], byKey: (s: string) => boolean, byLabel: Map<string, string>): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === "string") {
      if (byKey(v)) found.add(v);
      else {
        const k = byLabel.get(v.toLowerCase());
        if (k) found.add(k);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  rows.forEach(visit);
  return [...found];
}
