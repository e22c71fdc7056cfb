// Finds mentions in a sentence: gazetteer phrases, people introduced by a title, bodies of a state,
// organisations introduced by what they are, weapon models, places named with a place word, and
// back-references (pronouns, group nouns) that the discourse step resolves later.
import type { Token, Sentence } from "./nlp.ts";
import type { EntityType } from "./types.ts";
import { phrasesAt, TITLES, PLURAL_TITLES, WEAPON_SYSTEM_NOUNS, PLACE_SUFFIXES, STATE_ISOS, slug, countryId, type GazEntry } from "./gazetteer/index.ts";
import { CITIES, CITY_FIRST_WORDS, CITY_MAX_WORDS, NEWS_CITY_POPULATION } from "./gazetteer/cities.ts";
import { SHIP_PREFIX_STATES } from "./rules.ts";
import { CALENDAR_WORDS } from "./calendar.ts";

export interface Mention {
  /** Token range [a, b) in the sentence. */
  a: number;
  b: number;
  sentence: number;
  text: string;
  entityId: string;
  type: EntityType;
  form: GazEntry["form"] | "person" | "body" | "learned" | "ref";
  kind?: string;
  /** For people and bodies: the state or organisation named with them. */
  affiliation?: string;
  role?: string;
  /** Where the noun phrase starts when a title or affiliation comes first ("EU foreign policy chief Josep Borrell"). */
  np?: number;
  /** For refs: what kind of back-reference ("group", "it", "company", "nation", …). */
  ref?: string;
  /** For counted group refs ("the 44 countries"): the count, which picks the coalition of that size. */
  count?: number;
  /** For a coalition named by who leads it ("the Saudi-led coalition"): that state, a member of it. */
  leader?: string;
  entry?: GazEntry;
}

/** Article-level memory of names learned from patterns, so later bare uses ("Kamikawa", "Kursk") match. */
export interface LocalNames {
  phrases: { words: string[]; id: string; type: EntityType; kind?: string; name: string; affiliation?: string; role?: string; body?: boolean }[];
}

/** Words of a ministerial portfolio ("for Foreign Affairs", "of National Defense"): what comes after them is the name. */
const PORTFOLIO_WORDS = new Set(["National", "Defense", "Defence", "Foreign", "Affairs", "Trade", "State", "Interior", "Home", "Security", "Justice", "Finance", "Economy", "Economic", "Development", "Human", "Rights", "Internal", "External", "International", "Cooperation", "Relations", "Armed", "Forces", "Public", "Safety", "Commerce", "Industry", "Energy", "Health", "Education", "Homeland", "European", "Integration", "Veterans", "Political", "Peacebuilding", "Operations", "Refugees", "Disarmament", "Navy", "Army", "Air", "Force", "Information", "Communications", "Legal"]);
const HONORIFIC_WORDS = String.raw`Sheikh|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Hon\.?|Captain|Capt\.|Colonel|Col\.|Lieutenant|Lt\.|General|Gen\.|Major|Maj\.|Admiral|Adm\.|Marshal|Sergeant|Sgt\.|Brigadier|Commander`;
const HONORIFIC = new RegExp(`^(${HONORIFIC_WORDS})$`);
/** An honorific or rank before at least two name words. */
const HONORIFIC_PREFIX = new RegExp(String.raw`^((${HONORIFIC_WORDS})\s+)+(?=\S+\s+\S)`);
const NAME_PARTICLES = new Set(["bin", "bint", "ibn", "al", "el", "de", "da", "van", "von", "der", "la", "le", "di", "du", "ul", "-"]);
const BODY_WORDS = ["defence force", "defense force", "defence forces", "defense forces", "federal police", "coast guard", "navy", "army", "air force", "armed forces", "military", "defence ministry", "defense ministry", "foreign ministry", "interior ministry", "ministry of defence", "ministry of defense", "ministry of foreign affairs", "government", "intelligence", "defence intelligence", "defense intelligence", "border guard", "police", "security agency", "main security agency", "parliament", "embassy", "state media", "state television"].map((b) => b.split(" ")).sort((a, b) => b.length - a.length);
const ORG_HEADS = new Set(["Court", "Tribunal", "Industries", "Aerospace", "Dynamics", "Technologies", "Corporation", "Corp", "Holdings", "Shipyard", "Shipbuilding", "Systems", "Motors", "Airlines", "Ministry", "Agency", "Council", "Committee", "Commission", "Office", "Presidency", "Directorate", "Service", "Corps", "Command", "Guard", "Navy", "Army", "Intelligence", "Parliament", "Assembly", "Party", "Front", "Movement", "Brigade", "Brigades", "Authority", "Bureau", "Department", "Institute", "Forces", "Force", "Police", "Gendarmerie", "Mission", "Bank", "Chiefs", "Coalition", "Alliance", "Union", "League", "Congress", "Platform", "Forum", "Initiative", "Group"]);
const ORG_DESCRIPTORS = new Set(["manufacturer", "company", "firm", "maker", "contractor", "broadcaster", "group", "agency", "militia", "party", "airline", "conglomerate", "producer", "developer", "supplier", "giant"]);
const NUMBER_WORDS = new Map(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"].map((w, k) => [w, k + 2]));
for (const [tens, n] of [["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90]] as const) {
  NUMBER_WORDS.set(tens, n);
  ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].forEach((u, k) => NUMBER_WORDS.set(`${tens}-${u}`, n + k + 1));
}
/** Roles that make "Name, the …" a person ("Jane Roe, the chief spokeswoman of …"). Not reporters: by-lines are not actors. */
const PERSON_ROLES = new Set(["chairperson", "chair", "negotiator", "mediator", "coordinator", "spokesman", "spokeswoman", "spokesperson", "leader", "head", "chief", "commander", "minister", "president", "founder", "director", "chairman", "chairwoman", "ambassador", "envoy", "official", "vice-president", "secretary", "general", "adviser", "advisor", "lawyer", "governor", "mayor", "senator", "lawmaker", "premier", "king", "emir", "prince", "sister", "brother", "wife", "husband", "son", "daughter", "aide", "deputy", "successor", "predecessor", "rival", "commissioner", "rapporteur", "representative", "prosecutor", "judge"]);
/** Words that describe a private person right before the name: "the German jurist Jan Roe", "activist Jane Roe". */
const PERSON_DESCRIPTORS = new Set(["predecessor", "successor", "activist", "jurist", "journalist", "reporter", "dissident", "cleric", "politician", "businessman", "businesswoman", "tycoon", "lawyer", "analyst", "researcher", "scholar", "diplomat", "economist", "blogger", "mercenary", "warlord", "candidate", "rapper", "singer", "writer", "novelist", "philanthropist", "billionaire", "oligarch"]);
/** What makes "<actor> …" an event: "the G7 summit", "NATO exercises". */
const EVENT_HEADS = new Set(["summit", "summits", "meeting", "talks", "exercise", "exercises", "drills", "conference", "forum", "ministerial", "election", "elections", "referendum", "ceasefire", "truce"]);
/** Family names written first (Chinese, Korean, Vietnamese naming order): "Xi" alone is Xi Jinping. */
const SURNAME_FIRST = new Set(["Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Hu", "Wen", "Kim", "Lee", "Park", "Choi", "Moon", "Yoon", "Nguyen", "Tran", "Le", "Pham", "Hun", "Min", "Lai", "Tsai", "Ma"]);
const FORCE_AFTER = /^(aid|assistance|cooperation|ties|support|equipment|hardware|aircraft|jets|helicopters|vehicles|drills|exercises|exercise|operation|operations|buildup|build-up|presence|base|bases|personnel|advisers|advisors|instructors|specialists|officials|leaders|junta|government|spending|budget|technology|intelligence|action|pressure|threat|escalation)$/;
const GROUP_DESCRIPTORS = /^(coalition|group|gang|militia|movement|alliance|faction|network|organisation|organization|company|firm|manufacturer|party|front)$/;
const COMPANY_WORDS = new Set(["manufacturer", "company", "firm", "maker", "contractor", "airline", "conglomerate", "producer", "developer", "supplier", "giant"]);
const SPEECH = new Set(["said", "says", "told", "wrote", "added", "posted", "tweeted", "announced", "stated", "warned", "insisted"]);
/** Parts of speech that never sit inside a weapon's name ("Patriot air defence systems" has none). */
const CLOSED_CLASS = new Set(["DET", "ADP", "SCONJ", "CCONJ", "PRON", "PART"]);
/** Token j is a piece of a hyphenated word ("air-to-air", "beyond-visual-range"). */
const inCompound = (t: Token[], j: number): boolean => (t[j - 1]?.norm === "-" && !t[j].space) || (t[j + 1]?.norm === "-" && !t[j + 1].space);
/** Kinds of ship a ship's name can follow ("the frigate Admiral Gorshkov"). */
const SHIP_NOUNS = /^(frigate|submarine|destroyer|corvette|cruiser|warship|icebreaker|tanker|tug|minesweeper|patrol-boat|aircraft-carrier|carrier)$/;
/** Prefixes of navies' ship names: "HMS", "USS", "BRP" … */
const SHIP_PREFIX = new RegExp(`^(${Object.keys(SHIP_PREFIX_STATES).join("|")})$`);
const DOC_NAME_HEADS = new Set(["Charter", "Treaty", "Agreement", "Accord", "Accords", "Declaration", "Protocol", "Pact", "Convention", "Memorandum"]);

export const REF_PATTERNS: { words: string[]; ref: string }[] = [
  ...["the ministers", "the foreign ministers", "the leaders", "the g7 leaders", "the governments", "the allies", "the members", "the signatories", "the participants", "the three countries", "the countries", "the nations", "the statement", "the joint statement", "the communique", "the joint communique", "the draft communique", "the document", "the draft document", "the outcome document", "the declaration", "the bloc", "the alliance"].map((s) => ({ words: s.split(" "), ref: "group" })),
  ...["they", "we"].map((s) => ({ words: [s], ref: "group" })),
  ...["the company", "the firm", "the manufacturer", "the contractor"].map((s) => ({ words: s.split(" "), ref: "company" })),
  { words: ["the", "group"], ref: "any-group" },
  { words: ["the", "coalition"], ref: "coalition" },
  ...["the militant group", "the islamist group", "the palestinian militant group", "the militants", "the rebels", "the insurgents"].map((s) => ({ words: s.split(" "), ref: "armed-group" })),
  ...["the two countries", "the two nations", "the two sides", "both sides", "both countries", "the two leaders", "both leaders", "the two men", "the two presidents", "the two ministers", "the two neighbours", "the two neighbors", "the two governments"].map((s) => ({ words: s.split(" "), ref: "pair" })),
  ...["the army", "the military", "the junta", "the ruling military", "the military junta", "the ruling junta", "the armed forces", "the military government", "the regular army", "the national army"].map((s) => ({ words: s.split(" "), ref: "military" })),
  ...["his country", "her country", "his government", "her government"].map((s) => ({ words: s.split(" "), ref: "persons-country" })),
  ...["the latter"].map((s) => ({ words: s.split(" "), ref: "latter" })),
  ...["the country"].map((s) => ({ words: s.split(" "), ref: "country" })),
  // a state named by what kind it is: the last one named that is of that kind
  ...["the archipelago", "the island nation", "the island state", "the island country"].map((s) => ({ words: s.split(" "), ref: "nation:island" })),
  ...["the kingdom"].map((s) => ({ words: s.split(" "), ref: "nation:kingdom" })),
  ...["the council"].map((s) => ({ words: s.split(" "), ref: "council" })),
  ...["its neighbour", "its neighbor", "its neighbours", "its neighbors"].map((s) => ({ words: s.split(" "), ref: "neighbour" })),
  ...["the former"].map((s) => ({ words: s.split(" "), ref: "former" })),
  ...["it"].map((s) => ({ words: [s], ref: "it" })),
  ...["he", "she"].map((s) => ({ words: [s], ref: "person" })),
  // "The president then signed decrees": the last person named with that title
  ...["the president", "the prime minister", "the foreign minister", "the defence minister", "the defense minister", "the general", "the secretary-general"].map((s) => ({ words: s.split(" "), ref: `titled:${s.slice(4)}` })),
];
// first-word indexes: every token is looked up, so a scan of every list per token would dominate extraction
type RefPattern = (typeof REF_PATTERNS)[number];
/** Reference patterns by first word, then second word (each list also holds the one-word patterns of that first word), in list order: 70 of them start with "the". */
const REF_INDEX = new Map<string, { one: RefPattern[]; two: Map<string, RefPattern[]> }>();
for (const p of REF_PATTERNS) {
  const e = REF_INDEX.get(p.words[0]) ?? { one: [], two: new Map<string, RefPattern[]>() };
  REF_INDEX.set(p.words[0], e);
  if (p.words.length === 1) e.one.push(p);
}
for (const p of REF_PATTERNS) {
  const e = REF_INDEX.get(p.words[0])!;
  if (p.words.length > 1 && !e.two.has(p.words[1])) e.two.set(p.words[1], REF_PATTERNS.filter((q) => q.words[0] === p.words[0] && (q.words.length === 1 || q.words[1] === p.words[1])));
}
const NO_REFS: RefPattern[] = [];
/** The reference patterns that can start at token i, in list order (REF_PATTERNS is written lower-case). */
function refsAt(t: Token[], i: number): RefPattern[] {
  const e = REF_INDEX.get(t[i].lower);
  if (!e) return NO_REFS;
  return (i + 1 < t.length && e.two.get(t[i + 1].lower)) || e.one;
}
const TITLES_BY_FIRST = groupByFirst(TITLES, (w) => w[0]);
/** By last word, longest first (TITLES is sorted so): for looking back from a name to its title. */
const TITLES_BY_LAST = groupByFirst(TITLES, (w) => w[w.length - 1]);
const ONE_WORD_TITLES = new Set(TITLES.filter((w) => w.length === 1).map((w) => w[0]));
function groupByFirst<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items) { const k = key(x); const l = m.get(k) ?? []; l.push(x); m.set(k, l); }
  return m;
}
/** Learned names by first word, longest first; rebuilt only when the article learned something new. */
const localIndexes = new WeakMap<LocalNames, { size: number; index: Map<string, LocalNames["phrases"]> }>();
function indexLocal(local: LocalNames) {
  const cached = localIndexes.get(local);
  if (cached && cached.size === local.phrases.length) return cached.index;
  const index = groupByFirst([...local.phrases].sort((a, b) => b.words.length - a.words.length), (p) => p.words[0]);
  localIndexes.set(local, { size: local.phrases.length, index });
  return index;
}
const NATION_NOUNS = new Set(["nation", "country", "state", "power", "kingdom", "republic", "neighbour", "neighbor"]);
/** Words that describe a state the story names by a description ("the island kingdom", "the reclusive state"). */
const NATION_DESCRIPTORS = new Set(["island", "tiny", "small", "landlocked", "oil-rich", "gas-rich", "war-torn", "impoverished", "coastal", "mountainous", "archipelago", "reclusive", "secretive", "nuclear-armed", "isolated", "desert", "city"]);

