// Clause boundaries inside a sentence: where a subject search must stop looking left and an object search
// must stop looking right. Reported speech ("X said Y sent…") opens a new clause after the speech verb.
import type { Token } from "./nlp.ts";

export const SPEECH_VERBS = new Set(["said", "says", "say", "told", "added", "adding", "stated", "announced", "confirmed", "reported", "estimated", "estimates", "believes", "believe", "claimed", "claims", "noted", "warned", "indicated", "revealed", "asserted", "insisted", "argued", "wrote", "posted", "tweeted", "alleged", "acknowledged", "admitted", "explained", "stressed", "concluded", "showed", "shows", "found", "finds", "determined", "documented", "established", "recalled", "noted"]);
const AFTER_COMMA = new Set(["while", "which", "who", "whereas", "but", "although", "though", "as", "after", "before", "when", "despite", "with", "citing", "saying", "adding", "calling", "demanding", "expressing", "amid", "where", "even", "since", "because", "whose", "yet"]);
const ALWAYS = new Set(["while", "whereas", "but", "although", "though", "because", "if", "unless", "whether", "whom", "which", "who", "when", "where", "whenever"]);
export const PREPOSITIONS = new Set(["in", "on", "at", "of", "with", "for", "from", "to", "about", "against", "between", "by", "among", "into", "over", "under", "during", "after", "before", "amid", "despite", "like", "including", "than", "via", "through", "toward", "towards", "across", "regarding", "concerning", "alongside", "besides", "upon", "within", "without", "behind", "near", "around", "onto", "per"]);

/** Token indices where a new clause starts (always includes 0). */
export function clauseStarts(t: Token[], speech = true): number[] {
  const starts = new Set<number>([0]);
  const opening = (a: number) => {
    const end = openingEnd(t, a);
    if (end > 0) starts.add(end);
  };
  opening(0);
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    // ("a historic decision: after initially offering only helmets, Helsinki is now providing …": a clause after a
    // colon may open with its own subordinate phrase)
    if (w === ";" || w === ":") { starts.add(k + 1); opening(k + 1); }
    // (", as host,": a role set off by commas is no clause)
    else if (w === "," && t[k + 1]?.lower === "as" && asideAt(t, k + 2)) continue;
    else if (w === "," && AFTER_COMMA.has(t[k + 1]?.lower ?? "")) starts.add(k + 2);
    else if (w === "," && /^(and|but)$/.test(t[k + 1]?.lower ?? "") && secondClauseAt(t, k)) starts.add(k + 2);
    // "…, and in 2022 the country took delivery …": a second clause that opens with when or where
    else if (w === "," && /^(and|but)$/.test(t[k + 1]?.lower ?? "") && /^(in|on|at|last|this|since|by|after|before|earlier|later|then)$/.test(t[k + 2]?.lower ?? "") && t.slice(k + 3, k + 12).some((x) => x.pos === "VERB")) starts.add(k + 2);
    // ", raising fears in Kyiv": a participle clause of its own
    // (not an aside closed before the main verb: "leaders of the G7, meeting in The Hague, condemned …")
    else if (w === "," && /ing$/.test(t[k + 1]?.lower ?? "") && !/^(including|according|regarding|concerning|following|excluding|notwithstanding)$/.test(t[k + 1].lower) && t[k + 1].pos === "VERB" && !asideBeforeVerb(t, k + 1)) starts.add(k + 1);
    // "after the G7 leaders condemned …", "since Russia deployed …": a subordinate clause, not a prepositional phrase
    // ("three days after leaders of the G7, meeting in The Hague, condemned …": past an aside)
    else if (/^(after|before|until|once|since)$/.test(w) && k > 0 && (/^(the|a|an)$/i.test(t[k + 1]?.norm ?? "") || /^[A-Z]/.test(t[k + 1]?.norm ?? "") || /^[a-z]+s$/.test(t[k + 1]?.norm ?? "")) && (verbBeforeComma(t, k + 2, k + 8) || asideThenVerb(t, k + 2))) starts.add(k + 1);
    else if (ALWAYS.has(w) && k > 0) starts.add(k);
    // "France will send jets and Germany will deploy four more": a second clause with its own subject and
    // auxiliary, no comma (not "Chile and Peru will send", "…, and contingents from Jamaica and Belize have
    // arrived": a verb comes between the last comma and "and")
    else if (w === "and" && /^[A-Z]/.test(t[k + 1]?.norm ?? "") && /^(will|would|has|have|had|is|are|was|were|plans|intends)$/.test(t[k + 2]?.lower ?? "") && verbSinceComma(t, k)) starts.add(k + 1);
    // ", and called on X": a coordinated verb phrase, whose subject is the sentence's
    else if (w === "and" && t[k - 1]?.norm === "," && (t[k + 1]?.pos === "VERB" || /ed$/.test(t[k + 1]?.lower ?? ""))) starts.add(k + 1);
    // "attacks that the Secretary-General condemned": a relative clause after a noun
    else if (w === "that" && k > 0 && t[k - 1].pos === "NOUN" && /^(the|a|an|[A-Z].*)$/.test(t[k + 1]?.norm ?? "")) starts.add(k + 1);
    else if (!speech) continue;
    else if (w === "that" && k > 0 && (SPEECH_VERBS.has(t[k - 1].lower) || t.slice(Math.max(0, k - 4), k - 1).some((x) => SPEECH_VERBS.has(x.lower) && x.lower !== "shows") || /^(concerns?|fears?|warnings?|reports?|claims?|hopes?)$/.test(t[k - 1].lower))) starts.add(k + 1);
    else if (SPEECH_VERBS.has(w) && k + 1 < t.length && t[k + 1].lower !== "in" && t[k + 1].lower !== "on" && t[k + 1].lower !== "," && t[k + 1].lower !== "." && !objectThenCoordinated(t, k)) starts.add(k + 1);
  }
  return [...starts].sort((a, b) => a - b);
}

