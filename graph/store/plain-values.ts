// Turns driver values (Kuzu bigint/Date/node structs, Neo4j Integer/temporal/Node) into plain JS,
// so callers never see a backend's types.
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === "object") {
    const o = v as Record<string, unknown> & { toNumber?: () => number; low?: number; high?: number };
    // neo4j Integer
    if (typeof o.toNumber === "function" && "low" in o && "high" in o) return o.toNumber();
    // neo4j temporal values print as ISO strings
    if (o.constructor && /^(Date|DateTime|LocalDateTime|Time|LocalTime|Duration)$/.test(o.constructor.name) && typeof o.toString === "function") {
      return String(o);
    }
    // neo4j Node / Relationship: expose labels/type and properties
    if ("properties" in o && ("labels" in o || "type" in o)) {
      const props = toPlain(o.properties) as Record<string, unknown>;
      return "labels" in o ? { _labels: o.labels, ...props } : { _type: o.type, ...props };
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) {
      // Kuzu internal ids are meaningless outside the process
      if (k === "_id" || k === "_src" || k === "_dst") continue;
      out[k] = toPlain(x);
    }
    return out;
  }
  return String(v);
}

export const plainRow = (row: Record<string, unknown>): Record<string, unknown> => toPlain(row) as Record<string, unknown>;