/** "Prime Minister Sogavare": a title ends right before token i, so a learned surname there is that person. */
function titleEndsAt(t: Token[], i: number): boolean {
  return (TITLES_BY_LAST.get(t[i - 1]?.norm ?? "") ?? []).some((w) => i - w.length >= 0 && matchWords(t, i - w.length, w, false));
}

/** "the governments of A, B and C", "the foreign ministers of: A, B …": the list names them, nothing refers back. */
function listFollows(t: Token[], i: number, p: RefPattern): boolean {
  const after = i + p.words.length;
  return p.ref === "group" && p.words.length > 1 && t[after]?.lower === "of" && (!!t[after + 1]?.cap || t[after + 1]?.norm === ":");
}

/** A word that names an organisation, not a person ("Example Heavy Industries", "Example Aviation"). */
function orgWord(t: Token[], i: number, j: number): boolean {
  // (or an acronym, or a company's descriptor before it: "state shipbuilder PT PAL signed")
  return ORG_DESCRIPTORS.has(t[i - 1]?.lower ?? "") || /^(shipbuilder|carmaker|automaker|conglomerate|operator)$/.test(t[i - 1]?.lower ?? "") || t.slice(i, j).some((x) => ORG_HEADS.has(x.norm) || /^[A-Z]{2,}$/.test(x.norm) || /^(Group|Company|Aviation|Defence|Defense|Electronics|Heavy|International|Limited|Ltd|Inc)$/.test(x.norm));
}

/** A hyphen inside a capitalised name ("Self-Defense", "Bosnia-Herzegovina"): no space either side, a capital after. */
function joinsName(t: Token[], j: number, start: number): boolean {
  return j > start && t[j].norm === "-" && !t[j].space && !!t[j + 1] && !t[j + 1].space && t[j + 1].cap;
}

function matchWords(tokens: Token[], i: number, words: string[], fold = true): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (fold ? tokens[i + k].lower !== words[k].toLowerCase() : tokens[i + k].norm !== words[k]) return false;
  return true;
}

export function findMentions(s: Sentence, local: LocalNames, learn: boolean): Mention[] {
  const t = s.tokens;
  const covered = new Array<boolean>(t.length).fill(false);
  const at: (Mention | undefined)[] = new Array(t.length);
  const out: Mention[] = [];
  const text = (a: number, b: number) => s.text.slice(t[a].start - s.start, t[b - 1].end - s.start);
  const push = (m: NewMention) => {
    // one object shape for every mention, whatever the step set: the passes that read mentions stay monomorphic
    const full: Mention = {
      a: m.a, b: m.b, sentence: s.index, text: m.text ?? text(m.a, m.b), entityId: m.entityId, type: m.type, form: m.form,
      kind: m.kind, affiliation: m.affiliation, role: m.role, np: m.np, ref: m.ref, count: m.count, leader: m.leader, entry: m.entry,
    };
    for (let k = m.a; k < m.b; k++) { covered[k] = true; at[k] ??= full; }
    out.push(full);
  };
  const scan: Scan = {
    s, t, local, learn, covered, at, out, text, push,
    words: t.map((x) => x.norm),
    lowers: t.map((x) => x.lower),
    free: (a, b) => { for (let k = a; k < b; k++) if (covered[k]) return false; return true; },
    mentionAt: (i) => at[i],
  };
  // each step sees what the earlier ones found: the order is part of the rules
  for (const step of STEPS) step(scan);
  return out.sort((x, y) => x.a - y.a);
}

/** Takes back a mention a later step found to be part of a longer name. */
function unmention({ out, at, covered }: Scan, m: Mention) {
  out.splice(out.indexOf(m), 1);
  for (let q = m.a; q < m.b; q++) if (at[q] === m) { at[q] = undefined; covered[q] = false; }
}

type NewMention = Omit<Mention, "sentence" | "text"> & { text?: string };
/** What the steps of one sentence's scan share: its tokens, which are covered, the mentions so far. */
interface Scan {
  s: Sentence;
  t: Token[];
  words: string[];
  lowers: string[];
  local: LocalNames;
  learn: boolean;
  covered: boolean[];
  at: (Mention | undefined)[];
  out: Mention[];
  text: (a: number, b: number) => string;
  push: (m: NewMention) => void;
  free: (a: number, b: number) => boolean;
  mentionAt: (i: number) => Mention | undefined;
}

/** 1. learned names of this article (longest first), then the gazetteer */
function step1({ t, words, lowers, covered, at, text, push, local }: Scan): void {
  const localIndex = indexLocal(local);
  for (let i = 0; i < t.length; i++) {
    const long = refsAt(t, i).find((p) => p.words.length >= 3 && matchWords(t, i, p.words) && !listFollows(t, i, p));
    if (long) {
      push({ a: i, b: i + long.words.length, entityId: "", type: "Organization", form: "ref", ref: long.ref });
      i += long.words.length - 1;
      continue;
    }
  }
  for (let i = 0; i < t.length; i++) {
    if (covered[i]) continue;
    const lp = (localIndex.get(t[i].norm) ?? []).find((p) => matchWords(t, i, p.words, false) && !(p.words.length === 1 && /^[a-z]/.test(t[i].text))
      // "Wang" learned from "Wang Wenbin" is not the "Wang" of "Wang Yi"
      && !(p.words.length === 1 && p.type === "Person" && (!!t[i + 1]?.cap || (i > 0 && t[i - 1].cap && !covered[i - 1] && !/^(The|A|An)$/.test(t[i - 1].norm) && !titleEndsAt(t, i)))));
    let gp = phrasesAt(words, i, lowers);
    // "the Alliance of Sahel States": a longer name starting inside this one wins ("the Alliance" is NATO's)
    for (let q = i + 1; gp && q < i + gp.words.length; q++) {
      const inner = phrasesAt(words, q, lowers);
      if (inner && q + inner.words.length > i + gp.words.length && inner.words.length > gp.words.length) gp = undefined;
    }
    if (lp && (!gp || lp.words.length >= gp.words.length)) {
      // a learned name seen again after its title: "EU foreign policy chief Josep Borrell" is one noun phrase
      let np: number | undefined;
      if (lp.type === "Person") {
        let title = (TITLES_BY_LAST.get(t[i - 1]?.norm ?? "") ?? []).find((w) => i - w.length >= 0 && matchWords(t, i - w.length, w, false));
        let end = i;
        // "Minister for Foreign Affairs and External Trade, the Hon X": a title with its portfolio, set off by a comma
        if (!title && t[i - 1]?.norm !== "." ) {
          let q = i - 1;
          while (q > 0 && i - q <= 3 && /^(the|Hon|Hon\.|Dr|Dr\.|,)$/.test(t[q].norm)) q--;
          for (let r = q; r >= Math.max(0, i - 16) && !title; r--) {
            if (!(t[r].cap || /^(for|on|of|and|the|in|,)$/.test(t[r].lower))) break;
            const w = (TITLES_BY_LAST.get(t[r].norm) ?? []).find((x) => r - x.length + 1 >= 0 && matchWords(t, r - x.length + 1, x, false) && /^[A-Z]/.test(x[0]));
            if (w && q < i - 1) { title = w; end = r + 1; }
          }
        }
        if (title) {
          np = end - title.length;
          let q = np - 1;
          if (t[q]?.norm === "'s") q--;
          const aff = q >= 0 ? at[q] : undefined;
          if (aff && aff.type !== "Person") np = aff.a;
        }
      }
      // an organisation learned with its demonym ("the Haitian National Police") keeps its full name when seen again
      const full = lp.type === "Organization" && lp.name.length > lp.words.join(" ").length && lp.name.endsWith(text(i, i + lp.words.length)) ? lp.name : undefined;
      push({ a: i, b: i + lp.words.length, entityId: lp.id, type: lp.type, kind: lp.kind, form: lp.body ? "body" : "learned", affiliation: lp.affiliation, role: lp.role, np, ...(full ? { text: full } : {}) });
      i += lp.words.length - 1;
    } else if (gp) {
      // "Sudan's Defence and Security Council", "the Russian Security Council", "Supreme National Security
      // Council": a bare UN body's name inside or after another state's name is that state's body
      if (GENERIC_UN_BODIES.has(gp.entry.id) && gp.words.length <= 3 && /^(Security|General|Human)$/.test(gp.words[0]) && i > 0
        && ((t[i - 1].cap && !/^(The|A|An)$/.test(t[i - 1].norm) && !(at[i - 1]?.type === "Organization")) || (t[i - 1].lower === "and" && !!t[i - 2]?.cap) || (t[i - 1].norm === "'s" && at[i - 2]?.type === "Country"))) continue;
      // a state's command, agency or armed service from the list acts for its state, as "China's coast guard" does
      const body = gp.entry.type === "Organization" && !!gp.entry.country && STATE_BODY_KINDS.has(gp.entry.kind ?? "");
      // "US" the country, never the pronoun "us"
      push({ a: i, b: i + gp.words.length, entityId: gp.entry.id, type: gp.entry.type, kind: gp.entry.kind, form: body ? "body" : gp.entry.form, entry: gp.entry, ...(body ? { affiliation: gp.entry.country } : {}) });
      i += gp.words.length - 1;
    }
  }
}

