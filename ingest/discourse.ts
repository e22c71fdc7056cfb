// Resolves back-references ("they", "the ministers", "the Asian nation", "the company") to entities,
// sentence by sentence, from what the article has said so far.
import type { Sentence } from "./nlp.ts";
import type { Mention } from "./mentions.ts";
import { COUNTRIES, type CountryInfo } from "./gazetteer/index.ts";

/** Verbs whose cause lies with their object ("expelled Turkey because it …"): the psycholinguists' object-biased implicit-causality verbs. */
const OBJECT_CAUSE_VERBS = new Set(["expel", "punish", "sanction", "blame", "criticise", "criticize", "condemn", "praise", "thank", "reward", "congratulate", "fine", "suspend", "remove", "exclude", "ban", "penalise", "penalize", "reprimand", "rebuke", "scold", "accuse", "fault", "admire", "commend", "censure", "kick", "drop", "disinvite"]);

const GROUP_KINDS = new Set(["coalition", "group", "alliance", "union", "regional organisation", "intergovernmental organisation", "parliamentary assembly"]);
const GULF = new Set(["SA", "AE", "QA", "KW", "BH", "OM"]);
const ARMED_KINDS = new Set(["militant group", "paramilitary", "private military company"]);
const REGION_WORDS: Record<string, (c: CountryInfo) => boolean> = {
  asian: (c) => c.region === "Asia",
  african: (c) => c.region === "Africa",
  european: (c) => c.region === "Europe",
  // the Gulf states: the six GCC members, not every Western Asian state
  gulf: () => false,
  arab: (c) => c.subregion === "Western Asia" || c.subregion === "Northern Africa",
  "middle eastern": (c) => c.subregion === "Western Asia",
  "west african": (c) => c.subregion === "Western Africa",
  "east african": (c) => c.subregion === "Eastern Africa",
  "latin american": (c) => c.region === "Americas",
  "south american": (c) => c.subregion === "South America",
  "central asian": (c) => c.subregion === "Central Asia",
  "southeast asian": (c) => c.subregion === "South-Eastern Asia",
  "south asian": (c) => c.subregion === "Southern Asia",
  "balkan": (c) => c.subregion === "Southern Europe",
  "baltic": (c) => c.subregion === "Northern Europe",
  "pacific": (c) => c.region === "Oceania",
  island: (c) => c.island,
  archipelago: (c) => c.island,
  kingdom: (c) => /kingdom/i.test(c.official),
};

export interface Discourse {
  /** Resolved entity ids per ref mention (by object identity). */
  resolved: Map<Mention, string[]>;
}

/** Actor ids of a sentence's subject as the claim step found it, fed back so "they" can follow it. */
export type SubjectOf = (s: Sentence, mentions: Mention[]) => string[];

