// Who carried out "the attack": the agent the text names anywhere in the article, so that "X condemned
// the attack" can point at the attacker even when it is named sentences later (never the victim or place).
import type { Sentence } from "./nlp.ts";
import type { Mention } from "./mentions.ts";
import { ACT_FAMILIES, ACT_VERBS, ATTACK_NOUNS, TERRITORY_NOUNS } from "./rules.ts";
import { modalityOf } from "./modality.ts";
import { MONTH_NAMES } from "./calendar.ts";
import { datelineEnd } from "./clauses.ts";

/**
 * A sentence that dates its act to another time ("In January the group claimed twin bombings in Iran", "in 2015",
 * "last year"): an agent named there is background, the weakest evidence for the act the story is about.
 */
const BACKGROUND = new RegExp(String.raw`\b([Ii]n|[Ss]ince) (${MONTH_NAMES.join("|")})\b(?! \d)|\b([Ii]n|[Ss]ince) (19|20)\d\d\b|\b(last|previous) (year|month)\b|\byears ago\b|\b[Ee]arlier this (year|month)\b`);

interface Found { ids: string[]; sentence: number; strength: number; noun: string }

/** Kinds of attack, so that "the airstrikes" finds who struck and "the bombing" who bombed. */
const FAMILIES: string[][] = [
  ["strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "operation", "operations", "bombardment", "bombardments", "storming", "intrusion", "entry"],
  ["attack", "attacks", "sinking", "sinkings", "bombing", "bombings", "blast", "explosion", "ambush", "assault", "shooting", "shootings", "killing", "killings", "targeting", "massacre"],
  ["shelling", "shells", "shell", "rockets", "missiles", "barrage", "barrages", "salvo", "salvos"],
  ["invasion", "offensive", "incursion", "incursions", "aggression", "aggressions", "occupation", "violation", "violations", "annexation"],
  // acts that are no attack, each of its own kind
  ...ACT_FAMILIES,
];
const GENERIC = new Set(["siege", "standoff", "rampage", "hostage-taking", "killing", "killings", "massacre", "bloodshed", "attack", "attacks", "assault", "incident", "violence", "crime", "crimes", "atrocity", "atrocities", "act", "acts", "move", "disruption"]);
const family = (w: string) => FAMILIES.findIndex((f) => f.includes(w));
const FIRST_ACT_FAMILY = FAMILIES.length - ACT_FAMILIES.length;
const CUE_WORDS = /^(acknowledged|admitted|conceded|blamed|blames|blaming|claimed|claims|behind|responsibility|responsible|flattened|destroyed|levelled|leveled|demolished|entered|crossed|violated|breached|intruded|attacked|struck|bombed|shelled|raided|invaded|stormed|ambushed|targeted|killed|massacred|fired|opened|sank)$/;
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend)$/;
/** The act a verb of attack names, so that "X struck …" is found for "the strikes". */
const VERB_ACTS = new Map(Object.entries({ invaded: "invasion", shelled: "shelling", bombed: "bombing", struck: "strike", raided: "raid", stormed: "raid", sank: "sinking" }));
const PASSIVE_ACTS = /^(attacked|struck|bombed|shelled|raided|stormed|ambushed|targeted|hit|shot)$/;
const AGENT_VERBS = /^(carried|launched|conducted|staged|fired|mounted|perpetrated|committed|claimed|executed|orchestrated|ordered|authorised|authorized)$/;

/**
 * `stateOf` gives the state a person speaks for (their affiliation, or the dateline's state for a head of
 * state or government the story names without one): "ordered by the government of President X".
 */