const GENERIC_UN_BODIES = new Set(["org:unsc", "org:unga", "org:unhrc"]);
/** Kinds of listed organisations that are a state's own bodies (policy: the state is the actor). */
const STATE_BODY_KINDS = new Set(["military command", "intelligence agency", "armed forces"]);

/** 2. bodies of a state: "Chinese coast guard", "China's foreign ministry", "Defence Intelligence of the United Kingdom" */
function step2({ t, out, text, push, free }: Scan): void {
  for (const m of [...out]) {
    if (m.type !== "Country") continue;
    let j = m.b;
    if (t[j]?.norm === "'s") j++;
    for (const bw of BODY_WORDS) {
      // "the Royal Solomon Islands Police Force": the body words start a longer name, built in step 5
      if (matchWords(t, j, bw) && free(j, j + bw.length) && !ORG_HEADS.has(t[j + bw.length]?.norm ?? "")) {
        const name = `${m.entry?.name ?? m.text} ${bw.join(" ")}`;
        const id = `org:${m.entityId.slice(8)}-${slug(bw.join(" "))}`;
        if (bw[0] === "government") break; // the state itself acts: keep the country
        if (bw[0] === "military" && FORCE_AFTER.test(t[j + 1]?.lower ?? "")) break; // "Chinese military aircraft": an adjective
        push({ a: j, b: j + bw.length, entityId: id, type: "Organization", kind: bw.join(" "), form: "body", affiliation: m.entityId, text: text(m.a, j + bw.length) });
        out[out.length - 1].text = text(m.a, j + bw.length);
        void name;
        break;
      }
    }
  }
}