/** Prepositions that open a phrase before the main clause ("In Europe, …", "Beyond the EU, …", "Further east, …"). */
const OPENING_PREPOSITIONS = /^(in|at|on|during|amid|despite|under|for|from|outside|beyond|across|inside|within|throughout|further|farther)$/;

/**
 * Where the main clause starts after an opening subordinate clause or phrase at `a` ("If talks fail, X will …",
 * "In a joint statement issued after talks in Fiuggi, the ministers condemned …", "This morning at the palace, A
 * and B signed …"), or 0 when none opens there.
 */
function openingEnd(t: Token[], a: number): number {
  const first = t[a]?.lower ?? "";
  const timeOpening = /^(this|last|earlier|later)$/.test(first) && /^(morning|afternoon|evening|week|month|year|weekend|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t[a + 1]?.lower ?? "");
  // ("In the Americas the statement was endorsed by A, B …": an opening phrase with no comma of its own; a
  // preposition's phrase holds no auxiliary, a clause does)
  const phrase = OPENING_PREPOSITIONS.test(first);
  if (!timeOpening && !phrase && !/^(if|when|while|after|as|although|though|because|unless|once|since|before|to|in order|following|speaking|citing|with)$/.test(first)) return 0;
  const comma = t.findIndex((x, q) => q > a && x.norm === ",");
  return comma > 0 && !(phrase && t.slice(a + 1, comma).some((x) => x.pos === "AUX")) ? comma + 1 : 0;
}

/** Words from a up to a closing comma within four tokens, with no verb: ", as host," ", as the current chair,". */
function asideAt(t: Token[], a: number): boolean {
  const close = t.findIndex((x, q) => q >= a && q <= a + 4 && x.norm === ",");
  return close > a && t.slice(a, close).every((x) => x.pos !== "VERB" && x.pos !== "AUX" && /^[a-z-]+$/.test(x.norm));
}

/** A verb, or "has/have/had" before one. */
const finite = (x: Token) => x.pos === "VERB" || (x.pos === "AUX" && /^(has|have|had)$/.test(x.lower));

/**
 * ", and" at k opens a second clause with its own subject: "…, and Canada's vessel arrived"; a list of names as
 * that subject ("…, and Canada, Costa Rica and Poland put their names to it") or a name with its article ("…, and
 * the Netherlands has dispatched police") only after a clause with a verb of its own ("A, who chairs X, and B, the
 * AU's chairman, condemned" is one subject).
 */