export function findAttackers(sentences: { s: Sentence; m: Mention[] }[], ids: (m: Mention) => string[], stateOf: (person: Mention) => string | undefined = () => undefined, officeOf: (personId: string) => string | undefined = () => undefined) {
  const found: Found[] = [];
  const lead = sentences.find((x) => x.s.role === "body")?.s.index;
  for (const { s, m } of sentences) {
    if (s.role !== "body") continue;
    const t = s.tokens;
    const byToken: (Mention | undefined)[] = new Array(t.length);
    for (const x of m) if (x.type === "Country" || x.type === "Organization" || x.form === "ref") for (let i = x.a; i < x.b; i++) byToken[i] ??= x;
    const actorAt = (i: number) => byToken[i];
    /** "X said its fighters had …": whose fighters the words ending at j are. */
    const fightersOwner = (j: number) => (j > 0 && /^(fighters|forces|militants|members|troops|gunmen|men|units)$/.test(t[j].lower) && /^(its|their)$/.test(t[j - 1].lower)
      // (the speaker nearest before: "Governments from A to B condemned …, as the group said its fighters had …")
      ? [...m].reverse().find((x) => (x.type === "Country" || x.type === "Organization") && x.form !== "ref" && x.b <= j - 1 && !(t[x.b]?.norm === "-" || t[x.b]?.norm === "'s") && t.slice(x.b, j - 1).some((y) => /^(said|says|claimed|claims|added|announced|stated|boasted)$/.test(y.lower)))
      : undefined);
    /** "Yemen's Houthi movement", "Sudan's paramilitary Rapid Support Forces": the possessor only places the actor after it. */
    const ownedBy = (a: Mention) => {
      if (t[a.b]?.norm !== "'s") return undefined;
      let q = a.b + 1;
      while (q < a.b + 3 && !actorAt(q) && /^[a-z-]+$/.test(t[q]?.norm ?? "")) q++;
      return actorAt(q);
    };
    // a ministry stands for its state; an army that carried out an attack stays the army
    const actorIds = (x: Mention) => (x.form === "body" && x.affiliation && !/^(army|military|armed forces|navy|air force)$/.test(x.kind ?? "") ? [x.affiliation] : ids(x));
    /** The actors of a coordinated group starting at token i: "M23 rebels and Rwandan soldiers". */
    const groupAt = (i: number, limit: number) => {
      const out: string[] = [];
      for (let j = i; j < Math.min(limit, t.length); j++) {
        const a = actorAt(j);
        // "Yemen's Houthi movement": the possessor only places the actor
        const placed = a ? ownedBy(a) : undefined;
        if (placed) { j = placed.a - 1; continue; }
        // "…by Boko Haram fighters, the army said": the speaker is not one of the attackers
        if (a && t.slice(a.b, a.b + 2).some((x) => /^(said|says|told|added|reported|claimed)$/.test(x.lower))) break;
        if (a) { out.push(...actorIds(a)); j = a.b - 1; continue; }
        // ("fighters of the jihadist group Boko Haram": a description of up to six words before the name)
        if (!out.length) { if (j - i > 5) break; continue; }
        if (!/^(and|,|the|rebels|soldiers|troops|forces|fighters|militants|militia|gunmen|members|units|jets|aircraft|drones|missiles)$/.test(t[j].lower)) break;
      }
      return [...new Set(out)];
    };
    // a head of state or government who ordered an act acts for the state ("Netanyahu authorised the operation")
    // (the lead tells the story's own act, however it dates it: "… authorised the operation in September")
    const background = s.index !== lead && BACKGROUND.test(s.text);
    const push = (x: string[], strength: number, noun: string) => { if (x.length) found.push({ ids: [...new Set(x.map((id) => (id.startsWith("person:") ? officeOf(id) ?? id : id)))], sentence: s.index, strength: background ? Math.min(strength, 1) : strength, noun }); };
    for (let k = 0; k < t.length; k++) {
      const w = t[k].lower;
      // most words start none of the patterns below: skip them before the (costlier) modality check
      if (!CUE_WORDS.test(w) && !AGENT_VERBS.test(w) && !PASSIVE_ACTS.test(w) && !ATTACK_NOUNS.has(w) && !ACT_VERBS.has(w) && !/^(led|ousted|overthrew|toppled|deposed|seized|took|grabbed|placed|dissolved)$/.test(w)) continue;
      // "would act if Serbian forces crossed into Kosovo": a hypothetical or denied act names no attacker
      const mod = modalityOf(t, 0, k, s.text);
      if (mod.polarity === "negated" || mod.modality === "hypothetical") continue;
      // "shelling … which Yerevan blamed on Azerbaijani forces", "blamed the attack on X"
      if (/^(blamed|blames|blaming)$/.test(w)) {
        const on = t.findIndex((x, q) => q > k && q < k + 6 && x.lower === "on");
        // ("blamed the attack on the paramilitary Rapid Support Forces": past a describing word or two)
        const described = on > 0 && t[on + 1]?.lower === "the" && /^[a-z-]+$/.test(t[on + 2]?.norm ?? "");
        const a = on > 0 ? (actorAt(on + 1) ?? actorAt(on + 2) ?? (described ? actorAt(on + 3) : undefined)) : undefined;
        const noun = t.slice(Math.max(0, k - 25), k + 4).reverse().find((x) => ATTACK_NOUNS.has(x.lower))?.lower;
        if (a && noun) push(actorIds(a), 2, noun);
      }
      // "X later claimed the attack"
      if (/^(claimed|claims)$/.test(w) && t.slice(k + 1, k + 4).some((x) => ATTACK_NOUNS.has(x.lower)) && t[k + 1]?.lower !== "responsibility") {
        let j = k - 1;
        while (j >= 0 && /ly$|^(later|also|quickly|swiftly|subsequently|had|has|have)$/.test(t[j].lower)) j--;
        // "ISWAP, which split from Boko Haram in 2016, claimed": past the relative clause, and an acronym in brackets
        if (t[j]?.norm === ",") {
          const open = t.findLastIndex((x, q) => q < j && x.norm === "," && /^(which|who)$/.test(t[q + 1]?.lower ?? ""));
          if (open > 0) j = open - 1;
        }
        if (t[j]?.norm === ")" && t[j - 2]?.norm === "(") j -= 3;
        const a = actorAt(j) ?? (t[j]?.lower === "group" ? actorAt(j - 1) : undefined);
        if (a) push(actorIds(a), 3, t.slice(k + 1, k + 4).find((x) => ATTACK_NOUNS.has(x.lower))!.lower);
      }
      // "The coalition has acknowledged that an air strike which killed … was not justified": who admits the act did it
      if (/^(acknowledged|admitted|conceded)$/.test(w) && t[k + 1]?.lower === "that") {
        const noun = t.slice(k + 2, k + 6).find((x) => ATTACK_NOUNS.has(x.lower) || /^(airstrike|strike)$/.test(x.lower))?.lower;
        // (the sentence's subject, not a place in a phrase after it: "the coalition fighting in Yemen has acknowledged")
        const from = datelineEnd(t);
        const a = noun ? m.find((x) => x.a >= from && x.b <= k && x.form !== "ref" && (x.type === "Country" || x.type === "Organization") && !/^(in|on|at|of|to|from|with|against|by|for)$/.test(t[x.a - 1]?.lower ?? "") && t[x.b]?.norm !== "-") : undefined;
        if (a) push(actorIds(a), 2, noun!);
      }
      // "Washington had assessed that Israel was responsible": who is held responsible did it
      if (w === "responsible" && /^(was|were|is|are|had been)$/.test(t[k - 1]?.lower ?? "") && !/^(not|n't)$/.test(t[k - 2]?.lower ?? "")) {
        const a = actorAt(k - 2);
        const noun = t.slice(k + 1, k + 5).find((x) => ATTACK_NOUNS.has(x.lower))?.lower ?? "attack";
        if (a && a.form !== "ref") push(actorIds(a), 2, noun);
      }
      // "Responsibility was claimed later on Monday by Yemen's Houthi movement": the passive claim
      if (w === "responsibility" && /^(was|has|had)$/.test(t[k + 1]?.lower ?? "") && t.slice(k + 1, k + 4).some((x) => x.lower === "claimed")) {
        const by = t.findIndex((x, q) => q > k + 2 && q <= k + 10 && x.lower === "by");
        const noun = t.slice(Math.max(0, k - 30), k + 12).reverse().find((x) => ATTACK_NOUNS.has(x.lower))?.lower ?? "attack";
        if (by > 0) push(groupAt(by + 1, by + 10), 3, noun);
      }
      // "X said it was behind the attack", "X claimed responsibility for the bombing"
      if ((w === "behind" && ATTACK_NOUNS.has(t[k + 2]?.lower ?? "")) || (w === "responsibility" && /^claim/.test(t[k - 1]?.lower ?? ""))) {
        const noun = w === "behind" ? t[k + 2].lower : (t.slice(k + 1, k + 8).find((x) => ATTACK_NOUNS.has(x.lower))?.lower ?? "attack");
        for (let j = k - 1; j >= 0; j--) {
          if (/^(said|says|claimed|claims|admitted)$/.test(t[j].lower)) {
            // "The Islamic State group on Tuesday claimed …": step back over when it was said
            let q = j - 1;
            while (q > 0 && (TIME_WORDS.test(t[q].lower) || /^(on|late|early|also|later|quickly|swiftly|has|had|have)$/.test(t[q].lower))) q--;
            let a = actorAt(q) ?? (/^(group|movement|militants|faction|organisation|organization|network|fighters)$/.test(t[q]?.lower ?? "") ? actorAt(q - 1) : undefined);
            if (a && q !== j - 1) { push(actorIds(a), 3, noun); break; }
            // "Viv Example, the gang coalition whose leaders …, later claimed responsibility": the sentence's subject
            if (!a && t[q]?.norm === ",") {
              const semi = t.findLastIndex((x, i) => i < q && /^[;:]$/.test(x.norm));
              const subject = m.find((x) => x.a <= semi + 2 && x.a > semi && (x.type === "Country" || x.type === "Organization") && x.form !== "ref");
              if (subject) { push(actorIds(subject), 3, noun); break; }
            }
            a = actorAt(j - 1) ?? (/^(group|movement|militants|faction|organisation|organization|network|fighters)$/.test(t[j - 1]?.lower ?? "") ? actorAt(j - 2) : undefined);
            // "A newly formed militant group, Jaish-e-Fursan, claimed": the appositive name
            if (!a && t[j - 1]?.norm === ",") a = actorAt(j - 2);
            // "Al-Shabaab, the militant group that has fought …, claimed": the sentence's subject
            if (!a && t[j - 1]?.norm === ",") a = m.find((x) => x.a <= 1 && (x.type === "Country" || x.type === "Organization"));
            if (a) push(actorIds(a), 3, noun);
            break;
          }
        }
      }
      // "the shells were fired by M23 rebels and Rwandan soldiers", "the offensive was launched by the RSF"
      // ("had been claimed a day earlier by Algeria": past a time phrase)
      const byAt = t.findIndex((x, q) => q > k && q <= k + 5 && x.lower === "by" && t.slice(k + 1, q).every((y) => /^(out|a|an|the|day|days|week|hours?|earlier|later|on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night)$/.test(y.lower)));
      // "The uprising was led by General X": a person leads a coup
      if (w === "led" && byAt === k + 1) {
        // ("soldiers led by General X detained the president": the one who led the takeover)
        const noun = t.slice(Math.max(0, k - 6), k).reverse().find((x) => family(x.lower) >= 0)?.lower ?? (t.slice(k + 2, k + 12).some((x) => /^(detained|ousted|overthrew|toppled|deposed|seized)$/.test(x.lower)) ? "coup" : undefined);
        const leader = m.find((x) => x.type === "Person" && x.a > byAt && x.a <= byAt + 4);
        if (noun && leader) push([leader.entityId], 2, noun);
      }
      if (AGENT_VERBS.test(w) && byAt > 0) {
        const by = byAt;
        // ("the drones had been launched by X": the weapons of an attack stand for it)
        // (the act is the passive's own subject: "residents who had been ordered by the army" are no attack)
        let from = k - 1;
        while (from > 0 && !/^(who|whom|;)$/.test(t[from - 1].lower)) from--;
        const noun = t.slice(from, k).reverse().find((x) => ATTACK_NOUNS.has(x.lower) || family(x.lower) >= 0)?.lower ?? (t.slice(Math.max(from, k - 5), k).some((x) => /^(drones?|missiles?|rockets?|bombs?|shells?)$/.test(x.lower)) ? "attack" : undefined);
        // "the operation was ordered by the government of President X": the state X leads
        const govOf = t.findIndex((x, q) => q > by && q <= by + 3 && /^(government|administration|regime)$/.test(x.lower) && t[q + 1]?.lower === "of");
        const leader = govOf > 0 ? m.find((x) => x.type === "Person" && x.a > govOf + 1 && x.a <= govOf + 5) : undefined;
        const state = leader ? stateOf(leader) : undefined;
        if (noun) push(state ? [state] : groupAt(by + 1, by + 12), 2, noun);
      }
      // "the helicopter had been attacked by members of the White Army": the passive's agent made the attack
      if (PASSIVE_ACTS.test(w) && byAt === k + 1 && /^(was|were|been|being)$/.test(t[k - 1]?.lower ?? "")) push(groupAt(k + 2, k + 14), 2, VERB_ACTS.get(w) ?? "attack");
      // "the wave of missile strikes that Russian forces launched against Kyiv": the object relative's subject
      if (AGENT_VERBS.test(w) && t[k + 1]?.lower !== "by") {
        let j = k - 1;
        while (j > 0 && /^(had|has|have|also|reportedly)$/.test(t[j].lower)) j--;
        if (/^(forces|troops|military|army|navy|jets|aircraft|warplanes|units|fighters|militants)$/.test(t[j]?.lower ?? "")) j--;
        const a = actorAt(j);
        const rel = a ? a.a - 1 : -1;
        if (a && rel > 0 && /^(that|which)$/.test(t[rel].lower) && family(t[rel - 1]?.lower ?? "") >= 0) push(actorIds(a), 2, t[rel - 1].lower);
      }
      // "X said it had carried out … operations", "X launched airstrikes"
      if (AGENT_VERBS.test(w) && t[k + 1]?.lower !== "by") {
        // ("North Korea fired a ballistic missile": one missile fired is a launch, of the missiles' kind)
        // ("said its fighters had carried it out": the act told before, in the same sentence)
        const told = /^(it|them)$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "out" ? t.slice(0, k).reverse().find((x) => ATTACK_NOUNS.has(x.lower))?.lower ?? "attack" : undefined;
        const noun = told ?? t.slice(k + 1, k + 8).find((x) => family(x.lower) >= 0)?.lower ?? (t.slice(k + 1, k + 8).some((x) => /^(missile|rocket)$/.test(x.lower)) ? "missiles" : undefined);
        if (noun) {
          let j = k - 1;
          // "North Korea test-fired a missile"
          if (t[j]?.norm === "-" && t[j - 1]?.lower === "test") j -= 2;
          while (j >= 0 && /^(had|has|have|it|they|out|that|was|were|also|already)$/.test(t[j].lower)) j--;
          // "National Thowheed Jamath (NTJ), had carried out": past the comma and the acronym in brackets
          if (t[j]?.norm === ",") j--;
          if (t[j]?.norm === ")" && t[j - 2]?.norm === "(") j -= 3;
          // "al-Shabaab said … that its fighters had carried out the raid": whose fighters
          const owner = fightersOwner(j);
          if (owner) { push(actorIds(owner), 2, noun); continue; }
          if (/^(said|says|confirmed|announced|admitted|acknowledged)$/.test(t[j]?.lower ?? "")) j--;
          while (j >= 0 && /ly$|^(later|earlier|also|previously|then)$/.test(t[j].lower)) j--;
          const a = actorAt(j);
          // ("President X ordered an assault on …": a leader who ordered it, for the state he leads)
          const leader = !a && /^(ordered|authorised|authorized)$/.test(w) ? m.find((x) => x.type === "Person" && x.b === j + 1) : undefined;
          if (a) push(actorIds(a), 2, noun);
          else if (leader) push([leader.entityId], 2, noun);
        }
      }
      // "the far-right activist X burned a copy of the Quran": who did an act that is no attack (a person too)
      // ("X announced that he had detained President Y", "soldiers led by X seized power": a coup)
      // ("placed the president under house arrest", "dissolved state institutions": what a junta announces)
      const head = t[k + 1]?.lower === "the" ? k + 2 : k + 1;
      const coup = (/^(detained|arrested|ousted|overthrew|toppled|deposed|placed)$/.test(w) && /^(president|prime|head)$/.test(t[head]?.lower ?? "") && (w !== "placed" || t.slice(head, head + 5).some((x) => x.lower === "arrest")))
        || (/^(seized|took|grabbed)$/.test(w) && t[k + 1]?.lower === "power") || /^(ousted|overthrew|toppled|deposed)$/.test(w)
        || (w === "dissolved" && t.slice(k + 1, k + 4).some((x) => /^(government|parliament|institutions|constitution|assembly)$/.test(x.lower)));
      if ((ACT_VERBS.has(w) || coup) && !/^(was|were|been|being)$/.test(t[k - 1]?.lower ?? "")) {
        let j = k - 1;
        while (j >= 0 && /ly$|^(had|has|have|also|then|later)$/.test(t[j].lower)) j--;
        let doer = m.find((x) => x.b === j + 1 && (x.type === "Person" || x.type === "Country" || x.type === "Organization" || x.form === "ref"));
        // "they had annulled the result, dissolved institutions and placed the president under arrest": the subject of the first verb
        if (!doer && /^(,|and)$/.test(t[k - 1]?.lower ?? "")) doer = [...m].reverse().find((x) => x.b < k - 1 && x.b >= k - 14 && (x.type === "Person" || x.type === "Country" || x.type === "Organization" || x.form === "ref") && (t[x.b]?.pos === "VERB" || (/^(had|has|have)$/.test(t[x.b]?.lower ?? "") && t[x.b + 1]?.pos === "VERB")));
        if (doer) push(doer.type === "Person" ? [doer.entityId] : actorIds(doer), 2, coup ? "coup" : ACT_VERBS.get(w)!);
      }
      // "Russia had already violated Estonian airspace": a state that violated airspace or a border made the incursion
      if (/^(violated|breached)$/.test(w) && t.slice(k + 1, k + 5).some((x) => TERRITORY_NOUNS.test(x.lower))) {
        let j = k - 1;
        while (j >= 0 && /ly$|^(had|has|have|also|already|repeatedly|again)$/.test(t[j].lower)) j--;
        const a = actorAt(j);
        if (a && a.type === "Country") push(actorIds(a), 2, "incursion");
      }
      // "two Belarusian military helicopters entered Polish airspace": an incursion by the demonym's state
      // ("three Russian MiG-31 jets": past the aircraft's model)
      if (/^(entered|crossed|violated|breached|intruded)$/.test(w)) {
        for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
          const a = actorAt(j);
          if (a && a.form === "demonym") { push(ids(a), 1, "incursion"); break; }
          const weapon = m.find((x) => x.type === "Weapon" && x.a <= j && j < x.b);
          if (weapon) { j = weapon.a; continue; }
          if (!/^[a-z-]+$|^\d+$/.test(t[j].norm)) break;
        }
      }
      // "an Israeli tank fired at a tower", "Example troops opened fire on": shooting at something is an attack
      if ((w === "fired" && /^(at|on|near|into|toward|towards)$/.test(t[k + 1]?.lower ?? "")) || (w === "opened" && t[k + 1]?.lower === "fire")) {
        for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
          const a = actorAt(j);
          if (a && a.form === "demonym") { push(ids(a), 1, "attack"); break; }
          if (a) break;
          if (!/^[a-z-]+$|^\d+$|^[A-Z][a-z]+$/.test(t[j].norm)) break;
        }
      }
      // "Hamas gunmen attacked Israeli towns": the subject of an attack verb
      if (/^(attacked|struck|bombed|shelled|raided|invaded|stormed|ambushed|targeted|killed|massacred|hit|sank|flattened|destroyed|levelled|leveled|demolished)$/.test(w)) {
        // "members of the X gang killed …": only the group's own people between it and a verb of killing
        const killing = /^(killed|massacred)$/.test(w);
        // ("X said … that its fighters had attacked a gathering")
        let q0 = k - 1;
        while (q0 > 0 && /^(had|has|have|also|then)$/.test(t[q0].lower)) q0--;
        const ownerOfFighters = fightersOwner(q0);
        if (ownerOfFighters) push(actorIds(ownerOfFighters), 2, VERB_ACTS.get(w) ?? "attack");
        else for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
          if (killing && !actorAt(j) && !/^(gang|members|fighters|gunmen|militants|forces|troops|soldiers|rebels|militiamen)$/.test(t[j].lower)) break;
          const a = actorAt(j);
          // ("Pakistani airstrikes hit Paktika": the act is the subject's own noun)
          if (a) { push(actorIds(a), 1, family(t[k - 1].lower) >= 0 ? t[k - 1].lower : VERB_ACTS.get(w) ?? "attack"); break; }
          if (!/^[a-z-]+$/.test(t[j].norm) || /^(by|and|was|were|been)$/.test(t[j].lower)) break;
        }
      }
      if (!ATTACK_NOUNS.has(w)) continue;
      // "the Israeli attack", "Russian missile strikes"
      const adj = actorAt(k - 1) ?? (/^(missile|drone|rocket|air|artillery|naval|suicide|mortar)$/.test(t[k - 1]?.lower ?? "") ? actorAt(k - 2) : undefined);
      // "the Houthi attacks", "a Hamas raid": an armed group's name used as a modifier is the agent too
      // "U.S. air strikes": a state's abbreviation as a modifier is the agent too (a full name there is more
      // often the place: "the Gaza strikes")
      const abbreviation = adj?.type === "Country" && /^[A-Z][A-Z.]{1,5}$/.test(adj.text);
      if (adj && (adj.form === "demonym" || abbreviation || (adj.type === "Organization" && adj.form !== "ref" && adj.form !== "body" && /militant|armed|rebel|group|movement|militia/.test(adj.kind ?? "")))) push(ids(adj), 1, w);
      // "an attack by X"
      if (t[k + 1]?.lower === "by") {
        let a = actorAt(k + 2) ?? actorAt(k + 3);
        // "attacks by Yemen's Houthi movement": the possessor only places the agent
        if (a) a = ownedBy(a) ?? a;
        if (a) push(actorIds(a), 2, w);
      }
      // "X's attempt to … with airstrikes", "X's attack"
      for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
        if (t[j].norm === "'s") {
          const a = actorAt(j - 1);
          const before = a ? t[a.a - 1]?.lower ?? "" : "";
          if (a && !/^(on|against|in|at|to|into|of|by)$/.test(before)) push(actorIds(a), 1, w);
          break;
        }
        // ("Chad's army reels from an assault": the act sits in a phrase of its own)
        if (/^[.;,]$/.test(t[j].norm) || /^(from|after|since|during|following|amid|despite|against)$/.test(t[j].lower)) break;
        // "Saudi Arabia's foreign ministry also denounced the killings": a verb ends the phrase that owns the act
        if (t[j].pos === "VERB" && !/^(kill|attempt|try|launch)/.test(t[j].lemma) && t[j - 1]?.lower !== "to") break;
      }
    }
  }
  return {
    found,
    /** The attacker for an attack mentioned in `sentence`: the strongest evidence, then the same kind of attack, then the nearest. */
    pick(sentence: number, minStrength = 0, noun?: string, exclude: string[] = []): string[] {
      const fam = noun ? family(noun) : -1;
      // "the incursion" is not "the rockets": a specific kind of attack needs a candidate of that kind ("attack" fits all)
      const generic = !noun || GENERIC.has(noun) || fam < 0;
      // an act that is no attack (an arrest, a burning) answers only for its own kind
      // (and never the condemner's own act)
      const own = (f: Found) => (family(f.noun) < FIRST_ACT_FAMILY || family(f.noun) === fam) && !f.ids.every((x) => exclude.includes(x));
      let cands = found.filter((f) => own(f) && f.strength >= minStrength && (generic || family(f.noun) === fam || GENERIC.has(f.noun) || f.strength >= 3));
      // "the strikes" after "an assault later claimed by X": with no candidate of that kind, a firmly named agent
      // (strikes and attacks are one broad kind; an incursion is not rocket fire)
      if (!cands.length && fam <= 1) cands = found.filter((f) => own(f) && f.strength >= Math.max(2, minStrength) && family(f.noun) <= 1 && family(f.noun) >= 0);
      // a claim of responsibility for another kind of act yields to an agent of this very kind ("the strikes"
      // after "Pakistani airstrikes hit …", not the ambush a group claimed)
      if (!generic && cands.some((f) => family(f.noun) === fam)) cands = cands.filter((f) => family(f.noun) === fam || GENERIC.has(f.noun));
      if (!cands.length) return [];
      // an act is usually told before it is condemned; only a claim of responsibility commonly comes after
      const score = (f: Found) => f.strength * 10 + (fam >= 0 && family(f.noun) === fam ? 15 : 0) - Math.abs(f.sentence - sentence) * 0.5 - (f.sentence > sentence && f.strength < 3 ? 3 : 0);
      const ranked = [...cands].sort((a, b) => score(b) - score(a));
      // two agents named firmly for the same act ("IS claimed the bombings"; "police said NTJ carried them
      // out") are both its agents; a weaker or far-off candidate is an alternative, not a partner
      const best = ranked[0];
      const partners = ranked.slice(1).filter((f) => best.strength >= 2 && f.strength >= 2 && family(f.noun) === family(best.noun) && score(f) >= score(best) - 15);
      return [...new Set([...best.ids, ...partners.flatMap((f) => f.ids)])];
    },
  };
}