/** 3. titles introducing a person: "[Japanese] Foreign Minister Yoko Kamikawa", "leader, Masood Azhar" */
function step3(scan: Scan): void {
  const { s, t, covered, at, out, text, push, mentionAt, local, learn } = scan;
  for (let i = 0; i < t.length; i++) {
    if (covered[i]) continue;
    const title = (TITLES_BY_FIRST.get(t[i].norm) ?? []).find((w) => matchWords(t, i, w, false));
    // "HMS Prince of Wales", "the frigate Admiral Gorshkov": a ship's name, not a title
    if (!title || (i > 0 && (SHIP_PREFIX.test(t[i - 1].norm) || SHIP_NOUNS.test(t[i - 1].lower)))) continue;
    let j = i + title.length;
    let roleEnd = j;
    // a title can stack: "Prime Minister Sheikh …"
    for (let guard = 0; guard < 2; guard++) {
      const more = (TITLES_BY_FIRST.get(t[j]?.norm ?? "") ?? []).find((w) => matchWords(t, j, w, false) && /^[A-Z]/.test(w[0]));
      if (!more) break;
      j += more.length;
    }
    // "Russia's ambassador to Germany, Sergei Nechayev,": the post's host state, then the name
    const host = /^(to|in|at)$/.test(t[j]?.lower ?? "") ? at[j + 1] : undefined;
    if (host && host.a === j + 1 && host.type === "Country" && t[host.b]?.norm === "," && !!t[host.b + 1]?.cap && !covered[host.b + 1]) { roleEnd = host.b; j = host.b + 1; }
    else if (t[j]?.norm === "," && /^[a-z]/.test(title[0])) j++;
    // "Haiti's Minister for Foreign Affairs, Dominique Dupuy, called …": a name set off by commas
    else if (t[j]?.norm === "," && !!t[j + 1]?.cap && !covered[j + 1]) {
      let e = j + 1;
      while (e < t.length && e - j <= 4 && t[e].cap && !covered[e]) e++;
      if (e - (j + 1) >= 2 && t[e]?.norm === ",") j++;
    }
    // a portfolio after the title: "High Commissioner for Human Rights Volker Türk", "Special Rapporteur on
    // the situation in Myanmar, Tom Andrews,", "Minister for Foreign Affairs, the Hon Ana Roja MP"
    if ((/^(for|on|of)$/.test(t[j]?.lower ?? "") || (t[j]?.lower === "and" && title.length > 2 && !!t[j + 1]?.cap)) && /^[A-Z]/.test(title[0])) {
      const comma = t.findIndex((x, q) => q > j && q <= j + 14 && x.norm === ",");
      let q = comma > 0 ? comma + 1 : -1;
      while (q > 0 && /^(the|Hon|Hon\.|Dr|Dr\.)$/.test(t[q]?.norm ?? "")) q++;
      let e = q;
      while (e > 0 && e < t.length && t[e].cap && !covered[e] && e - q < 4) e++;
      const closes = e > 0 && (t[e]?.norm === "," || /^(MP|said|says)$/.test(t[e]?.norm ?? "") || t[e]?.pos === "VERB");
      if (comma > 0 && e - q >= 2 && closes && !t.slice(j + 1, comma).some((x) => x.pos === "VERB")) j = q;
      else {
        // no comma: the run of capitalised words after "for" is the portfolio's words, then the name
        let r = j + 1;
        while (r < t.length && (t[r].cap || (t[r].lower === "and" && !!t[r + 1]?.cap)) && !covered[r]) r++;
        let p = j + 1;
        while (p < r && (PORTFOLIO_WORDS.has(t[p].norm) || t[p].lower === "and")) p++;
        if (p > j + 1 && r - p >= 2) j = p;
        else if (r - (j + 1) >= (t[j].lower === "of" ? 3 : 4)) j = r - 2;
      }
    }
    const nameStart = j;
    // ("Foreign Minister Therese Kayikwamba Wagner": a one-word organisation name after two name words is the surname)
    const surnameOrg = (j: number) => j - nameStart >= 2 && !t[j + 1]?.cap && out.find((x) => x.a === j && x.b === j + 1 && x.type === "Organization" && x.form === "name");
    while (j < t.length && j - nameStart < 7 && (!covered[j] || out.some((x) => x.a === j && x.b === j + 1 && x.type === "Country" && x.form !== "demonym") || !!surnameOrg(j))) {
      const tok = t[j];
      const next = t[j + 1];
      const ok = tok.cap
        // a nickname in quotes: 'Mohamed "Example" Dagalo' (never the quote that opens a quoted verb)
        || (j > nameStart && tok.norm === '"' && (t.slice(nameStart, j).filter((x) => x.norm === '"').length % 2 === 1
          ? t[j - 1].cap && !!next?.cap
          : !!next?.cap && t.slice(j + 2, j + 5).some((x) => x.norm === '"')))
        || (tok.norm === "-" && j > nameStart && !tok.space && next && !next.space)
        // "Kim Jong-un", "Kim Yo-jong": a lower-case piece joined by a hyphen
        || (j > nameStart + 1 && t[j - 1].norm === "-" && !tok.space && /^[a-z]+$/.test(tok.norm) && t[j - 2].cap)
        || (j > nameStart && NAME_PARTICLES.has(tok.lower) && !!next && (next.cap || next.norm === "-" || (NAME_PARTICLES.has(next.lower) && !!t[j + 2]?.cap)));
      if (!ok) {
        // "Foreign Minister Ana Lima": a one-word place right after a first name is the surname
        const m = out.find((x) => x.a === j && x.b === j + 1 && x.type === "Country" && (x.form === "capital" || x.form === "name"));
        if (m && j > nameStart && tok.space && t[j + 1]?.norm !== "'s") {
          unmention(scan, m);
          j++;
        }
        break;
      }
      if (j === nameStart && ONE_WORD_TITLES.has(tok.norm)) break;
      const org = surnameOrg(j);
      if (org) unmention(scan, org);
      // "Jeremiah Manele MP": a post-nominal is not part of the name
      if (j > nameStart && /^(MP|MPs|MEP|QC|KC|MLA|MNA)$/.test(tok.norm)) break;
      j++;
    }
    while (j > nameStart && (NAME_PARTICLES.has(t[j - 1].lower) || t[j - 1].norm === "-")) j--;
    if (j === nameStart) continue;
    if (t[j - 1].norm.endsWith(".") && j - nameStart === 1 && t[j - 1].norm.length <= 3) continue;
    // honorifics and military ranks are not part of the name: "Captain Ibrahim Traoré" is Ibrahim Traoré
    const name = text(nameStart, j).replace(HONORIFIC_PREFIX, "");
    if (name.split(/\s+/).every((w) => HONORIFIC.test(w))) continue;
    // the affiliation is the mention right before the title ("U.S. President", "Mali's Foreign Minister", "NATO Secretary General")
    let k = i - 1;
    // "House Intelligence Committee Chair"; "the UN human rights chief": a portfolio between the body and the title
    const portfolio = /^(chief|head|envoy|commissioner|coordinator|czar|tsar)$/i.test(title[title.length - 1]);
    while (k >= 0 && (t[k].cap || (portfolio && /^[a-z]+$/.test(t[k].norm) && !/^(the|a|an|of|and|said|says)$/.test(t[k].lower))) && !mentionAt(k) && i - k < 5) k--;
    if (t[k]?.norm === "'s") k--;
    const aff = k >= 0 ? mentionAt(k) : undefined;
    const roleStart = k + 1 <= i ? k + 1 : i;
    const role = text(t[roleStart]?.norm === "'s" ? roleStart + 1 : Math.max(roleStart, aff ? aff.b : roleStart), Math.max(roleEnd, i + title.length)).replace(/^'s\s*/, "");
    const id = `person:${slug(name)}`;
    // "Defence Minister Wellington Koo": a place's name inside the person's is not the place
    for (const m of out.filter((x) => x.type === "Country" && x.a >= nameStart && x.b <= j)) unmention(scan, m);
    push({ a: nameStart, b: j, entityId: id, type: "Person", form: "person", affiliation: aff && aff.type !== "Person" ? aff.entityId : undefined, role, text: name, np: Math.min(i, aff ? aff.a : i) });
    if (learn) {
      // the name's own tokens, after the honorifics the name dropped
      let w0 = nameStart;
      while (w0 < j - 2 && HONORIFIC.test(t[w0].norm)) w0++;
      learnPerson(local, name, id, t.slice(w0, j).map((x) => x.norm), aff && aff.type !== "Person" ? aff.entityId : undefined, role);
    }
    // "Foreign ministers A and B": the second name under the same title
    if (PLURAL_TITLES.has(title.join(" ")) && t[j]?.lower === "and" && !!t[j + 1]?.cap && !covered[j + 1]) {
      let q = j + 1;
      while (q < t.length && q - j <= 6 && !covered[q] && (t[q].cap || (t[q].norm === "-" && !t[q].space && !t[q + 1]?.space && !!t[q + 1]?.cap))) q++;
      if (q - (j + 1) >= 2) {
        const second = text(j + 1, q);
        push({ a: j + 1, b: q, entityId: `person:${slug(second)}`, type: "Person", form: "person", role, text: second, np: j + 1 });
        if (learn) learnPerson(local, second, `person:${slug(second)}`, t.slice(j + 1, q).map((x) => x.norm), undefined, role);
        j = q;
      }
    }
    i = j - 1;
  }
}

/** 5. organisations: "drone manufacturer Baykar", "the Tele Sahel broadcaster", "Turkey's Presidency of Defence Industries agency" */
function step5({ t, covered, out, text, at, push, mentionAt, local, learn }: Scan): void {
  /** A gazetteer place at q with a capitalised word after it: it may open a body's name. */
  // ("the Lima Group", "the Minsk Group": a capital opens a few names of bodies too)
  const placeOpensName = (q: number) => at[q]?.a === q && ((at[q]!.type === "Location" && at[q]!.form !== "learned" && !!t[at[q]!.b]?.cap)
    || (at[q]!.type === "Country" && at[q]!.form === "capital" && /^(Group|Platform|Forum|Initiative)$/.test(t[at[q]!.b]?.norm ?? "")));
  for (let i = 0; i < t.length; i++) {
    // (a place may open a body's name: "the Crimea Platform")
    if (covered[i] && !placeOpensName(i)) continue;
    if (ORG_DESCRIPTORS.has(t[i].lower) && !!t[i + 1]?.cap && !covered[i + 1]) {
      let j = i + 1;
      while (j < t.length && !covered[j] && t[j].cap && j - i <= 3) j++;
      if (j < t.length && /^(Group|Corps)$/.test(t[j]?.norm)) j++;
      const name = text(i + 1, j);
      const aff = out.find((m) => m.b <= i && m.b >= i - 3 && m.type === "Country");
      const id = `org:${slug(name)}`;
      // "defence group Leonardo": a group that makes arms is a company
      const kind = COMPANY_WORDS.has(t[i].lower) || (t[i].lower === "group" && /^(defence|defense|arms|aerospace|industrial|engineering)$/.test(t[i - 1]?.lower ?? "")) ? "company" : t[i].lower;
      push({ a: i + 1, b: j, entityId: id, type: "Organization", kind, form: "learned", affiliation: aff?.entityId, text: name });
      if (learn) local.phrases.push({ words: t.slice(i + 1, j).map((x) => x.norm), id, type: "Organization", kind, name, affiliation: aff?.entityId });
      continue;
    }
    if (!t[i].cap || (i > 0 && !covered[i - 1] && t[i - 1].cap && t[i - 1].norm !== "The")) continue;
    let j = i;
    let sawHead = false;
    let political = false;
    let inner: Mention | undefined; // a country named inside the name: "Royal Solomon Islands Police Force"
    // ("Union for Democracy", "Movement for Change": "for" joins a political group's name after its head)
    // ("the Crimea Platform", "the Black Sea Grain Initiative": a place's name opens the body's)
    let leadPlace: Mention | undefined;
    const placeFirst = (q: number) => q === i && placeOpensName(q) && !covered[at[q]!.b];
    // ("the Committee for the Transition and Restoration of Institutions": "for the" joins a junta's or council's name)
    const forThe = (q: number) => political && t[q].lower === "for" && t[q + 1]?.lower === "the" && !!t[q + 2]?.cap && !covered[q + 2];
    while (j < t.length && (!covered[j] || placeFirst(j) || (j > i && at[j]?.type === "Country" && at[j]!.form === "name" && at[j]!.a === j && !!t[at[j]!.b]?.cap && !covered[at[j]!.b])) && (t[j].cap || joinsName(t, j, i) || ((t[j].lower === "of" || t[j].lower === "and" || (t[j].lower === "for" && political)) && !!t[j + 1]?.cap) || forThe(j) || (t[j].lower === "the" && forThe(j - 1)))) {
      if (covered[j] && placeFirst(j)) { leadPlace = at[j]; j = at[j]!.b; continue; }
      if (covered[j]) { inner = at[j]; j = inner!.b; continue; }
      // "the Department of Defense and Example Aerospace" are two organisations, not one name
      if (t[j].lower === "and" && sawHead) {
        let q = j + 1;
        while (q < t.length && t[q].cap) { if (ORG_HEADS.has(t[q].norm)) break; q++; }
        if (q < t.length && ORG_HEADS.has(t[q].norm)) break;
      }
      // "the Government of National Accord": a government named by what it stands for (not "the Government of Japan")
      if (ORG_HEADS.has(t[j].norm) || (t[j].norm === "Government" && t[j + 1]?.lower === "of" && !!t[j + 2]?.cap && !covered[j + 2])) sawHead = true;
      if (/^(Coalition|Alliance|Union|League|Movement|Front|Party|Congress|Committee|Council)$/.test(t[j].norm)) political = true;
      // "the Libyan National Army of Khalifa Haftar": an armed force's name ends before whose it is
      if (t[j + 1]?.lower === "of" && /^(Army|Forces|Force|Navy|Guard|Police|Party|Movement|Front|Brigade|Brigades|Corps|Group)$/.test(t[j].norm)) { j++; break; }
      j++;
    }
    // ("the UN-recognised Government of …": a hyphenated description is no word of the name)
    if (/^[^-]+-[a-z]+$/.test(t[i].norm) && j - i > 2) { i++; }
    if (j - i < 2 || !sawHead || /^(The|A|An)$/.test(t[i].norm)) continue;
    while (t[j - 1].lower === "of" || t[j - 1].lower === "and" || t[j - 1].lower === "for" || (j - i > 2 && ONE_WORD_TITLES.has(t[j - 1].norm))) j--;
    const name = text(i, j);
    // "Defence Intelligence of the United Kingdom": the state that follows
    let aff: string | undefined = inner?.entityId;
    const after = t[j]?.lower === "of" ? mentionAt(t[j + 1]?.lower === "the" ? j + 2 : j + 1) : undefined;
    if (after?.type === "Country") aff = after.entityId;
    const before = i >= 2 && t[i - 1].norm === "'s" ? mentionAt(i - 2) : undefined;
    if (before?.type === "Country") aff = before.entityId;
    // "the Philippine Department of National Defense", "the Japan Ground Self-Defense Force": the state's demonym or name is part of the name
    const demonym = i >= 1 ? mentionAt(i - 1) : undefined;
    const named = demonym?.type === "Country" && (demonym.form === "demonym" || demonym.form === "name") && demonym.b === i && t[i - 1].norm !== "'s";
    // "the State Bank of Pakistan": the state it is of is part of the name too
    const fullName = text(named ? demonym!.a : i, after?.type === "Country" && !named ? after.b : j);
    // ("Beijing's Taiwan Affairs Office": a state's office for another state belongs to the possessor)
    const owner = named && demonym!.a >= 2 && t[demonym!.a - 1].norm === "'s" ? mentionAt(demonym!.a - 2) : undefined;
    if (named) aff = owner?.type === "Country" ? owner.entityId : demonym!.entityId;
    const id = `org:${slug(fullName)}`;
    let b = j;
    if (after?.type === "Country") { b = after.b; }
    else if (t[j] && /^(agency|ministry|body|office)$/.test(t[j].lower)) b = j + 1;
    if (leadPlace) unmention({ out, at, covered } as Scan, leadPlace);
    push({ a: i, b, entityId: id, type: "Organization", kind: "body", form: "learned", affiliation: aff, text: fullName });
    if (learn) local.phrases.push({ words: t.slice(i, j).map((x) => x.norm), id, type: "Organization", kind: "body", name: fullName, affiliation: aff });
    i = b - 1;
  }
}

/** 4. people without a title: "Haluk Bayraktar, who leads", "Jane Roe said" */
function step4({ s, t, covered, text, push, mentionAt, local, learn }: Scan): void {
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !t[i].cap || s.role !== "body") continue;
    // a ship's name is no person's ("BRP Sierra Madre"): step 7b names it
    if (SHIP_PREFIX.test(t[i].norm)) { while (i + 1 < t.length && t[i + 1].cap) i++; continue; }
    let j = i;
    while (j < t.length && !covered[j] && (t[j].cap || (j > i && NAME_PARTICLES.has(t[j].lower)) || (j > i + 1 && t[j - 1].norm === "-" && !t[j].space && /^[a-z]+$/.test(t[j].norm)))) j++;
    const n = j - i;
    if (n < 2 || n > 4) { i = Math.max(i, j - 1); continue; }
    const after = t[j];
    // "Jane Roe, head of Example's security committee,": a role noun right after the comma
    // (or a capitalised title: "María Salvador, Special Representative of the Secretary-General,")
    const appositiveRole = after?.norm === "," && ((PERSON_ROLES.has(t[j + 1]?.lower ?? "") && /^(of|at|for)$/.test(t[j + 2]?.lower ?? ""))
      || (TITLES_BY_FIRST.get(t[j + 1]?.norm ?? "") ?? []).some((w) => /^[A-Z]/.test(w[0]) && w.length >= 2 && matchWords(t, j + 1, w, false) && /^(of|for|to|at)$/.test(t[j + 1 + w.length]?.lower ?? ""))
      || (/^(the|a|an|its|his|her)$/.test(t[j + 1]?.lower ?? "") ? t.slice(j + 2, j + 9) : t.slice(j + 1, j + 5).every((x, q, arr) => /^[a-z-]+$/.test(x.norm) || q === arr.length - 1) ? t.slice(j + 1, j + 5) : []).some((x) => PERSON_ROLES.has(x.lower))
      // "Jane Roe, Abiy's national security adviser, said": a role someone's, between commas
      || (!!t[j + 1]?.cap && t[j + 2]?.norm === "'s" && t.slice(j + 3, j + 7).some((x, q, arr) => PERSON_ROLES.has(x.lower) && arr.slice(0, q).every((y) => /^[a-z-]+$/.test(y.norm)))));
    const afterAux = after && /^(has|had|have|also|later|then)$/.test(after.lower) ? t[j + 1] : undefined;
    const titledBefore = i >= 2 && t[i - 1].norm === "," && after?.norm === "," && t.slice(Math.max(0, i - 7), i - 1).some((x) => PERSON_ROLES.has(x.lower));
    // "Example Rotem, which builds the K2,": a maker is a company
    if (after?.norm === "," && t[j + 1]?.lower === "which" && /^(builds|built|makes|made|manufactures|manufactured|produces|produced|designs|designed)$/.test(t[j + 2]?.lower ?? "")) {
      const name = text(i, j);
      push({ a: i, b: j, entityId: `org:${slug(name)}`, type: "Organization", kind: "company", form: "learned", text: name });
      if (learn) local.phrases.push({ words: t.slice(i, j).map((x) => x.norm), id: `org:${slug(name)}`, type: "Organization", kind: "company", name });
      i = j - 1;
      continue;
    }
    // "Sweden's Pål Jonson signed …": a state's two-word name acting is its official
    const ownedActor = i >= 2 && t[i - 1].norm === "'s" && mentionAt(i - 2)?.type === "Country" && n <= 3 && after?.pos === "VERB" && /^[a-z]+$/.test(after.norm) && !t.slice(i, j).some((x) => ORG_HEADS.has(x.norm));
    // "the German jurist Jan Roe", "far-right activist Jane Roe": a private person described before the name
    const described = i > 0 && PERSON_DESCRIPTORS.has(t[i - 1].lower);
    // "the RSF, led by Jane Roe, …": a leader; "Jane Roe's self-styled army": a warlord's forces
    const leads = i >= 2 && t[i - 1].lower === "by" && /^(led|headed|commanded|founded|run)$/.test(t[i - 2].lower) && !ORG_HEADS.has(t[j - 1].norm);
    const warlord = t[j]?.norm === "'s" && n <= 3 && t.slice(j + 1, j + 8).some((x) => /^(forces|army|militia|fighters|troops|loyalists|regime|Army|Forces)$/.test(x.norm));
    // "Vladimir Putin had signed the law", "talks with Vladimir Putin in Moscow": what only a person does, two or three name words
    const personVerb = n <= 3 && (/^(signed|met|thanked|congratulated|ratified|pardoned|decreed)$/.test(after?.lower ?? "") || (!!afterAux && /^(signed|met|thanked|ratified)$/.test(afterAux.lower)));
    const metWith = n <= 3 && i >= 2 && t[i - 1].lower === "with" && /^(talks|meeting|meet|met|meets|call|spoke|speaks|phone|summit)$/.test(t[i - 2].lower) && /^(in|at|on|,|\.|and)$/.test(after?.norm ?? ".");
    const isPerson = ownedActor || titledBefore || described || leads || warlord || ((personVerb || metWith) && !orgWord(t, i, j)) || (after && SPEECH.has(after.lower)) || (afterAux && SPEECH.has(afterAux.lower)) || appositiveRole || (after?.norm === "," && t[j + 1]?.lower === "who" && /^(leads|heads|chairs|runs|founded|is|was)$/.test(t[j + 2]?.lower ?? ""));
    const prevIsDet = i > 0 && /^(the|a|an)$/i.test(t[i - 1].norm);
    // "The Deputy Prime Minister said": a title standing for someone, not a name
    // "at Malacañan Palace, Secretary …", "Camp General X": a place's name, not a person's
    if (/^(Palace|House|Hall|Square|Airport|Base|Camp|Centre|Center|Building|Street|Road|Bridge|Station|Stadium|Hotel|Hospital|University|School|Mosque|Church|Cathedral|Temple|Park|Embassy|Parliament|Port)$/.test(t[j - 1].norm) || /^(Camp|Fort|Port|Mount|Lake)$/.test(t[i].norm)) { i = j - 1; continue; }
    // "Amnesty International said", "Human Rights Watch said": an organisation's name, not a person's
    const orgLike = /^(International|Watch|Foundation|Network|Trust|Fund|Initiative|Society|Association|Union|Alliance|Institute|Group|Agency|Organisation|Organization|Federation|Coalition|Centre|Center|Project|Forum)$/.test(t[j - 1].norm);
    if (orgLike && isPerson) {
      const name = text(i, j);
      push({ a: i, b: j, entityId: `org:${slug(name)}`, type: "Organization", kind: "organisation", form: "learned", text: name });
      if (learn) local.phrases.push({ words: t.slice(i, j).map((x) => x.norm), id: `org:${slug(name)}`, type: "Organization", kind: "organisation", name });
      i = j - 1;
      continue;
    }
    const onlyTitle = t.slice(i, j).every((x) => /^(The|Deputy|Vice|Acting|Former|Prime|Foreign|Defence|Defense|Interior|Finance|Chief|Senior|Minister|President|Secretary|General|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chancellor|Premier|Director|Governor|Mayor|Commander|Chairman|Chairperson|Chair|Speaker)$/.test(x.norm));
    if (isPerson && !prevIsDet && !onlyTitle && t[i].norm !== "The" && !ORG_HEADS.has(t[j - 1].norm)) {
      const name = text(i, j);
      const id = `person:${slug(name)}`;
      const state = ownedActor ? mentionAt(i - 2)?.entityId : undefined;
      push({ a: i, b: j, entityId: id, type: "Person", form: "person", affiliation: state, np: ownedActor ? i - 2 : undefined });
      if (learn) learnPerson(local, name, id, t.slice(i, j).map((x) => x.norm), state);
    }
    i = j - 1;
  }
}

