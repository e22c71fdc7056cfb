// Actor parameters accept any name or alias ("DPRK", "Pyongyang", "north korea", "country:KP"): they are
// resolved against the names and aliases in the store before the query runs, and the query gets the id.
import { QueryError } from "../ingest/errors.ts";
import { ENTITY_LABELS } from "../graph/schema.ts";
import type { Store } from "../graph/store/types.ts";

export interface ActorEntry {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  iso: string | null;
  degree: number;
}

/** The look-up table: normalised name → entities, split by how strongly the name identifies them. */
export interface ActorIndex {
  entries: ActorEntry[];
  byId: Map<string, ActorEntry>;
  byName: Map<string, ActorEntry[]>;
  byAlias: Map<string, ActorEntry[]>;
}

/**
 * Case-, accent- and punctuation-insensitive key: "U.S." → "us", "Kim Jong-un" → "kimjongun",
 * "Côte d'Ivoire" → "cotedivoire".
 */
export function normalizeName(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** The same text for both stores: one plain query per entity label. */
const entityListQuery = (label: string) =>
  `MATCH (n:${label}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.iso AS iso, n.degree AS degree`;

export async function loadActorIndex(store: Pick<Store, "read">): Promise<ActorIndex> {
  const entries: ActorEntry[] = [];
  for (const label of ENTITY_LABELS) {
    for (const r of await store.read(entityListQuery(label))) {
      entries.push({
        id: String(r.id),
        name: String(r.name ?? r.id),
        type: label,
        aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
        iso: typeof r.iso === "string" ? r.iso : null,
        degree: typeof r.degree === "number" ? r.degree : 0,
      });
    }
  }
  return buildActorIndex(entries);
}

export function buildActorIndex(entries: ActorEntry[]): ActorIndex {
  const index: ActorIndex = { entries, byId: new Map(), byName: new Map(), byAlias: new Map() };
  const add = (m: Map<string, ActorEntry[]>, key: string, e: ActorEntry) => {
    if (!key) return;
    const list = m.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    m.set(key, list);
  };
  for (const e of entries) {
    index.byId.set(e.id, e);
    add(index.byName, normalizeName(e.name), e);
    for (const a of e.aliases) add(index.byAlias, normalizeName(a), e);
    if (e.iso) add(index.byAlias, normalizeName(e.iso), e);
  }
  return index;
}

/**
 * The entity id for a name, alias or id. A name beats an alias ("Moscow" the city over Russia's metonym);
 * two entities with the same name (or, with no name match, the same alias) are ambiguous, and the error
 * lists their ids, which are accepted as values.
 */
export function resolveActor(index: ActorIndex, raw: string, param = "actor"): string {
  const exact = index.byId.get(raw.trim());
  if (exact) return exact.id;
  const key = normalizeName(raw);
  const hits = index.byName.get(key) ?? index.byAlias.get(key) ?? [];
  if (hits.length === 1) return hits[0]!.id;
  if (hits.length > 1) {
    throw new QueryError(
      "AMBIGUOUS_ACTOR",
      `--param ${param}=${raw} names ${hits.length} entities: ${hits.map((h) => `${h.name} (${h.type}, ${h.id})`).join(", ")}`,
      `pass the id instead, e.g. --param ${param}=${hits[0]!.id}`,
    );
  }
  const near = nearestNames(index, raw, 5);
  throw new QueryError(
    "UNKNOWN_ACTOR",
    `--param ${param}=${raw}: no entity has that name or alias`,
    near.length ? `nearest: ${near.join(", ")}` : "the graph has no entities; run kg build first",
  );
}

/** Entity names nearest to `raw` by edit distance over names and aliases (each entity once). */
export function nearestNames(index: ActorIndex, raw: string, limit: number): string[] {
  const key = normalizeName(raw);
  const best = new Map<ActorEntry, number>();
  for (const e of index.entries) {
    for (const name of [e.name, ...e.aliases]) {
      const k = normalizeName(name);
      // A prefix ("korea" in "northkorea") counts as close whatever the lengths.
      const d = k.includes(key) || key.includes(k) ? Math.abs(k.length - key.length) / 4 : editDistance(key, k);
      if (d < (best.get(e) ?? Infinity)) best.set(e, d);
    }
  }
  const ranked = [...best.entries()].sort((a, b) => a[1] - b[1] || b[0].degree - a[0].degree || a[0].name.localeCompare(b[0].name));
  // Names within a few edits are "near"; when none is, the three closest still give a hint.
  const close = ranked.filter(([, d]) => d <= Math.max(2, key.length * 0.4));
  return (close.length ? close : ranked.slice(0, 3)).slice(0, limit).map(([e]) => e.name);
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
