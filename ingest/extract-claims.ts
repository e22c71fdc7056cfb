// Claims from sentences: for each trigger word a rule names, find its subject, object and (for transfers)
// what moved, read its polarity and modality, and keep the sentence as evidence.
import type { Sentence, Token } from "./nlp.ts";
import type { Mention } from "./mentions.ts";
import type { Claim, Evidence, RelationType } from "./types.ts";
import { RULES, FORCE_NOUNS, AID_NOUNS, DOCUMENT_NOUNS, ATTACK_NOUNS, ACT_NOUNS, SHIP_PREFIX_STATES, TERRITORY_NOUNS, type Rule } from "./rules.ts";
import { clauseStarts, clauseOf, datelineEnd, PREPOSITIONS, SPEECH_VERBS } from "./clauses.ts";
import { modalityOf } from "./modality.ts";
import { ORGANISATIONS, WEAPONS } from "./gazetteer/index.ts";

export interface SentenceView {
  s: Sentence;
  mentions: Mention[];
  /** Entity ids a mention stands for (refs resolved). */
  ids: (m: Mention) => string[];
}

export interface ClaimContext {
  /** The agent of "the attack" when the sentence does not name one. */
  /** Who did the attack a sentence mentions; `exclude`: the condemner, who does not condemn its own act. */
  attackerFor: (sentence: number, minStrength?: number, noun?: string, exclude?: string[]) => string[];
  /** Objects of the article's last CONDEMNS claim: "also condemned the move". */
  lastCondemned: () => string[];
  /** What was condemned before, by the content words of its phrase: "condemned the stripping of nationality" after "condemned X's decision to strip … nationality". */
  noteCondemned: (words: string[], objects: string[]) => void;
  recallCondemned: (words: string[]) => string[];
  /** Subjects of the article's last asserted claim of a type: "criticised that deployment". */
  previousSubjects: (type: RelationType) => string[];
  /** Who did the story's first asserted act (a transfer, deployment, signing or sanction): what "the move" refers to. */
  leadActors: () => string[];
  /** The last act (attack, coup, burning…) named in this sentence or the one before: what "condemned it" means when nothing was condemned yet. */
  actNounBefore: (sentence: number) => string | undefined;
  /** Whether the sentence or the two before it speak of signatories ("The roster of signatories reached across continents"). */
  signatoriesToldBefore: (sentence: number) => boolean;
  /** The state a head of state or government named in the story leads (who acts for it), if the id is one. */
  stateLedBy: (id: string) => string | undefined;
  /** Who the story's lead sentence is about: the subject of its first main verb (with the state a leader leads). */
  leadSubject: () => string[];
  noteLeadSubject: (ids: string[]) => void;
  /** The index of the story's first body sentence. */
  leadSentence: () => number;
  /** The type of the article's last asserted, positive claim so far ("did the same" repeats it). */
  lastClaimType: () => string | undefined;
  /** What these actors condemned earlier in the article (asserted, with a culprit). */
  condemnedBy: (subjects: string[]) => string[];
  /** "The hardware was never delivered (to Y)": the transfer told just before (to Y) did not happen after all. */
  withdrawTransfer: (objects: string[], sentenceStart: number) => void;
  /** Object of the article's last asserted claim of a type (by that subject): the recipient or destination a later sentence leaves implicit. */
  previousTransfer: (type: RelationType, subject?: string) => string | undefined;
  /** The state whose weapons the story's lead is about ("Ukraine has put its first F-16 jets on show"): where a delivery of that weapon told without a recipient went. */
  leadHolder: (weapon: string) => string | undefined;
  /** The weapon of the article's last transfer told ("the remaining two batteries"). */
  lastInstrument: () => string | undefined;
  /** The last weapon the article named before this sentence ("delivered the initial batch" after "F-16 jets"). */
  lastWeapon: () => string | undefined;
  /** Every state the article has so far told received weapons (asserted transfers). */
  transferRecipients: () => string[];
  /** The state an earlier sentence says a weapon went to ("K2 tanks ordered by Warsaw", "howitzers arrived in Poland"). */
  weaponDestination: (weapon: string) => string | undefined;
  /** The state the mission or force the article last named serves ("UNIFIL" → Lebanon): where "the force" is. */
  missionHost: () => string | undefined;
  /** The document the article last named ("the treaty", "the agreement"), for a bare "X signed". */
  lastDocument: () => string | undefined;
  /** The named document of a kind the article mentioned before ("the Argyle Declaration" for "the declaration"). */
  namedDocument: (kind: string) => string | undefined;
  /** States and organisations that signed the document a noun names ("the pact"), as told so far. */
  signersOf: (noun: string) => string[];
  /** The single country a dateline names ("GOMA, Democratic Republic of Congo (Reuters) -"). */
  datelineCountry: string | undefined;
  /** Entity id of the document signed when the sentence names none. */
  documentFor: (noun: string) => string;
  countryOf: (id: string) => string | undefined;
  /** Members the article lists for a group ("the core group on X — A, B and C"). */
  membersOf: (id: string) => string[];
}

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "get", "got"]);
const IRREGULAR_PARTICIPLES = new Set(["sent", "sold", "given", "shipped", "signed", "endorsed", "supplied", "delivered", "transferred", "provided", "deployed", "stationed", "dispatched", "posted", "condemned", "criticized", "criticised", "denounced", "exported", "inked", "ratified", "attacked", "struck", "hit", "sanctioned", "backed", "supported", "met", "visited", "accused", "blamed", "targeted", "bombed", "shelled", "invaded"]);
/** People a state sends, as bare nouns (not a word of a name such as "Air Force"). */
const PERSONNEL = /^(troops|soldiers|personnel|peacekeepers|marines|paratroopers|contingent|contingents|officers|police|policemen|gendarmes|forces|servicemen)$/;
const ORG_DESCRIPTOR_WORDS = /^(group|company|firm|manufacturer|maker|contractor|conglomerate|producer|shipbuilder|shipyard|giant)$/;
const DETS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "both", "all", "some", "any"]);
const PEOPLE_NOUNS = new Set(["leaders", "ministers", "heads", "presidents", "representatives", "delegations", "officials", "envoys", "diplomats", "governments", "government"]);
const NP_INTRO = new Set(["decision", "plan", "move", "bid", "attempt", "readiness", "willingness", "effort", "efforts", "refusal", "threat", "pledge", "promise"]);
const ACTOR_TYPES = new Set(["Country", "Organization", "Person"]);
/** Words too common to say two condemned phrases are about the same thing. */
const COMMON_WORDS = new Set(["attack", "government", "decision", "country", "people", "state", "states", "official", "military", "international", "strong", "strongest", "term", "terms", "possible", "action", "move", "statement", "also", "other", "said", "year", "week", "time", "part", "report"]);
const TITLE_WORDS = /^(minister|secretary|envoy|ambassador|spokesman|spokeswoman|spokesperson|leader|chief|commander|president|adviser|advisor|negotiator|official|diplomat|counterpart|head|chairman|chairperson|director|representative)$/;
// "A officials and B": the people a body sends are that body in a list
// "by A, by B and by C": a repeated preposition in a list
/**
 * Whether the words between two members of a list keep the list going: "," "and" "as well as" …; a part of the
 * list named before its members ("… and Malta and the Western Balkan states of Albania", "and the three Baltic
 * republics, Estonia"); an aside set off by commas ("… Moldova and, further east, Georgia").
 */
function listGap(gap: string[]): boolean {
  const words = gap.join(" ");
  if (/^(,|and|, and)( the)?( [\w-]+){0,4} (states|countries|nations|members|republics|monarchies|principalities|kingdoms|neighbours|neighbors|allies)( of| ,| :)$/.test(words)) return true;
  if (/^(and|, and) , [a-z][a-z -]* ,$/.test(words) && gap.length <= 7) return true;
  // ("A and B from the north of the region, and C and D from the south")
  if (/^from( the)?( [a-z-]+){1,5} (,|and|, and)$/.test(words)) return true;
  return gap.length > 0 && gap.every((w) => GROUP_GLUE.has(w)) && gap.some((w) => /^(,|and|&|nor|or|plus|with|[–—-])$/.test(w));
}
/** Words that open a phrase of its own after a thing moved: "of the Russian weapon despite months of warnings from X". */
const OWN_PHRASE = /^(despite|amid|after|before|following|although)$/;
/** Verbs that put a name or signature to a text: "put their names to", "added its signature", "adding its name". */
const PUT_NAME_VERBS = /^(put|puts|putting|affixed|added|adds|adding|set)$/;
const GROUP_GLUE = new Set([",", "and", "&", "as", "well", "along", "with", "the", "nor", "or", "plus", "–", "—", "-", "his", "her", "their", "its", "both", "also", "together", "officials", "representatives", "delegates", "delegation", "envoys", "diplomats", "by", "governments", "leaders", "of"]);
/** What forces are sent to do where they go: "to patrol the skies over X", "to help protect X's airspace". */
const MISSION_VERBS = /^(patrol|protect|police|defend|guard|secure|escort|monitor|reinforce|bolster|strengthen|shore)$/;
/** What aircraft or ships are sent to do when they stay the sender's (not "to strengthen its defences": a gift can do that). */
const PATROL_VERBS = /^(patrol|protect|police|defend|guard|escort|monitor)$/;
/** Aircraft and ships: weapons that come with their crews. */
function isPlatform(id: string): boolean {
  for (let w = WEAPONS.get(id); w; w = w.parent ? WEAPONS.get(w.parent) : undefined) if (/^weapon:(fighter-jet|helicopter|warship)$/.test(w.id)) return true;
  return false;
}
/** What a condemnation can name without its agent: the move, the decision, the crime. */
const VAGUE_NOUNS = new Set(["attempt", "destruction", "downing", "launch", "launches", "test", "tests", "test-firing", "move", "moves", "decision", "action", "actions", "act", "acts", "incident", "incidents", "violence", "crime", "crimes", "atrocity", "atrocities", "disruption", "step", "measure", "measures", "announcement", "provocation", "provocations", "escalation", "flight", "flights", "overflight", "overflights"]);

/** Kinds of armed group: named in passing beside a list of signers, never one of them. */
const ARMED_KIND = /militant|armed|rebel|terror/;
const isActor = (m: Mention) => m.form === "ref" || ACTOR_TYPES.has(m.type);
/** The state a place mention stands for: the country itself, or the state a place lies in. */
const placeState = (m: Mention | undefined) => (m?.type === "Country" ? m.entityId : m?.type === "Location" ? m.affiliation ?? m.entry?.country : undefined);

function isPassive(t: Token[], k: number): boolean {
  const w = t[k].lower;
  if (!(w.endsWith("ed") || IRREGULAR_PARTICIPLES.has(w))) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (BE.has(t[j].lower)) return true;
    if (!/^(also|already|reportedly|allegedly|been|being|jointly|formally|widely|strongly|not|never|now|recently|previously|officially|all|reportedly)$/.test(t[j].lower) && !t[j].lower.endsWith("ly")) break;
  }
  return false;
}

/** Rules by trigger word or lemma: every token is tried, so a scan of every rule's triggers per token would dominate. */
const RULES_BY_TRIGGER = new Map<string, Rule[]>();
for (const r of RULES) for (const w of r.triggers) {
  const l = RULES_BY_TRIGGER.get(w) ?? [];
  if (!l.includes(r)) l.push(r);
  RULES_BY_TRIGGER.set(w, l);
}
const NO_RULES: Rule[] = [];
function rulesFor(tok: Token): Rule[] {
  const a = RULES_BY_TRIGGER.get(tok.lemma);
  const b = tok.lower !== tok.lemma ? RULES_BY_TRIGGER.get(tok.lower) : undefined;
  if (!a) return b ?? NO_RULES;
  if (!b) return a;
  return RULES.filter((r) => a.includes(r) || b.includes(r)); // keep the table's order
}

/** One rule's trigger at token k, with what the token loop worked out about it. */
interface Hit {
  rule: Rule;
  k: number;
  tok: Token;
  /** The trigger's clause [cs, ce). */
  cs: number;
  ce: number;
  passive: boolean;
  /** "the missiles supplied by X": a participle after the thing, read as passive. */
  participleAfterThing: boolean;
  /** "issued similar condemnations": condemning said with a noun and a light verb. */
  condemnationNoun: boolean;
}