/** 5b. "a militant group, Jaish-e-Example," (appositive) and "the Example Gul group" (name then a group word) */
function step5B({ t, covered, text, push, local, learn }: Scan): void {
  for (let i = 0; i < t.length; i++) {
    if (covered[i]) continue;
    if (ORG_DESCRIPTORS.has(t[i].lower) && t[i + 1]?.norm === "," && !!t[i + 2]?.cap && !covered[i + 2]) {
      const j = nameEnd(t, i + 2, covered);
      // "a local group, National Example Jamath (NEJ), had …": the acronym in brackets names it too
      const acronym = t[j]?.norm === "(" && /^[A-Z][A-Z0-9-]{1,7}$/.test(t[j + 1]?.norm ?? "") && t[j + 2]?.norm === ")" && !covered[j + 1] ? j + 1 : -1;
      const close = acronym > 0 ? j + 3 : j;
      if (t[close]?.norm === "," && j > i + 2) {
        const name = text(i + 2, j);
        const kind = /group|militia|faction|movement/.test(t[i].lower) ? (t.slice(Math.max(0, i - 3), i).some((x) => /^(militant|armed|islamist|jihadist|rebel|insurgent|terrorist)$/.test(x.lower)) ? "militant group" : t[i].lower) : COMPANY_WORDS.has(t[i].lower) ? "company" : t[i].lower;
        const id = `org:${slug(name)}`;
        push({ a: i + 2, b: j, entityId: id, type: "Organization", kind, form: "learned", text: name });
        if (acronym > 0) push({ a: acronym, b: acronym + 1, entityId: id, type: "Organization", kind, form: "learned", text: t[acronym].norm });
        if (learn) {
          local.phrases.push({ words: t.slice(i + 2, j).map((x) => x.norm), id, type: "Organization", kind, name });
          if (acronym > 0) local.phrases.push({ words: [t[acronym].norm], id, type: "Organization", kind, name });
        }
        continue;
      }
    }
    if (t[i].cap && (i === 0 || !t[i - 1].cap || covered[i - 1])) {
      const j = nameEnd(t, i, covered);
      if (j - i >= 2 && /^(group|faction|movement|militia|network|coalition|alliance|front|gang)$/.test(t[j]?.lower ?? "") && /^(the|a)$/i.test(t[i - 1]?.norm ?? "")) {
        const name = text(i, j);
        push({ a: i, b: j + 1, entityId: `org:${slug(name)}`, type: "Organization", kind: "militant group", form: "learned", text: name });
        if (learn) local.phrases.push({ words: t.slice(i, j).map((x) => x.norm), id: `org:${slug(name)}`, type: "Organization", kind: "militant group", name });
      }
    }
  }
}

/** 5c. "Example Ansanm, the gang coalition whose …": a name set off by what kind of group it is */
function step5C(scan: Scan): void {
  const { t, covered, text, at, push, local, learn } = scan;
  for (let i = 0; i < t.length; i++) {
    // an organisation found by its head word may run on: "the Popular Front in Chad, an armed coalition"
    const head = covered[i] && at[i]?.a === i && at[i]!.type === "Organization" && at[i]!.form === "learned" ? at[i] : undefined;
    if ((covered[i] && !head) || !t[i].cap || (i > 0 && t[i - 1].cap && !covered[i - 1])) continue;
    let j = head ? head.b : nameEnd(t, i, covered);
    // "the Islamic Resistance in Iraq, an umbrella group": a place named inside the name
    let inner = j - i >= 2 && /^(in|of|for)$/.test(t[j]?.lower ?? "") ? at[j + 1] : undefined;
    if (inner && !(inner.a === j + 1 && (inner.type === "Country" || inner.type === "Location") && inner.form !== "ref" && t[inner.b]?.norm === ",")) inner = undefined;
    if (head && !inner) continue;
    if (inner) j = inner.b;
    if (j - i < 1 || j - i > 6 || t[j]?.norm !== "," || !/^(the|a|an)$/.test(t[j + 1]?.lower ?? "")) continue;
    let q = j + 2;
    // "BMC, the Turkish manufacturer": lowercase words and demonyms before the kind of group
    // ("Jaish al-Adl, a Sunni militant group": a capitalised adjective that names nothing)
    while (q < t.length && q - j <= 5 && (/^[a-z-]+$/.test(t[q].norm) || at[q]?.form === "demonym" || (t[q].cap && !at[q])) && !GROUP_DESCRIPTORS.test(t[q].lower)) q++;
    if (!GROUP_DESCRIPTORS.test(t[q]?.lower ?? "")) continue;
    const armed = t.slice(j + 2, q + 1).some((x) => /^(gang|gangs|militia|militant|armed|rebel|insurgent|jihadist|islamist|paramilitary|terrorist)$/.test(x.lower));
    const name = text(i, j);
    const kind = armed ? "militant group" : COMPANY_WORDS.has(t[q].lower) ? "company" : t[q].lower;
    if (inner) unmention(scan, inner);
    if (head) unmention(scan, head);
    push({ a: i, b: j, entityId: `org:${slug(name)}`, type: "Organization", kind, form: "learned", text: name });
    if (learn) local.phrases.push({ words: t.slice(i, j).map((x) => x.norm), id: `org:${slug(name)}`, type: "Organization", kind, name });
    i = j;
  }
}

/** 5d. "the Australian Defence Force (ADF)": an acronym in brackets after an organisation is its name too */
function step5D({ t, covered, out, push, local, learn }: Scan): void {
  for (const m of [...out]) {
    if (m.type !== "Organization" || m.form === "ref" || t[m.b]?.norm !== "(" || t[m.b + 2]?.norm !== ")") continue;
    const acr = t[m.b + 1];
    if (covered[m.b + 1] || !/^[A-Z][A-Z0-9&-]{1,9}$/.test(acr.norm)) continue;
    // "UNITED NATIONS (AA) –": a dateline's agency, not the organisation's acronym
    if (/^(--?|[–—])$/.test(t[m.b + 3]?.norm ?? "") || m.text === m.text.toUpperCase()) continue;
    push({ a: m.b + 1, b: m.b + 2, entityId: m.entityId, type: "Organization", kind: m.kind, form: m.form === "body" ? "body" : "learned", affiliation: m.affiliation, text: acr.norm });
    if (learn) local.phrases.push({ words: [acr.norm], id: m.entityId, type: "Organization", kind: m.kind, name: m.entry?.name ?? m.text, affiliation: m.affiliation, body: m.form === "body" });
  }
}

/** 6. documents with a name: "The Liptako-Gourma Charter" */
function step6(scan: Scan): void {
  const { t, covered, text, at, push, local, learn } = scan;
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !DOC_NAME_HEADS.has(t[i].norm)) continue;
    let k = i;
    // "the Lima Declaration", "the Washington Declaration": a city's name inside the document's
    const place = at[i - 1] && (at[i - 1]!.form === "capital" || at[i - 1]!.type === "Location") && at[i - 1]!.b === i && t[at[i - 1]!.a - 1]?.lower === "the" ? at[i - 1] : undefined;
    if (place) unmention(scan, place);
    while (k > 0 && !covered[k - 1] && (t[k - 1].cap || (t[k - 1].norm === "-" && !t[k - 1].space))) k--;
    // "the Treaty on the Prohibition of Nuclear Weapons", "the Convention on Cluster Munitions": the head first
    let e = i + 1;
    if ((k === i || (k === i - 1 && t[k].norm === "The")) && /^(on|of|for)$/.test(t[i + 1]?.lower ?? "") && t[i - 1]?.lower === "the") {
      let q = i + 2;
      if (t[q]?.lower === "the") q++;
      let last = -1;
      while (q < t.length && q - i < 12 && !CALENDAR_WORDS.test(t[q].norm) && !CALENDAR_WORDS.test(t[q + 1]?.norm ?? "") && (t[q].cap || (/^(of|on|and|the|in|against|for)$/.test(t[q].lower) && !!t[q + 1]?.cap))) { if (t[q].cap) last = q; q++; }
      // (a weapon named inside the title is the title's word: "… of Nuclear Weapons", "… on Cluster Munitions")
      if (last > i + 1 && !t.slice(i + 1, last + 1).some((x, d) => covered[i + 1 + d] && at[i + 1 + d]?.type !== "Weapon")) e = last + 1;
    }
    if (e > i + 1) {
      for (const m of scan.out.filter((x) => x.type === "Weapon" && x.a > i && x.b <= e)) unmention(scan, m);
      const name = text(i, e);
      const id = `event:${slug(name)}`;
      push({ a: i, b: e, entityId: id, type: "Event", kind: t[i].lower, form: "learned", text: name });
      if (learn) local.phrases.push({ words: t.slice(i, e).map((x) => x.norm), id, type: "Event", kind: t[i].lower, name });
      i = e - 1;
      continue;
    }
    if (k === i || t[k].norm === "The") { if (t[k]?.norm === "The" && k + 1 < i) k++; else continue; }
    const name = text(k, i + 1);
    const id = `event:${slug(name)}`;
    push({ a: k, b: i + 1, entityId: id, type: "Event", kind: t[i].lower, form: "learned", text: name });
    if (learn) local.phrases.push({ words: t.slice(k, i + 1).map((x) => x.norm), id, type: "Event", kind: t[i].lower, name });
  }
}

