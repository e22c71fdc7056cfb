// Polarity and modality of a trigger, from cues in its clause before it. Asserted is the default:
// "will", "is set to", "is expected to" report a decided act (the analyst counts them).
import type { Token } from "./nlp.ts";
import type { Modality, Polarity } from "./types.ts";
import { FORCE_NOUNS } from "./rules.ts";

export const MODALITY_CUES: { id: string; words: string[]; modality?: Modality; polarity?: Polarity; window: number; example: string }[] = [
  { id: "negation", words: ["not", "n't", "never", "no", "neither", "nor", "without", "cannot"], polarity: "negated", window: 4, example: "Chile has not deployed troops to Peru." },
  { id: "denial", words: ["deny", "denied", "denies", "denying", "refrain", "refrained", "refraining", "refuse", "refused", "refuses", "refusing", "declining", "rejected", "rejects", "declined", "failed", "fails", "failing", "ruled", "excluded", "short", "avoided", "avoids"], polarity: "negated", window: 6, example: "Chile denied supplying drones to Peru." },
  { id: "modal", words: ["may", "might", "could", "would", "should", "must"], modality: "hypothetical", window: 4, example: "Chile could send troops to Peru." },
  { id: "conditional", words: ["if", "unless", "whether", "potential", "potentially", "possible", "possibly", "possibility", "consider", "considering", "considered", "discuss", "discussing", "discussed", "mull", "mulls", "mulling", "threatened", "threatens", "threaten", "risk", "prospect", "ready", "talks", "negotiating", "negotiations", "negotiate"], modality: "hypothetical", window: 10, example: "Chile is considering sending troops to Peru." },
  { id: "demand", words: ["urge", "urged", "urges", "urging", "demand", "demanded", "demands", "demanding", "called", "calls", "calling", "asked", "asks", "pressed", "press", "pressing", "appealed", "appeals"], modality: "demanded", window: 8, example: "Chile called on Peru to stop supplying drones." },
  { id: "proposal", words: ["propose", "proposed", "proposes", "proposal", "recommend", "recommended", "recommends", "suggested", "suggests", "plan", "plans", "planned", "intend", "intends", "offer", "offered", "offers", "seek", "seeks", "sought", "want", "wants", "hope", "hopes", "agreed", "agrees", "agree", "attempt", "attempts", "attempted", "bid", "bids", "effort", "efforts", "try", "tried", "trying", "approved", "approving", "authorised", "authorized", "authorising", "authorizing"], modality: "proposed", window: 6, example: "Chile proposed sending observers to Peru." },
  // a pact or law that lets troops be sent opens a possibility; it reports no deployment
  { id: "permission", words: ["allow", "allows", "allowing", "permit", "permits", "permitting", "enable", "enables", "enabling"], modality: "hypothetical", window: 8, example: "The accord allows Chilean troops to be sent to Peru." },
  // "still waiting for X to ratify", "has yet to sign": the act has not happened
  { id: "pending", words: ["waiting", "awaiting", "await", "awaits", "yet"], modality: "hypothetical", window: 8, example: "Chile is still waiting for Peru to ratify the treaty." },
  { id: "reported", words: ["reportedly", "rumoured", "rumored", "unconfirmed", "purportedly"], modality: "reported-uncertain", window: 8, example: "Chile reportedly sent drones to Peru." },
  // an accusation reports a claim it does not establish ("alleged transfers" the text treats as fact stay asserted)
  { id: "accusation", words: ["accused", "accuses", "accusing", "accusation", "accusations", "allegation", "allegations"], modality: "reported-uncertain", window: 6, example: "Peru accused Chile of supplying drones to Bolivia." },
];

const CUE_SETS = MODALITY_CUES.map((c) => ({ ...c, set: new Set(c.words) }));
const ANY_CUE = new Set(MODALITY_CUES.flatMap((c) => c.words));
/** How far back a denial of reports or claims reaches ("denied reports that … had delivered"). */
const DENIED_CLAUSE = 20;
const WIDEST = Math.max(DENIED_CLAUSE, ...MODALITY_CUES.map((c) => c.window));