function secondClauseAt(t: Token[], k: number): boolean {
  const named = /^[A-Z]/.test(t[k + 2]?.norm ?? "");
  if (named && t.slice(k + 3, k + 10).some(finite)) return true;
  if (!named && !(t[k + 2]?.lower === "the" && /^[A-Z]/.test(t[k + 3]?.norm ?? ""))) return false;
  return t.slice(0, k).some((x) => x.pos === "VERB" && !/^(who|which|that)$/.test(t[x.i - 1]?.lower ?? "")) && ownSubjectVerb(t, k + 3);
}

/** A finite verb within the next words after a, past a list of capitalised names: the clause has its own subject. */
function ownSubjectVerb(t: Token[], a: number): boolean {
  for (let q = a, words = 0; q < Math.min(t.length, a + 24) && words < 8; q++) {
    if (finite(t[q])) return true;
    if (!(t[q].cap || /^(,|and|the|of)$/.test(t[q].lower))) words++;
  }
  return false;
}

/** ", meeting in The Hague, condemned …": a participle phrase closed by a comma right before a finite verb. */
function asideBeforeVerb(t: Token[], a: number): boolean {
  const close = t.findIndex((x, q) => q > a && q <= a + 16 && x.norm === ",");
  return close > 0 && t[close + 1]?.pos === "VERB" && /ed$|^(said|met|sent|made|took|gave|told)$/.test(t[close + 1].lower) && !t.slice(a + 1, close).some((x) => x.pos === "VERB" && /ed$/.test(x.lower));
}

/** A noun phrase from a, then ", meeting in …," and a finite verb: the subordinate clause's subject and its aside. */
function asideThenVerb(t: Token[], a: number): boolean {
  const comma = t.findIndex((x, q) => q >= a && q <= a + 8 && x.norm === ",");
  return comma > 0 && !t.slice(a, comma).some((x) => x.pos === "VERB") && /ing$/.test(t[comma + 1]?.lower ?? "") && asideBeforeVerb(t, comma + 1);
}

/** A verb among tokens a..b before any comma ("since Russia deployed", not "since the 1979 revolution, were"). */
function verbBeforeComma(t: Token[], a: number, b: number): boolean {
  for (let j = a; j < Math.min(b, t.length) && t[j].norm !== ","; j++) if (t[j].pos === "VERB") return true;
  return false;
}

function verbSinceComma(t: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && t[j].norm !== ","; j--) if (t[j].pos === "VERB") return true;
  return false;
}

/** "X recalled its ambassador and condemned Y": the speech verb has an object and a second verb joined by "and", no reported clause. */
function objectThenCoordinated(t: Token[], k: number): boolean {
  const q = t.findIndex((x, i) => i > k && (x.pos === "VERB" || x.pos === "AUX"));
  return q > k + 1 && t[q].pos === "VERB" && t[q - 1].lower === "and";
}

export function clauseOf(starts: number[], k: number, n: number): [number, number] {
  let a = 0;
  let b = n;
  for (const s of starts) {
    if (s <= k) a = s;
    else { b = s; break; }
  }
  return [a, b];
}

/**
 * Where a dateline ends: "BAMAKO -", "TAIPEI, Taiwan –", "WASHINGTON (wire) -" name where the story was filed,
 * not who acted. The index after the dash, or 0 when the sentence opens with none.
 */
export function datelineEnd(t: Token[]): number {
  const dash = t.findIndex((x, k) => k < 18 && /^(--?|[–—])$/.test(x.norm) && x.space);
  if (dash <= 0) return 0;
  // (the agency's name in brackets may be any word)
  const inBrackets = (k: number) => t.slice(0, k).some((x) => x.norm === "(") && t.slice(k, dash).some((x) => x.norm === ")");
  // ("PORT-AU-PRINCE —": hyphens inside the place's name)
  return t.slice(0, dash).every((x, k) => /^[,/().]$/.test(x.norm) || (x.norm === "-" && !x.space) || /^[A-Z\d]/.test(x.norm) || /^(of|the|and|de)$/.test(x.norm) || inBrackets(k)) ? dash + 1 : 0;
}