/** 7. weapon models: "Bayraktar TB2 combat systems", later "TB2s" */
function step7({ t, covered, out, text, push, local, learn }: Scan): void {
  /** A system noun within four words from q, only lowercase descriptors before it ("light attack aircraft"). */
  const systemNounAhead = (q: number) => {
    const sys = t.slice(q, q + 4).findIndex((x) => WEAPON_SYSTEM_NOUNS.has(x.lower));
    return sys >= 0 && t.slice(q, q + sys).every((x) => /^[a-z-]+$/.test(x.norm));
  };
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !(/^[A-Z][A-Za-z]*-?\d+[A-Za-z]*$/.test(t[i].norm) || /^[A-Z]{2,}-[A-Z0-9]{1,3}$/.test(t[i].norm))) continue;
    let n1 = i + 1;
    if (!!t[n1]?.cap && !covered[n1] && WEAPON_SYSTEM_NOUNS.has(t[n1 + 1]?.lower ?? "")) n1++; // "JF-17 Thunder fighters"
    // "the A-29 Super Tucano light attack aircraft": a two-word name, then the descriptors and the system noun
    else {
      let c = i + 1;
      while (c < t.length && c - i <= 2 && t[c].cap && !covered[c] && /^[A-Z][a-z]+$/.test(t[c].norm)) c++;
      if (c > i + 1 && systemNounAhead(c)) n1 = c;
    }
    const next = t[n1];
    const next2 = next && t[n1 + 1] ? `${next.lower} ${t[n1 + 1].lower}` : "";
    const ahead = systemNounAhead(n1);
    if (!next || !(WEAPON_SYSTEM_NOUNS.has(next.lower) || WEAPON_SYSTEM_NOUNS.has(next2) || ahead || out.some((m) => m.a === n1 && m.type === "Weapon"))) continue;
    let k = i;
    if (i > 0 && !covered[i - 1] && t[i - 1].cap && t[i - 1].norm !== "The") k = i - 1;
    const end = n1 > i + 1 ? n1 : i + 1;
    const name = text(k, end);
    const id = `weapon:${slug(name)}`;
    const parent = out.find((m) => m.a >= i + 1 && m.a <= i + 4 && m.type === "Weapon")?.entityId;
    push({ a: k, b: end, entityId: id, type: "Weapon", kind: "model", form: "learned", affiliation: parent, text: name });
    if (learn) {
      local.phrases.push({ words: t.slice(k, end).map((x) => x.norm), id, type: "Weapon", kind: "model", name, affiliation: parent });
      local.phrases.push({ words: [t[i].norm], id, type: "Weapon", kind: "model", name, affiliation: parent });
      local.phrases.push({ words: [`${t[i].norm}s`], id, type: "Weapon", kind: "model", name, affiliation: parent });
      // ("the Super Tucanos" later): the name without its number, singular and plural
      if (n1 > i + 2) {
        const words = t.slice(i + 1, n1).map((x) => x.norm);
        local.phrases.push({ words, id, type: "Weapon", kind: "model", name, affiliation: parent });
        local.phrases.push({ words: [...words.slice(0, -1), `${words[words.length - 1]}s`], id, type: "Weapon", kind: "model", name, affiliation: parent });
      }
    }
  }
}

/**
 * Navies commission shore bases under the ship prefix ("HMAS Stirling", "HMS Excellent"): the name is a base
 * when the text calls it one — "the naval base HMAS X", "HMAS X, the navy's base near Perth,".
 */
function namesABase(t: Token[], a: number, b: number): boolean {
  if (/^bases?$/.test(t[a - 1]?.lower ?? "")) return true;
  if (t[b]?.norm !== ",") return false;
  for (let k = b + 1; k < t.length && k <= b + 8; k++) {
    if (t[k].norm === "," || t[k].pos === "VERB") return false;
    if (/^(base|establishment)$/.test(t[k].lower)) return true;
  }
  return false;
}

/** 7b. named models without a number ("Caesar howitzers", "Patriot missiles") and ships ("HMS Example", "the frigate Admiral Gorshkov") */
function step7B({ t, covered, out, text, push }: Scan): void {
  for (let i = 1; i < t.length; i++) {
    // "the frigate Admiral Gorshkov", "the nuclear-powered submarine Kazan": a ship named after its type
    if (SHIP_NOUNS.test(t[i - 1].lower) && t[i].cap && !covered[i] && !/^(The|A|An|In|On|At|And|Of)$/.test(t[i].norm) && !SHIP_PREFIX.test(t[i].norm)) {
      let b = i;
      while (b < t.length && b - i < 4 && t[b].cap && !covered[b]) b++;
      if (t[b]?.norm === "-" && t[b + 1]?.lower === "class") { i = b; continue; }
      const name = text(i, b);
      push({ a: i, b, entityId: `weapon:${slug(name)}`, type: "Weapon", kind: "ship", form: "learned", affiliation: "weapon:warship", text: name });
      i = b - 1;
    }
  }
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !t[i].cap || (i > 0 && t[i - 1].cap && !covered[i - 1])) continue;
    if (SHIP_PREFIX.test(t[i].norm) && !!t[i + 1]?.cap && !covered[i + 1]) {
      // "HMS Prince of Wales", "BRP Sierra Madre"
      let b = i + 2;
      while (b < t.length && b - i < 6 && !covered[b] && (t[b].cap || (/^(of|the)$/.test(t[b].lower) && !!t[b + 1]?.cap))) b++;
      const name = text(i, b);
      if (namesABase(t, i, b)) push({ a: i, b, entityId: `location:${slug(name)}`, type: "Location", kind: "base", form: "learned", affiliation: countryId(SHIP_PREFIX_STATES[t[i].norm]), text: name });
      else push({ a: i, b, entityId: `weapon:${slug(name)}`, type: "Weapon", kind: "ship", form: "learned", affiliation: "weapon:warship", text: name });
      i = b - 1;
      continue;
    }
    let j = i + 1;
    // ("X condemned the destruction of the aircraft": a verb between ends the weapon's name)
    // ("officials said on Monday that ships arrived": a function word between ends it too)
    while (j < t.length && j - i <= 7 && (/^[a-z][a-z-]*$/.test(t[j].norm) || (t[j].norm === "-" && !t[j].space)) && !WEAPON_SYSTEM_NOUNS.has(t[j].lower) && (!CLOSED_CLASS.has(t[j].pos) || inCompound(t, j)) && ((t[j].pos !== "VERB" && t[j].pos !== "AUX") || (t[j - 1].norm === "-" && !t[j].space))) j++;
    const w = out.find((m) => m.a === j && m.type === "Weapon" && m.kind === "category");
    const weak = /^(systems?|vehicles?|aircraft|ships?|boats?|carriers|rounds|shells|equipment)$/.test(t[j]?.lower ?? "");
    // an acronym right before "systems" is a model ("NASAMS systems"); a capitalised word is not ("Operating systems")
    const acronym = t[i].norm.length >= 3 && t[i].norm === t[i].norm.toUpperCase() && /^[A-Z]+$/.test(t[i].norm);
    if (!(w || (WEAPON_SYSTEM_NOUNS.has(t[j]?.lower ?? "") && (j > i + 1 || !weak || acronym))) || /^(The|A|An|In|On|At|By|For|With)$/.test(t[i].norm) || CALENDAR_WORDS.test(t[i].norm)) continue;
    if (!w && !WEAPON_SYSTEM_NOUNS.has(t[j]?.lower ?? "")) continue;
    // "Ruritanian drones": a demonym the data lacks, not a model's name
    if (/(ian|ean|ese)$/.test(t[i].norm) && j === i + 1) continue;
    // "IRIS-T": the tokeniser splits at the hyphen; join the pieces back
    let k = i;
    while (k >= 2 && t[k - 1].norm === "-" && !t[k - 1].space && !t[k].space && t[k - 2].cap && !covered[k - 2]) k -= 2;
    if (k === i && t[i].norm.length < 2) continue;
    const name = text(k, i + 1);
    push({ a: k, b: i + 1, entityId: `weapon:${slug(name)}`, type: "Weapon", kind: "model", form: "learned", affiliation: w?.entityId, text: name });
  }
}

/** Place words a name follows with "of": "the city of X", "the resort of X", "the provinces of X and Y". */
const OF_PLACE_NOUN = /^(city|cities|town|towns|village|villages|port|ports|capital|region|regions|province|provinces|district|districts|island|islands|county|counties|state|states|resort|enclave|territory|territories|oblast|oblasts|governorate|governorates|municipality|municipalities|prefecture|prefectures|settlement|settlements|camp|camps)$/;
/**
 * Token i is a later name in "the provinces of A, B and C": walking back over capitalised names and commas
 * reaches "of" after a plural place word. Returns the place word's singular ("province"), else "".
 */
function ofPlaceList(t: Token[], i: number): string {
  let k = i - 1;
  while (k > 0 && (/^(and|,)$/.test(t[k].lower) || t[k].cap || joinsName(t, k, 0))) k--;
  if (t[k]?.lower !== "of" || k < 1 || !OF_PLACE_NOUN.test(t[k - 1].lower) || !/s$/.test(t[k - 1].lower) || !t[k + 1]?.cap) return "";
  return singularPlace(t[k - 1].lower);
}
const singularPlace = (w: string): string => (w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") ? w.slice(0, -1) : w);

/** 8a. "the eastern Ukrainian city of Kramatorsk", "the port of Aden"; the city of a dateline ("KRAMATORSK, Ukraine (AFP) -") */
function step8A({ s, t, covered, text, push, mentionAt, local, learn }: Scan): void {
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !t[i].cap) continue;
    const ofPlace = i >= 2 && t[i - 1].lower === "of" && OF_PLACE_NOUN.test(t[i - 2].lower);
    // "the provinces of Khost and Paktika": the second and later names of a plural place word's list
    const listed = !ofPlace && i >= 4 && /^(and|,)$/.test(t[i - 1].lower) && ofPlaceList(t, i);
    const dateline = i === 0 && s.index <= 2 && t[1]?.norm === "," && mentionAt(2)?.type === "Country" && t.slice(3, 9).some((x) => /^(--?|[–—])$/.test(x.norm) && x.space);
    if (!ofPlace && !dateline && !listed) continue;
    let j = i;
    while (j < t.length && !covered[j] && (t[j].cap || joinsName(t, j, i)) && j - i < 4) j++;
    // "the capital of North Darfur": the name runs on into a known place
    if (j === i || !!t[j]?.cap) continue;
    const raw = text(i, j);
    const name = raw === raw.toUpperCase() ? raw.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()) : raw;
    // the state: a demonym before "city", or the country after a dateline's comma
    let state: string | undefined;
    if (dateline) state = mentionAt(2)?.entityId;
    else for (let q = i - 3; q >= Math.max(0, i - 6); q--) { const m = mentionAt(q); if (m?.type === "Country") { state = m.entityId; break; } }
    const id = `location:${slug(name)}`;
    const kind = ofPlace ? singularPlace(t[i - 2].lower) : listed ? listed : "city";
    push({ a: i, b: j, entityId: id, type: "Location", kind, form: "learned", affiliation: state, text: name });
    if (learn) local.phrases.push({ words: [name], id, type: "Location", kind: "city", name, affiliation: state });
    i = j - 1;
  }
}

