// Boundary types of the pipeline: every module downstream imports them from here.

export const ENTITY_TYPES = ["Country", "Person", "Organization", "Weapon", "Event", "Location"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relations extracted from text (scored core + extended) and structural ones derived from entity data. */
export const CORE_RELATIONS = ["CONDEMNS", "SUPPLIES", "DEPLOYS", "SIGNS"] as const;
export const EXTENDED_RELATIONS = [
  "SANCTIONS", "SUPPORTS", "CALLS_ON", "ATTACKS", "MEETS", "VISITS", "PROTESTS", "ACCUSES", "AIDS", "MEMBER_OF",
] as const;
/** Structural relations: a person's role, a body's state, a place's country, a weapon's category. */
export const STRUCTURAL_RELATIONS = ["HOLDS_ROLE", "PART_OF", "LOCATED_IN", "IS_A"] as const;
export const RELATION_TYPES = [...CORE_RELATIONS, ...EXTENDED_RELATIONS, ...STRUCTURAL_RELATIONS] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const MODALITIES = ["asserted", "hypothetical", "demanded", "proposed", "reported-uncertain"] as const;
export type Modality = (typeof MODALITIES)[number];
export type Polarity = "positive" | "negated";

/** One input article, as read from a file or a JSON Lines record. */
export interface Article {
  /** File name (`name.txt`), or a `.jsonl` record's `id`, else `<file>#<line>`. */
  id: string;
  /** sha256 of the body text: stores key articles by it. */
  hash: string;
  title: string | null;
  /** ISO date `YYYY-MM-DD`, or null when neither front matter nor text gives one. */
  date: string | null;
  dateApprox?: boolean;
  source: string | null;
  url: string | null;
  /** The body: the text after the front matter; evidence offsets point into it. */
  text: string;
}

export interface Entity {
  /** Stable id, independent of article order; countries carry their ISO code (`country:KP`). */
  id: string;
  name: string;
  type: EntityType;
  /** Finer kind: ministry, coast-guard, coalition, agreement, summit, missile… */
  kind?: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2 for countries. */
  iso?: string;
  /** Entity id of the state a body, person or place belongs to, where known. */
  country?: string;
  /** Official title for people ("Foreign Minister"). */
  role?: string;
  /** Events: the date the text gives (the article's date when it gives no other). */
  date?: string;
}

export interface Evidence {
  sentence: string;
  /** Character offsets of the sentence in the article body. */
  start: number;
  end: number;
  /** [start, end] of the words that fired the rule, in body offsets. */
  trigger?: [number, number];
  /** Who the text says said it ("a diplomatic source"), when it says so. */
  attribution?: string;
  /** The article it comes from and that article's date: evidence stays self-describing once merged across articles. */
  article?: string;
  date?: string | null;
  /** The rule that read this sentence (a merged claim can hold evidence from several rules). */
  rule?: string;
}

export interface Claim {
  type: RelationType;
  subject: string;
  object: string;
  /** SUPPLIES: the Weapon entity id of what is supplied (the object is the recipient). */
  instrument?: string;
  /** HOLDS_ROLE: the title. */
  role?: string;
  evidence: Evidence[];
  rule: string;
  confidence: number;
  polarity: Polarity;
  modality: Modality;
}

/** One line of `kg extract` output. */
export interface ExtractRecord {
  article: string;
  hash: string;
  title: string | null;
  date: string | null;
  dateApprox?: boolean;
  source: string | null;
  url: string | null;
  entities: Entity[];
  /** Asserted relations only. */
  claims: Claim[];
  /** Negated, hypothetical, demanded, proposed: never in `claims`. */
  hedged: Claim[];
}
