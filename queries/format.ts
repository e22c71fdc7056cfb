// Rows → text: an aligned table (the default, the same on a terminal or not), JSON, CSV or Markdown.
import { stringify } from "csv-stringify/sync";
import { UsageError } from "../ingest/errors.ts";
import type { QueryResult } from "./types.ts";

export const FORMATS = ["table", "json", "csv", "md"] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(s: string | undefined): Format {
  const f = (s ?? "table").toLowerCase();
  if (!(FORMATS as readonly string[]).includes(f)) {
    throw new UsageError("BAD_FORMAT", `--format ${s}: unknown format`, `use one of ${FORMATS.join(", ")}`);
  }
  return f as Format;
}

/** A table cell longer than this is cut (with …); json, csv and md keep the full text. */
export const TABLE_CELL_MAX = 100;

/** One value as text: lists joined with ", ", null as empty, floats to 4 decimals. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(cellText).join(", ");
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(4)));
  if (typeof v === "object") return JSON.stringify(v);
  return String(v).replace(/\s+/g, " ");
}

export function formatRows(result: QueryResult, format: Format = "table"): string {
  const { columns, rows } = result;
  switch (format) {
    case "json":
      return `${JSON.stringify(rows, null, 2)}\n`;
    case "csv":
      return stringify(rows.map((r) => columns.map((c) => cellText(r[c]))), { header: true, columns });
    case "md": {
      const esc = (s: string) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
      const lines = [
        `| ${columns.map(esc).join(" | ")} |`,
        `| ${columns.map(() => "---").join(" | ")} |`,
        ...rows.map((r) => `| ${columns.map((c) => esc(cellText(r[c]))).join(" | ")} |`),
      ];
      return `${lines.join("\n")}\n`;
    }
    default:
      return table(columns, rows.map((r) => columns.map((c) => cut(cellText(r[c])))));
  }
}

const cut = (s: string) => ([...s].length > TABLE_CELL_MAX ? `${[...s].slice(0, TABLE_CELL_MAX - 1).join("")}…` : s);
const width = (s: string) => [...s].length;

function table(columns: string[], cells: string[][]): string {
  if (!columns.length) return "(no rows)\n";
  const w = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i]!))));
  const line = (r: string[]) => r.map((s, i) => (i === r.length - 1 ? s : s + " ".repeat(w[i]! - width(s)))).join("  ").trimEnd();
  const out = [line(columns), line(w.map((n) => "-".repeat(n))), ...cells.map(line)];
  if (!cells.length) out.push("(no rows)");
  return `${out.join("\n")}\n`;
}