/** 8. places named with a place word: "Russia's Kursk region", "Kursk Oblast"; bases named in full: "Pituffik Space Base" */
function step8({ s, t, covered, text, push, mentionAt, local, learn }: Scan): void {
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !t[i].cap || (i > 0 && t[i - 1].cap && !covered[i - 1])) continue;
    let b = i;
    while (b < t.length && b - i < 5 && t[b].cap && !covered[b] && t[b].norm !== "Base") b++;
    if (t[b]?.norm !== "Base" || b === i || covered[b] || /^(The|A|An)$/.test(t[i].norm)) continue;
    const name = text(i, b + 1);
    const id = `location:${slug(name)}`;
    push({ a: i, b: b + 1, entityId: id, type: "Location", kind: "base", form: "learned", text: name });
    if (learn) local.phrases.push({ words: t.slice(i, b + 1).map((x) => x.norm), id, type: "Location", kind: "base", name });
    i = b;
  }
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !t[i].cap || (i > 0 && t[i - 1].cap && !covered[i - 1] && i - 1 !== 0)) continue;
    if (i === 0 && s.role === "body" && t[i].norm === "The") continue;
    let j = i;
    while (j < t.length && !covered[j] && t[j].cap && j - i < 3 && !PLACE_SUFFIXES.includes(t[j].norm)) j++;
    // "the Kursk border region": a place word of two words
    const two = t[j + 1] ? `${t[j]?.norm} ${t[j + 1].norm}` : "";
    if (j === i || !t[j] || !PLACE_SUFFIXES.some((suf) => t[j].norm === suf || two === suf) || /^(The|A|An)$/.test(t[i].norm)) continue;
    const suffix = PLACE_SUFFIXES.includes(two) ? t[j + 1].norm : t[j].norm;
    if (/^(base|state|airport)$/.test(suffix) && j - i > 1) continue;
    const name = text(i, j);
    const before = i >= 2 && t[i - 1].norm === "'s" ? mentionAt(i - 2) : undefined;
    const id = `location:${slug(name)}`;
    // the mention is the name without its place word, as every later "Kursk" is
    push({ a: i, b: j, entityId: id, type: "Location", kind: suffix.toLowerCase(), form: "learned", affiliation: before?.type === "Country" ? before.entityId : undefined, text: name });
    if (learn) local.phrases.push({ words: t.slice(i, j).map((x) => x.norm), id, type: "Location", kind: suffix.toLowerCase(), name, affiliation: before?.type === "Country" ? before.entityId : undefined });
  }
}

/** 8c. cities from the world-cities list, in a place context only: "fighting in Goma", "flew to Kazan", "shelled Kharkiv", "Jermuk, Armenia". A bare capitalised word is too often a surname or a company. */
function step8C(scan: Scan): void {
  const { t, covered, at, text, push, mentionAt, local, learn } = scan;
  // a span is free for a city, or holds a country's name inside the city's: "Port Sudan", "Kuwait City"
  const open = (a: number, b: number) => {
    for (let k = a; k < b; k++) {
      const m = at[k];
      if (covered[k] && !(m?.type === "Country" && m.form === "name" && m.a >= a && m.b <= b && m.b - m.a < b - a)) return false;
    }
    return true;
  };
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !t[i].cap || (i > 0 && t[i - 1].cap && !covered[i - 1]) || !CITY_FIRST_WORDS.has(t[i].norm)) continue;
    let hit: { b: number; name: string } | undefined;
    for (let n = Math.min(CITY_MAX_WORDS, t.length - i); n >= 1 && !hit; n--) {
      if (!open(i, i + n)) continue;
      const name = text(i, i + n);
      if (CITIES.has(name)) hit = { b: i + n, name };
    }
    if (!hit) continue;
    const { b, name } = hit;
    // part of a longer name: "Kazan Federal University", "North Darfur"
    if (!!t[b]?.cap) continue;
    // "Goma, Congo": the country right after picks the city and vouches for it
    const after = t[b]?.norm === "," ? mentionAt(b + 1) : undefined;
    const afterIso = after && after.a === b + 1 && after.type === "Country" && after.form === "name" ? after.entityId.slice(8) : undefined;
    const cities = CITIES.get(name)!;
    const named = afterIso ? cities.find((c) => c.iso === afterIso) : undefined;
    if (!named && !placeContext(t, i)) continue;
    const city = named ?? cities[0];
    if (!named && city.population < NEWS_CITY_POPULATION) continue;
    const state = STATE_ISOS.has(city.iso) ? `country:${city.iso}` : undefined;
    const id = `location:${slug(name)}`;
    for (let k = i; k < b; k++) { const inner = at[k]; if (inner) unmention(scan, inner); }
    push({ a: i, b, entityId: id, type: "Location", kind: "city", form: "learned", affiliation: state, text: name });
    if (learn) local.phrases.push({ words: t.slice(i, b).map((x) => x.norm), id, type: "Location", kind: "city", name, affiliation: state });
    i = b - 1;
  }
}

/** 9. ad-hoc coalitions: "a group of 48 nations", "a coalition of 12 countries" */
function step9({ t, covered, text, push, free }: Scan): void {
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !/^(group|coalition|bloc|alliance|grouping)$/.test(t[i].lower) || t[i + 1]?.lower !== "of") continue;
    const n = t[i + 2];
    if (!n || !(/^\d+$/.test(n.norm) || NUMBER_WORDS.has(n.lower)) || !/^(nations|countries|states|governments|members|democracies)$/.test(t[i + 3]?.lower ?? "")) continue;
    const a = i > 0 && /^(a|an|the)$/.test(t[i - 1].lower) ? i - 1 : i;
    if (!free(a, i + 4)) continue;
    const count = /^\d+$/.test(n.norm) ? n.norm : String(NUMBER_WORDS.get(n.lower));
    push({ a, b: i + 4, entityId: `org:coalition-of-${count}-${t[i + 3].lower}`, type: "Organization", kind: "coalition", form: "learned", text: text(a, i + 4) });
  }
}

/**
 * 9d. a coalition named by the state that leads it: "the Saudi-led coalition", "a U.S.-led coalition" is an
 * actor of its own, not its leader ("the coalition struck …" is not "Saudi Arabia struck …")
 */
function step9D(scan: Scan): void {
  const { t, out, text, push } = scan;
  for (const m of [...out]) {
    if (m.type !== "Country" || m.form === "ref" || t[m.b]?.norm !== "-" || t[m.b + 1]?.lower !== "led") continue;
    // ("the Saudi-led military coalition")
    const n = /^(military|international|multinational|arab|western|naval)$/.test(t[m.b + 2]?.lower ?? "") ? m.b + 3 : m.b + 2;
    if (!/^(coalition|alliance)$/.test(t[n]?.lower ?? "") || t[m.b].space || t[m.b + 1].space) continue;
    unmention(scan, m);
    const noun = t[n].lower;
    push({ a: m.a, b: n + 1, entityId: `org:${m.entityId.slice(8).toLowerCase()}-led-${noun}`, type: "Organization", kind: "coalition", form: "learned", leader: m.entityId, text: text(m.a, n + 1) });
  }
}

/** 9a. named ad-hoc groups: "the core group on Sudan", "the Contact Group for Libya" */
function step9A({ t, covered, text, push, mentionAt, local, learn }: Scan): void {
  for (let i = 0; i + 3 < t.length; i++) {
    if (covered[i] || !/^(core|contact|coordination|support|working|steering)$/.test(t[i].lower) || t[i + 1].lower !== "group" || !/^(on|of|for)$/.test(t[i + 2].lower)) continue;
    const place = mentionAt(t[i + 3].lower === "the" ? i + 4 : i + 3);
    if (!place || !(place.type === "Country" || place.type === "Location") || place.form === "ref") continue;
    const name = text(i, place.b);
    const id = `org:${slug(name)}`;
    push({ a: i, b: i + 2, entityId: id, type: "Organization", kind: "group", form: "learned", text: name });
    if (learn) {
      local.phrases.push({ words: t.slice(i, place.b).map((x) => x.norm), id, type: "Organization", kind: "group", name });
      // "the four core group members" later in the story
      local.phrases.push({ words: t.slice(i, i + 2).map((x) => x.norm), id, type: "Organization", kind: "group", name });
    }
  }
}

/** 9c. a counted coalition acting as a subject: "Forty countries that contribute troops … condemned", "44 nations issued a statement" (not "more than 50 countries": an approximate count names no group) */
function step9C({ t, covered, text, push }: Scan): void {
  for (let i = 0; i + 1 < t.length; i++) {
    // at the start of the sentence, or of the story after a dateline ("BEIRUT (AP) — Forty countries …")
    if (covered[i] || !(i === 0 || /^(the|--?|[–—])$/.test(t[i - 1].lower) && (i <= 2 || /^(--?|[–—])$/.test(t[i - 1].norm)))) continue;
    const n = t[i];
    let count = /^\d+$/.test(n.norm) ? Number(n.norm) : NUMBER_WORDS.get(n.lower);
    // "Forty-eight countries": the tokeniser splits at the hyphen
    const tens = i >= 2 && t[i - 1].norm === "-" && !t[i - 1].space && !n.space ? NUMBER_WORDS.get(t[i - 2].lower) : undefined;
    if (tens && count && count < 10 && tens % 10 === 0) count += tens;
    if (!count || count < 3 || !/^(nations|countries|states|governments|democracies)$/.test(t[i + 1].lower)) continue;
    // one actor only when described as a group ("that contribute troops …") or acting jointly ("in a joint
    // statement"); "Fifty countries signed the treaty" is fifty signings
    const described = /^(that|which|who)$/.test(t[i + 2]?.lower ?? "");
    // ("Forty countries and the EU issued a joint statement": a count beside other actors is a tally of signers, not one group)
    if (!described && (t[i + 2]?.lower === "and" || !t.some((x, q) => q > i + 1 && /^(joint|jointly|together|collectively)$/.test(x.lower)))) continue;
    const a0 = tens ? i - 2 : i;
    push({ a: a0, b: i + 2, entityId: `org:coalition-of-${count}-${t[i + 1].lower}`, type: "Organization", kind: "coalition", form: "learned", text: text(a0, i + 2) });
  }
}