/** `topic`: the country an article mentions most, whose armed forces "the army" means when none was named. */
export function createDiscourse(topic?: string) {
  const state = {
    lastGroup: [] as string[],
    lastSubject: [] as string[],
    lastPerson: "" as string,
    lastCompany: "" as string,
    lastArmed: "" as string,
    /** The last coalition named ("the Saudi-led coalition", "a coalition of 12 countries"), for "the coalition". */
    lastCoalition: "" as string,
    lastPair: [] as string[],
    /** The last two states named together: "the two countries" when the last pair was not two states. */
    lastCountryPair: [] as string[],
    persons: [] as string[],
    /** Each person's title as the text gave it, lower-cased: what "the president" looks for. */
    personRole: new Map<string, string>(),
    lastMilitary: "" as string,
    personCountry: new Map<string, string>(),
    personSide: new Map<string, string>(),
    lastMulti: [] as string[],
    countries: [] as string[], // most recent last
    /** States named only as those to deter or stand against. */
    opposed: new Set<string>(),
    coalitions: new Map<number, string>(),
    lastCouncil: "" as string,
    /** The last country named as a place ("in Niger", "In neighbouring Mali,"), with its sentence. */
    place: undefined as { id: string; sentence: number } | undefined,
    sentence: -1,
  };
  const resolved = new Map<Mention, string[]>();

  function resolveRef(m: Mention, s: Sentence, mentions: Mention[]): string[] {
    const t = s.tokens;
    const r = m.ref ?? "";
    // "the ministers of/from the G7": the group named right after
    if (r === "group" && /^(of|from)$/.test(t[m.b]?.lower ?? "")) {
      const k = t[m.b + 1]?.lower === "the" ? m.b + 2 : m.b + 1;
      const next = mentions.find((x) => x.a === k && x.form !== "ref");
      if (next) {
        const ids = [next.entityId];
        for (const y of mentions) if (y.a > next.a && y.form !== "ref" && (y.type === "Country" || y.type === "Organization")) {
          const between = t.slice(ids.length ? y.a - 2 : y.a, y.a).map((x) => x.lower).join(" ");
          if (/(,|and|&)/.test(between) && y.a - next.b < 8) ids.push(y.entityId); else break;
        }
        return ids;
      }
    }
    // "the 44 countries": the coalition of that size, when the article named one
    if (r === "group" && m.count && state.coalitions.has(m.count)) return [state.coalitions.get(m.count)!];
    // "the troop-contributing countries": the last coalition of countries, not an organisation named since
    if (r === "group" && /(countries|nations|states)$/.test(m.text) && state.coalitions.size && /-|participating|contributing|signatory|member/.test(m.text)) return [[...state.coalitions.values()].pop()!];
    // "“We urge …,” foreign ministers of the G7 said": first person is the speaker named after the quote
    if (r === "group" && /^(we|our)$/.test(t[m.a].lower)) {
      const close = t.findIndex((x, i) => i > m.b && (x.text === "”" || x.text === '"'));
      if (close > 0) {
        const speech = t.findIndex((x, i) => i > close && /^(said|says|added|stated|wrote|declared|told)$/.test(x.lower));
        const sp = mentions.find((x) => x.a > close && (speech < 0 || x.a < speech) && (x.type === "Organization" || x.type === "Country" || x.type === "Person") && (x.form !== "ref" || (x.ref === "group" && x !== m)));
        // a state's body speaking ("the JCS said") speaks for its state
        if (sp && speech > 0) return sp.form === "ref" ? resolveRef(sp, s, mentions) : (sp.form === "body" || sp.kind === "body") && sp.affiliation?.startsWith("country:") ? [sp.affiliation] : [sp.entityId];
        // ('"We deplore …," a senior official told reporters': a speaker the text leaves unnamed, so no one to name)
        if (speech > 0 && speech - close <= 6) return [];
      }
    }
    // "the participants of the Crimea Platform said they …": the body whose members speak
    if (r === "group" && /^(said|say|says|added|announced|stated|insisted|warned|confirmed)$/.test(t[m.a - 1]?.lower ?? "")) {
      const body = mentions.find((x) => x.b === m.a - 1 && x.type === "Organization" && x.form !== "ref" && /^(of|the)$/.test(t[x.a - 1]?.lower ?? "") && /^(participants|members|signatories|leaders|ministers|parties)$/.test(t[x.a - (t[x.a - 1].lower === "the" ? 3 : 2)]?.lower ?? ""));
      if (body) return [body.entityId];
    }
    // ("Officials of the regional government in Erbil said they had received …": "they" are the speakers the text
    // names by a common noun, no actor of the story)
    if (r === "group" && /^(they|them)$/.test(t[m.a].lower) && /^(said|say|says|added|told|reported|stated|insisted|confirmed)$/.test(t[m.a - 1]?.lower ?? "")) {
      let a = m.a - 2;
      while (a > 0 && !/^[,;:]$/.test(t[a - 1].norm)) a--;
      if (/^(officials|residents|witnesses|analysts|diplomats|sources|experts|activists|commanders|officers|soldiers|villagers|organisers|organizers|investigators|lawyers|doctors)$/.test(t[a]?.lower ?? "") && !mentions.some((x) => x.a === a)) return [];
    }
    if (r === "group") return state.lastGroup.length ? state.lastGroup : state.lastMulti.length ? state.lastMulti : state.lastSubject;
    if (r === "company") return state.lastCompany ? [state.lastCompany] : [];
    if (r === "coalition" && state.lastCoalition) return [state.lastCoalition];
    if (r === "any-group" || r === "coalition") return state.lastArmed ? [state.lastArmed] : state.lastGroup;
    if (r === "armed-group") return state.lastArmed ? [state.lastArmed] : [];
    if (r === "pair") {
      const words = t.slice(m.a, m.b).map((x) => x.lower).join(" ");
      const leaders = /leaders|men|presidents|ministers/.test(words);
      // "Portugal has sent instructors to train Mozambican marines under a programme the two countries signed":
      // two states named earlier in the same sentence
      if (/countries|nations|governments|neighbou?rs/.test(words)) {
        const here = [...new Set(mentions.filter((x) => x.type === "Country" && x.form !== "ref" && x.b <= m.a).map((x) => x.entityId))];
        if (here.length === 2) return here;
        // "The Rwandan government said … under an agreement the two countries signed": the state named here and
        // the last other state the story named
        const other = here.length === 1 ? [...state.countries].reverse().find((c) => c !== here[0]) : undefined;
        if (other) return [here[0], other];
        if (state.lastPair.length === 2 && !state.lastPair.every((x) => x.startsWith("country:")) && state.lastCountryPair.length === 2) return state.lastCountryPair;
      }
      // ("A and B looked on as the two leaders signed": people this sentence named before are others)
      const here = new Set(mentions.filter((x) => x.type === "Person" && x.b <= m.a).map((x) => x.entityId));
      if (leaders && state.lastPair.length === 2 && state.lastPair.every((x) => x.startsWith("person:") && !here.has(x))) return state.lastPair;
      const earlier = state.persons.filter((x) => !here.has(x));
      if (leaders && earlier.length >= 2) return earlier.slice(-2);
      // "both sides" after two ministers or commanders: the states and groups they stand for
      if (state.lastPair.some((x) => state.personSide.has(x))) return [...new Set(state.lastPair.map((x) => state.personSide.get(x) ?? x))];
      return state.lastPair;
    }
    // "X said it would …": the pronoun is the speaker
    const speechAt = /^(said|says|added|announced|stated|insisted|warned|confirmed)$/.test(t[m.a - 1]?.lower ?? "") ? m.a - 1 : t[m.a - 1]?.lower === "that" ? t.findIndex((x, i) => i < m.a - 1 && i >= m.a - 7 && /^(said|says|added|announced|stated|insisted|warned|confirmed)$/.test(x.lower)) : -1;
    if ((r === "it" || r === "person" || r === "group") && speechAt > 0) {
      // "Uzbekistan, which left the CSTO in 2012, said it …": the speaker is before the relative clause
      let before = speechAt;
      if (t[speechAt - 1]?.norm === ",") {
        const rel = t.findIndex((x, i) => i < speechAt - 1 && /^(which|who)$/.test(x.lower) && t[i - 1]?.norm === "," && !t.slice(i + 1, speechAt - 1).some((y) => y.norm === ","));
        if (rel > 1) before = rel - 1;
      }
      const speaker = [...mentions].reverse().find((x) => x.b <= before && x.form !== "ref" && (x.type === "Country" || x.type === "Organization" || x.type === "Person") && x.b >= before - 4);
      if (speaker) return [speaker.form === "body" && speaker.affiliation ? speaker.affiliation : speaker.entityId];
    }
    // "Washington expelled Turkey from the programme because it bought S-400s": after verbs whose cause lies with
    // their object (implicit causality: punish, blame, expel, praise, thank…) a "because" clause is about the object
    if (r === "it" || r === "person") {
      const because = t[m.a - 1]?.lower === "because" ? m.a - 1 : -1;
      const verb = because > 0 ? t.findLastIndex((x, q) => q < because && OBJECT_CAUSE_VERBS.has(x.lemma) && x.pos === "VERB") : -1;
      const object = verb >= 0 ? mentions.find((x) => x.a > verb && x.a <= verb + 3 && x.b <= because && x.form !== "ref" && (r === "person" ? x.type === "Person" : x.type === "Country" || x.type === "Organization")) : undefined;
      if (object) return [object.entityId];
    }
    // "Denmark is phasing out its jets as it takes…": "it" is the sentence's own subject when it has one
    if (r === "it") {
      // the sentence's own subject: not a member of a list ("in service with Turkey, India …") nor inside a phrase
      const first = mentions.find((x) => x.b <= m.a && x.form !== "ref" && (x.type === "Country" || x.type === "Organization") && !/^(in|on|at|of|with|for|from|to|by|against|,|and|or)$/.test(t[x.a - 1]?.lower ?? ""));
      if (first) return [first.form === "body" && first.affiliation ? first.affiliation : first.entityId];
    }
    // "the army", "the junta": the armed forces of the country the story is about
    if (r === "military") {
      const body = state.lastMilitary;
      if (body) return [body];
      return topic ? [`org:${topic.slice(8)}-military`] : [];
    }
    // "his country": the state of the person last named
    // "The representative of France said his country …": the state the speaker represents
    if (r === "persons-country") {
      const rep = t.findIndex((x, q) => q < m.a && /^(representative|delegate|ambassador|envoy)$/.test(x.lower) && /^(of|for)$/.test(t[q + 1]?.lower ?? ""));
      const state = rep >= 0 ? mentions.find((x) => x.a >= rep + 2 && x.a <= rep + 3 && x.type === "Country") : undefined;
      if (state) return [state.entityId];
    }
    if (r === "persons-country") {
      const c = state.lastPerson ? state.personCountry.get(state.lastPerson) : undefined;
      return c ? [c] : [];
    }
    // "the aggression of its neighbour": the last state named other than those this sentence named before the ref
    if (r === "neighbour") {
      const own = new Set(mentions.filter((x) => x.a < m.a && x.type === "Country").map((x) => x.entityId));
      const other = state.countries.filter((c) => !own.has(c));
      return own.size && other.length ? [other[other.length - 1]] : [];
    }
    // "the country": the country the story last placed itself in, else the last one named before this sentence
    if (r === "country") {
      if (state.place && state.sentence - state.place.sentence <= 3) return [state.place.id];
      // (further on, the story's own country when the story placed itself there)
      if (state.place && state.place.id === topic && !mentions.some((x) => x.entityId === topic && x.a < m.a)) return [topic];
      const before = state.countries.filter((c) => !mentions.some((x) => x.entityId === c) && !state.opposed.has(c));
      return before.length ? [before[before.length - 1]] : topic ? [topic] : [];
    }
    if (r === "council") return state.lastCouncil ? [state.lastCouncil] : [];
    if (r === "latter" || r === "former") {
      // "backed by A, B and C; the latter has …": the list just before, in this sentence
      const list = listBefore(s, mentions, m.a);
      if (list.length >= 2) return [r === "latter" ? list[list.length - 1] : list[0]];
      return state.lastPair.length === 2 ? [state.lastPair[r === "latter" ? 1 : 0]] : [];
    }
    if (r === "person") return state.lastPerson ? [state.lastPerson] : [];
    if (r.startsWith("titled:")) {
      const title = r.slice(7);
      const p = [...state.persons].reverse().find((x) => (state.personRole.get(x) ?? "").split(/\s+(?:of|for)\s+/)[0].endsWith(title));
      return p ? [p] : [];
    }
    // "Israel escalated its campaign against the group, and on 1 October it sent troops": a second clause's "it"
    // is the sentence's subject, not the last actor named
    if (r === "it" && m.a > 3 && t.slice(0, m.a).some((x, q) => x.lower === "and" && t[q - 1]?.norm === ",")) {
      // (after an opening phrase: "Days after the blasts, Israel escalated …")
      const first = mentions.find((x) => x.a < m.a && x.form !== "ref" && (x.type === "Country" || x.type === "Organization") && (x.a <= 1 || t[x.a - 1].norm === ",") && !t.slice(0, x.a).some((y) => y.pos === "VERB"));
      if (first && t[first.b]?.norm !== "'s") return [first.entityId];
    }
    if (r === "it") return state.lastSubject.length === 1 ? state.lastSubject : [];
    if (r.startsWith("nation:")) {
      const adj = r.slice(7).toLowerCase();
      const test = REGION_WORDS[adj];
      // ("Saudi soldiers crossed into the tiny kingdom": not the state whose people this sentence named before it;
      // "Saudi Arabia's foreign ministry said the kingdom …" is Saudi Arabia)
      const here = new Set(mentions.filter((x) => x.a < m.a && (x.form === "demonym" || /^(soldiers|troops|forces|jets|warships|police|officers|units|tanks|aircraft|guardsmen|marines)$/.test(s.tokens[x.b]?.lower ?? ""))).map((x) => x.entityId));
      for (let k = state.countries.length - 1; k >= 0; k--) {
        if (here.has(state.countries[k])) continue;
        const iso = state.countries[k].slice(8);
        const c = COUNTRIES.get(iso);
        if (adj === "gulf" ? GULF.has(iso) : c && (!test || test(c))) return [state.countries[k]];
      }
    }
    return [];
  }

  /** The actors of the coordinated list ("A, B and C") that ends before token `end` of this sentence, in order. */
  function listBefore(s: Sentence, mentions: Mention[], end: number): string[] {
    const actors = mentions.filter((x) => x.form !== "ref" && x.b <= end && (x.type === "Country" || x.type === "Organization" || x.type === "Person")).sort((x, y) => x.a - y.a);
    const out: Mention[] = [];
    for (let i = actors.length - 1; i >= 0; i--) {
      const a = actors[i];
      const next = out[0];
      const gap = s.tokens.slice(a.b, next ? next.a : end).map((x) => x.lower);
      // joined by "," / "and" (with "the"), and the list ends at a clause break before the ref
      // ("A and B provided the bulk of the force; the latter sent …": or the clause before the ref's own)
      if (next ? !gap.every((w) => /^(,|and|the)$/.test(w)) : !(gap.every((w) => /^(;|,|and|but|while|whereas)$/.test(w)) || /^(;|,)$/.test(gap[gap.length - 1] ?? ""))) break;
      out.unshift(a);
    }
    return out.length >= 2 && s.tokens.slice(out[0].b, out[out.length - 1].a).some((x) => x.lower === "and") ? out.map((x) => x.entityId) : [];
  }

  /** Resolves the refs of one sentence, then records what it mentions for the sentences after it. */
  function step(s: Sentence, mentions: Mention[]) {
    const before = state.lastPair;
    state.sentence = s.index;
    // a country named as where things happen: "in Niger", "In neighbouring Mali, …"
    for (const m of mentions) {
      if (m.form === "ref" || m.type !== "Country" || m.form === "demonym") continue;
      const back = s.tokens[m.a - 1]?.lower === "the" ? 1 : 0; // "in the DRC"
      const p1 = s.tokens[m.a - 1 - back]?.lower ?? "", p2 = s.tokens[m.a - 2 - back]?.lower ?? "";
      if (/^(in|into|inside|across|to|outside|near)$/.test(p1) || (/^(in|into|inside)$/.test(p2) && /^[a-z-]+$/.test(s.tokens[m.a - 1 - back].norm) && !/^(the|a)$/.test(p1))) state.place = { id: m.entityId, sentence: s.index };
    }
    // in reading order: a ref sees what came before it, in this sentence too
    for (const m of [...mentions].sort((x, y) => x.a - y.a)) {
      if (m.form === "ref") {
        const ids = resolveRef(m, s, mentions);
        resolved.set(m, ids);
        for (const id of ids) noteCountry(id);
        continue;
      }
      noteCountry(m.entityId);
      // "the battlegroup set up to deter Russia": a state named as the one to deter is not where the story is
      if (m.type === "Country" && /^(deter|deterring|against|counter|countering|confront|confronting|contain|containing)$/.test(s.tokens[m.a - 1]?.lower ?? "")) state.opposed.add(m.entityId);
      if (m.type === "Person") {
        state.lastPerson = m.entityId;
        if (m.affiliation?.startsWith("country:")) state.personCountry.set(m.entityId, m.affiliation);
        if (m.affiliation) state.personSide.set(m.entityId, m.affiliation);
        state.persons = [...state.persons.filter((x) => x !== m.entityId), m.entityId];
        if (m.role) state.personRole.set(m.entityId, m.role.toLowerCase());
      }
      if (m.type === "Organization" && (m.kind === "company" || m.kind === "manufacturer")) state.lastCompany = m.entityId;
      // ("Al Shabaab, the al Qaeda-linked militant group": a name inside a hyphenated description is not the group)
      const describing = s.tokens[m.b]?.norm === "-" && /^(linked|backed|affiliated|aligned|allied|inspired|led|sponsored|funded|trained)$/.test(s.tokens[m.b + 1]?.lower ?? "");
      if (m.type === "Organization" && ARMED_KINDS.has(m.kind ?? "") && !describing) state.lastArmed = m.entityId;
      if (m.type === "Organization" && (m.kind === "coalition" || /\bCoalition\b/.test(m.entry?.name ?? m.text)) && !describing) state.lastCoalition = m.entityId;
      if (m.form === "body" && /^(army|military|armed forces)$/.test(m.kind ?? "")) state.lastMilitary = m.entityId;
      // "the Council": the council the story last named (Security Council, European Council, Human Rights Council)
      if (m.type === "Organization" && /Council\b/.test(m.entry?.name ?? m.text)) state.lastCouncil = m.entityId;
      const counted = m.kind === "coalition" ? /coalition-of-(\d+)-/.exec(m.entityId) : null;
      if (counted) state.coalitions.set(Number(counted[1]), m.entityId);
      if (m.type === "Organization" && GROUP_KINDS.has(m.kind ?? "") && (m.entry?.form === "name" || m.kind === "coalition" || (m.form === "learned" && m.kind === "group"))) {
        // a group named as an actor, not as a modifier ("NATO member country")
        const prev = s.tokens[m.a - 1]?.lower === "the" ? s.tokens[m.a - 2]?.lower : s.tokens[m.a - 1]?.lower;
        const listed = prev === "," || prev === "and" || prev === "&";
        // "the U.N. peacekeeping force": a name before a common noun modifies it
        const next = s.tokens[m.b];
        const modifier = !!next && /^[a-z]/.test(next.norm) && (next.pos === "NOUN" || next.pos === "ADJ") && m.kind !== "coalition"
          && !/^(leaders|ministers|foreign|defence|defense|heads|governments|officials|envoys|partners|allies|states|nations|countries|members|member)$/.test(next.lower);
        if (!listed && !modifier && !/^(member|members|country|countries|summit|meeting)$/.test(next?.lower ?? "")) state.lastGroup = [m.entityId];
      }
      // "Officers calling themselves the Committee for … (CTRI) appeared …. They said …": a body so introduced is who "they" are
      if (m.type === "Organization" && /^(themselves|itself)$/.test(s.tokens[m.a - 1]?.lower === "the" ? s.tokens[m.a - 2]?.lower ?? "" : s.tokens[m.a - 1]?.lower ?? "")) {
        state.lastGroup = [m.entityId];
      }
    }
    void before;
    notePairs(s, mentions);
  }
  /** "between A and B", "A and B": the last two actors named together, for "the two sides". */
  function notePairs(s: Sentence, mentions: Mention[]) {
    // "Japanese Defense Minister Minoru Kihara": the adjective before a title belongs to the person
    const actors = mentions.filter((x) => x.form !== "ref" && (x.type === "Country" || x.type === "Organization" || x.type === "Person")
      && !mentions.some((p) => p.type === "Person" && p.affiliation === x.entityId && p.a > x.a && p.a - x.b <= 5));
    for (let i = 0; i + 1 < actors.length; i++) {
      const a = actors[i], b = actors[i + 1];
      const gap = s.tokens.slice(a.b, b.a).map((x) => x.lower);
      const joined = gap.length <= 8 && gap.includes("and") && !gap.some((w) => /^[,;.]$/.test(w) && w !== ",");
      if (joined && (b.type === a.type || gap.length <= 6)) state.lastPair = [a.entityId, b.entityId];
      if (joined && a.type === "Country" && b.type === "Country" && a.form !== "demonym" && b.form !== "demonym" && a.entityId !== b.entityId) state.lastCountryPair = [a.entityId, b.entityId];
    }
  }
  function noteCountry(id: string) {
    if (!id.startsWith("country:")) return;
    state.countries = state.countries.filter((x) => x !== id);
    state.countries.push(id);
  }

  function noteSubject(ids: string[]) {
    if (!ids.length) return;
    state.lastSubject = ids;
    if (ids.length === 2) state.lastPair = ids;
    if (ids.length === 2 && ids.every((x) => x.startsWith("country:"))) state.lastCountryPair = ids;
    if (ids.length >= 2) state.lastMulti = ids;
  }

  return { step, noteSubject, resolved };
}