const AUX = /^(will|would|shall|be|been|being|have|has|had|are|is|was|were|yet|so|far|currently|ever|to)$/;
/** "No <noun phrase> <auxiliaries> <trigger>": the noun phrase is the trigger's subject, and there is none. */
function subjectNegated(tokens: Token[], no: number, trigger: number): boolean {
  let k = no + 1;
  while (k < trigger && tokens[k].pos !== "VERB" && tokens[k].pos !== "AUX" && !AUX.test(tokens[k].lower) && /^[\w.'-]+$/.test(tokens[k].norm)) k++;
  if (k === no + 1) return false;
  const aux = k;
  // "No troops will be permanently stationed": adverbs among the auxiliaries
  while (k < trigger && (AUX.test(tokens[k].lower) || (k > aux && /^[a-z]+ly$/.test(tokens[k].lower)))) k++;
  // "No Egyptian troops arrived": with a force or weapon as its head the noun phrase is surely the subject
  return k === trigger && (k > aux || FORCE_NOUNS.has(tokens[aux - 1].lower) || /^(weapons|arms|missiles|drones|tanks|jets|ships|warships)$/.test(tokens[aux - 1].lower));
}

function insideClosedRelative(tokens: Token[], k: number, trigger: number): boolean {
  let open = -1;
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) if (/^(which|who)$/.test(tokens[j].lower) && tokens[j - 1]?.norm === ",") { open = j; break; }
  if (open < 0) return false;
  for (let j = k + 1; j < trigger; j++) if (tokens[j].norm === ",") return true;
  return false;
}

export function modalityOf(tokens: Token[], clauseStart: number, trigger: number, sentenceText: string): { polarity: Polarity; modality: Modality; cue?: string } {
  let polarity: Polarity = "positive";
  let modality: Modality = "asserted";
  let cue: string | undefined;
  // most triggers have no cue word within reach: one pass over the widest window settles that
  let anyCue = false;
  for (let k = Math.max(0, trigger - WIDEST); k < trigger && !anyCue; k++) anyCue = ANY_CUE.has(tokens[k].lower);
  for (const c of anyCue ? CUE_SETS : []) {
    // a denial governs the clause it introduces: "denied reports that it had sent …"
    const from = c.id === "denial" ? Math.max(0, trigger - DENIED_CLAUSE) : Math.max(clauseStart, trigger - c.window);
    for (let k = from; k < trigger; k++) {
      if (!c.set.has(tokens[k].lower)) continue;
      // "Washington, which has ruled out sending troops, delivered …": a cue inside a relative clause the comma closed
      if (insideClosedRelative(tokens, k, trigger)) continue;
      // past ten words a denial reaches only through what it denies: "denied reports that a cargo plane that landed in X had delivered …"
      if (c.id === "denial" && trigger - k > 10 && !/^(reports?|claims?|allegations?|accusations?|suggestions?|that)$/.test(tokens[k + 1]?.lower ?? "")) continue;
      // "no longer" aside, "no" negates only a verb phrase ("no troops were sent" is rare in news; "no" before a noun that is not the trigger is not negation)
      // "X said it would send": reported speech shifts "will" back to "would" — still a decided act
      // (but "said the pact would let X deploy" is a possibility the pact opens, not a decision)
      // (nor "said it would be prepared to send … if asked": readiness, on a condition)
      if (tokens[k].lower === "would" && tokens.slice(Math.max(0, k - 6), k).some((x) => /^(said|says|announced|told|confirmed|stated|added|pledged|promised)$/.test(x.lower)) && !tokens.slice(k + 1, trigger).some((x) => /^(let|allow|allows|enable|enables|permit|permits|help|prepared|ready|willing|able|happy|consider)$/.test(x.lower)) && !tokens.slice(trigger + 1).some((x) => /^(if|unless)$/.test(x.lower))) continue;
      // an accusation hedges what it accuses of: "accused X of supplying", "allegations that X supplied"
      if (c.id === "accusation" && !tokens.slice(k + 1, trigger).some((x) => x.lower === "of" || x.lower === "that")) continue;
      // "an attempt to kill X with airstrikes" is still an attack made; "attempts to buy jets" are not a purchase
      if (/^(attempts?|attempted|bids?|efforts?|try|tried|trying)$/.test(tokens[k].lower) && /^(kill|attack|strike|bomb|shell|assassinate|invade|seize|capture|destroy|hit|target|storm|overrun)$/.test(tokens[trigger].lemma)) continue;
      // "stopped short of condemning" denies; "short" alone does not
      if (tokens[k].lower === "short" && tokens[k + 1]?.lower !== "of") continue;
      // "ruled out sending troops" denies; "ruled" alone does not
      if (tokens[k].lower === "ruled" && tokens[k + 1]?.lower !== "out") continue;
      // "a press statement" is not pressing anyone
      if (/^press(ed)?$/.test(tokens[k].lower) && /^(statement|release|conference|briefing|secretary|office|reports?|freedom)$/.test(tokens[k + 1]?.lower ?? "")) continue;
      // "approved sending troops", "authorised the deployment": a permission, not yet the act ("approved" alone far before is not)
      if (/^(approv|authori[sz])/.test(tokens[k].lower) && trigger - k > 2) continue;
      // "agreed to sell" is a deal, not yet a delivery
      if (c.id === "proposal" && /^agree/.test(tokens[k].lower) && !tokens.slice(k + 1, k + 4).some((x) => x.lower === "to")) continue;
      // "yet" is pending only as "has yet to sign" ("not yet" is the negation's)
      if (tokens[k].lower === "yet" && tokens[k + 1]?.lower !== "to") continue;
      // "called" demands only as "called on/for"
      if (/^call(ed|s|ing)$/.test(tokens[k].lower) && !/^(on|upon|for)$/.test(tokens[k + 1]?.lower ?? "")) continue;
      // "no" negates a verb phrase ("no longer", "no one") or the subject of a passive or existential:
      // "No U.S. nuclear weapons will be deployed", "no troops have been sent"; not "no doubt Chile sent…"
      if (tokens[k].lower === "no" && k + 1 < trigger && !/^(longer|one)$/.test(tokens[k + 1].lower) && !subjectNegated(tokens, k, trigger)) continue;
      if (c.polarity) polarity = c.polarity;
      if (c.modality && modality === "asserted") modality = c.modality;
      cue = c.id;
    }
  }
  // "We have seen no indication that Russia is sending weapons": the content clause of a denied sign
  if (polarity === "positive") for (let k = Math.max(0, trigger - 14); k < trigger - 2; k++) {
    if (tokens[k].lower === "no" && /^(indication|evidence|sign|signs|proof|suggestion)$/.test(tokens[k + 1].lower) && /^(that|of)$/.test(tokens[k + 2].lower)) { polarity = "negated"; cue = "denial"; break; }
  }
  // "No U.S. nuclear weapons will be deployed": a negated subject further back than the negation window
  if (polarity === "positive") for (let k = Math.max(clauseStart, trigger - 12); k < trigger; k++) {
    // "None of the aircraft has been delivered"
    if (/^(no|none)$/.test(tokens[k].lower) && subjectNegated(tokens, k, trigger)) { polarity = "negated"; cue = "negation"; break; }
  }
  // "would come to Washington to sign a further deal": the purpose of a trip still ahead is a plan, not an act
  if (modality === "asserted" && tokens[trigger - 1]?.lower === "to" && tokens[trigger - 2]?.pos !== "VERB") {
    for (let k = trigger - 2; k >= Math.max(clauseStart, trigger - 12); k--) {
      if (/^(will|would|shall|'ll)$/.test(tokens[k].lower) && /^(come|travel|go|fly|meet|visit|return|head|gather|convene)$/.test(tokens[k + 1]?.lemma ?? "")) { modality = "proposed"; cue = "future-purpose"; break; }
    }
  }
  // "did not rule out sending troops", "sending troops cannot be ruled out": a possibility kept open, not a denial
  for (let k = Math.max(0, trigger - 10); k < Math.min(tokens.length - 1, trigger + 12); k++) {
    if (!/^(rule|rules|ruled|ruling)$/.test(tokens[k].lower) || tokens[k + 1]?.lower !== "out") continue;
    const before = tokens.slice(Math.max(0, k - 3), k).map((x) => x.lower);
    if (before.some((w) => /^(not|n't|never|cannot|can't)$/.test(w))) { polarity = "positive"; modality = "hypothetical"; cue = "not-ruled-out"; }
    break;
  }
  if (/\?\s*["”]?\s*$/.test(sentenceText)) modality = "hypothetical";
  // "a policy against supplying weapons", "without sending troops"
  if (/^(against|without)$/.test(tokens[trigger - 1]?.lower ?? "") && tokens[trigger].lower.endsWith("ing")) { polarity = "negated"; cue = "negation"; }
  // "If talks fail, X will …": a conditional opening governs the main clause
  if (/^(if|unless|should)$/.test(tokens[0]?.lower ?? "") && clauseStart > 0 && modality === "asserted") { modality = "hypothetical"; cue = "conditional"; }
  return { polarity, modality, cue };
}