export function extractClaims(v: SentenceView, ctx: ClaimContext): { claims: Claim[]; subjects: string[] } {
  const { s, mentions, ids } = v;
  const t = s.tokens;
  // most sentences hold no trigger word: skip the per-sentence setup for them
  if (s.role !== "body" || !t.some((tok) => rulesFor(tok).length)) return { claims: [], subjects: [] };
  const starts = clauseStarts(t);
  // ", which has mediated between A and B," is a parenthesis: past its closing comma the outer clause goes on
  const relSpans: [number, number][] = [];
  for (let k = 1; k < t.length; k++) {
    if (!/^(which|who|whose)$/.test(t[k].lower) || t[k - 1].norm !== ",") continue;
    const close = t.findIndex((x, i) => i > k && x.norm === ",");
    if (close > 0) relSpans.push([k, close]);
  }
  // "(ELN)", "[the NATO Parliamentary Assembly]": parentheses add a name, never the subject
  for (let k = 0; k < t.length; k++) {
    if (t[k].norm !== "(" && t[k].norm !== "[") continue;
    const close = t.findIndex((x, i) => i > k && (x.norm === ")" || x.norm === "]"));
    if (close > 0 && close - k < 12) relSpans.push([k, close]);
  }
  const outerStarts = (k: number) => starts.filter((st) => !relSpans.some(([a, b]) => st >= a && st <= b + 1 && k > b));
  const inClosedRel = (m: Mention, k: number) => relSpans.some(([a, b]) => m.a >= a && m.b <= b && k > b);
  // what is condemned can run on through reported speech: "condemned what they said was X's pattern"
  const objectStarts = clauseStarts(t, false);
  // a dateline ("BAMAKO -", "TAIPEI, Taiwan –") names where the story was filed, not who acted
  const dateline = datelineEnd(t);
  const out: Claim[] = [];
  const sentenceSubjects: string[] = [];
  const byToken: (Mention | undefined)[] = new Array(t.length);
  const startingAt: (Mention | undefined)[] = new Array(t.length);
  for (const m of mentions) {
    startingAt[m.a] ??= m;
    for (let i = m.a; i < m.b; i++) byToken[i] ??= m;
  }
  const mentionAt = (i: number) => byToken[i];
  const mentionStarting = (i: number) => startingAt[i];
  /** The mention starting at i, or right after a "the" there ("from the Netherlands", "(the United States, …"). */
  const mentionFrom = (i: number): Mention | undefined => mentionStarting(i) ?? (t[i]?.lower === "the" ? mentionStarting(i + 1) : undefined);

  /** Where a mention's noun phrase starts: titles and affiliations before a person, "Chinese" before "coast guard". */
  function npStart(m: Mention): number {
    let a = m.np !== undefined ? Math.min(m.a, m.np) : m.a;
    if (m.type === "Person" || m.form === "body") {
      let j = a - 1;
      // "Minister of Defence X": a portfolio joins the title to the name
      while (j >= 0 && a - j <= 8 && (/^[A-Z]/.test(t[j].norm) || t[j].norm === "'s" || (/^(of|for|on)$/.test(t[j].norm) && /^[A-Z]/.test(t[j - 1]?.norm ?? "") && /^[A-Z]/.test(t[j + 1]?.norm ?? "")) || (t[j].norm === "," && /^[a-z]+$/.test(t[j - 1]?.norm ?? "") && TITLE_WORDS.test(t[j - 1].lower)) || t[j].norm === "-" || /^(leader|spokesperson|spokesman|spokeswoman|counterpart|envoy|ambassador|founder|chief|minister|junta|military|foreign|defence|defense|deputy|head|chairperson|commander|president|secretary|representative|prime|then|former|acting|interim|vice|chief|negotiator|lead|top|senior|national|security|adviser|advisor|government|mediator|envoy|coordinator|official|diplomat)$/.test(t[j].lower) || (mentionAt(j) && mentionAt(j)!.type !== "Person"))) j--;
      a = j + 1;
    }
    return a;
  }
  /** A mention that only modifies the noun after it: "Pakistan-based", "NATO member", the "U.S." of "U.S. President Joe Biden". */
  function isModifier(m: Mention): boolean {
    const next = t[m.b];
    if (!next) return false;
    // "Italian defence group Leonardo": a demonym before a described organisation only says where it is from
    if (m.form === "demonym" && /^[a-z]/.test(next.norm)) {
      let q = m.b;
      while (q < t.length && q - m.b < 3 && /^[a-z-]+$/.test(t[q].norm)) q++;
      if (q > m.b && ORG_DESCRIPTOR_WORDS.test(t[q - 1].lower) && mentionAt(q)?.type === "Organization") return true;
    }
    if (next.norm === "-" && /^(based|led|backed|made|owned|run|controlled|funded|allied|aligned)$/.test(t[m.b + 1]?.lower ?? "")) return true;
    if (/^(member|members|ally|allies|summit|meeting|members'|partner|partners|-)$/.test(next.lower) && m.type === "Organization") return true;
    return mentions.some((p) => p !== m && (p.type === "Person" || p.form === "body" || (p.kind === "body" && p.affiliation === m.entityId)) && p.a > m.a && (npStart(p) <= m.a || p.a === m.b));
  }
  function inPP(m: Mention, clauseStart: number): boolean {
    let j = npStart(m) - 1;
    // "in service with Turkey, India and Norway": a later member of a list shares the first member's preposition
    for (;;) {
      let q = j;
      while (q >= clauseStart && /^(,|and|&|or|the)$/.test(t[q].lower)) q--;
      const prevMember = q < j && q >= clauseStart ? mentionAt(q) : undefined;
      if (!prevMember || prevMember.type !== m.type || !(t.slice(q + 1, j + 1).some((x) => x.norm === "," || x.lower === "and"))) break;
      j = npStart(prevMember) - 1;
    }
    while (j >= clauseStart && (DETS.has(t[j].lower) || /^(two|three|four|several|other|fellow|key|allied)$/.test(t[j].lower))) j--;
    if (j < clauseStart) return false;
    const w = t[j].lower;
    if (!PREPOSITIONS.has(w)) return false;
    if ((w === "of" || w === "from") && j > 0 && PEOPLE_NOUNS.has(t[j - 1].lower)) return false; // "the leaders of Mali"
    if (w === "of" && j > 2 && t[j - 1].lower === "state" && t[j - 2].lower === "of" && /^(heads|head|leaders)$/.test(t[j - 3].lower)) return false; // "the heads of state of the AES"
    return true;
  }
  /** A coordinated group from a first mention: "the US, Japan and Italy", "Jordan and Saudi Arabia". */
  function groupFrom(first: Mention, limit: number, accept = isActor): Mention[] {
    const group = [first];
    let end = first.b;
    for (;;) {
      // "Redwan Hussien, national security adviser to the prime minister, and Getachew Reda": skip the appositive
      if (t[end]?.norm === "," && group[group.length - 1].type === "Person" && /^[a-z]/.test(t[end + 1]?.norm ?? "")) {
        const close = t.findIndex((x, q) => q > end + 1 && q < end + 16 && x.norm === "," && /^(and|&)$/.test(t[q + 1]?.lower ?? ""));
        if (close > 0 && !t.slice(end + 1, close).some((x) => x.pos === "VERB" || SPEECH_VERBS.has(x.lower))) end = close;
      }
      // "Rwanda (host), Seychelles": a short aside in brackets after a member
      if (t[end]?.norm === "(") {
        // ("the Kingdom of the Netherlands (the register's future seat), Belgium")
        // ("Taiwan (listed in the roster simply as "Taiwan"), the Maldives": naming no other actor)
        const close = t.findIndex((x, q) => q > end && q <= end + 12 && x.norm === ")");
        const prev = group[group.length - 1].entityId;
        if (close > 0 && (t.slice(end + 1, close).every((x) => /^[a-z-]+$|^'s$/.test(x.norm)) || !mentions.some((x) => x.a > end && x.b <= close && isActor(x) && x.entityId !== prev))) end = close + 1;
      }
      const next = mentions.find((m) => m.a >= end && m.a < limit && accept(m) && !isModifier(m));
      if (!next) break;
      // the words between two members: "," "and" "as well as" … and, before a person, the title ("and his French counterpart")
      const gap = t.slice(end, Math.max(end, Math.min(next.a, npStart(next)))).map((x) => x.lower);
      // "the U.S. State Department": two names of one entity side by side are one noun phrase
      if (!gap.length && next.a === end && next.entityId && next.entityId === group[group.length - 1].entityId) { end = next.b; continue; }
      if (!listGap(gap)) break;
      // "to Russia and Iran's transfer of missiles": a possessor starts a new noun phrase
      // ("the United States, the Philippines' treaty ally, …": an appositive owned by the next name)
      if (/^('s|')$/.test(t[next.b]?.norm ?? "") && !/^(and|,)$/.test(t[next.b + 1]?.lower ?? "") && !mentionStarting(next.b + 1)) break;
      // "…to Guyana, the Ministry of Defence said": the speaker, not one more member
      // ("A, B and C said": C closes the list, and all of them speak)
      const after = t.slice(next.b, next.b + 3);
      const said = after.findIndex((x) => SPEECH_VERBS.has(x.lower));
      if (said >= 0 && !after.slice(0, said).some((x) => /^(and|&|or|nor|,)$/.test(x.lower)) && !gap.some((w) => /^(and|&|or|nor)$/.test(w))) break;
      group.push(next);
      end = next.b;
    }
    return group;
  }
  const idsOf = (ms: Mention[]) => [...new Set(ms.flatMap((m) => ids(m)))].filter(Boolean);
  /** Policy: a ministry, army or coast guard acting for a state gives the state as subject. */
  const actorIdsOf = (ms: Mention[]) => [...new Set(ms.flatMap((m) => ((m.form === "body" || m.kind === "body") && m.affiliation ? [m.affiliation] : ids(m))))].filter(Boolean);

  /** The object right after a verb: "condemned Iran", "called on China", "met the Chilean president", "kill the leaders of X". */
  function directObject(k: number, end: number, particle?: string[]): Mention | undefined {
    let j = k + 1;
    if (particle && particle.includes(t[j]?.lower ?? "")) j++;
    const afterVerb = j;
    while (j < end && ((/^(on|upon|with|against)$/.test(t[j].lower) && j <= afterVerb + 2) || DETS.has(t[j].lower) || t[j].norm === '"' || t[j].lower.endsWith("ly") || /^\d[\d,.]*$/.test(t[j].norm) || /^(sanctions|new|fresh|further|directly|more|than|about|some|several)$/.test(t[j].lower))) j++;
    // "met his Russian counterpart Vladimir Putin": the person, not the adjective before the title
    const person = mentions.find((x) => x.type === "Person" && x.a >= j && npStart(x) <= j);
    if (person) return person;
    // "the (political) leaders of Hamas"
    let q = j;
    while (q < end && q - j < 3 && /^[a-z-]+$/.test(t[q].norm) && !/^(of|to|in|on|and|for)$/.test(t[q].lower)) q++;
    if (q > j && t[q]?.lower === "of" && /^(leaders|leadership|members|officials|commanders|positions|forces|troops|bases|territory|ambassador|envoy|government)$/.test(t[q - 1].lower)) {
      j = q + 1;
      while (j < end && DETS.has(t[j].lower)) j++;
    }
    const m = mentionStarting(j) ?? (mentions.find((x) => x.type === "Person" && npStart(x) === j));
    return m && !isModifier(m) ? m : m && m.type === "Country" && m.form === "demonym" ? m : undefined;
  }

  function findSubject(k: number, clauseStart: number): { ids: string[]; viaRef: boolean } {
    // "the representative of the United States deplored …": a state's envoy speaks for the state
    {
      let a = clauseStart;
      while (a < k && /^(in|the|ensuing|debate|meeting|session|,|later|then|also)$/.test(t[a].lower) && !/^(representative|delegate|ambassador|envoy|delegation|mission)$/.test(t[a].lower)) a++;
      if (/^(representative|delegate|ambassador|envoy|delegation)$/.test(t[a]?.lower ?? "") && /^(of|for)$/.test(t[a + 1]?.lower ?? "")) {
        const m = mentionAt(t[a + 2]?.lower === "the" ? a + 3 : a + 2);
        // ", also speaking on behalf of A, B and C,": those states speak too
        let gapEnd = m ? m.b : a;
        const behalf: string[] = [];
        if (m && t[m.b]?.norm === ",") {
          const close = t.findIndex((x, q) => q > m.b && q < k && x.norm === ",", ) ;
          const lastComma = t.slice(0, k).findLastIndex((x) => x.norm === ",");
          if (close > 0 && lastComma > m.b) {
            const of = t.findIndex((x, q) => q > m.b && q < lastComma && x.lower === "behalf" && t[q + 1]?.lower === "of");
            const first = of > 0 ? mentions.find((x) => x.a >= of + 2 && x.a <= of + 3 && isActor(x)) : undefined;
            if (first) behalf.push(...actorIdsOf(groupFrom(first, lastComma)));
            gapEnd = lastComma + 1;
          }
        }
        if (m && isActor(m) && m.type !== "Person" && t.slice(gapEnd, k).every((x) => x.pos !== "VERB" || x === t[k])) return { ids: [...new Set([...actorIdsOf([m]), ...behalf])], viaRef: false };
      }
    }
    // "The final resolution, issued jointly by A and B, also condemned …": a document speaks for whoever issued it
    {
      let a = clauseStart;
      while (a < k && (DETS.has(t[a].lower) || t[a].pos === "ADJ")) a++;
      if (DOCUMENT_NOUNS.has(t[a]?.lower ?? "") && t[a + 1]?.norm === "," && /^(issued|released|adopted|published|drafted|signed|endorsed)$/.test(t[a + 2]?.lower ?? "")) {
        const close = t.findIndex((x, q) => q > a + 2 && q < k && x.norm === ",");
        const by = close > 0 ? agentAfterBy(a + 2, close) : [];
        if (by.length && t.slice(close + 1, k).every((x) => x.pos !== "VERB" || x === t[k])) return { ids: by, viaRef: false };
      }
    }
    // "North Korea's decision to send its troops"
    if (t[k - 1]?.lower === "to" && NP_INTRO.has(t[k - 2]?.lower ?? "") && t[k - 3]?.norm === "'s") {
      const m = mentionAt(k - 4);
      if (m && isActor(m)) return { ids: ids(m), viaRef: m.form === "ref" };
    }
    // "Poland, which has sent tanks to Ukraine": inside a relative clause the antecedent acts
    const rel = /^(which|who)$/.test(t[clauseStart]?.lower ?? "") ? clauseStart : /^(which|who)$/.test(t[clauseStart - 1]?.lower ?? "") ? clauseStart - 1 : -1;
    if (rel > 1 && t[rel - 1]?.norm === "," && !mentions.some((x) => isActor(x) && x.a > rel && x.b <= k)) {
      const ante = mentionAt(rel - 2);
      if (ante && isActor(ante)) return { ids: actorIdsOf([ante]), viaRef: ante.form === "ref" };
    }
    // "could let China deploy warships": the actor after let/allow/help
    if (/^(let|lets|allow|allows|allowed|help|helps|helped|enable|enables|enabled|make|made)$/.test(t[k - 2]?.lower ?? "") && mentionAt(k - 1) && isActor(mentionAt(k - 1)!)) {
      return { ids: actorIdsOf([mentionAt(k - 1)!]), viaRef: mentionAt(k - 1)!.form === "ref" };
    }
    // "urged Iran to stop supplying…", "an agreement for Argentina to buy…": the actor before "to" does it
    {
      let j = k - 1;
      if (/^(stop|cease|halt|end|continue|keep|resume|start|begin)$/.test(t[j]?.lower ?? "")) j--;
      if (t[j]?.lower === "to" && /^(failed|refused|declined|agreed|promised|pledged|vowed|threatened|decided|plans|planned|wants|wanted|hopes|continued|continues)$/.test(t[j - 1]?.lower ?? "")) {
        const m = mentionAt(j - 2) ?? mentionAt(j - 3);
        if (m && isActor(m) && (m.b === j - 1 || (m.b === j - 2 && /^(has|had|have|also)$/.test(t[j - 2].lower)))) return { ids: actorIdsOf([m]), viaRef: m.form === "ref" };
      }
      // (not "would come to Washington to sign": a place reached is no actor)
      if (t[j]?.lower === "to") {
        const m = mentionAt(j - 1);
        if (m && isActor(m) && m.b === j && !/^(to|in|at|from|into|toward|towards)$/.test(t[m.a - 1]?.lower ?? "")) return { ids: actorIdsOf([m]), viaRef: m.form === "ref" };
      }
    }
    // "the states that signed on Saturday included: A, B, … and Z", "the governments that had condemned it
    // included those of A, B and C": the list after the verb of inclusion
    {
      let r = k - 1;
      while (r > 0 && /^(had|has|have|also|already)$/.test(t[r].lower)) r--;
      if (/^(that|which|who)$/.test(t[r]?.lower ?? "") && /^(states|countries|nations|governments|members|delegations|leaders)$/.test(t[r - 1]?.lower ?? "")) {
        // ("published the list of delegations that endorsed the text (…), grouped as follows: Europe: A, B …")
        const colon = t.findIndex((x, q) => q > k && q <= k + 24 && x.norm === ":");
        if (colon > 0 && /^(follows|below)$/.test(t[colon - 1]?.lower ?? "")) {
          const listed = listedUnderLabels(colon + 1);
          if (listed.length) return { ids: listed, viaRef: false };
        }
        const inc = t.findIndex((x, q) => q > k && /^(included|include|includes|were|are|comprised)$/.test(x.lower));
        let a = inc + 1;
        while (a > 0 && a < t.length && /^(:|the|,|those|of)$/.test(t[a].lower)) a++;
        const first = inc > 0 ? mentionStarting(a) : undefined;
        if (first && isActor(first)) return { ids: actorIdsOf(groupFrom(first, t.length)), viaRef: false };
      }
    }
    // "the college of heads of state of the Alliance of Sahel States condemned": a collective of an actor is the actor
    {
      let a = clauseStart;
      while (a < k && /^(the|a|an|,)$/.test(t[a].lower)) a++;
      if (/^(college|council|heads|leaders|ministers|members|presidents|conference|assembly|chiefs|summit|governments|delegations|participants|signatories|parties)$/.test(t[a]?.lower ?? "") && t[a + 1]?.lower === "of") {
        for (let q = a + 2; q < Math.min(k, a + 10) && !/^(,|;|that|which|who)$/.test(t[q].lower); q++) {
          const m = mentionStarting(q);
          if (m && isActor(m) && m.type !== "Person" && /^(of|the)$/.test(t[q - 1].lower)) {
            if (t.slice(m.b, k).every((x) => x.pos !== "VERB" || x === t[k] || /^(also|,|\(|\)|[A-Z]+)$/.test(x.norm))) return { ids: actorIdsOf([m]), viaRef: m.form === "ref" };
            break;
          }
        }
      }
    }
    const pick = (from: number) => {
      // the subject comes before the clause's first verb ("I called Prime Minister X and condemned…" is not X's act)
      let fv = -1;
      for (let j = from; j < k; j++) if (t[j].pos === "VERB" && !relSpans.some(([a, b]) => j >= a && j <= b) && !mentionAt(j) && !/^(citing|following|according)$/.test(t[j].lower) && j > from) { fv = j; break; }
      const cands = mentions.filter((m) => isActor(m) && m.a >= dateline && m.b <= k && npStart(m) >= from && (fv < 0 || m.a < fv) && !isModifier(m) && !inPP(m, from) && !inClosedRel(m, k));
      if (!cands.length) return undefined;
      const first = cands[0];
      const group = groupFrom(first, k);
      // "France, Germany and the United Kingdom, known as the E3, condemned …": the group so named acts too
      const end = group[group.length - 1].b;
      let q = t[end]?.norm === "," ? end + 1 : -1;
      if (q > 0 && t[q].lower === "collectively") q++;
      if (q > 0 && ((t[q]?.lower === "known" && t[q + 1]?.lower === "as") || /^(called|dubbed)$/.test(t[q]?.lower ?? ""))) {
        const named = mentions.find((m) => m.type === "Organization" && m.a > q && m.a <= q + 3 && m.b < k);
        if (named) return { ids: [...actorIdsOf(group), named.entityId], viaRef: false };
      }
      return { ids: actorIdsOf(group), viaRef: group.some((g) => g.form === "ref") };
    };
    const inClause = pick(clauseStart);
    if (inClause && inClause.ids.length) return inClause;
    // "Greece, whose air force has received 24 jets": the antecedent of "whose"
    if (t[clauseStart - 1]?.lower === "whose" && t[clauseStart - 2]?.norm === ",") {
      const ante = mentions.find((m) => m.b === clauseStart - 2 && isActor(m));
      if (ante) return { ids: actorIdsOf([ante]), viaRef: ante.form === "ref" };
    }
    // a gerund or a coordinated verb shares the sentence's subject: "X has drawn criticism for transferring…", "X will stress … and condemn"
    if (clauseStart > 0 && (t[k].lower.endsWith("ing") || t[k - 1]?.lower === "and" || t[k - 1]?.lower === "to")) {
      const speechBefore = t.slice(0, clauseStart).some((x) => SPEECH_VERBS.has(x.lower));
      if (!speechBefore) return pick(0) ?? { ids: [], viaRef: false };
    }
    return { ids: [], viaRef: false };
  }

  function agentAfterBy(k: number, end: number): string[] {
    const first = firstAgentAfterBy(k, end);
    if (!first.ids.length) return [];
    // "condemned by A and B, who were both attending …, as well as by C": a second "by" adds agents
    const more = t.findIndex((x, q) => q > first.at && q < end && x.lower === "by" && (t[q - 1]?.lower === "as" && t[q - 2]?.lower === "well" || t[q - 1]?.lower === "and"));
    return more > 0 ? [...new Set([...first.ids, ...firstAgentAfterBy(more - 1, end).ids])] : first.ids;
  }
  function firstAgentAfterBy(k: number, end: number): { ids: string[]; at: number } {
    for (let j = k + 1; j < end; j++) {
      if (t[j].lower !== "by") continue;
      let a = j + 1;
      // "by 45 countries, including A, B …", "by the foreign ministers of A and B" (a ref that starts at "the")
      // ("by the foreign ministers of: A, B …": the people's states, listed after "of")
      while (a < end && !mentionStarting(a) && (DETS.has(t[a].lower) || /^(including|among|them|such|as|more|than|over|some|about|following|undersigned|countries|nations|states|governments|delegations|members|all|allies|partners|parties|participants|signatories|international|bodies|organisations|organizations|and|,|:)$/.test(t[a].lower) || /^\d[\d,]*$/.test(t[a].norm)
        || (/^(foreign|defence|defense|ministers|leaders|heads|representatives|envoys|ambassadors|presidents|of)$/.test(t[a].lower) && t.slice(a, a + 5).some((x) => x.lower === "of")))) a++;
      // "by the following countries: A, B, … and Z": the list after the colon runs to the sentence's end
      if (t.slice(j + 1, a).some((x) => x.norm === ":")) end = t.length;
      // "by Ukrainian President Volodymyr Zelenskiy": the person, not the adjective before the title
      const person = mentions.find((x) => x.type === "Person" && x.a >= a && npStart(x) <= a);
      if (person) return { ids: actorIdsOf(groupFrom(person, end)), at: j };
      // "by the two defence ministers, A and B": the people the description names
      const comma = t.findIndex((x, q) => q > a && q < a + 6 && x.norm === ",");
      const described = comma > 0 && t.slice(a, comma).every((x) => /^[a-z-]+$/.test(x.norm) && !mentionAt(x.i)) && t.slice(a, comma).some((x) => /^(ministers|leaders|presidents|officials|envoys|ambassadors|heads|chiefs|secretaries|representatives|negotiators)$/.test(x.lower));
      const named = described ? mentions.find((x) => x.type === "Person" && x.a === comma + 1) : undefined;
      if (named) return { ids: actorIdsOf(groupFrom(named, end)), at: j };
      let m = mentions.find((x) => x.a >= a && x.a <= a + 1 && isActor(x));
      // "by Serbian defence ministry officials and …": the body the demonym introduces heads the list
      const body = m ? mentions.find((x) => x.a === m!.b && x.form === "body" && x.affiliation === m!.entityId) : undefined;
      if (body) m = body;
      if (m) return { ids: actorIdsOf(groupFrom(m, end)), at: j };
      const p = mentions.find((x) => x.type === "Person" && npStart(x) === a);
      if (p) return { ids: actorIdsOf(groupFrom(p, end)), at: j };
      // "by the following 44 states, listed in the order the ministry published them: A, B, …": the list after the colon
      let colon = t.findIndex((x, q) => q > j && q <= j + 30 && x.norm === ":");
      // ("…: European Union member states: Austria, Belgium, …": a group's label before the names)
      const label = colon > 0 ? t.findIndex((x, q) => q > colon + 1 && q <= colon + 6 && x.norm === ":") : -1;
      if (label > 0 && t.slice(colon + 1, label).some((x) => /^(states|countries|members|nations|governments|organisations|organizations|partners|bodies)$/.test(x.lower))) colon = label;
      const listed = colon > 0 && !t.slice(j + 1, colon).some((x) => x.pos === "VERB" && !/ed$/.test(x.lower) && !/^(published|listed|named|signed|endorsed)$/.test(x.lower)) ? mentions.find((x) => x.a === colon + 1 && isActor(x)) ?? mentions.find((x) => x.a === colon + 2 && isActor(x) && DETS.has(t[colon + 1].lower)) : undefined;
      if (listed) return { ids: actorIdsOf(groupFrom(listed, t.length)), at: j };
    }
    return { ids: [], at: -1 };
  }

  /** Actor that modifies a noun phrase ending at `head`: "North Korean (ballistic) missiles", "the DPRK's troops". */
  function modifierOf(from: number, head: number): string[] {
    for (let j = head - 1; j >= from; j--) {
      const m = mentionAt(j);
      if (m && (m.type === "Country" || m.type === "Organization" || m.form === "ref") && m.form !== "body") {
        if (m.form === "ref" && !/^(it|group|company|armed-group|nation:.*)$/.test(m.ref ?? "")) return [];
        // "Malawian and Tanzanian contingents": coordinated demonyms all own the noun
        const out = [...ids(m)];
        for (let q = m.a - 1; m.form === "demonym" && q > from; ) {
          if (!/^(and|,|&)$/.test(t[q].lower)) break;
          const prev = mentionAt(q - 1);
          if (!prev || prev.form !== "demonym") break;
          out.unshift(...ids(prev));
          q = prev.a - 1;
        }
        return out;
      }
      if (m && m.form === "body" && m.affiliation) return [m.affiliation];
      if (m && m.type === "Weapon") { j = m.a; continue; }
      const w = t[j].lower;
      // a verb ends the noun phrase: "ministers condemned the deployment of …" is not the ministers' deployment
      if (t[j].pos === "VERB" && !/^(made|based|led|backed|owned|built|supplied|designed)$/.test(w)) break;
      if (w === "'s" || DETS.has(w) || w === '"' || /^[a-z-]+$/.test(w) && !PREPOSITIONS.has(w) && !BE.has(w) && !/^(and|or|have|has|had|that|which|who)$/.test(w)) continue;
      if (/^\d[\d,.]*$/.test(w)) continue;
      break;
    }
    return [];
  }

  function recipientAfter(from: number, end: number, preps: RegExp, allowLocation: boolean): string[] {
    for (let j = from; j < end; j++) {
      // ("according to the statement", "next to", "due to": no recipient)
      if (!preps.test(t[j].lower) || /^(according|next|due|owing|thanks|close|prior)$/.test(t[j - 1]?.lower ?? "")) continue;
      let a = j + 1;
      // (never past the start of a name: "in North Kivu")
      // ("in the breakaway regions of A and B": past the place word to the names)
      while (a < end && !mentionStarting(a) && (DETS.has(t[a].lower) || t[a].norm === "[" || t[a].norm === "]" || /^(manufacturer|company|firm|maker|contractor|shipbuilder|producer)$/.test(t[a].lower) || /^(both|neighbouring|neighboring|northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|occupied|breakaway|separatist|disputed|annexed)$/.test(t[a].lower) || (/^(regions?|provinces?|territory|territories|areas?|parts?|island|islands)$/.test(t[a].lower) && t[a + 1]?.lower === "of") || (t[a].lower === "of" && /^(regions?|provinces?|territory|territories|areas?|parts?|island|islands)$/.test(t[a - 1].lower)) || (t[a].pos === "ADJ" && /^[a-z-]+$/.test(t[a].norm)))) a++;
      // a back-reference starts at its article: "in the country"
      let m = mentions.find((x) => (x.a === a || (x.form === "ref" && x.a > j && x.a < a)) && (isActor(x) || (allowLocation && x.type === "Location")) && x.type !== "Person");
      // "from US manufacturer General Atomics", "from South Korean firm X": the company the state only qualifies
      if (m?.type === "Country" && ORG_DESCRIPTOR_WORDS.test(t[m.b]?.lower ?? "") && mentionStarting(m.b + 1)?.type === "Organization") return ids(mentionStarting(m.b + 1)!);
      if (m && isModifier(m)) {
        // "to the Sudanese army": the body's state receives
        const body = mentions.find((p) => (p.form === "body" || p.kind === "body") && p.affiliation && p.a >= m!.b - 1 && p.a <= m!.b + 1);
        if (body) return [body.affiliation!];
        continue;
      }
      if (m?.form === "body" && m.affiliation) return [m.affiliation];
      if (!m) continue;

      // "to Russia's Kursk region": the place, and its state
      const after = t[m.b]?.norm === "'s" ? mentions.find((x) => x.a === m.b + 1 && x.type === "Location") : undefined;
      const group = after ? [m, after] : groupFrom(m, end, (x) => isActor(x) || (allowLocation && x.type === "Location"));
      // "to a NATO and EU member country": organisations that only qualify the recipient
      if (group.every((g) => g.type === "Organization")) {
        let q = group[group.length - 1].b;
        while (q < end && (/^(and|or|,|&)$/.test(t[q].lower) || mentionAt(q)?.type === "Organization")) q++;
        if (/^(member|members|country|countries|state|states|ally|allies|partner|partners|nation|nations)$/.test(t[q]?.lower ?? "")) continue;
      }
      const out = idsOf(group);
      for (const g of group) if (g.type === "Location" && (g.affiliation ?? g.entry?.country)) out.push((g.affiliation ?? g.entry?.country)!);
      return [...new Set(out)];
    }
    return [];
  }

  /**
   * The names listed from token a on, past region labels: "from Europe: A, B; from Asia and the Pacific: C, D; and
   * from Africa: E", "Europe: A, B, Americas: C" (a joined bulleted list). Armed groups named in passing are no signers.
   */
  function listedUnderLabels(from: number): string[] {
    const out: string[] = [];
    for (let a = from, guard = 0; a < t.length && guard < 12; guard++) {
      // ("the governments in Tokyo, Seoul and Canberra": the capitals stand for them)
      // ("were the host, Iceland, together with …": a role set off before the name)
      while (a < t.length && (DETS.has(t[a].lower) || /^[:,;]$/.test(t[a].norm) || /^(and|plus|governments|delegations|representatives)$/.test(t[a].lower) || (t[a].lower === "in" && /^(governments|delegations)$/.test(t[a - 1]?.lower ?? "")) || (/^[a-z]+$/.test(t[a].norm) && t[a + 1]?.norm === "," && !!mentionStarting(a + 2) && DETS.has(t[a - 1]?.lower ?? "")))) a++;
      // "from Europe:", "Europe:", "Asia-Pacific and Middle East:", "Co-chairs:": a label before its names
      const colon = t.findIndex((x, q) => q >= a && q <= a + 7 && x.norm === ":");
      if (colon >= 0 && (t[a]?.lower === "from" || (!(mentionStarting(a) && isActor(mentionStarting(a)!)) && t.slice(a, colon).every((x) => !x.pos.startsWith("VERB") && x.pos !== "AUX")))) {
        a = colon + 1;
        continue;
      }
      const m = mentionStarting(a);
      if (!m || !isActor(m)) break;
      const group = groupFrom(m, t.length);
      out.push(...actorIdsOf(group.filter((g) => !ARMED_KIND.test(g.kind ?? ""))));
      a = group[group.length - 1].b;
      if (t[a]?.norm === ";") continue;
      // the next label, in a joined bulleted list: past an aside ("Morocco, as host, and the United States", "Abuja and
      // N'Djamena - the capitals most exposed - together with Cameroon") whose names are listed too
      const nextLabel = t.findIndex((x, q) => q > a && q <= a + 30 && x.norm === ":");
      const labelStart = nextLabel > 0 ? t.findLastIndex((x, q) => q < nextLabel && /^[,.;]$/.test(x.norm)) + 1 : -1;
      if (labelStart <= a || t.slice(a, labelStart).some((x) => x.pos === "AUX" || (x.pos === "VERB" && !/ed$/.test(x.lower)))) break;
      // ("the Saudi, Emirati and Kuwaiti delegations": demonyms of the listed delegations count)
      for (const x of mentions) if (x.a >= a && x.b <= labelStart && isActor(x) && (!isModifier(x) || /^(delegations|governments|representatives)$/.test(t[x.b]?.lower ?? "")) && !ARMED_KIND.test(x.kind ?? "")) out.push(...actorIdsOf([x]));
      a = labelStart;
    }
    return [...new Set(out)];
  }

  /** A count of states between a and b: "more than 40 delegations", "Twenty-one members", "eight other countries". */
  function tallyIn(a: number, b: number): boolean {
    return t.slice(Math.max(0, a), b).some((x) => /^\d+$/.test(x.norm) || /^(dozens|scores|several|many)$/.test(x.lower) || /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy)(-\w+)?$/.test(x.lower));
  }

  /**
   * Where the signers of "put their names to" are named: after "as", "while" or "with" when the verb of
   * putting belongs to that clause ("A looked on as B and C put their names to it", "…, with B and C, envoy
   * of D, putting their names to the text").
   */
  function signersClause(k: number, cs: number): number {
    // ("A and B added their names": "added" also reports speech, and opens a clause after it — the signers are before it)
    const verb = t.findLastIndex((x, q) => q < k && q >= k - 3 && PUT_NAME_VERBS.test(x.lower));
    if (verb >= 0 && verb < cs) cs = t.findLastIndex((x, q) => q < verb && /^[;:]$/.test(x.norm)) + 1;
    const sub = t.findLastIndex((x, q) => q < k && /^(as|while|when|after|before|with)$/.test(x.lower));
    if (sub < 0 || sub + 1 >= cs) return Math.max(cs, sub + 1);
    const put = t.findLastIndex((x, q) => q < k && PUT_NAME_VERBS.test(x.lower));
    return t.slice(sub + 1, put).some((x) => x.pos === "VERB" && !mentionAt(t.indexOf(x))) ? cs : sub + 1;
  }

  /** The place a "where" before k refers back to: the nearest state or located place named after "in", "at" or "to". */
  function whereAntecedent(cs: number, k: number): string[] {
    const w = t.findLastIndex((x, q) => q < k && q >= Math.max(0, cs - 1) && x.lower === "where");
    if (w < 1) return [];
    for (const m of [...mentions].reverse()) {
      if (m.b > w || !(m.type === "Country" || m.type === "Location") || isModifier(m)) continue;
      const before = t[npStart(m) - 1]?.lower ?? "";
      const state = placeState(m);
      if (/^(in|at|to|into|near)$/.test(before) && state?.startsWith("country:")) return [state];
    }
    return [];
  }

  const weaponIn = (a: number, b: number) => {
    const ws = mentions.filter((m) => m.type === "Weapon" && m.a >= a && m.b <= b);
    ws.sort((x, y) => (y.kind === "model" ? 1 : 0) - (x.kind === "model" ? 1 : 0) || y.b - y.a - (x.b - x.a));
    return ws[0];
  };
  // "officers" are a force only as police or military officers, or counted ("about 600 officers")
  // a word of a name ("the Haitian National Police") is not a force sent; a body named by its state ("Kenyan police") is
  /** "to patrol …", "to help protect …" among tokens from..end: a purpose whose verb `verbs` names. */
  const purposeIn = (from: number, end: number, verbs: RegExp): boolean => {
    const word = (p: number) => (p < end ? t[p]?.lower ?? "" : "");
    for (let q = from; q < Math.min(end, t.length); q++) if (t[q].lower === "to" && verbs.test(word(q + 1) === "help" ? word(q + 2) : word(q + 1))) return true;
    return false;
  };
  const isForce = (j: number) => (FORCE_NOUNS.has(t[j].lower) && !(t[j].lower === "military" && !FORCE_NOUNS.has(t[j + 1]?.lower ?? ""))
      && !(mentionAt(j)?.type === "Organization" && mentionAt(j)!.form !== "body" && mentionAt(j)!.form !== "ref"))
    || (t[j].lower === "members" && t[j - 1]?.lower === "service")
    // "sent Typhoon jets to patrol the skies": aircraft on a mission stay their crews' and their state's
    || (/^(jets|aircraft|planes|warplanes|bombers|helicopters|squadron|squadrons|fighter|fighters)$/.test(t[j].lower) && purposeIn(j + 1, j + 6, MISSION_VERBS))
    || (t[j].lower === "officers" && (/^(police|military|army|security|peacekeeping)$/.test(t[j - 1]?.lower ?? "") || /^\d[\d,]*$/.test(t[j - 1]?.norm ?? "")));
  const forceIn = (a: number, b: number) => { for (let j = a; j < b; j++) if (isForce(j)) return j; return -1; };
  const aidIn = (a: number, b: number) => { for (let j = a; j < b; j++) if (AID_NOUNS.has(t[j].lower) && /^(humanitarian|financial|economic|food|medical|development|emergency|relief|budget|budgetary)$/.test(t[j - 1]?.lower ?? "")) return j; return -1; };

  /** "the Israeli attack on the Gulf state", "X's attempt … with airstrikes on Y", "a Russian invasion" fought off by Y. */
  function attackNoun(k: number, cs: number, ce: number): { agents: string[]; targets: string[]; viaMemory: boolean } | undefined {
    let agents: string[] = [];
    const mod = mentionAt(k - 1) ?? (/^[a-z-]+$/.test(t[k - 1]?.norm ?? "") ? mentionAt(k - 2) : undefined);
    if (mod && mod.type === "Country" && mod.form === "demonym") agents = ids(mod);
    if (!agents.length) {
      for (let j = k - 1; j >= Math.max(cs, k - 12); j--) {
        if (t[j].norm === "," || t[j].pos === "VERB" && !/^(kill|attempt|try)/.test(t[j].lemma) && t[j - 1]?.lower !== "to") break;
        if (t[j].norm === "'s") {
          const a = mentionAt(j - 1);
          if (a && isActor(a) && !/^(on|against|in|at|to|into|of)$/.test(t[a.a - 1]?.lower ?? "")) agents = ids(a);
          break;
        }
      }
    }
    let after = k + 1;
    if (t[after]?.lower === "by") {
      const a = mentions.find((y) => y.a >= after + 1 && y.a <= after + 2 && isActor(y));
      if (a) { agents = ids(a); after = a.b; }
    }
    let viaMemory = false;
    let targets: string[] = [];
    const prep = t[after]?.lower ?? "";
    const fromPrep = tok0(after);
    if (/^(on|against|inside)$/.test(prep) || (prep === "of" && /^invasion|occupation$/.test(t[k].lower)) || prep === "in") {
      let a = after + 1;
      while (a < ce && (DETS.has(t[a].lower) || /^[a-z]+$/.test(t[a].norm) && a - after <= 2 && !mentionStarting(a))) a++;
      const m = mentionStarting(a);
      if (m && (isActor(m) || m.type === "Location") && !(prep === "in" && m.type !== "Location")) {
        const all = groupFrom(m, ce, (x) => isActor(x) || x.type === "Location");
        for (const g of all) {
          if (g.type === "Location") { if (g.affiliation) targets.push(g.affiliation); else if (g.entry?.country) targets.push(g.entry.country); }
          else targets.push(...ids(g));
        }
        // "in Jammu and Kashmir of India"
        const ofState = t[all[all.length - 1].b]?.lower === "of" ? mentionStarting(all[all.length - 1].b + 1) : undefined;
        if (ofState?.type === "Country") targets.push(...ids(ofState));
      }
    }
    // "Y is fighting off a Russian invasion": the subject is the target
    if (!targets.length && /^(fighting|fought|fight|repel|repelled|repelling|resist|resisted|resisting|defending|fending)$/.test(t.slice(cs, k).map((x) => x.lower).find((w) => /^(fighting|fought|fight|repel|repelled|repelling|resist|resisted|resisting|defending|fending)$/.test(w)) ?? "")) {
      targets = findSubject(k, cs).ids;
    }
    if (!agents.length && targets.length) {
      const a = ctx.attackerFor(s.index, 3, t[k].lower);
      if (a.length) { agents = a; viaMemory = true; }
    }
    void fromPrep;
    return agents.length && targets.length ? { agents, targets: targets.filter((x) => !agents.includes(x)), viaMemory } : undefined;
  }
  const tok0 = (i: number) => t[i];

  /** `condemner`: who condemns ("Islamabad condemned Tuesday's strike" is not Pakistan's own strike). */
  function condemnTargets(k: number, end: number, sentenceIdx: number, condemner: string[] = []): { ids: string[]; viaMemory: boolean } {
    const r = condemnTargetsOf(k, end, sentenceIdx, condemner);
    // "condemned the Cambodian military's attacks": armed forces named with their state act for it (policy 4), so the
    // state is condemned too ("the army" of a junta, named alone, stays the army)
    for (const id of [...r.ids]) {
      const named = mentions.some((m) => m.entityId === id && m.form === "body" && m.a > k);
      const state = named && /^org:[A-Z]{2}-(army|military|armed-forces|navy|air-force)$/.test(id) ? ctx.countryOf(id) : undefined;
      if (state && !r.ids.includes(state) && !condemner.includes(state)) r.ids.push(state);
    }
    const words = t.slice(k + 1, Math.min(end, k + 16)).filter((x) => /^(NOUN|VERB|PROPN|ADJ)$/.test(x.pos) && x.lemma.length > 3 && !COMMON_WORDS.has(x.lemma)).map((x) => x.lemma);
    if (r.ids.length) { ctx.noteCondemned(words, r.ids); return r; }
    const again = ctx.recallCondemned(words);
    return again.length ? { ids: again, viaMemory: true } : r;
  }
  function condemnTargetsOf(k: number, end: number, sentenceIdx: number, condemner: string[]): { ids: string[]; viaMemory: boolean } {
    const found: string[] = [];
    let j = k + 1;
    // (past "what it called": "condemned what it called 'the blatant Ruritanian aggression'")
    const skipCalled = () => { if (t[j]?.lower === "what" && /^(it|they|he|she|the|officials)$/.test(t[j + 1]?.lower ?? "") && /^(called|calls|termed|described)$/.test(t[j + 2]?.lower ?? "")) j += t[j + 3]?.lower === "as" ? 4 : 3; };
    skipCalled();
    while (j < end && (t[j].lower.endsWith("ly") || /^(in|the|strongest|possible|terms|strongly|also|"|a|an)$/.test(t[j].lower))) { j++; skipCalled(); }
    // "condemned it as well": "it" is the act just condemned, not an actor
    // (with no act condemned before it, "it" names nothing: the last actor named is not what was condemned)
    if (t[j]?.lower === "it" && mentionAt(j)?.form === "ref") {
      const before = ctx.lastCondemned();
      if (before.length) return { ids: before, viaMemory: true };
      // "The attempted coup drew condemnation. The governments that had condemned it …": the act named just before
      const noun = ctx.actNounBefore(sentenceIdx);
      return { ids: noun ? ctx.attackerFor(sentenceIdx, 0, noun, condemner) : [], viaMemory: true };
    }
    // direct object: "criticizing Iran for …"
    const direct = mentions.find((m) => m.a === j && isActor(m) && !isModifier(m));
    // "condemns Dhaka cafe siege": a city naming where the attack was is the victim's place, not the culprit
    const placeOfAttack = direct && (direct.form === "capital" || direct.type === "Location") && t.slice(direct.b, direct.b + 3).some((x) => ATTACK_NOUNS.has(x.lower));
    if (direct && !placeOfAttack && !(t[direct.b]?.norm === "'s")) found.push(...idsOf(groupFrom(direct, end)));
    // "Beijing denounced the pact": a document signed in the story stands for its signers
    if (!direct && /^(the|this|that)$/.test(t[j - 1]?.lower ?? t[k + 1]?.lower ?? "") && DOCUMENT_NOUNS.has(t[j]?.lower ?? "") && !/^(of|to|for|on)$/.test(t[j + 1]?.lower ?? "")) {
      const signers = ctx.signersOf(t[j].lower).filter((x) => !condemner.includes(x));
      if (signers.length) return { ids: signers, viaMemory: true };
    }
    let attackHead = -1;
    let leftPhrase = false;
    for (let x = k + 1; x < end; x++) {
      const w = t[x].lower;
      // "condemned the seizure of power and asked the bloc's council to meet": a second predicate ends the object
      if (w === "and" && t[x + 1]?.pos === "VERB" && /ed$|^(sent|made|took|gave|told|said)$/.test(t[x + 1].lower)) break;
      // "read out … by Japan's ambassador": past such a preposition a possessor no longer owns the condemned thing
      if (/^(by|at|from|for|to|into|during|after|before|amid|under|over|near|against|in|on)$/.test(w) && x > k + 1 && attackHead < 0 ? false : /^(by|at|from|for|during|after|before|amid|in|with)$/.test(w)) leftPhrase = true;
      // "cooperation between A and B" — the condemned thing is their relationship, not "the war between A and B"
      if (w === "between" && /^(cooperation|ties|relations|relationship|collaboration|partnership|alliance|deals?|axis|links|trade|exchanges|collusion|coordination|agreement|pact)$/.test(t[x - 1]?.lower ?? "")) {
        const m = mentions.find((y) => y.a >= x + 1 && y.a <= x + 2 && isActor(y));
        if (m) found.push(...idsOf(groupFrom(m, end)));
      }
      // "Russia-North Korea cooperation"
      if (w === "-" && mentionAt(x - 1) && mentionAt(x + 1) && mentionAt(x - 1) !== mentionAt(x + 1) && isActor(mentionAt(x - 1)!) && isActor(mentionAt(x + 1)!)) found.push(...ids(mentionAt(x - 1)!), ...ids(mentionAt(x + 1)!));
      // "Israel's pattern", "the militant group's attack" — not a victim's ("the attack on Qatar's capital")
      if (w === "'s") {
        // "the Nicaraguan government's decision": the state behind its government
        const m = mentionAt(x - 1) ?? (/^(government|regime|authorities|administration|leadership|junta|military|army)$/.test(t[x - 1]?.lower ?? "") ? mentionAt(x - 2) : undefined);
        const prev = m ? t[m.a - 1]?.lower ?? "" : "";
        const prevprev = m ? t[m.a - 2]?.lower ?? "" : "";
        // ("the tone of Vance's remarks": a manner of one's own words is still one's own)
        const manner = prev === "of" && /^(tone|content|substance|wording|nature|language|thrust|timing)$/.test(prevprev);
        if (m && isActor(m) && !leftPhrase && (manner || !/^(on|against|in|at|to|into|of|with|by|from|for)$/.test(prev)) && !(DETS.has(prev) && /^(on|against|in|at|to|into|with|by|from|for)$/.test(prevprev))) found.push(...ids(m));
      }
      // ("a forced entry into the embassy" is a raid)
      // ("a violation of its airspace" is an incursion)
      const violation = /^violations?$/.test(w) && t.slice(x + 1, x + 5).some((y) => TERRITORY_NOUNS.test(y.lower));
      if ((ATTACK_NOUNS.has(w) || ACT_NOUNS.has(w) || violation || (w === "entry" && t[x - 1]?.lower === "forced")) && attackHead < 0) attackHead = x;
      // "denounced the new US sanctions": measures named by who imposes them
      if (/^(sanctions|tariffs|embargo|blockade)$/.test(w) && !leftPhrase) {
        const m = mentionAt(x - 1);
        if (m && isActor(m) && m.form !== "ref" && m.type !== "Person") found.push(...actorIdsOf([m]));
      }
      // "deplored the continued presence of the Wagner Group": whose presence, activities, interference
      if (/^(presence|activities|involvement|interference|meddling|actions|conduct|role)$/.test(w) && t[x + 1]?.lower === "of" && !leftPhrase) {
        const m = mentions.find((y) => y.a >= x + 2 && y.a <= x + 3 && isActor(y) && y.type !== "Person");
        if (m) found.push(...actorIdsOf([m]));
      }
      // "condemned the deployment of North Korean troops": the deployer
      if (/^(deployment|deployments|transfer|transfers|supply|supplies|export|exports|sale|sales|delivery|deliveries|dispatch)$/.test(w) && t[x + 1]?.lower === "of" && !leftPhrase) {
        for (let q = x + 2; q < Math.min(end, x + 6); q++) {
          const m = mentionAt(q);
          // ("the deployment of Wagner mercenaries": the group whose fighters they are)
          if (m && (m.form === "demonym" || t[m.b]?.norm === "'s" || (m.type === "Organization" && m.form !== "ref" && FORCE_NOUNS.has(t[m.b]?.lower ?? ""))) && isActor(m)) { found.push(...ids(m)); break; }
          if (m && m.type === "Weapon") continue;
          if (!/^[a-z-]+$|^\d/.test(t[q].norm) && !m) break;
        }
      }
    }
    if (attackHead >= 0) {
      // "the Israeli attack", "an attack by X"
      const mod = mentionAt(attackHead - 1);
      if (mod && mod.type === "Country" && mod.form === "demonym") found.push(...ids(mod));
      // "strikes by the United States and Britain": every member of the agent list; "the violation of Polish
      // airspace on August 1 by two Belarusian helicopters": past the act's own phrase
      const by = t.findIndex((x, q) => q > attackHead && q < Math.min(end, attackHead + 12) && x.lower === "by" && !t.slice(attackHead + 1, q).some((y) => y.pos === "VERB" || /^[,;]$/.test(y.norm)));
      if (by > 0) {
        let m = mentions.find((y) => y.a >= by + 1 && y.a <= by + 4 && (isActor(y) || y.form === "demonym"));
        // "an assault by Sudan's paramilitary Rapid Support Forces": the possessor only places the agent
        const owned = m && t[m.b]?.norm === "'s" ? mentions.find((y) => y.a > m!.b && y.a <= m!.b + 3 && isActor(y) && y.type === "Organization" && t.slice(m!.b + 1, y.a).every((x) => /^[a-z-]+$/.test(x.norm))) : undefined;
        if (owned) m = owned;
        if (m) found.push(...idsOf(groupFrom(m, end)));
      }
      // "the aggression of the Tajik side": an act of an agent named after "of" (not "an attack of 20 drones")
      // ("the invasion of Ukraine" names the victim: only aggression, by a demonym's side or forces)
      // ("the 'brutal military aggression' of its neighbour", "the aggression of Ruritania": aggression names its agent)
      const ofAt = /^["”'’]$/.test(t[attackHead + 1]?.norm ?? "") ? attackHead + 2 : attackHead + 1;
      if (t[ofAt]?.lower === "of" && /^aggressions?$/.test(t[attackHead].lower)) {
        const m = mentions.find((y) => y.a >= ofAt + 1 && y.a <= ofAt + 2 && ((y.form === "demonym" && /^(side|forces|troops|army|military|regime|government|authorities)$/.test(t[y.b]?.lower ?? "")) || (y.type === "Country" && y.form !== "demonym") || (y.form === "ref" && ids(y).every((x) => x.startsWith("country:")))));
        if (m) found.push(...ids(m));
      }
    }
    // "condemned what it called “provocations” by Kyrgyz forces": a vague act with its agent after "by"
    if (!found.length && attackHead < 0) {
      for (let x = k + 1; x < Math.min(end, k + 10); x++) {
        if (!VAGUE_NOUNS.has(t[x].lower) && !/^provocations?$/.test(t[x].lower)) continue;
        let b = x + 1;
        while (t[b] && /^["”'’]$/.test(t[b].norm)) b++;
        if (t[b]?.lower !== "by") break;
        const m = mentions.find((y) => y.a >= b + 1 && y.a <= b + 2 && isActor(y));
        if (m) found.push(...actorIdsOf([m]));
        break;
      }
    }
    if (found.length) return { ids: [...new Set(found)], viaMemory: false };
    // "attacks that Antonio Guterres condemned": the thing condemned is the antecedent of "that"
    for (let x = k - 1; x > 0 && k - x < 12; x--) {
      if (!/^(that|which)$/.test(t[x].lower)) continue;
      const noun = t[x - 1].lower;
      if (ATTACK_NOUNS.has(noun) || VAGUE_NOUNS.has(noun)) {
        const a = ctx.attackerFor(sentenceIdx, ATTACK_NOUNS.has(noun) ? 0 : 2, noun, condemner);
        if (a.length) return { ids: a, viaMemory: true };
      }
      break;
    }
    // "condemned the agreement, accusing France of …", "…, saying Russia had ignored …": the accused is the culprit
    for (let x = k + 1; x < t.length; x++) {
      if (/^(accusing|blaming)$/.test(t[x].lower) || (t[x].lower === "saying" && t[x - 1]?.norm === ",")) {
        const m = mentions.find((y) => y.a >= x + 1 && y.a <= x + 2 && isActor(y));
        // ("saying it would …": "it" is the thing condemned, not a culprit)
        if (m && m.ref !== "it" && (t[x].lower !== "saying" || /^(had|has|was|were|is|would)$/.test(t[m.b]?.lower ?? ""))) return { ids: idsOf(groupFrom(m, t.length)), viaMemory: false };
      }
    }
    // "Beijing has criticized that deployment": whoever made the deployment (or transfer) the article told of
    for (let x = k + 1; x < Math.min(end, k + 5); x++) {
      const type = /^deployments?$/.test(t[x].lower) ? "DEPLOYS" : /^(transfers?|sales?|deliver(y|ies)|shipments?|exports?)$/.test(t[x].lower) ? "SUPPLIES" : undefined;
      // ("the F-16 transfers": a weapon's name between)
      const w = mentionAt(x - 1);
      const det = w?.type === "Weapon" ? w.a - 1 : x - 1;
      if (!type || !/^(the|that|this|these|those)$/.test(t[det]?.lower ?? "") || /^(of|to)$/.test(t[x + 1]?.lower ?? "")) continue;
      const who = ctx.previousSubjects(type);
      if (who.length) return { ids: who, viaMemory: true };
    }
    let vague = -1;
    // (past a quoted manner: condemned "in the strongest terms" the destruction of …)
    for (let x = k + 1; x < Math.min(end, Math.max(k + 8, j + 4)); x++) if (VAGUE_NOUNS.has(t[x].lower)) { vague = x; break; }
    // "The Kremlin condemned the move": a reaction to the story's news, the act its lead reports
    // ("also condemned the move" joins the condemnation before it)
    const joins = t.some((x) => /^(also|too|likewise|similarly)$/.test(x.lower)) && ctx.lastCondemned().length > 0;
    // ("…, a step that drew condemnation": the clause before, which the lead is)
    if (attackHead < 0 && vague >= 0 && !joins && /^(move|decision|step)$/.test(t[vague].lower) && (/^(the|this|that)$/.test(t[vague - 1]?.lower ?? "") || (/^(a|an)$/.test(t[vague - 1]?.lower ?? "") && t[vague - 2]?.norm === "," && s.index === ctx.leadSentence()))) {
      // (the lead's own subject first: "The United States said it was removing Turkey …, days after Ankara began
      // taking delivery of …" is the United States' move)
      const lead = ctx.leadSubject().length ? ctx.leadSubject() : ctx.leadActors();
      if (lead.length) return { ids: lead, viaMemory: true };
    }
    if (attackHead >= 0 || vague >= 0) {
      const head = attackHead >= 0 ? attackHead : vague;
      // ("the seizure of power" is a coup, not the seizure of a ship)
      const noun = t[head].lower === "seizure" && t[head + 1]?.lower === "of" && t[head + 2]?.lower === "power" ? "coup" : t[head].lower;
      const a = ctx.attackerFor(sentenceIdx, attackHead >= 0 ? 0 : 2, noun, condemner);
      if (a.length) return { ids: a, viaMemory: true };
      if (vague >= 0 && ctx.lastCondemned().length) return { ids: ctx.lastCondemned(), viaMemory: true };
    }
    return { ids: [], viaMemory: false };
  }

  /** "by" right after the participle, or past when and where ("signed in Lima in May 2023 by …"). */
  const byFollows = (k: number): boolean => {
    if (t[k + 1]?.lower === "by") return true;
    if (!/^(in|on|at|last|earlier)$/.test(t[k + 1]?.lower ?? "")) return false;
    for (let j = k + 2; j < Math.min(t.length, k + 12); j++) {
      if (t[j].lower === "by") return true;
      if (t[j].pos === "VERB" || t[j].pos === "AUX" || /^[,;:]$/.test(t[j].norm)) return false;
    }
    return false;
  };
  const add = (rule: Rule, type: RelationType, subjects: string[], objects: string[], k: number, clauseStart: number, extra: { instrument?: string; viaRef?: boolean; viaMemory?: boolean; negated?: boolean } = {}) => {
    const mod = modalityOf(t, clauseStart, k, s.text);
    // "Rwanda has no troops in Congo": the negation sits after the trigger
    if (extra.negated) mod.polarity = "negated";
    // "sells weapons neither to Ukraine nor to Russia": the negation sits before the recipient
    if ((type === "SUPPLIES" || type === "DEPLOYS") && t.slice(k + 1, Math.min(t.length, k + 8)).some((x, q, a) => x.lower === "neither" && /^(to|in|into)$/.test(a[q + 1]?.lower ?? ""))) mod.polarity = "negated";
    const evidence: Evidence = { sentence: s.text, start: s.start, end: s.end, trigger: [t[k].start, t[k].end] };
    const attribution = attributionOf(s.text);
    if (attribution) evidence.attribution = attribution;
    const confidence = Math.max(0.3, rule.confidence - (extra.viaRef ? 0.1 : 0) - (extra.viaMemory ? 0.15 : 0));
    // troops sent to a peacekeeping mission are deployed in the state it serves (policy: the object is a state)
    // a state's body as recipient or destination ("provided the Example Police Force with rifles", "the Malian
    // air force took delivery") stands for the state: every frame's objects pass here, none maps on its own
    if (type === "SUPPLIES" || type === "DEPLOYS") objects = [...new Set(objects.map((o) => (o.startsWith("org:") && ctx.countryOf(o)?.startsWith("country:") ? ctx.countryOf(o)! : o)))];
    if (type === "DEPLOYS") {
      objects = [...new Set(objects.map((o) => (ORGANISATIONS.get(o)?.host ? `country:${ORGANISATIONS.get(o).host}` : o)))];
      // an organisation is no destination (policy: the object is a state): "troops in ATMIS, the African
      // Union force", "soldiers sent to United Nations peacekeeping operations"
      objects = objects.filter((o) => !o.startsWith("org:"));
    }
    for (const subj of subjects) for (const obj of objects) {
      if (!subj || !obj || subj === obj) continue;
      // "X, the AU's chairman, condemned the coup and asked the bloc's council to meet": no one condemns the body they speak for
      if (type === "CONDEMNS" && subj.startsWith("person:") && ctx.countryOf(subj) === obj) continue;
      out.push({ type, subject: subj, object: obj, ...(extra.instrument ? { instrument: extra.instrument } : {}), evidence: [evidence], rule: rule.id, confidence: +confidence.toFixed(2), polarity: mod.polarity, modality: mod.modality });
    }
  };

  /** The verb-object frame at trigger k. */
  function frameVerbObject({ rule, k, cs, ce, passive, condemnationNoun }: Hit): void {
    let subj: { ids: string[]; viaRef: boolean };
    let objIds: string[] = [];
    let viaMemory = false;
    if (passive) {
      subj = { ids: agentAfterBy(k, t.length), viaRef: false };
      if (rule.relation === "CONDEMNS") {
        // "The attack has been condemned by …": the subject of the passive is the thing condemned
        const before = t.slice(cs, k).map((x) => x.lower);
        // ("Pyongyang's deployment has been condemned by …": an act named by a transfer or deployment noun)
        if (before.some((w) => ATTACK_NOUNS.has(w) || VAGUE_NOUNS.has(w) || ACT_NOUNS.has(w) || /^(deployments?|transfers?|sales?|deliver(y|ies)|shipments?|exports?|sinkings?)$/.test(w))) {
          const r = condemnTargets(cs - 1, k, s.index);
          objIds = r.ids; viaMemory = r.viaMemory;
        }
      } else {
        const m = mentions.find((x) => x.b <= k && x.a >= cs && isActor(x));
        if (m) objIds = ids(m);
      }
    } else {
      const owner = condemnationNoun && t[k - 1]?.norm === "'s" ? mentionAt(k - 2) : undefined;
      subj = owner ? { ids: actorIdsOf([owner]), viaRef: owner.form === "ref" } : findSubject(k, cs);
      // "A joined NATO chief B in condemning …": the one joined condemns as well
      const joined = t[k - 1]?.lower === "in" ? t.findLastIndex((x, q) => q < k - 1 && q >= cs && /^(joined|joins|join|joining)$/.test(x.lower)) : -1;
      if (joined >= 0) {
        const y = mentions.find((m) => m.type === "Person" && m.a > joined && npStart(m) <= joined + 2 && m.b < k) ?? mentions.find((m) => m.a > joined && m.a <= joined + 2 && isActor(m) && m.b < k);
        if (y) subj = { ids: [...new Set([...subj.ids, ...actorIdsOf(groupFrom(y, k - 1))])], viaRef: subj.viaRef };
      }
      if (condemnationNoun) {
        // "issued similar condemnations": of what the article last condemned, unless "condemnations of X" names it
        const r = t[k + 1]?.lower === "of" ? condemnTargets(k + 1, clauseOf(objectStarts, k, t.length)[1], s.index) : { ids: [], viaMemory: false };
        objIds = r.ids.length ? r.ids : ctx.lastCondemned(); viaMemory = !r.ids.length;
      } else if (rule.relation === "CONDEMNS") {
        // (a spokesman's state does not condemn its own act either)
        const condemner = [...subj.ids, ...subj.ids.map((x) => ctx.countryOf(x)).filter((x): x is string => !!x)];
        const r = condemnTargets(k, clauseOf(objectStarts, k, t.length)[1], s.index, condemner);
        objIds = r.ids; viaMemory = r.viaMemory;
        // "Tehran 'strongly condemns' the attacks" after "Iran condemned strikes by A and B": an actor that
        // condemned before and names no culprit now repeats its condemnation
        const before = viaMemory && subj.ids.length ? ctx.condemnedBy(subj.ids) : [];
        if (before.length) objIds = before;
      } else {
        const m = directObject(k, ce, rule.particle);
        if (m && (isActor(m) || (m.type === "Location" && rule.relation === "VISITS"))) objIds = idsOf(groupFrom(m, ce));
        if (rule.relation === "ATTACKS" && m?.type === "Location" && m.affiliation) objIds = [m.affiliation];
      }
    }
    add(rule, rule.relation, [...subj.ids, ...(!passive ? asDidActors(k) : [])], objIds, k, cs, { viaRef: subj.viaRef, viaMemory });
    sentenceSubjects.push(...subj.ids);
    return;
  }
  /**
   * "X also condemned the assault, as did Y", "A and B endorsed the text, as have C and D": whoever "as did" adds
   * did the same to the same object ("as did UN Secretary-General X and the Nigerian government": the person the
   * title introduces, then the rest).
   */
  /** "joined by C in Asia; by D and E in Africa", "represented by A, and the Middle East by B": the agents after every "by" from k on. */
  function agentsOfEachBy(k: number): string[] {
    const who: string[] = [];
    for (let q = k + 1; q < t.length; q++) {
      if (t[q].lower !== "by" || !(q === k + 1 || /^[,;]$/.test(t[q - 1].norm) || t[q - 1].lower === "and" || mentionAt(q - 1)?.type === "Location")) continue;
      // ("and by the Nordic members Denmark, Finland and Sweden": past a short description)
      let a = q + 1;
      while (a < q + 5 && !(mentionStarting(a) && isActor(mentionStarting(a)!)) && (DETS.has(t[a]?.lower ?? "") || /^[a-z-]+$/.test(t[a]?.norm ?? "") || (t[a]?.cap && !mentionStarting(a))) && t[a]?.pos !== "VERB") a++;
      const first = mentionStarting(a);
      if (first && isActor(first)) who.push(...actorIdsOf(groupFrom(first, t.length)));
    }
    return who;
  }
  function asDidActors(k: number): string[] {
    const asDid = t.findIndex((x, q) => q > k && x.lower === "as" && /^(did|has|have|had|do|does)$/.test(t[q + 1]?.lower ?? "") && t[q - 1]?.norm === ",");
    let also = asDid > 0 ? mentions.find((x) => x.type === "Person" && x.a > asDid + 1 && npStart(x) <= asDid + 3) ?? mentions.find((x) => x.a >= asDid + 2 && x.a <= asDid + 5 && isActor(x) && t.slice(asDid + 2, x.a).every((y) => /^[a-z]+$/.test(y.norm))) : undefined;
    // (", as did its neighbour the Republic of Moldova": the name in apposition to the back-reference)
    if (also?.form === "ref") {
      const named = mentionFrom(also.b);
      if (named && isActor(named) && named.form !== "ref") also = named;
    }
    // ", as did the three Baltic states, A, B and C": the members named after the group they form
    if (asDid > 0 && (!also || also.form === "ref")) {
      const noun = t.findIndex((x, q) => q > asDid + 1 && q <= asDid + 7 && /^(states|countries|nations|governments|members|republics|neighbours|neighbors)$/.test(x.lower));
      const first = noun > 0 && /^[,:–—-]$/.test(t[noun + 1]?.norm ?? "") ? mentionFrom(noun + 2) : undefined;
      if (first && isActor(first)) also = first;
    }
    return also ? actorIdsOf(groupFrom(also, t.length)) : [];
  }
  /** The transfer frame at trigger k. */
  function frameTransfer({ rule, k, tok, cs, ce, passive, participleAfterThing }: Hit): void {
    // "None of the aircraft has been delivered", "the hardware was never delivered to Washington": a transfer
    // told just before, announced or contracted, did not take place
    if (passive && rule.relation === "SUPPLIES" && !agentAfterBy(k, ce).length && modalityOf(t, cs, k, s.text).polarity === "negated") {
      ctx.withdrawTransfer(recipientAfter(k + 1, ce, /^to$/, false), s.start);
    }
    // intransitive arrivals: "troops arrived in", "warships docked in"
    // "troops landed in", "El Salvador flew in eight soldiers": arrivals by air
    // "Britain leads the battlegroup in Estonia": the lead nation of a formation has troops where it is
    if (rule.id === "deploys.leads") {
      let q = k + 1;
      while (q < ce && q - k < 6 && (DETS.has(t[q].lower) || t[q].pos === "ADJ" || mentionAt(q)?.type === "Organization" || /^(multinational|nato|'s|-|led)$/.test(t[q].lower))) q++;
      if (!/^(battlegroup|battlegroups|brigade|battalion|mission|force|forces|contingent|operation|division|corps|task)$/.test(t[q]?.lower ?? "")) return;
      const where = recipientAfter(q + 1, Math.min(ce, q + 6), /^(in|at)$/, true);
      // (a lead nation: "NATO leads a battlegroup" says only who commands it)
      const who = findSubject(k, cs);
      const states = who.ids.filter((x) => x.startsWith("country:"));
      if (where.length && states.length) add(rule, "DEPLOYS", states, where, k, cs, { viaRef: who.viaRef });
      return;
    }
    // a force's presence: "Danish soldiers serve in Estonia", "troops from A and B rotate through", "will remain in X"
    // (not "remain stationed in", read at "stationed"; not "troops remain a target")
    const presence = rule.id === "deploys.presence";
    if (presence) {
      const f = forceIn(cs, k);
      if (t[k + 1]?.lower === "as" || t[k + 1]?.pos === "VERB" || f < 0 || t.slice(f + 1, k).some((x) => x.pos === "VERB" && !/^(are|is|were|was|have|has|had|been|will|would|also|still)$/.test(x.lower))) return;
    }
    // ("a thousand Saudi soldiers crossed the causeway into the island kingdom", "troops rolled into X": forces moving in)
    const movedInto = /^(cross|roll|move|pour|march|enter)$/.test(tok.lemma) && tok.pos === "VERB" && forceIn(Math.max(cs, k - 6), k) >= 0 && t.slice(k + 1, k + 6).some((x) => x.lower === "into");
    const arrive = presence || movedInto || tok.lemma === "arrive" || tok.lemma === "dock" || (tok.lemma === "land" && /^(in|at)$/.test(t[k + 1]?.lower ?? "")) || (tok.lemma === "enter" && t[k + 1]?.lower === "service");
    // a landing is a deployment only of people: "soldiers landed in", not "Air Force transport aircraft landed at"
    // (or aircraft "carrying weapons" that landed: a delivery)
    const carrying = t.slice(cs, k).some((x, q) => /^(carrying|loaded|laden)$/.test(x.lower) && !!weaponIn(cs + q + 1, Math.min(k, cs + q + 6)));
    if (tok.lemma === "land" && (!arrive || !(carrying ? rule.thing === "weapon" : t.slice(cs, k).some((x, q) => PERSONNEL.test(x.lower) && !mentionAt(cs + q))))) return;
    if (tok.lemma === "fly" && !(t[k + 1]?.lower === "in" || forceIn(k + 1, Math.min(ce, k + 5)) >= 0)) return;
    if (tok.lemma === "enter" && !arrive) return;
    if (rule.id === "deploys.move-into" && !movedInto) return;
    // "400 German soldiers are based in Lithuania" (not "Kenya-based", not "based on")
    if (tok.lemma === "base" && (t[k - 1]?.norm === "-" || !/^(in|at)$/.test(t[k + 1]?.lower ?? "") || !/^(are|is|were|was|be|been|remain|remains|already|permanently|currently|now)$/.test(t[k - 1]?.lower ?? ""))) return;
    // "would keep sending interceptors": "keep" there is how long, the gerund is the act
    if (tok.lemma === "keep" && /ing$/.test(t[k + 1]?.lower ?? "")) return;
    // "Polish troops sent to the border will not cross into Belarus": a participle after the force it moves
    // ends where the sentence's own verb starts
    let spanEnd = ce;
    if (participleAfterThing || (!isPassive(t, k) && k > 0 && isForce(k - 1) && /ed$|^(sent)$/.test(tok.lower))) {
      const v = t.findIndex((x, q) => q > k + 1 && q < ce && (x.pos === "AUX" || (x.pos === "VERB" && !/^(by|based|stationed)$/.test(x.lower))));
      if (v > 0) spanEnd = v;
    }
    const span: [number, number] = [k + 1, spanEnd];
    let subjIds: string[] = [];
    let viaRef = false;
    // what moved: after the verb, or (passive, participle, "arrived") before it
    // "troops remain stationed in X", "soldiers still deployed in X": a participle after the force it places
    const remain = /ed$|^(sent|kept)$/.test(tok.lower) && /^(remain|remains|remained|stay|stays|stayed|still|currently|now|permanently)$/.test(t[k - 1]?.lower ?? "") && forceIn(Math.max(cs, k - 5), k) >= 0;
    const thingBefore = passive || arrive || remain || (k > 0 && (isForce(k - 1) || mentionAt(k - 1)?.type === "Weapon"));
    // ("Italian F-35 fighters, which have been stationed at …": a passive relative clause moves its antecedent)
    const rel = /^(which|that)$/.test(t[cs]?.lower ?? "") ? cs : /^(which|that)$/.test(t[cs - 1]?.lower ?? "") ? cs - 1 : -1;
    const relOpen = passive && rel > 1 && t[rel - 1].norm === "," ? Math.max(0, rel - 9) : cs;
    const thingRange: [number, number] = thingBefore ? [relOpen, k] : span;
    let ok = false;
    let moved: Mention | undefined;
    let noTroops = false;
    let instrument: string | undefined;
    if (rule.thing === "weapon") {
      // "four Gripen jets, which the company will deliver": the relative clause's antecedent is what moves
      // "Danish F-16s, the first of which arrived in Ukraine": the same, past a partitive
      const which = t.findLastIndex((x, q) => q < k && q >= cs - 1 && /^(which|that)$/.test(x.lower));
      const comma = which > 1 ? (t[which - 1].norm === "," ? which - 1 : thingBefore && t[which - 1].lower === "of" && /^(first|last|some|most|all|many|several|none|each|one|two|three|four|five|six)$/.test(t[which - 2]?.lower ?? "") ? t.findLastIndex((x, q) => q < which - 1 && q >= which - 5 && x.norm === ",") : -1) : -1;
      const antecedent = comma > 0 && (!thingBefore || comma < which - 1) ? weaponIn(Math.max(0, comma - 6), comma) : undefined;
      const w = weaponIn(...thingRange) ?? (arrive ? weaponIn(...span) : undefined) ?? antecedent;
      ok = !!w; instrument = w?.entityId; moved = w;
      // "ordered 42 Rafale jets …, and Dassault will deliver the first six aircraft": a plain noun for the weapon named before
      const plain = !w && !arrive && !thingBefore ? t.findIndex((x, q) => q >= thingRange[0] && q < thingRange[1] && /^(aircraft|planes|units|systems|vessels|batteries|vehicles|batch|batches|consignment|tranche)$/.test(x.lower)) : -1;
      if (plain >= 0) {
        // ("… will ship the remaining two batteries": the weapon of the transfer told before)
        // (only a noun so qualified: "the remaining two batteries", "the initial batch")
        const qualified = plain > 0 && t.slice(Math.max(thingRange[0], plain - 3), plain).some((x) => /^(remaining|rest|next|further|additional|initial|first|second)$/.test(x.lower)) && t.slice(Math.max(thingRange[0], plain - 3), plain).some((x) => DETS.has(x.lower));
        const named = mentions.filter((m) => m.type === "Weapon" && m.b <= cs).pop()?.entityId ?? (qualified ? ctx.lastInstrument() ?? ctx.lastWeapon() : undefined);
        if (named) { ok = true; instrument = named; }
      }
      // "sent the patrol vessel HMS Example", "sent troops and tanks": a deployment, not a transfer
      // (before the verb, only a force joined to the weapon: "Greece, whose air force has received jets" sends no force)
      const withForce = w ? forceIn(thingBefore ? Math.max(thingRange[0], w.a - 5) : thingRange[0], w.a) : -1;
      if (w && (w.kind === "ship" || (withForce >= 0 && !arrive && (!thingBefore || t.slice(withForce + 1, w.a).some((x) => /^(and|with|,|plus)$/.test(x.lower)))))) ok = false;
      // "will send three fighters to help protect Polish airspace": crews sent on a mission, not a transfer
      // ("supplied radars to Y to strengthen its defences" stays a transfer: only crewed platforms go on missions)
      if (w && rule.relation === "SUPPLIES" && !thingBefore && isPlatform(w.entityId) && purposeIn(w.b, Math.min(ce, w.b + 4), PATROL_VERBS)) ok = false;
      if (arrive && !w) ok = false;
      // "350 soldiers arrived, together with two transport aircraft": the aircraft came with the deployment
      if (arrive && t.slice(cs, k).some((x, q) => PERSONNEL.test(x.lower) && !mentionAt(cs + q))) ok = false;
      // "a naval detachment led by the frigate X arrived": warships arriving are a deployment
      if (arrive && (w?.entityId === "weapon:warship" || t.slice(cs, k).some((x) => /^(detachment|flotilla|squadron|frigate|frigates|submarine|submarines|destroyer|destroyers|warship|warships|corvette|corvettes|carrier)$/.test(x.lower)))) ok = false;
    } else if (rule.thing === "force") {
      ok = forceIn(...thingRange) >= 0;
      // "X has had troops in Y": only with the force right after and a place after "in"
      if (/^(have|keep|maintain)$/.test(tok.lemma)) {
        // "has had troops in", not the auxiliary of "had not sent troops"
        // ("keeps military bases in both A and B": bases hold its forces there)
        const base = t.findIndex((x, q) => q > k && q <= k + 4 && /^bases?$/.test(x.lower) && /^(military|naval|air)$/.test(t[q - 1].lower));
        const force = forceIn(k + 1, Math.min(ce, k + 8));
        const head = force >= 0 ? force : base;
        const aux = /^(not|n't|never|been|already|also|yet|just)$/.test(t[k + 1]?.lower ?? "") || (t[k + 1]?.pos === "VERB" && t[k + 1]?.lemma !== "have");
        const after = t.slice(head + 1, head + 10);
        // "troops in", "a frigate with its task force off the coast": a place word before any verb or comma
        const stop = after.findIndex((x) => x.pos === "VERB" || /^[,;.]$/.test(x.norm));
        const near = after.slice(0, stop >= 0 ? Math.min(stop, 8) : 8).some((x, q, a) => (/^(in|on|off|there)$/.test(x.lower) && (q < 2 || x.lower !== "in" || a.slice(0, q).some((y) => /^(base|bases|garrison|facility)$/.test(y.lower)))) || (q < 2 && x.lower === "at"));
        const placed = after.some((x) => /^(stationed|serving|based|deployed|posted|garrisoned)$/.test(x.lower));
        // "Britain leads the battlegroup in Estonia, where France keeps a company of troops"
        const there = stop === 0 || (stop < 0 && !after.length) ? whereAntecedent(cs, k).length > 0 : false;
        ok = !aux && head >= 0 && (near || placed || there);
        if (ok && t.slice(k + 1, head).some((x) => /^(no|zero)$/.test(x.lower))) noTroops = true;
      }
      if (tok.lemma === "post" && !ok) ok = false;
    } else if (rule.thing === "aid") ok = aidIn(...thingRange) >= 0 || aidIn(...span) >= 0;
    if (!ok) return;
    /** Whose troops or weapons: "North Korean troops", "the DPRK's troops", "troops from Uganda and Kenya". */
    const ownerOf = (head: number): string[] => {
      const left = modifierOf(Math.max(head < cs ? 0 : cs, head - 8), head);
      if (left.length) return left;
      // "Russia, whose troops have been stationed in X": the antecedent of "whose"
      const whose = t.findLastIndex((x, q) => q < head && q >= Math.max(0, cs - 1, head - 4) && x.lower === "whose");
      const ante = whose > 1 && t[whose - 1].norm === "," ? mentions.find((m) => m.b === whose - 1 && isActor(m)) : undefined;
      if (ante) return actorIdsOf([ante]);
      // "France has about 1,000 troops stationed in Chad": who has them
      for (let j = head - 1; j >= Math.max(cs, head - 6); j--) {
        if (/^(has|have|had|keeps|kept|maintains|maintained)$/.test(t[j].lower)) {
          const m = mentionAt(j - 1);
          if (m && isActor(m)) return actorIdsOf([m]);
          break;
        }
      }
      const end = rule.thing === "force" ? head + 1 : (weaponIn(cs, k)?.b ?? head + 1);
      if (t[end]?.lower === "from") {
        const m = mentions.find((x) => x.a === end + 1 && isActor(x));
        if (m) return actorIdsOf(groupFrom(m, k));
      }
      return [];
    };
    if (passive) {
      // ("soldiers were sent to X under a ceasefire statement signed by A, B and C": that "by" is the signing's)
      const by = t.findIndex((x, q) => q > k && q < ce && x.lower === "by");
      const another = by > 0 && t.slice(k + 1, by).some((x) => x.pos === "VERB" && (/ed$/.test(x.lower) || IRREGULAR_PARTICIPLES.has(x.lower)) && t[t.indexOf(x) + 1]?.lower === "by");
      subjIds = another ? [] : agentAfterBy(k, ce);
      if (!subjIds.length) {
        const head = rule.thing === "force" ? forceIn(relOpen, k) : (weaponIn(relOpen, k)?.a ?? -1);
        if (head >= 0) subjIds = ownerOf(head);
      }
    } else if (thingBefore && !arrive) {
      const head = rule.thing === "force" ? forceIn(cs, k) : (weaponIn(cs, k)?.a ?? -1);
      if (head >= 0) subjIds = ownerOf(head);
    } else {
      const r = findSubject(k, cs);
      subjIds = r.ids; viaRef = r.viaRef;
      if (arrive && rule.thing === "force") {
        let head = -1;
        for (let j = k - 1; j >= cs; j--) if (FORCE_NOUNS.has(t[j].lower) && t[j].lower !== "military") { head = j; break; }
        const mod = head >= 0 ? modifierOf(Math.max(cs, head - 6), head) : [];
        if (mod.length) subjIds = mod;
        // "the destroyer USS Gravely arrived in …": a navy's ship prefix says whose ship it is
        const ship = !mod.length ? mentions.find((m) => m.kind === "ship" && m.a >= cs && m.b <= k) : undefined;
        const navy = ship ? SHIP_PREFIX_STATES[t[ship.a].norm] : undefined;
        if (navy) subjIds = [`country:${navy}`];
        // "smaller contingents from Jamaica and Belize have since arrived": where the force comes from sent it
        // ("soldiers from neighbouring Eritrea")
        const from = head >= 0 && t[head + 1]?.lower === "from" ? mentionFrom(head + 2) ?? (/^[a-z-]+$/.test(t[head + 2]?.norm ?? "") ? mentionFrom(head + 3) : undefined) : undefined;
        if (!mod.length && from && isActor(from)) subjIds = actorIdsOf(groupFrom(from, k));
      }
    }
    const preps = rule.thing === "force" || rule.relation === "DEPLOYS" ? /^(to|in|into|inside|off|outside)$/ : /^(to|for)$/;
    // (a presence "with the UN mission in South Sudan": the place before the body)
    let objIds = recipientAfter(span[0], span[1], rule.thing === "weapon" && !arrive && rule.relation !== "DEPLOYS" ? /^to$/ : presence ? /^(in|at|through|inside)$/ : preps, rule.thing === "force" || rule.relation === "DEPLOYS");
    if (presence && !objIds.length) objIds = recipientAfter(span[0], span[1], /^with$/, true);
    // "stationed at Estonia's Amari air base": the state whose base it is
    if (!objIds.length && (rule.thing === "force" || rule.relation === "DEPLOYS")) {
      const at = t.findIndex((x, q) => q >= span[0] && q < span[1] && x.lower === "at");
      const owner = at > 0 ? mentionFrom(at + 1) : undefined;
      if (owner && owner.type === "Country" && owner.form !== "demonym" && t[owner.b]?.norm === "'s" && t.slice(owner.b + 1, owner.b + 5).some((x) => /^(base|airbase|airfield|port|garrison)$/.test(x.lower))) objIds = [owner.entityId];
    }
    // "… at the base in Greenland, where 150 American personnel are stationed": where "where" points
    if (!objIds.length && rule.relation === "DEPLOYS") objIds = whereAntecedent(cs, k);
    if (presence && !objIds.length) {
      // "serving with the mission", "in the force": where the force the article named serves
      const inForce = t.slice(k + 1, span[1]).some((x, q, a) => /^(with|in)$/.test(x.lower) && a[q + 1]?.lower === "the" && /^(mission|force|operation|contingent)$/.test(a[q + 2]?.lower ?? ""));
      // ("the battlegroup at Rukla, where soldiers from A and B rotate through" was read just above, as for every deployment)
      const host = inForce ? ctx.missionHost() : undefined;
      if (host) objIds = [host];
      // "Norwegian soldiers serve in the German-led battlegroup there": the place the story just named
      if (!objIds.length && t.slice(k + 1, ce).some((x) => x.lower === "there")) {
        const here = out.filter((c) => c.type === "DEPLOYS").pop()?.object ?? ctx.previousTransfer("DEPLOYS");
        if (here) objIds = [here];
      }
      if (!objIds.length) return;
    }
    // "deployed troops to support the Royal Example Police": whom they went to support is where they went
    if (!objIds.length && rule.relation === "DEPLOYS") {
      // ("to patrol the skies over Poland", "to help protect Polish airspace": the state whose skies they guard)
      const to = t.findIndex((x, q) => q > k && q < span[1] && x.lower === "to" && (/^(support|help|assist|train|back)$/.test(t[q + 1]?.lower ?? "") || MISSION_VERBS.test(t[q + 1]?.lower ?? "")));
      if (to > 0) {
        const from = t[to + 1].lower === "help" && MISSION_VERBS.test(t[to + 2]?.lower ?? "") ? to + 3 : to + 2;
        const m = mentions.find((x) => x.a >= from && x.a <= from + 3 && (isActor(x) || x.type === "Location") && x.type !== "Person");
        const state = m ? (m.form === "body" || m.kind === "body" ? m.affiliation : m.type === "Country" ? m.entityId : m.affiliation ?? m.entry?.country) : undefined;
        if (state && state.startsWith("country:") && !subjIds.includes(state)) objIds = [state];
      }
    }
    // "India and Ghana each have about 900 troops there": the place the sentence or story just named
    if (!objIds.length && rule.thing === "force" && t.slice(k + 1, ce).some((x) => x.lower === "there")) {
      const here = out.filter((c) => c.type === "DEPLOYS").pop()?.object ?? ctx.previousTransfer("DEPLOYS");
      if (here) objIds = [here];
    }
    if (!objIds.length && !passive && !arrive && rule.thing !== "force") {
      // indirect object: "supplied Ukraine with drones"
      const m = mentionStarting(k + 1) ?? mentionStarting(k + 2);
      if (m && isActor(m) && t[m.b]?.lower === "with") objIds = idsOf(groupFrom(m, ce));
      // "gave Vanuatu a patrol boat", "sold Taipei 66 jets": the recipient right after the verb, the weapon after it
      else if (m && isActor(m) && (m.type === "Country" || m.form === "name") && !isModifier(m) && /^(give|send|sell|hand|ship|gift|offer)$/.test(tok.lemma) && mentions.some((w) => w.type === "Weapon" && w.a >= m.b && w.a <= m.b + 4)) objIds = ids(m);
    }
    if (arrive && rule.thing === "weapon") {
      objIds = recipientAfter(cs, ce, /^(in|to)$/, false);
      // "systems promised by Berlin arrived": the promiser supplied them; "tanks ordered by Warsaw arrived": Warsaw received them
      const by = t.findIndex((x, q) => q > cs && q < k && x.lower === "by");
      const participle = by > 0 ? t[by - 1].lower : "";
      if (!subjIds.length && /^(promised|pledged|supplied|donated|sent|provided|delivered|given|gifted|shipped|built|made|manufactured)$/.test(participle)) subjIds = agentAfterBy(by - 1, k);
      // "Danish F-16s, the first of which arrived in Ukraine": the state whose weapons they were sent them
      if (!subjIds.length && moved) subjIds = modifierOf(Math.max(0, moved.a - 4), moved.a).filter((x) => !objIds.includes(x));
      if (/^(ordered|bought|purchased|acquired|procured)$/.test(participle)) {
        const buyer = agentAfterBy(by - 1, k);
        if (buyer.length) objIds = buyer;
        const from = recipientAfter(by, k, /^from$/, false);
        if (!subjIds.length && from.length) subjIds = from;
      }
    }
    // "Azerbaijan's army has relied on drones supplied by Israel": who relies on, uses or fields them received them
    if (!objIds.length && passive && rule.thing === "weapon" && participleAfterThing) {
      // ("struck positions with F-16 jets supplied by the United States": who fought with them has them)
      // ("unveiled a batch of jets delivered by Russia": who shows them off has them)
      const main = t.slice(cs, k).find((x) => /^(rely|use|operate|field|employ|receive|acquire|buy|deploy|fly|have|strike|attack|bomb|shell|hit|target|fire|launch|unveil|display|showcase|parade|inspect|induct|commission)$/.test(x.lemma) && x.pos === "VERB");
      if (main) objIds = findSubject(t.indexOf(main), cs).ids;
    }
    // "X delivered radar systems acquired by the Philippine Air Force": the buyer named after the weapon received them
    if (!objIds.length && !passive && rule.thing === "weapon") {
      const by = t.findIndex((x, q) => q > k && q < ce && x.lower === "by" && /^(acquired|ordered|bought|purchased|procured)$/.test(t[q - 1]?.lower ?? ""));
      const buyer = by > 0 ? agentAfterBy(by - 1, ce) : [];
      if (buyer.length) objIds = buyer;
    }
    // "carriers seen in Tripoli had been supplied by BMC": where they are is who has them
    if (!objIds.length && passive && rule.thing === "weapon") {
      const seen = t.findIndex((x, q) => q >= cs && q < k - 1 && /^(seen|spotted|photographed|filmed|used|operating|deployed)$/.test(x.lower) && t[q + 1]?.lower === "in");
      const place = seen >= 0 ? mentionAt(seen + 2) : undefined;
      const state = place ? (place.type === "Country" ? place.entityId : place.affiliation ?? place.entry?.country) : undefined;
      if (state?.startsWith("country:")) objIds = [state];
    }
    // "howitzers now in service with Ukrainian brigades were supplied by Sweden": the user received them
    if (!objIds.length && passive && rule.thing === "weapon") {
      const sw = t.findIndex((x, q) => q >= cs && q < k && x.lower === "service" && /^(with|in)$/.test(t[q + 1]?.lower ?? ""));
      const user = sw >= 0 ? mentions.find((x) => x.a >= sw + 2 && x.a <= sw + 3 && (isActor(x) || x.form === "demonym")) : undefined;
      if (user) objIds = actorIdsOf([user]);
    }
    // "its jets were delivered by Russia": whoever "its" is received them
    if (!objIds.length && passive && rule.thing === "weapon") {
      const w = weaponIn(cs, k);
      if (w && w.a > 0 && /^(its|their)$/.test(t[w.a - 1]?.lower ?? t[w.a - 2]?.lower ?? "")) {
        const owner = mentions.find((x) => isActor(x) && x.b <= w.a && !isModifier(x));
        const id = owner ? ids(owner)[0] : undefined;
        if (id) objIds = [id];
      }
      // "the archipelago's first military drones were delivered by Türkiye": the possessor received them
      // (the weapon nearest the participle: "X's transfer of rifles to Y and the tanks supplied by Z" is no gift to X)
      const head = mentions.findLast((m) => m.type === "Weapon" && m.a >= cs && m.b <= k);
      for (let q = head ? head.a - 1 : -1; !objIds.length && head && q >= cs && head.a - q <= 5; q--) {
        if (/^(of|to|and|,|the)$/.test(t[q].lower)) break;
        if (t[q].norm !== "'s") continue;
        const owner = mentionAt(q - 1);
        if (owner && isActor(owner)) objIds = actorIdsOf([owner]);
        break;
      }
    }
    // "Indonesia ordered 42 jets from Dassault, and Dassault will deliver the first six": the buyer before
    if (!objIds.length && rule.relation === "SUPPLIES" && !passive && subjIds.length) {
      for (let q = 0; q < cs && !objIds.length; q++) {
        if (!/^(order|buy|purchase|acquire|procure)$/.test(t[q].lemma) || t[q].pos !== "VERB") continue;
        const from = t.findIndex((x, r) => r > q && r < cs && x.lower === "from");
        const seller = from > 0 ? mentions.find((m) => m.a > from && m.a <= from + 3 && isActor(m) && t[m.b]?.norm !== "'s") : undefined;
        if (seller && ids(seller).some((x) => subjIds.includes(x))) objIds = findSubject(q, 0).ids.filter((x) => !subjIds.includes(x));
      }
    }
    // "signed a contract with Bangkok for four jets, which the company will deliver": the other party receives
    if (!objIds.length && rule.relation === "SUPPLIES" && !passive && subjIds.length) {
      const w = t.findIndex((x, q) => q > 0 && x.lower === "with" && /^(contract|deal|agreement|order)$/.test(t[q - 1].lower));
      const party = w > 0 ? mentionFrom(w + 1) : undefined;
      const ids0 = party && isActor(party) ? actorIdsOf([party]).filter((x) => !subjIds.includes(x)) : [];
      if (ids0.length) objIds = ids0;
    }
    // "a battlegroup in Estonia, where 900 British troops are deployed": the place "where" refers back to
    if (!objIds.length && rule.relation === "DEPLOYS") {
      const where = t.findLastIndex((x, q) => q < k && x.lower === "where");
      const place = where > 1 && t[where - 1].norm === "," && where >= cs - 1 ? mentionAt(where - 2) : undefined;
      const state = placeState(place);
      if (state && !subjIds.includes(state)) objIds = [state];
    }
    // "Denmark will deliver the first batch" after "Argentina is to buy jets from Denmark": the same recipient;
    // "South Africa has sent 2,900 soldiers" in a story filed from Goma: the previous destination, else the dateline's country
    // "troops sent to the border": a destination the text gives that is no state is no cue to guess one
    // ("to the regional force" is a force serving in the country the story is about: no such cue)
    const namedElsewhere = rule.relation === "DEPLOYS" && t.slice(span[0], span[1]).some((x, q, a) => /^(to|into)$/.test(x.lower) && (a[q + 1]?.lower === "the" ? /^[a-z]+$/.test(a[q + 2]?.norm ?? "") && !mentionAt(span[0] + q + 2) && !a.slice(q + 2, q + 5).some((y) => /^(force|forces|mission|operation|contingent|coalition|drills|drill|exercise|exercises|manoeuvres|maneuvers|wargames)$/.test(y.lower)) : false));
    if (!objIds.length && !namedElsewhere && (rule.relation === "SUPPLIES" || rule.relation === "DEPLOYS") && !(arrive && rule.thing === "weapon") && rule.id !== "deploys.has-troops" && subjIds.length) {
      // "In Minsk, X said Russian troops would arrive": the place the sentence opens with
      const opening = t[0]?.lower === "in" ? mentionAt(1) ?? (/^[a-z-]+$/.test(t[1]?.norm ?? "") ? mentionAt(2) : undefined) : undefined;
      const openingPlace = opening && t[opening.b]?.norm === "," ? placeState(opening) : undefined;
      // "Hyundai Rotem shipped the tanks" after "K2 tanks ordered by Warsaw arrived …": the weapon's known destination
      const told = rule.relation === "SUPPLIES" && instrument ? ctx.weaponDestination(instrument) : undefined;
      const prev = told ?? (rule.relation === "SUPPLIES"
        // any earlier recipient only for a finite "X is sending / will send / delivered", never a gerund ("citing a policy against supplying")
        // (or a finite passive "jets were delivered by Pakistan in a story about one buyer's fleet")
        ? subjIds.map((x) => ctx.previousTransfer("SUPPLIES", x)).find(Boolean) ?? (((!passive && !thingBefore) || (isPassive(t, k) && /^(were|was|have|has|had)$/.test(t[k - 1]?.lower ?? "") || /^(been)$/.test(t[k - 1]?.lower ?? ""))) && (!tok.lower.endsWith("ing") || /^(is|are|was|were)$/.test(t[k - 1]?.lower ?? "") || (/^(now|currently|also|already|still)$/.test(t[k - 1]?.lower ?? "") && /^(is|are|was|were)$/.test(t[k - 2]?.lower ?? ""))) ? ctx.previousTransfer("SUPPLIES") ?? (instrument ? ctx.leadHolder(instrument) : undefined) : undefined)
        : openingPlace ?? out.filter((c) => c.type === "DEPLOYS" && c.polarity === "positive" && c.modality === "asserted").pop()?.object ?? ctx.previousTransfer("DEPLOYS") ?? ctx.datelineCountry);
      if (prev && !subjIds.includes(prev)) objIds = [prev];
    }
    // gapping: "France has 1,500 soldiers deployed in the country and the United States about 1,100" (a second
    // subject, the verb left out) and "… deployed in Iraq and about 900 in Syria" (a second destination)
    const gapped: string[] = [];
    if (rule.relation === "DEPLOYS" || rule.relation === "SUPPLIES") {
      const approx = (q: number) => { while (q < ce && /^(about|some|around|nearly|roughly|approximately|almost|over|another|more|than)$/.test(t[q].lower)) q++; return q; };
      for (let q = k + 1; q < ce - 1; q++) {
        if (t[q].lower !== "and") continue;
        const m = mentionFrom(q + 1);
        const n = m ? approx(m.b) : approx(q + 1);
        // ("and Belize two senior officers": a number word too, before a force)
        if (!/^\d[\d,.]*$/.test(t[n]?.norm ?? "") && !(/^(two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|dozens?|hundreds|thousands)$/.test(t[n]?.lower ?? "") && t.slice(n + 1, n + 4).some((x) => PERSONNEL.test(x.lower) || FORCE_NOUNS.has(x.lower) || x.lower === "officers"))) continue;
        if (m && isActor(m)) gapped.push(...actorIdsOf([m]).filter((x) => !subjIds.includes(x)));
        else if (!m && /^(in|to)$/.test(t[n + 1]?.lower ?? "")) {
          const place = mentionAt(n + 2);
          const state = placeState(place);
          if (state && !objIds.includes(state)) objIds = [...objIds, state];
        }
      }
      objIds = objIds.filter((x) => !gapped.includes(x));
    }
    // "Oman has sent no forces", "delivered no weapons": nothing was moved
    if (!passive && /^(no|zero)$/.test(t[k + 1]?.lower ?? "")) noTroops = true;
    add(rule, rule.relation, subjIds, objIds, k, cs, { instrument, viaRef, negated: noTroops });
    if (gapped.length) add(rule, rule.relation, gapped, objIds, k, cs, { instrument, negated: noTroops });
    sentenceSubjects.push(...subjIds);
    return;
  }
  /** The receive frame at trigger k. */
  function frameReceive({ rule, k, cs, ce }: Hit): void {
    // "drones leased from General Atomics", "the navy's P-8I aircraft, bought from Boeing,": a participle after the
    // weapon; who has them got them — the weapon's possessor, else whoever the clause says fields them
    const held = /ed$|^(bought)$/.test(t[k].lower) && !isPassive(t, k) ? mentions.filter((m) => m.type === "Weapon" && m.b <= k && m.b >= k - 4 && t.slice(m.b, k).every((x) => x.norm === "," || (x.pos === "NOUN" && !mentionAt(t.indexOf(x))))).pop() : undefined;
    // "the 12 planes it bought from the United States": an object relative clause; its subject got them
    const relSubject = !held && /ed$|^(bought)$/.test(t[k].lower) ? mentions.find((m) => isActor(m) && m.b <= k && m.b >= k - 2 && t.slice(m.b, k).every((x) => /^(had|has|have)$/.test(x.lower))) : undefined;
    const relWeapon = relSubject ? mentions.filter((m) => m.type === "Weapon" && m.b <= relSubject.a && m.b >= relSubject.a - 2 && t.slice(m.b, relSubject.a).every((x) => /^(that|which)$/.test(x.lower))).pop() : undefined;
    const relNoun = relSubject && !relWeapon && /^(planes|aircraft|jets|ships|vessels|tanks|drones|helicopters|missiles|systems|weapons|guns)$/.test(t[relSubject.a - 1]?.lower ?? "");
    if (relSubject && (relWeapon || relNoun)) {
      const from = recipientAfter(k + 1, Math.min(ce, k + 8), /^from$/, false);
      const named = relWeapon ?? mentions.filter((m) => m.type === "Weapon" && m.b <= relSubject.a).pop();
      if (from.length) add(rule, rule.relation, from, ids(relSubject), k, cs, { instrument: named?.entityId });
      return;
    }
    if (held) {
      const from = recipientAfter(k + 1, Math.min(ce, k + 8), /^from$/, false);
      if (!from.length) return;
      const start = npStart(held);
      let owner = t[start - 1]?.norm === "'s" ? mentionAt(start - 2) : undefined;
      let recipients = owner && isActor(owner) ? actorIdsOf([owner]) : [];
      // ("The navy's P-8I aircraft" in a story filed from New Delhi: the dateline state's navy)
      if (!recipients.length && t[start - 1]?.norm === "'s" && /^(navy|army|military|force|forces)$/.test(t[start - 2]?.lower ?? "") && ctx.datelineCountry) recipients = [ctx.datelineCountry];
      if (!recipients.length) {
        const main = t.slice(cs, start).findLast((x) => /^(rely|use|operate|field|employ|receive|acquire|fly|have|induct|commission|deploy|unveil)$/.test(x.lemma) && x.pos === "VERB");
        if (main) recipients = findSubject(t.indexOf(main), cs).ids;
      }
      add(rule, rule.relation, from, recipients, k, cs, { instrument: held.entityId });
      return;
    }
    const w = weaponIn(k + 1, ce);
    if (!w) return;
    const r = findSubject(k, cs);
    let supplier = modifierOf(Math.max(k + 1, w.a - 6), w.a);
    const from = recipientAfter(k + 1, ce, /^from$/, false);
    if (from.length) supplier = from;
    // "the navy also received … from Israel" in a story filed from Manila: the dateline's state receives
    const recipients = r.ids.length ? r.ids : ctx.datelineCountry && /^(navy|army|military|air|armed|forces|government)$/.test(t.slice(cs, k).map((x) => x.lower).find((x) => /^(navy|army|military|air|armed|forces|government)$/.test(x)) ?? "") ? [ctx.datelineCountry] : [];
    add(rule, rule.relation, supplier, recipients, k, cs, { instrument: w.entityId, viaRef: r.viaRef });
    return;
  }
  /** The transfer-noun / receive-noun frames at trigger k. */
  function frameTransferNoun({ rule, k, cs, ce }: Hit): void {
    // "border guards had intercepted shipments of rifles being smuggled in": a seized shipment is no state's transfer
    if (t.slice(Math.max(cs, k - 3), k).some((x) => /^(intercepted|intercept|intercepts|seized|seize|seizes|confiscated|captured|impounded|blocked|stopped)$/.test(x.lower))) return;
    // left: "X's", "North Korean", "DPRK's export"; right: "of [X's|X-ian] thing to Y"
    const left = modifierOf(Math.max(cs, k - 7), k);
    let of: string[] = [];
    let thingOk = false;
    let instrument: string | undefined;
    let j = k + 1;
    while (t[j] && (t[j].norm === '"' || t[j].norm === "'")) j++;
    // "took delivery last year of the first radars": a time between the noun and its "of"
    if (t[j]?.lower !== "of") {
      let q = j;
      while (q < ce && q - j < 4 && /^(last|this|next|early|late|earlier|later|year|week|month|in|on|\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t[q].lower)) q++;
      if (q > j && t[q]?.lower === "of") j = q;
    }
    const w0 = weaponIn(Math.max(cs, k - 5), k);
    if (w0) { thingOk = rule.thing === "weapon"; instrument = w0.entityId; }
    if (rule.thing === "force" && forceIn(Math.max(cs, k - 3), k) >= 0) thingOk = true;
    if (t[j]?.lower === "of") {
      let end = j + 1;
      // (a finite verb ends it: "the acquisition of Moscow's helicopters follows Ankara's delivery of …")
      // (and a phrase of its own: "of the Russian weapon despite months of warnings from Washington")
      while (end < ce && !/^(to|into|in|inside|from|,|and|for|by)$/.test(t[end].lower) && !OWN_PHRASE.test(t[end].lower) && !(t[end].pos === "VERB" && /s$/.test(t[end].lower) && end > j + 2)) end++;
      // "of the launchers and several hundred troops to Australia", "of body armour, helmets and 20 armoured
      // vehicles to Ecuador": a list of things sent runs on over "," and "and" while no verb comes
      for (let items = 0; items < 8 && /^(,|and)$/.test(t[end]?.lower ?? "") && !/^(which|who|while|but|and|saying)$/.test(t[end + 1]?.lower ?? "") && t[end + 1]?.pos !== "VERB"; items++) {
        end++;
        while (end < ce && !/^(to|into|in|inside|from|,|and|for|by)$/.test(t[end].lower) && t[end].pos !== "VERB" && t[end].pos !== "AUX") end++;
        if (t[end]?.pos === "VERB" || t[end]?.pos === "AUX") break;
      }
      const w = weaponIn(j + 1, end);
      if (w) { if (rule.thing === "weapon") thingOk = true; instrument = w.entityId; }
      if (rule.thing === "force" && forceIn(j + 1, end) >= 0) thingOk = true;
      const head = rule.thing === "force" ? forceIn(j + 1, end) : (w?.a ?? -1);
      if (head >= 0) of = modifierOf(j + 1, head);
      j = end;
    }
    if (!thingOk) return;
    // "after taking delivery of drones from Tehran": the taker receives
    if (rule.frame === "transfer-noun" && rule.relation === "SUPPLIES" && /^(take|took|taking|takes|taken)$/.test(t[k - 1]?.lower ?? "")) {
      // ("take delivery of the Russian weapon despite months of warnings from Washington": not past such a phrase)
      const stop = t.findIndex((x, q) => q >= j && q < ce && (OWN_PHRASE.test(x.lower) || /^(while|,|;)$/.test(x.lower)));
      const from = recipientAfter(j, stop > 0 ? stop : ce, /^from$/, false);
      const taker = findSubject(k - 1, cs).ids;
      // "…, which was handed over by the state-owned shipbuilder": the builder delivered it
      const later = from.length || of.length ? [] : agentAfterBy(j, t.length);
      add(rule, "SUPPLIES", from.length ? from : of.length ? of : later, taker, k, cs, { instrument });
      return;
    }
    // a recipient the sentence leaves implicit ("South Korea's delivery of jets gave the air force…",
    // "the navy's purchase of frigates") is, in a story filed from a country, that country
    const homeService = /\b(navy|army|air force|armed forces|marines|coast guard|military)\b/.test(s.text.slice(t[cs].start - s.start).toLowerCase());
    const implicit = (ids: string[]) => (homeService && ctx.datelineCountry && !ids.some((x) => x === ctx.datelineCountry || ctx.countryOf(x) === ctx.datelineCountry) ? [ctx.datelineCountry] : []);
    if (rule.frame === "transfer-noun") {
      // "Norway completed the deployment of …": the subject of a verb that carries out the deployment
      const carrier = !left.length && !of.length && DETS.has(t[k - 1]?.lower ?? "") && /^(completed|began|begun|started|announced|ordered|finished|approved|authorised|authorized|made|carried|launched|expanded|stepped|accelerated)$/.test(t[k - 2]?.lower ?? "") ? findSubject(k - 2, cs).ids : [];
      // "the delivery of armoured vehicles by the United States to Benin"
      const by = !left.length && !of.length && !carrier.length ? agentAfterBy(j - 1, ce) : [];
      // "the transfer of American-made jets from Denmark to Ukraine": who they come from sends them, not who made them
      const source = !left.length && rule.relation === "SUPPLIES" ? recipientAfter(j, ce, /^from$/, false) : [];
      const supplier = left.length ? left : source.length ? source : of.length ? of : carrier.length ? carrier : by;
      let recipient = recipientAfter(j, ce, rule.thing === "force" ? /^(to|in|into|inside)$/ : /^to$/, rule.thing === "force");
      // "For the Philippine Navy, Seoul's donation of the corvette …": the opening phrase names who got it
      if (!recipient.length && rule.relation === "SUPPLIES" && t[0]?.lower === "for") {
        const comma = t.findIndex((x) => x.norm === ",");
        const m = comma > 0 && comma < cs + 1 ? mentions.find((x) => x.a >= 1 && x.b <= comma && (x.type === "Country" || x.form === "body")) : undefined;
        const state = m ? (m.form === "body" ? m.affiliation : m.entityId) : undefined;
        if (state && !supplier.includes(state)) recipient = [state];
      }
      if (!recipient.length && rule.relation === "SUPPLIES" && supplier.length) recipient = implicit(supplier);
      // "the transfer of jets from Denmark was underway" in a story of deliveries to one state: to that state
      if (!recipient.length && rule.relation === "SUPPLIES" && supplier.length) {
        const told = ctx.transferRecipients();
        if (told.length === 1 && !supplier.includes(told[0])) recipient = told;
      }
      add(rule, rule.relation, supplier, recipient, k, cs, { instrument });
    } else {
      const from = recipientAfter(j, ce, /^from$/, false);
      // "Ukraine's air defences were bolstered by the arrival of NASAMS from the United States": the clause's owner receives
      // ("Moscow has relied on its purchases of North Korean shells": "its" is the clause's subject)
      const owner = (/^arrivals?$/.test(t[k].lower) || /^(its|their)$/.test(t[k - 1]?.lower ?? "")) && !left.length ? findSubject(k, cs).ids : [];
      const recipient = left.length ? left : owner.length ? owner : /^(navy|army|military|force|forces|government)$/.test(t[k - 2]?.lower ?? "") ? implicit([...from, ...of]) : [];
      add(rule, rule.relation, [...new Set([...from, ...of])], recipient, k, cs, { instrument });
    }
    return;
  }
  /** The sign frame at trigger k. */
  function frameSign({ rule, k, cs, ce, passive }: Hit): void {
    // "…, and C, D and E joined in the following days" after a signing: they signed the same text (not "joined NATO")
    if (t[k].lemma === "join") {
      const next = t[k + 1]?.lower ?? ".";
      const doc = ctx.lastDocument();
      const plain = /^(in|on|within|later|over|after|too|as|,|\.|;)$/.test(next) || (next === "the" && /^(list|statement|signatories|call|declaration|text|appeal)$/.test(t[k + 2]?.lower ?? ""));
      // (the joiners stand right before the verb: "and C, D and E joined", not "India did not sign, and no government joined")
      const last = mentions.find((m) => isActor(m) && m.b <= k && m.b >= k - 2 && t.slice(m.b, k).every((x) => /^(also|later|too|then|quickly|subsequently)$/.test(x.lower)));
      // "Beyond Europe, A and B were joined by C and D in the Americas; by E in Africa" among a list of signers:
      // every one of them signed (not "joined by C in condemning …", an act of its own)
      if (doc && passive && t[k + 1]?.lower === "by" && ctx.previousSubjects("SIGNS").length && !t.some((x, q) => q > k && x.pos === "VERB" && /ing$/.test(x.lower))) {
        const who = [...findSubject(k, cs).ids, ...agentsOfEachBy(k)];
        if (who.length) add(rule, "SIGNS", [...new Set(who)], [doc], k, cs);
        return;
      }
      if (!doc || passive || !plain || !last) return;
      const r = findSubject(k, cs);
      // ("A and B joined, as did C and D from the Western Balkans")
      if (r.ids.length) add(rule, "SIGNS", [...new Set([...r.ids, ...asDidActors(k)])], [doc], k, cs, { viaRef: r.viaRef });
      return;
    }
    let doc: string | undefined;
    const named = mentions.find((m) => m.type === "Event" && m.a > k && m.a < ce) ?? mentions.find((m) => m.type === "Event" && m.b <= k && m.a >= cs);
    if (named) doc = named.entityId;
    // "put their signatures to the document": a generic noun with "the" is the document named before
    // "The declaration, signed by …": the passive's document may sit just before the clause's comma
    // ("signed it into law": the idiom names no document)
    // ("endorsed a call for …", "signed an appeal": a text to put one's name to, for signing only)
    if (!doc) for (let j = passive ? Math.max(0, cs - 3) : k + 1; j < (passive ? k : ce); j++) if ((DOCUMENT_NOUNS.has(t[j].lower) || (/^(call|appeal|pledge)$/.test(t[j].lower) && DETS.has(t[j - 1]?.lower ?? "") && j <= k + 3)) && !(t[j].lower === "law" && t[j - 1]?.lower === "into")) {
      const definite = t[j - 1]?.lower === "the";
      doc = (/^(document|text)$/.test(t[j].lower) && definite ? ctx.lastDocument() ?? ctx.documentFor("statement") : definite ? ctx.namedDocument(t[j].lower) : undefined) ?? ctx.documentFor(t[j].lower);
      break;
    }
    // "the contract that A and B signed": the document is the relative clause's antecedent
    let relStart = -1;
    if (!doc && !passive) for (let j = k - 1; j > 0 && k - j < 40; j--) if (/^(that|which)$/.test(t[j].lower) && DOCUMENT_NOUNS.has(t[j - 1].lower)) { doc = ctx.documentFor(t[j - 1].lower); relStart = j + 1; break; }
    // "under a defence agreement the two countries signed in 2019": the same without "that"
    if (!doc && !passive) for (let j = k - 2; j > 0 && k - j <= 6; j--) {
      if (t[j].pos === "VERB" || /^[,;]$/.test(t[j].norm)) break;
      if (DOCUMENT_NOUNS.has(t[j].lower) && (mentionStarting(j + 1) || /^(the|both|its|their)$/.test(t[j + 1]?.lower ?? ""))) { doc = ctx.documentFor(t[j].lower); relStart = j + 1; break; }
    }
    // "It was signed by …": whatever is signed is a document; the article's statement unless named
    if (!doc && passive && agentAfterBy(k, ce).length) doc = ctx.documentFor("statement");
    // "Archbishop X signed on behalf of the Vatican", "among the countries that signed were A, B…": the document the article is about
    if (!doc && !passive && /^(on|for|in|at|,|\.|as|alongside|first|too|yesterday|today|were|are|included|include|includes|up|-|–|—|:)$/.test(t[k + 1]?.lower ?? ".")) doc = ctx.lastDocument();
    // (a list of signers names a document even when none was signed before: the article's statement, as for "It was signed by …")
    if (!doc && !passive && /^(were|included)$/.test(t[k + 1]?.lower ?? "")) doc = ctx.documentFor("statement");
    // "parliament approved the protocol, and the president signed it into law": the document named before "it"
    if (!doc && !passive && /^(it|them)$/.test(t[k + 1]?.lower ?? "")) {
      const noun = t.slice(0, k).reverse().find((x) => DOCUMENT_NOUNS.has(x.lower))?.lower;
      doc = noun ? ctx.namedDocument(noun) ?? ctx.documentFor(noun) : ctx.lastDocument();
    }
    // "A and B added their names within hours": to the document the story is about
    if (!doc && !passive && /^(names?|signatures?)$/.test(t[k].lower)) doc = ctx.lastDocument() ?? ctx.documentFor("statement");
    if (!doc) return;
    let signers: string[] = [];
    let viaRef = false;
    if (passive) {
      signers = agentAfterBy(k, ce);
      // "Besides A and B, the statement was also signed by C": A and B signed too
      if (/^(besides|in addition to|along with|apart from|alongside|like)\b/i.test(s.text.slice(0, 20).trim())) {
        // "Besides the four core group members, …": a group the article listed stands for its members
        const head = mentions.filter((m) => m.b <= k && isActor(m) && m.form !== "ref" && m.type !== "Person" && (!isModifier(m) || ctx.membersOf(m.entityId).length > 0));
        signers = [...head.flatMap((m) => (ctx.membersOf(m.entityId).length ? ctx.membersOf(m.entityId) : ids(m))), ...signers];
      }
    } else {
      const r = findSubject(k, relStart > 0 ? relStart : cs);
      signers = r.ids; viaRef = r.viaRef;
    }
    // "X signed the agreement with Defense Secretary Y", "… alongside his counterpart Y": the other person at the table signs too
    if (!passive && signers.length) {
      const w = t.findIndex((x, q) => q > k && q < ce && (/^(alongside)$/.test(x.lower) || (x.lower === "with" && !/^(the|a|an)$/.test(t[q + 1]?.lower ?? "") || (x.lower === "with" && TITLE_WORDS.test(t[q + 2]?.lower ?? "")))));
      // ", with President X looking on": a witness, not a signer
      const upto = t.findIndex((x, q) => q > w && /^[,;.]$/.test(x.norm));
      const witness = w > 0 && (t[w - 1]?.norm === "," || t.slice(w, upto > 0 ? upto : w + 16).some((x, q, a) => /^(looking|watching|witnessing|attending|present|attendance)$/.test(x.lower) && (x.lower !== "looking" || a[q + 1]?.lower === "on")));
      const other = w > 0 && !witness ? mentions.find((m) => m.type === "Person" && m.a > w && npStart(m) <= w + 4 && m.a <= w + 8) : undefined;
      if (other && !signers.includes(other.entityId)) signers = [...signers, other.entityId];
    }
    // "X signed his country's agreement": the person signs for the state (policy: the state is named as actor)
    if (!passive && t.slice(k + 1, Math.min(ce, k + 5)).some((x, q, a) => x.lower === "country" && /^(his|her)$/.test(a[q - 1]?.lower ?? "") && a[q + 1]?.norm === "'s")) {
      for (const p of [...signers]) { const c = ctx.countryOf(p); if (c && !signers.includes(c)) signers.push(c); }
    }
    if (!passive) signers = [...signers, ...asDidActors(k)];
    // gapping: "A and B signed for the Asia-Pacific region, and C and D for North America" (the verb left out)
    if (!passive && signers.length) {
      for (let q = k + 1; q + 2 < t.length; q++) {
        if (t[q].norm !== "," || t[q + 1].lower !== "and") continue;
        const first = mentionFrom(q + 2);
        if (!first || !isActor(first)) continue;
        const group = groupFrom(first, t.length);
        const after = group[group.length - 1].b;
        if (/^(for|in|from)$/.test(t[after]?.lower ?? "") && t[after - 1]?.pos !== "VERB" && !t.slice(after, after + 6).some((x) => x.pos === "VERB" || x.pos === "AUX")) signers = [...signers, ...actorIdsOf(group)];
      }
    }
    // "All twenty-seven member states of the EU signed - A, B, … and Z -": the members listed after the verb
    if (!passive && /^[–—:-]$/.test(t[k + 1]?.norm ?? "")) {
      const first = mentionFrom(k + 2);
      if (first && isActor(first)) signers = [...signers, ...actorIdsOf(groupFrom(first, t.length))];
    }
    // "A and B signed, together with C and D": those named alongside sign too
    if (!passive && signers.length) {
      // ("A signed the declaration, together with B")
      const c0 = t.findIndex((x, q) => q > k && q < k + 8 && /^(together|along|alongside)$/.test(x.lower) && !t.slice(k + 1, q).some((y) => y.pos === "VERB" || mentionAt(y.i)?.type === "Person"));
      const c = c0 > 0 ? c0 : t[k + 1]?.norm === "," ? k + 2 : k + 1;
      // (not "signed alongside President X, looking on": a witness)
      const watched = t.some((x) => /^(looking|watching|witnessed|witnessing)$/.test(x.lower));
      const w = watched ? -1 : /^(together|along)$/.test(t[c]?.lower ?? "") && t[c + 1]?.lower === "with" ? c + 2 : t[c]?.lower === "alongside" ? c + 1 : -1;
      // ("alongside a sizeable Latin American contingent: A, B …": a label before the names)
      if (w > 0) signers = [...signers, ...listedUnderLabels(w)];
    }
    // "more than 40 delegations had endorsed the draft as co-sponsors (A, B and C among them)", "Twenty-one members of
    // the EU endorsed the statement: A, B, …": a tally's members in brackets or after a colon
    if (!passive) {
      const open = t.findIndex((x, q) => q > k && q < t.length && /^[(:]$/.test(x.norm));
      const first = open > 0 && open - k <= 8 ? mentionFrom(open + 1) : undefined;
      if (first && isActor(first) && tallyIn(cs, k)) signers = actorIdsOf(groupFrom(first, t.length));
    }
    // "Britain added its signature, and so did eight other countries (A, B and C)": the tally after "so did"
    if (!passive) {
      const soDid = t.findIndex((x, q) => q > k && x.lower === "so" && /^(did|have|has|had)$/.test(t[q + 1]?.lower ?? ""));
      const open = soDid > 0 ? t.findIndex((x, q) => q > soDid && q <= soDid + 12 && x.norm === "(") : -1;
      const first = open > 0 && tallyIn(soDid, open) ? mentionFrom(open + 1) : undefined;
      if (first && isActor(first)) signers = [...signers, ...actorIdsOf(groupFrom(first, t.length))];
      else if (soDid > 0) { const m = mentionFrom(soDid + 2); if (m && isActor(m)) signers = [...signers, ...actorIdsOf(groupFrom(m, t.length))]; }
    }
    add(rule, "SIGNS", [...new Set(signers)], [doc], k, cs, { viaRef });
    sentenceSubjects.push(...signers);
    return;
  }
  for (let k = 0; k < t.length; k++) {
    const tok = t[k];
    const rules = rulesFor(tok);
    if (!rules.length) continue;
    // (a word inside a name is no trigger; "the signatories" is a back-reference that can open a list all the same)
    if (mentionAt(k) && mentionAt(k)!.type !== "Weapon" && !(mentionAt(k)!.form === "ref" && rules.some((r) => r.frame === "signatories"))) continue;
    const [cs, ce] = clauseOf(outerStarts(k), k, t.length);
    const before = k > 0 ? mentionAt(k - 1) : undefined;
    // ("attacks on police stations", "border posts": a plural noun after its modifier is no verb)
    const nominal = (tok.pos === "NOUN" && tok.lower === tok.lemma && !/^(condemn|sign|deploy|supply|send|deliver)$/.test(tok.lower))
      || (tok.pos === "NOUN" && tok.lower !== tok.lemma && /s$/.test(tok.lower) && /^(NOUN|ADJ|NUM|PROPN)$/.test(t[k - 1]?.pos ?? "")) || k > 0 && ((DETS.has(t[k - 1].lower) && !(/^(that|which|who|all|both|each)$/.test(t[k - 1].lower) && tok.pos === "VERB")) || t[k - 1].norm === "'s" || (before !== undefined && (before.type === "Weapon" || before.form === "demonym") && !tok.lower.endsWith("ed") && !IRREGULAR_PARTICIPLES.has(tok.lower)) || /^(military|weapon|weapons|arms|missile|troop)$/.test(t[k - 1].lower));
    for (const rule of rules) {
      const verbFrame = rule.frame === "verb-object" || rule.frame === "transfer" || rule.frame === "receive" || rule.frame === "sign";
      if (rule.frame === "use-against") {
        if (!rule.triggers.includes(tok.lemma) || nominal || isPassive(t, k)) continue;
        const ag = t.findIndex((x, i) => i > k && i < ce && x.lower === "against");
        if (ag < 0) continue;
        const target = mentions.find((m) => m.a >= ag + 1 && m.a <= ag + 2 && isActor(m) && !isModifier(m));
        if (!target) continue;
        const r = findSubject(k, cs);
        add(rule, "ATTACKS", r.ids, ids(target), k, cs, { viaRef: r.viaRef });
        continue;
      }
      if (rule.frame === "signatories") {
        // "Signatories include A, B and C", "The signatories were A and B"
        // ("The original signatories in May were A, B …": past a short time phrase)
        // "The list is completed by A, B …" after a list of signatories: the last signers of the same document
        if (tok.lower === "completed") {
          if (!/^(is|was)$/.test(t[k - 1]?.lower ?? "") || t[k - 2]?.lower !== "list" || t[k + 1]?.lower !== "by" || !ctx.lastDocument()) continue;
          const by = agentAfterBy(k, t.length);
          if (by.length) add(rule, "SIGNS", by, [ctx.lastDocument()!], k, cs);
          continue;
        }
        // "Eswatini was the only African signatory", "Peru became a signatory": the subject signed
        if (/^(signatory|signatories)$/.test(tok.lower)) {
          let q = k - 1;
          while (q > cs && k - q <= 6 && !/^(was|is|were|are|became|become|becomes|remains|remained)$/.test(t[q].lower)) q--;
          // ("the most prominent Gulf signatory": a region's name describes the signatory too)
          if (/^(was|is|were|are|became|become|becomes|remains|remained)$/.test(t[q]?.lower ?? "") && t.slice(q + 1, k).every((x) => DETS.has(x.lower) || x.pos === "ADJ" || /^(only|first|last|latest|newest|sole|most|african|asian|european)$/.test(x.lower) || (x.cap && !mentionAt(x.i)?.entityId.startsWith("country:"))) && ctx.lastDocument() && !/^(to|of)$/.test(t[k + 1]?.lower ?? "")) {
            const r = findSubject(q, cs);
            if (r.ids.length) add(rule, "SIGNS", r.ids, [ctx.lastDocument()!], k, cs, { viaRef: r.viaRef });
            continue;
          }
        }
        // a table column headed "Signed (in Kigali)": the cell under it lists signers of the document told of
        // (or "Endorsing delegations", "Supporters", "Co-sponsors")
        if (rule.id === "signs.table-column") {
          const colon = t.findIndex((x, q) => q > k && q <= k + 6 && x.norm === ":");
          if (k !== 0 || !/^[A-Z]/.test(tok.norm) || colon < 0 || t.slice(k + 1, colon).some((x) => x.pos === "AUX" || (x.pos === "VERB" && !/^(signed|endorsed|endorsing|supporting)$/.test(x.lower)))) continue;
          let a = colon + 1;
          while (a < t.length && DETS.has(t[a].lower)) a++;
          const m = mentionStarting(a);
          if (m && isActor(m)) add(rule, "SIGNS", actorIdsOf(groupFrom(m, t.length)), [ctx.lastDocument() ?? ctx.documentFor("statement")], k, 0);
          continue;
        }
        // "From the Asia-Pacific region came A, B and C", "Africa was represented by D and E, and the Middle East by F"
        // right after signers were listed: the list goes on
        if (rule.id === "signs.list-goes-on") {
          if (ctx.lastClaimType() !== "SIGNS" || !ctx.lastDocument()) continue;
          let who: string[] = [];
          if (tok.lower === "came" && t[cs]?.lower === "from") who = listedUnderLabels(k + 1);
          if (tok.lower === "represented" && /^(was|were|is|are)$/.test(t[k - 1]?.lower ?? "") && t[k + 1]?.lower === "by") who = agentsOfEachBy(k);
          if (who.length) add(rule, "SIGNS", [...new Set(who)], [ctx.lastDocument()!], k, cs);
          continue;
        }
        // "The roster of signatories reached across continents. In Western Europe it included A, B …": the list
        // a sentence just before announced, going on
        if (rule.id === "signs.list-includes") {
          const subject = /^(it|list|roster|tally|count)$/.test(t[k - 1]?.lower ?? "");
          if (!subject || tok.pos !== "VERB" && tok.pos !== "AUX" || !ctx.signatoriesToldBefore(s.index)) continue;
          const signers = listedUnderLabels(k + 1);
          if (signers.length >= 2) add(rule, "SIGNS", [...new Set(signers)], [ctx.lastDocument() ?? ctx.documentFor("statement")], k, cs);
          continue;
        }
        // ("Joining them now are A, B …" after a list of signatories: more signers of the same document)
        const joining = tok.lower === "joining";
        if (joining && (!/^(them|the)$/.test(t[k + 1]?.lower ?? "") || !ctx.lastDocument() || k > cs + 1)) continue;
        const listVerb = /^(include|included|includes|are|were)$/;
        let v = k + 1;
        if (/^(in|on|last|this|them|now)$/.test(t[v]?.lower ?? "") && t.slice(v, v + 4).some((x) => listVerb.test(x.lower))) while (v < k + 4 && !listVerb.test(t[v].lower)) v++;
        // ("The signatories on 20 September, in the order used by the depositary, were:": past a longer aside)
        else if (/^(in|on|at|from|among|for|,)$/.test(t[v]?.lower ?? "")) {
          // ("The initial list of endorsers, as published, grouped here by region: A, B": the colon opens it)
          const to = t.findIndex((x, q) => q > k && q <= k + 18 && ((listVerb.test(x.lower) && /^(:|the|,)$/.test(t[q + 1]?.norm ?? "")) || x.norm === ":"));
          if (to > 0 && !t.slice(k + 1, to).some((x) => x.pos === "AUX" || (x.pos === "VERB" && !/ed$/.test(x.lower)))) v = to;
        }
        // ("The signatories — A, B and C — said …": the list in apposition between dashes)
        if (!rule.triggers.includes(tok.lower) || !(listVerb.test(t[v]?.lower ?? "") || /^(:|comprise|comprised|–|—)$/.test(t[v]?.lower ?? "") || (t[v]?.norm === "-" && t[v].space))) continue;
        // "Absent from the list of signatories were A and B": the states that did not sign
        if (t.slice(cs, k).some((x) => /^(absent|missing|excluded|not|never|neither|off|outside)$/.test(x.lower))) continue;
        const signers = listedUnderLabels(v + 1);
        if (!signers.length) continue;
        add(rule, "SIGNS", [...new Set(signers)], [ctx.lastDocument() ?? ctx.documentFor("statement")], k, cs);
        continue;
      }
      if (rule.frame === "supplier-noun") {
        if (!rule.triggers.includes(tok.lower)) continue;
        // "Y's (largest) arms supplier": the possessor is the recipient; arms or a weapon must be named
        let j = k - 1;
        let armed = false;
        while (j >= cs && k - j <= 5 && t[j].norm !== "'s") { if (/^(arms|weapons|military|defence|defense)$/.test(t[j].lower) || mentionAt(j)?.type === "Weapon") armed = true; j--; }
        const recipient = t[j]?.norm === "'s" ? mentionAt(j - 1) : undefined;
        if (recipient && isActor(recipient) && armed) {
          const r = findSubject(j - (recipient.b - recipient.a), cs);
          add(rule, "SUPPLIES", r.ids, ids(recipient), k, cs, { viaRef: r.viaRef });
          continue;
        }
        // "A and B are the main suppliers of arms to Y", "named A and B as the main suppliers of Y's aircraft"
        if (t[k + 1]?.lower !== "of") continue;
        let q = k + 2;
        let to: Mention | undefined;
        let owner: Mention | undefined;
        let armedAfter = false;
        for (; q < ce && q - k < 10; q++) {
          const m = mentionAt(q);
          if (m?.type === "Weapon" || /^(arms|weapons|aircraft|ammunition|materiel|equipment|drones|jets)$/.test(t[q].lower)) armedAfter = true;
          if (m && isActor(m) && t[m.b]?.norm === "'s" && !owner) { owner = m; q = m.b; continue; }
          if (t[q].lower === "to") { to = mentions.find((x) => x.a >= q + 1 && x.a <= q + 2 && isActor(x)); break; }
        }
        const target = to ?? owner;
        if (!target || !(armedAfter || armed)) continue;
        // the suppliers: named before "as" ("named A and B as …"), else the clause's subject
        const as = t[k - 1]?.lower === "as" || t.slice(Math.max(cs, k - 5), k).some((x) => x.lower === "as") ? t.findLastIndex((x, i) => i < k && x.lower === "as") : -1;
        const verb = as > 0 ? t.findLastIndex((x, i) => i < as && i >= cs && /^(named|identified|listed|cited|described|singled|ranked|counted)$/.test(x.lower)) : -1;
        const named = as > 0 ? mentions.filter((m) => m.b <= as && m.a > Math.max(cs, verb) && isActor(m) && m.type !== "Person" && !isModifier(m)) : [];
        const who = named.length ? idsOf(groupFrom(named[0], as)) : findSubject(k, cs).ids;
        add(rule, "SUPPLIES", who, ids(target), k, cs);
        continue;
      }
      if (rule.frame === "contributor" && rule.id === "deploys.contingents-from") {
        // "NATO's Multinational Brigade Latvia, … is led by Canada, with contingents from A, B and C": the lead
        // nation and every contributor have troops where the formation is
        if (!rule.triggers.includes(tok.lower) || t[k + 1]?.lower !== "from" || !/^(with|including|plus)$/.test(t[k - 1]?.lower ?? "")) continue;
        const first = mentionFrom(k + 2);
        if (!first || first.type !== "Country") continue;
        const senders = actorIdsOf(groupFrom(first, t.length));
        const ledBy = t.findIndex((x, q) => q < k && /^(led|commanded|headed)$/.test(x.lower) && t[q + 1]?.lower === "by");
        const leader = ledBy >= 0 ? mentionStarting(ledBy + 2) : undefined;
        // (the formation's place: "Brigade Latvia", "the force in Haiti")
        const place = mentions.find((m) => m.b <= k && m.type === "Country" && m.form !== "demonym" && m !== leader && t[m.b]?.norm !== "'s" && (/^(in|at)$/.test(t[m.a - 1]?.lower ?? "") || mentionAt(m.a - 1)?.type === "Organization"));
        const dest = place ? place.entityId : recipientAfter(0, k, /^(in|at)$/, true)[0] ?? ctx.missionHost();
        if (!dest) continue;
        add(rule, "DEPLOYS", [...new Set([...(leader?.type === "Country" ? [leader.entityId] : []), ...senders])], [dest], k, cs);
        continue;
      }
      if (rule.frame === "contributor") {
        if (!rule.triggers.includes(tok.lower)) continue;
        // ("the largest national contingent": only a ranked contingent says who contributes most)
        if (/^contingents?$/.test(tok.lower) && !t.slice(Math.max(0, k - 3), k).some((x) => /^(largest|biggest|second-largest|third-largest|main)$/.test(x.lower))) continue;
        // "The largest contributors (to the force in Somalia) are A, B and C"
        let v = k + 1;
        while (v < Math.min(t.length, k + 10) && !/^(are|were|include|included|includes|,)$/.test(t[v].lower)) v++;
        const list = /^(are|were|include|included|includes)$/.test(t[v]?.lower ?? "");
        // "bringing Guatemala's contribution to the mission in Haiti to 150" after "75 Guatemalan military police landed"
        const contribution = /^contributions?$/.test(tok.lower);
        const toMission = recipientAfter(k + 1, list ? v : Math.min(ce, k + (contribution ? 14 : 6)), /^(to|in)$/, true);
        // troops are what is contributed: "troop contributor", "with 1,200 troops", "contributors of police"
        const troops = /^(troop|troops|police|military|personnel)$/.test(t[k - 1]?.lower ?? "") || t.slice(contribution ? 0 : k + 1).some((x) => PERSONNEL.test(x.lower))
          || mentions.some((m) => m.a > k && m.a < k + 5 && !!ORGANISATIONS.get(m.entityId)?.host);
        if (!troops || t.slice(Math.max(cs, k - 4), k).some((x) => /^(financial|budget|budgetary|funding|donor)$/.test(x.lower))) continue;
        // the force the story is about, unless the ranking is of peacekeeping at large ("the largest contributor of
        // peacekeepers among the Council's members", "… to UN peacekeeping", "… in the world")
        const stop = t.findIndex((x, q) => q > k && (/^[,;.]$/.test(x.norm) || x.pos === "VERB" || x.pos === "AUX"));
        const general = t.slice(k + 1, stop > 0 ? stop : ce).some((x) => /^(of|among|world|worldwide|globally|peacekeeping|operations|missions)$/.test(x.lower));
        const dest = toMission.length ? toMission : general ? [] : [ctx.missionHost()].filter((x): x is string => !!x);
        if (!dest.length) continue;
        let who: string[] = [];
        let viaRef = false;
        if (/^contingents?$/.test(tok.lower)) {
          // "Indonesia, which supplies the largest national contingent to the force": the relative clause's antecedent
          const r = findSubject(k, cs);
          who = r.ids; viaRef = r.viaRef;
        } else if (contribution) {
          // the possessor contributes: "Guatemala's contribution"
          const owner = t[k - 1]?.norm === "'s" ? mentionAt(k - 2) : t[k - 2]?.norm === "'s" ? mentionAt(k - 3) : undefined;
          if (owner && isActor(owner) && /^(to|of)$/.test(t[k + 1]?.lower ?? "")) who = actorIdsOf([owner]);
        } else if (list) {
          let a = v + 1;
          while (a < ce && (DETS.has(t[a].lower) || t[a].norm === ":")) a++;
          const m = mentionStarting(a);
          if (m && isActor(m)) who = actorIdsOf(groupFrom(m, t.length));
        } else {
          // "A, the largest contributor, …" or "A is the largest contributor"
          const the = t.findLastIndex((x, q) => q < k && q >= Math.max(cs, k - 5) && DETS.has(x.lower));
          const appositive = the > 1 && t[the - 1].norm === "," ? mentions.find((m) => m.b === the - 1 && isActor(m)) : undefined;
          if (appositive) who = actorIdsOf([appositive]);
          else if (t.slice(Math.max(cs, k - 6), k).some((x) => /^(is|are|was|were|remains|remain|became|becomes|be)$/.test(x.lower))) {
            const r = findSubject(k, cs);
            who = r.ids; viaRef = r.viaRef;
          }
        }
        // "…, followed by Italy with about 1,000 and India with some 900", "…, ahead of Italy and India": the next contributors in rank
        const followed = t.findIndex((x, q) => q > k && ((x.lower === "followed" && t[q + 1]?.lower === "by") || (x.lower === "ahead" && t[q + 1]?.lower === "of")));
        if (followed > 0) who.push(...mentions.filter((m) => m.a > followed + 1 && m.type === "Country" && !isModifier(m)).map((m) => m.entityId));
        who = who.filter((x) => x.startsWith("country:"));
        if (who.length) add(rule, "DEPLOYS", [...new Set(who)], dest, k, cs, { viaRef });
        continue;
      }
      if (rule.frame === "attack-noun") {
        if (!rule.triggers.includes(tok.lower) || (!nominal && tok.pos !== "NOUN")) continue;
        const r = attackNoun(k, cs, ce);
        if (r) add(rule, "ATTACKS", r.agents, r.targets, k, cs, { viaMemory: r.viaMemory });
        continue;
      }
      // "A and B put their signatures to the accord": signing said with a noun
      // ("X put his name to the agreement": the same with the signer's name)
      // ("Germany and Peru added their names within hours": to the document just told of)
      const signatureNoun = rule.frame === "sign" && (/^signatures?$/.test(tok.lower) || (/^names?$/.test(tok.lower) && (t[k + 1]?.lower === "to" || (/^(added|adds|adding)$/.test(t[k - 2]?.lower ?? "") && /^(their|its|his|her)$/.test(t[k - 1]?.lower ?? ""))))) && t.slice(Math.max(0, k - 3), k).some((x) => PUT_NAME_VERBS.test(x.lower));
      if (rule.frame === "sign" && tok.lemma === "name" && !signatureNoun) continue;
      // "Bahrain and Qatar issued similar condemnations": condemning said with a noun and a light verb
      // ("Canada's condemnation came in a statement": the possessor condemned)
      const possessed = /^condemnations?$/.test(tok.lower) && t[k - 1]?.norm === "'s" && !!mentionAt(k - 2) && isActor(mentionAt(k - 2)!);
      const condemnationNoun = rule.relation === "CONDEMNS" && /^condemnations?$/.test(tok.lower) && (possessed || t.slice(Math.max(0, k - 3), k).some((x) => /^(issued|issue|issues|expressed|express|expresses|voiced|voice|added|joined|led)$/.test(x.lower)));
      // "Britain condemned it, and his French counterpart, Y, did the same", "Peru followed suit": the one named
      // condemns what was condemned just before (only right after a condemnation: "did the same" repeats the last act)
      if (rule.id === "condemns.did-the-same" || rule.id === "signs.did-the-same") {
        const type = rule.relation;
        const echo = (tok.lower === "same" && t[k - 1]?.lower === "the" && /^(did|do|does|done)$/.test(t[k - 2]?.lower ?? "")) || (tok.lower === "suit" && /^(followed|follow|follows)$/.test(t[k - 1]?.lower ?? "")) || (tok.lower === "likewise" && /^(did|do|does|done)$/.test(t[k - 1]?.lower ?? ""));
        const before = out.filter((c) => c.evidence[0].trigger![0] < tok.start);
        const last = before[before.length - 1];
        const lastOfArticle = () => (type === "CONDEMNS" ? ctx.lastCondemned() : [ctx.lastDocument()].filter((x): x is string => !!x));
        const what = last ? (last.type === type && last.polarity === "positive" ? before.filter((c) => c.type === type).map((c) => c.object) : []) : ctx.lastClaimType() === type ? lastOfArticle() : [];
        if (!echo || !what.length) continue;
        let verb = tok.lower === "same" ? k - 2 : k - 1;
        // ("did not do the same", "has done the same": the subject stands before the auxiliaries)
        let end = verb;
        while (end > cs && /^(not|n't|has|have|had|did|does|also|quickly|later|soon|then|,)$/.test(t[end - 1].lower)) end--;
        // ("…, and his French counterpart, Y, did the same": the name right before the verb, not the sentence's first subject)
        const near = mentions.find((m) => m.b === end && isActor(m));
        // ("Spain and Italy did the same": back over the list that ends there)
        let head = near;
        for (let p = head ? mentions.indexOf(head) - 1 : -1; head && p >= 0 && head.type !== "Person"; p--) {
          const m = mentions[p];
          if (!isActor(m) || m.type === "Person" || !listGap(t.slice(m.b, head.a).map((x) => x.lower))) break;
          head = m;
        }
        const who = near && head ? { ids: actorIdsOf(near.type === "Person" ? [near] : groupFrom(head, verb)), viaRef: near.form === "ref" } : findSubject(verb, cs);
        verb = Math.max(verb, 0);
        add(rule, type, who.ids.filter((x) => !before.some((c) => c.subject === x)), [...new Set(what)], verb, cs, { viaRef: who.viaRef, viaMemory: !last });
        continue;
      }
      // "the strike drew condemnation from A, B and C": the list condemns what drew it
      if (rule.relation === "CONDEMNS" && /^condemnations?$/.test(tok.lower) && t[k + 1]?.lower === "from" && t.slice(Math.max(0, k - 4), k).some((x) => /^(drew|draw|draws|drawn|drawing|prompted|sparked|triggered|brought|received|attracted|met)$/.test(x.lower))) {
        const first = mentionFrom(k + 2);
        if (first && isActor(first)) {
          const who = actorIdsOf(groupFrom(first, t.length));
          // ("X signed decrees …, a step that drew condemnation from A": the act of the clause the step sums up)
          const drew = t.findLastIndex((x, q) => q < k && /^(drew|draw|draws|drawn|drawing|prompted|sparked|triggered|brought|received|attracted|met)$/.test(x.lower));
          const rel = /^(that|which)$/.test(t[drew - 1]?.lower ?? "") ? drew - 1 : -1;
          const sums = rel > 2 && /^(step|move|decision|act|action)$/.test(t[rel - 1].lower) && /^(a|an|the)$/.test(t[rel - 2].lower) && t[rel - 3].norm === ",";
          const mainVerb = sums ? t.findIndex((x, q) => q < rel - 3 && x.pos === "VERB") : -1;
          const doer = mainVerb > 0 ? findSubject(mainVerb, 0).ids.flatMap((x) => [x, ctx.stateLedBy(x)].filter((y): y is string => !!y)) : [];
          const what = doer.length ? { ids: doer, viaMemory: false } : condemnTargets(cs - 1, k, s.index, who);
          add(rule, "CONDEMNS", who, what.ids, k, cs, { viaMemory: what.viaMemory });
        }
        continue;
      }
      if (rule.relation === "CONDEMNS" && /^condemnations?$/.test(tok.lower) && !condemnationNoun) continue;
      const hit = signatureNoun || condemnationNoun || verbFrame ? signatureNoun || condemnationNoun || (rule.triggers.includes(tok.lemma) && !nominal && !(tok.lower === tok.lemma && /^(attack|strike|support|supply|transfer|export|import|deal|call|visit|protest|sign)$/.test(tok.lower) && DETS.has(t[k - 1]?.lower ?? ""))) : rule.triggers.includes(tok.lower) && (nominal || rule.frame === "transfer-noun" || rule.frame === "receive-noun");
      if (!hit) continue;
      if (rule.particle && !rule.particle.includes(t[k + 1]?.lower ?? "")) continue;
      if (rule.relation === "CALLS_ON" && tok.lemma === "call" && !/^(on|upon)$/.test(t[k + 1]?.lower ?? "")) continue;
      const participleAfterThing = (tok.lower.endsWith("ed") || IRREGULAR_PARTICIPLES.has(tok.lower)) && byFollows(k) && k > 0 && (mentionAt(k - 1)?.type === "Weapon" || isForce(k - 1) || DOCUMENT_NOUNS.has(t[k - 1].lower) || (t[k - 1].norm === "," && t.slice(Math.max(0, k - 8), k - 1).some((x) => DOCUMENT_NOUNS.has(x.lower))) || (t[k - 1].norm === "," && mentionAt(k - 2)?.type === "Event")
        // "two fast interceptor craft supplied by India": a plain head noun after the weapon
        || (/^(craft|boats|vessels|aircraft|systems|units|batteries|launchers|vehicles)$/.test(t[k - 1].lower) && mentionAt(k - 2)?.type === "Weapon"));
      const passive = verbFrame && (isPassive(t, k) || participleAfterThing);
      switch (rule.frame) {
        case "verb-object": frameVerbObject({ rule, k, tok, cs, ce, passive, participleAfterThing, condemnationNoun }); break;
        case "transfer": frameTransfer({ rule, k, tok, cs, ce, passive, participleAfterThing, condemnationNoun }); break;
        case "receive": frameReceive({ rule, k, tok, cs, ce, passive, participleAfterThing, condemnationNoun }); break;
        case "transfer-noun":
        case "receive-noun": frameTransferNoun({ rule, k, tok, cs, ce, passive, participleAfterThing, condemnationNoun }); break;
        // ("A and B looked on as the two leaders put their names to it": the signers are the "as" clause's subject)
        case "sign": frameSign({ rule, k, tok, cs: signatureNoun ? signersClause(k, cs) : cs, ce, passive, participleAfterThing, condemnationNoun }); break;
      }
    }
  }
  if (s.index === ctx.leadSentence()) {
    const starts = outerStarts(0);
    const firstEnd = starts.find((x) => x > dateline) ?? t.length;
    const verb = t.findIndex((x, q) => q >= dateline && q < firstEnd && x.pos === "VERB");
    const who = verb > 0 ? findSubject(verb, dateline).ids : [];
    ctx.noteLeadSubject(who.flatMap((x) => [x, ctx.stateLedBy(x)].filter((y): y is string => !!y)));
  }
  return { claims: out, subjects: [...new Set(sentenceSubjects)] };
}

/** Who the sentence says said it: "…, a diplomatic source said", "according to the source", "Ukraine also said…". */
export function attributionOf(sentence: string): string | undefined {
  const acc = /according to ((?:the |a |an )?[^,.;"”]{2,60})/i.exec(sentence);
  if (acc) return acc[1].trim();
  const end = /[,”"]\s*((?:the |a |an )?[A-Za-z][^,”".]{1,60}?)\s+(?:said|added|says|stated|told reporters|announced|wrote)\b[^.]{0,40}\.?["”]?\s*$/i.exec(sentence);
  if (end && !/^(he|she|it|they|we)$/i.test(end[1].trim())) return end[1].trim();
  const start = /^([A-Z][^,"“]{1,60}?)\s+(?:also\s+)?(?:said|says|told|announced|stated|confirmed|reported|estimated)\b/.exec(sentence);
  if (start) return start[1].trim();
  return undefined;
}