/** 9b. events named by who holds them: "the G7 summit", "NATO's Vilnius summit", "the Red Sea talks", "the war in Ukraine" */
function step9B({ s, t, covered, out, text, push, mentionAt }: Scan): void {
  for (const m of [...out]) {
    if (m.form === "ref" || !(m.type === "Organization" || m.type === "Country" || m.type === "Location")) continue;
    let j = m.b;
    if (t[j]?.norm === "'s") j++;
    if (!!t[j]?.cap && !covered[j] && t[j].norm !== "The") j++; // "NATO's Vilnius summit"
    const head = t[j]?.lower ?? "";
    if (!EVENT_HEADS.has(head) || covered[j]) continue;
    if (j > m.b && t[m.b].norm !== "'s" && j !== m.b) { /* "G7 Apulia summit" */ }
    const name = text(m.a, j + 1).replace(/'s\b/, "");
    const id = `event:${slug(name)}`;
    push({ a: j, b: j + 1, entityId: id, type: "Event", kind: head.replace(/s$/, ""), form: "learned", affiliation: m.type !== "Location" ? m.entityId : undefined, text: name });
  }
  for (let i = 0; i + 2 < t.length; i++) {
    // "the war in Ukraine", "the conflict in Sudan"
    if (covered[i] || !/^(war|conflict|invasion|occupation|crisis)$/.test(t[i].lower) || !/^(in|on|of)$/.test(t[i + 1].lower)) continue;
    const m = mentionAt(i + 2);
    if (!m || m.a !== i + 2 || !(m.type === "Country" || m.type === "Location")) continue;
    const name = `${t[i].lower} in ${m.entry?.name ?? m.text}`;
    push({ a: i, b: i + 2, entityId: `event:${slug(name)}`, type: "Event", kind: t[i].lower, form: "learned", text: name });
  }
}

/** 10. back-references */
function step10({ t, covered, at, text, push, free }: Scan): void {
  for (let i = 0; i < t.length; i++) {
    if (covered[i]) continue;
    const r = refsAt(t, i).find((p) => matchWords(t, i, p.words) && free(i, i + p.words.length)
      // "the military leaders of Mali": "military" there is an adjective, not the armed forces
      && !(p.ref === "military" && /^[a-z]+$/.test(t[i + p.words.length]?.norm ?? "") && (t[i + p.words.length].pos === "NOUN" || FORCE_AFTER.test(t[i + p.words.length].lower) || /^(leaders?|officials?|rulers?|chiefs?|commanders?|spokesman|court|courts|authorities)$/.test(t[i + p.words.length].lower)))
      // "the president of France": the title with whose it is, not a back-reference
      && !(p.ref.startsWith("titled:") && /^(of|'s)$/.test(t[i + p.words.length]?.lower ?? ""))
      // "the governments of A, B and C", "the leaders of A and B": the list names them, nothing refers back
      && !listFollows(t, i, p)
      // "the former colonial power", "the former president": an adjective there, not a back-reference
      // (a past tense the tagger takes for a noun is the verb: "the latter sent 500 troops")
      && !(/^(former|latter)$/.test(p.ref) && /^[a-z-]+$/.test(t[i + p.words.length]?.norm ?? "") && /^(ADJ|NOUN|PROPN)$/.test(t[i + p.words.length].pos) && !/ed$|^(sent|said|told|made|took|gave|met|held|led|kept|won|lost|began|sold|bought|paid|put|set|went)$/.test(t[i + p.words.length].lower))
      // "the manufacturer Baykar": a descriptor before the name, not a back-reference
      && !(p.ref === "company" && covered[i + p.words.length] && at[i + p.words.length]?.type === "Organization"));
    if (r) {
      push({ a: i, b: i + r.words.length, entityId: "", type: "Organization", form: "ref", ref: r.ref });
      i += r.words.length - 1;
      continue;
    }
    // "the troop-contributing countries", "the participating states": a group named by what its members do
    if (t[i].lower === "the") {
      let j = i + 1;
      while (j < t.length && j - i <= 4 && (/^[a-z]+$/.test(t[j].norm) || (t[j].norm === "-" && !t[j].space)) && !/^(countries|nations|states|governments)$/.test(t[j].lower)) j++;
      const adj = t.slice(i + 1, j).map((x) => x.norm).join(" ");
      if (j > i + 1 && /^(countries|nations|states|governments)$/.test(t[j]?.lower ?? "") && t[j + 1]?.lower !== "of" && free(i, j + 1)
        && (adj.includes("-") || /^(participating|contributing|signatory|donor|member|sponsoring|endorsing|founding)$/.test(adj))) {
        push({ a: i, b: j + 1, entityId: "", type: "Organization", form: "ref", ref: "group" });
        i = j;
        continue;
      }
    }
    // "the 44 countries", "the five governments": a counted group
    if (t[i].lower === "the" && t[i + 1] && (/^\d+$/.test(t[i + 1].norm) || NUMBER_WORDS.has(t[i + 1].lower)) && /^(countries|nations|states|governments|signatories|members|allies|partners|delegations)$/.test(t[i + 2]?.lower ?? "") && free(i, i + 3)) {
      const count = /^\d+$/.test(t[i + 1].norm) ? Number(t[i + 1].norm) : NUMBER_WORDS.get(t[i + 1].lower)!;
      // "the two countries" is a pair, handled by the pair patterns above
      if (count > 2) {
        push({ a: i, b: i + 3, entityId: "", type: "Organization", form: "ref", ref: "group", count });
        i += 2;
        continue;
      }
    }
    // "the Swedish company", "the French manufacturer": a company named before
    // (not "the Turkish manufacturer Baykar": a descriptor before the name)
    if (t[i].lower === "the" && at[i + 1]?.form === "demonym" && at[i + 1]!.a === i + 1 && COMPANY_WORDS.has(t[at[i + 1]!.b]?.lower ?? "") && !covered[at[i + 1]!.b] && at[at[i + 1]!.b + 1]?.type !== "Organization") {
      push({ a: i, b: at[i + 1]!.b + 1, entityId: "", type: "Organization", form: "ref", ref: "company" });
      i = at[i + 1]!.b;
      continue;
    }
    // "the Asian nation", "the Gulf state", "the West African nation"
    if (t[i].lower === "the") {
      let j = i + 1;
      // ("the island kingdom", "the reclusive state", "the landlocked West African nation": a few describing words too)
      while (j < t.length && j - i <= 3 && (t[j].cap || NATION_DESCRIPTORS.has(t[j].lower)) && !covered[j]) j++;
      if (j > i + 1 && NATION_NOUNS.has(t[j]?.lower ?? "")) {
        push({ a: i, b: j + 1, entityId: "", type: "Country", form: "ref", ref: `nation:${text(i + 1, j)}` });
        i = j;
      }
    }
  }
}

/** 7c. named operations ("Operation Peace Spring"), ship classes ("Virginia-class submarines"), numbered types ("Type 12 missiles") */
function step7C({ t, covered, text, push, local, learn }: Scan): void {
  for (let i = 0; i < t.length; i++) {
    if (covered[i]) continue;
    if (t[i].norm === "Operation" && !!t[i + 1]?.cap && !covered[i + 1]) {
      let j = i + 1;
      while (j < t.length && j - i <= 4 && t[j].cap && !covered[j]) j++;
      const name = text(i, j);
      const id = `event:${slug(name)}`;
      push({ a: i, b: j, entityId: id, type: "Event", kind: "operation", form: "learned", text: name });
      if (learn) local.phrases.push({ words: t.slice(i, j).map((x) => x.norm), id, type: "Event", kind: "operation", name });
      i = j - 1;
      continue;
    }
    const cls = t[i].cap && t[i + 1]?.norm === "-" && !t[i + 1].space && t[i + 2]?.lower === "class" && !t[i + 2].space && WEAPON_SYSTEM_NOUNS.has(t[i + 3]?.lower ?? "");
    const typed = /^(Type|Project)$/.test(t[i].norm) && /^\d+[A-Z]?$/.test(t[i + 1]?.norm ?? "") && t.slice(i + 2, i + 10).some((x) => WEAPON_SYSTEM_NOUNS.has(x.lower));
    if (!cls && !typed) continue;
    const b = cls ? i + 3 : i + 2;
    if (!t.slice(i, b).every((_, q) => !covered[i + q])) continue;
    const name = text(i, b);
    const id = `weapon:${slug(name)}`;
    push({ a: i, b, entityId: id, type: "Weapon", kind: "model", form: "learned", text: name });
    if (learn) local.phrases.push({ words: t.slice(i, b).map((x) => x.norm), id, type: "Weapon", kind: "model", name });
    i = b - 1;
  }
}

const STEPS: ((scan: Scan) => void)[] = [step1, step2, step3, step5, step4, step5B, step5C, step5D, step6, step7, step7C, step7B, step8A, step8, step8C, step9, step9D, step9A, step9C, step9B, step10];

const PLACE_PREPS = new Set(["in", "near", "outside", "around", "across", "into", "towards", "toward", "via", "at", "from", "inside", "over"]);
const PLACE_VERBS = /^(visit|visits|visited|visiting|reach|reached|reaching|entered|enter|entering|captured|capture|seized|seize|besieged|shelled|shelling|bombed|bombing|struck|strike|strikes|hit|liberated|encircled|surrounded|surrounding|evacuated|fled|left|leave|leaving|defend|defended|defending|took|retook|recaptured|overran|stormed|attacked|targeted)$/;
const MOTION = /^(sent|send|sending|deployed|deploy|deploying|dispatched|travelled|traveled|travel|flew|fly|flown|trip|journey|visit|moved|returned|heading|headed|arrived|arriving|bound|transferred|delivered|shipped|redeployed|evacuated|route|road|way|flights?|spread|spreading|advanced|advancing|marched|marching|fled)$/;
/** "an assault on X", "the siege of X": nouns whose object is a place. */
const ON_PLACE = /^(assault|attack|attacks|offensive|strike|strikes|airstrike|airstrikes|advance|march|raid|raids|push|drive|siege|bombardment|shelling)$/;
const OF_PLACE = /^(north|south|east|west|northeast|northwest|southeast|southwest|outskirts|centre|center|residents|mayor|governor|streets|suburbs|port|city|town|siege|control|battle|fall|capture|recapture|liberation|defence|defense|heart|people|governorate|province)$/;
/** Words before token i that make a capitalised name a place: a preposition of place, a verb of place, "to" after motion. */
function placeContext(t: Token[], i: number): boolean {
  const prev = t[i - 1]?.lower ?? "";
  if (PLACE_PREPS.has(prev) || PLACE_VERBS.test(prev)) return true;
  if ((prev === "to" || prev === "for") && t.slice(Math.max(0, i - 6), i - 1).some((x) => MOTION.test(x.lower))) return true;
  // "in and around Goma", "in eastern Kharkiv", "north of Kyiv"
  if (/^(eastern|western|northern|southern|central|north-eastern|north-western|south-eastern|south-western|besieged|occupied|embattled|capital|city|town|port|coastal)$/.test(prev)) return true;
  if (prev === "on" && ON_PLACE.test(t[i - 2]?.lower ?? "")) return true;
  return prev === "of" && OF_PLACE.test(t[i - 2]?.lower ?? "");
}

/** End of a proper name from i: capitalised words, and hyphen-joined pieces ("Jaish-e-Example"). */
function nameEnd(t: Token[], i: number, covered: boolean[]): number {
  let j = i;
  while (j < t.length && !covered[j] && j - i < 14) {
    const tok = t[j];
    if (tok.cap) { j++; continue; }
    if (j > i && tok.norm === "-" && !tok.space && t[j + 1] && !t[j + 1].space) { j++; continue; }
    if (j > i && t[j - 1].norm === "-" && !tok.space && /^[a-z]+$/.test(tok.norm) && t[j + 1]?.norm === "-") { j++; continue; }
    // "Jaish al-Adl": an Arabic article joined to the next word
    if (j > i && /^(al|el|ad|ash|as|an|ul)$/.test(tok.norm) && t[j + 1]?.norm === "-" && !t[j + 1].space && !!t[j + 2]?.cap) { j++; continue; }
    break;
  }
  while (j > i && t[j - 1].norm === "-") j--;
  return j;
}

function learnPerson(local: LocalNames, name: string, id: string, words: string[], affiliation?: string, role?: string) {
  if (local.phrases.some((p) => p.id === id)) return;
  local.phrases.push({ words, id, type: "Person", name, affiliation, role });
  const last = words[words.length - 1];
  if (words.length > 1 && /^[A-Z]/.test(last) && last.length > 2) local.phrases.push({ words: [last], id, type: "Person", name, affiliation, role });
  // "Oligui Nguema", "López Obrador": a two-word family name after two given names
  if (words.length > 3 || (words.length === 3 && words.every((w) => /^[A-Z]/.test(w)))) local.phrases.push({ words: words.slice(-2), id, type: "Person", name, affiliation, role });
  if (words.length > 1 && SURNAME_FIRST.has(words[0])) local.phrases.push({ words: [words[0]], id, type: "Person", name, affiliation, role });
}
