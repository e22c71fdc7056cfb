// Article -> ExtractRecord: lines, sentences, mentions, back-references, entities, claims. Pure: no I/O.
import type { Article, Claim, Entity, ExtractRecord, RelationType } from "./types.ts";
import { classifyLines } from "./boilerplate.ts";
import { straighten, tokenizeParagraph, type Sentence, type Token } from "./nlp.ts";
import { findMentions, type LocalNames, type Mention } from "./mentions.ts";
import { createDiscourse } from "./discourse.ts";
import { extractClaims, type ClaimContext } from "./extract-claims.ts";
import { datelineEnd } from "./clauses.ts";
import { COUNTRIES, ORGANISATIONS, WEAPONS, countryId } from "./gazetteer/index.ts";
import { findAttackers } from "./attackers.ts";
import { ACT_NOUNS, ATTACK_NOUNS, DOCUMENT_NOUNS } from "./rules.ts";
import { findMemberships } from "./memberships.ts";
import { parseDate } from "./parse-date.ts";
import { dateNear, datesIn } from "./event-dates.ts";

/** A comma of no width, put between list items joined into one sentence. */
const COMMA: Token = { i: 0, text: ",", norm: ",", lower: ",", lemma: ",", pos: "PUNCT", start: 0, end: 0, space: false, cap: false };
/** A semicolon between list items read as the comma it stands for (its offsets kept). */
const asComma = (tok: Token): Token => ({ ...tok, text: ",", norm: ",", lower: ",", lemma: "," });
/** Sentences made of a table cell and its column header. */
const FROM_CELLS = new WeakSet<Sentence>();
const COLON: Token = { ...COMMA, text: ":", norm: ":", lower: ":", lemma: ":" };

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of classifyLines(text)) {
    if (line.role === "dropped") continue;
    // a list item joins the sentence that introduced it, after a comma, so that "signed by: - A - B" reads as "signed by A, B"
    const lead = out[out.length - 1];
    if (line.role === "item" && lead) {
      // ("A; B; the C": items set apart by semicolons are a list like any other)
      const items = tokenizeParagraph(line.text, line.start).flatMap((s) => s.tokens).map((tok) => (tok.norm === ";" ? asComma(tok) : tok));
      if (!lead.text.endsWith(":")) lead.tokens.push({ ...COMMA, i: lead.tokens.length, start: lead.end, end: lead.end });
      for (const tok of items) lead.tokens.push({ ...tok, i: lead.tokens.length });
      lead.end = line.end;
      lead.text = text.slice(lead.start, lead.end);
      continue;
    }
    if (line.role === "cell" && line.header) {
      // "Signed in Kigali: A, B and C": the header, a colon, the cell (evidence shows them so)
      const toks = [...tokenizeParagraph(line.header.text, line.header.start).flatMap((s) => s.tokens), { ...COLON, start: line.start, end: line.start }, ...tokenizeParagraph(line.text, line.start).flatMap((s) => s.tokens)];
      toks.forEach((tok, i) => (tok.i = i));
      const cell: Sentence = { index: out.length, text: `${line.header.text}: ${line.text}`, start: line.start, end: line.end, tokens: toks, role: "body" };
      FROM_CELLS.add(cell);
      out.push(cell);
      continue;
    }
    for (const s of tokenizeParagraph(line.text, line.start)) {
      out.push({ index: out.length, text: text.slice(s.start, s.end), start: s.start, end: s.end, tokens: s.tokens, role: line.role === "caption" ? "caption" : line.role === "headline" ? "headline" : "body" });
    }
  }
  for (const s of out) unnumberList(s);
  return joinLabelledLists(out, text);
}

/** "Other European states: A, B and C": a label, a colon, then a list (of two or more). */
function labelledList(s: Sentence): number {
  const t = s.tokens;
  const colon = t.findIndex((x, k) => k <= 5 && x.norm === ":");
  if (colon < 1 || !/^[A-Z]/.test(t[0].norm) || t.slice(0, colon).some((x) => x.pos === "VERB" || x.pos === "AUX")) return -1;
  // a list of names: short items between the commas ("Reporter: Why, then, did you go?" is none)
  const items: number[] = [0];
  for (const x of t.slice(colon + 1)) if (x.norm === "," || x.lower === "and") items.push(0); else items[items.length - 1]++;
  return items.length >= 2 && items.every((n) => n <= 7) && !t.slice(colon + 1).some((x) => x.pos === "VERB" || x.pos === "AUX") ? colon : -1;
}

/**
 * "…endorsed by the following: European Union member states: A, B … / Other European states: C, D / Beyond
 * Europe: E and F": each labelled list after a sentence that ends in a list continues that list.
 */
function joinLabelledLists(out: Sentence[], text: string): Sentence[] {
  const kept: Sentence[] = [];
  for (const s of out) {
    const lead = kept[kept.length - 1];
    // (a table's cells are read with their headers, never joined to the sentence before the table)
    const colon = s.role === "body" && lead?.role === "body" && !FROM_CELLS.has(s) && !FROM_CELLS.has(lead) && lead.tokens.some((x) => x.norm === ":") ? labelledList(s) : -1;
    if (colon < 0 || !lead) { kept.push(s); continue; }
    const last = lead.tokens[lead.tokens.length - 1];
    if (last && /^[.;]$/.test(last.norm)) lead.tokens.pop();
    lead.tokens.push({ ...COMMA, i: lead.tokens.length, start: s.start, end: s.start });
    for (const tok of s.tokens.slice(colon + 1)) lead.tokens.push({ ...tok, i: lead.tokens.length });
    lead.end = s.end;
    lead.text = text.slice(lead.start, lead.end);
  }
  kept.forEach((s, i) => (s.index = i));
  return kept;
}

/**
 * "endorsed by: (1) Albania; (2) Andorra; … (44) the United States": an inline numbered list reads as a comma
 * list — the "(N)" markers go, and the semicolons between items become commas (offsets are kept).
 */
function unnumberList(s: Sentence): void {
  const t = s.tokens;
  const marker = (i: number) => t[i]?.norm === "(" && /^\d{1,3}$/.test(t[i + 1]?.norm ?? "") && t[i + 2]?.norm === ")";
  let count = 0;
  for (let i = 0; i < t.length; i++) if (marker(i)) count++;
  if (count < 3) return;
  const kept: Token[] = [];
  for (let i = 0; i < t.length; i++) {
    if (marker(i)) { i += 2; continue; }
    kept.push(t[i].norm === ";" && marker(i + 1) ? asComma(t[i]) : t[i]);
  }
  kept.forEach((x, i) => (x.i = i));
  s.tokens = kept;
}

/** A publication date printed in the first lines ("Tuesday, 05 Nov 2024"), when the input gave none. */
export function dateFromText(text: string): string | null {
  for (const line of text.split("\n").slice(0, 8)) {
    const m = /\b((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}))\b/i.exec(line.trim());
    if (m && line.trim().length - m[1].length < 30) {
      const d = parseDate(m[1]).date;
      if (d) return d;
    }
  }
  return null;
}

/** Capitals that house a body and stand for it in news copy ("Brussels" for the EU). */
const SEATS = new Map([...ORGANISATIONS.values()].filter((o) => o.seat).map((o) => [String(o.seat).toLowerCase(), o]));

export function extractArticle(input: Article): ExtractRecord {
  const article = input.date ? input : { ...input, date: dateFromText(input.text) };
  const sentences = splitSentences(article.text);
  // the story's own headline, repeated above the body, states what the story reports: read it as a sentence
  // (other headlines — related stories, section labels — stay headlines, which yield entities only)
  const ownTitle = article.title ? straighten(article.title).trim().toLowerCase() : "";
  if (ownTitle) for (const s of sentences) if (s.role === "headline" && straighten(s.text).trim().toLowerCase() === ownTitle) s.role = "body";
  // two passes: the first learns names introduced by patterns ("Foreign Minister Yoko Kamikawa"), the
  // second finds their later bare uses ("Kamikawa") everywhere in the article
  const local: LocalNames = { phrases: [] };
  const learnedBefore: number[] = [];
  const first = sentences.map((s) => {
    learnedBefore.push(local.phrases.length);
    return findMentions(s, local, true);
  });
  // a sentence needs a second look only where a name learned after it starts with one of its words, or one
  // learned from it occurs in it outside the mention it was learned from (the usual case needs none: ~15% of
  // extraction time)
  learnedBefore.push(local.phrases.length);
  const mentions = sentences.map((s, i) => {
    const later = new Set(local.phrases.slice(learnedBefore[i + 1]).map((p) => p.words[0]));
    const own = local.phrases.slice(learnedBefore[i], learnedBefore[i + 1]);
    const again = (k: number) => own.some((p) => p.words[0] === s.tokens[k].norm && !first[i].some((m) => m.entityId === p.id && m.a <= k && k < m.b));
    if (!s.tokens.some((tok, k) => later.has(tok.norm) || (own.length > 0 && again(k)))) return first[i];
    // the second pass reads names learned later; what the first pass knew of a name it found again (where its
    // noun phrase starts: "The EU's foreign policy chief, X") it keeps
    const again2 = findMentions(s, local, false);
    for (const m of again2) {
      const before = first[i].find((x) => x.a === m.a && x.b === m.b && x.entityId === m.entityId);
      if (before) { m.np ??= before.np; m.role ??= before.role; m.affiliation ??= before.affiliation; }
    }
    return again2;
  });
  // a caption names the people and states in the picture; the places and bodies only its patterns found there
  // ("… takes off from Example Air Force Base", "(Example Agency)", a credit) are not the story's
  mentions.forEach((ms, i) => {
    if (sentences[i].role === "caption") mentions[i] = ms.filter((m) => !(m.form === "learned" && (m.type === "Organization" || m.type === "Location")));
  });
  // "N'DJAMENA, Jan 31 (Sahel Press Agency) -": the agency in a dateline's brackets is the outlet, not the story's
  mentions.forEach((ms, i) => {
    const t = sentences[i].tokens;
    const end = sentences[i].role === "body" ? datelineEnd(t) : 0;
    const open = end > 0 ? t.findIndex((x, k) => k < end && x.norm === "(") : -1;
    if (open >= 0) mentions[i] = ms.filter((m) => !(m.a > open && m.b < end));
  });
  // "accusing Brussels of …" in a story about an EU mission: the seat stands for the body the story names, unless the
  // story names the seat's state itself (organisations.json "seat")
  const mentioned = new Set(mentions.flat().map((m) => m.entityId));
  const namedStates = new Set(mentions.flat().filter((m) => m.type === "Country" && m.form !== "capital").map((m) => m.entityId));
  for (const ms of mentions) for (const m of ms) {
    if (m.form !== "capital") continue;
    const body = SEATS.get(m.text.toLowerCase());
    if (body && mentioned.has(body.id) && !namedStates.has(m.entityId)) Object.assign(m, { entityId: body.id, type: "Organization", form: "name", kind: body.kind, entry: undefined });
  }
  // an ad-hoc coalition is this article's: its id carries the article's hash, so two "groups of 48 nations" stay apart (one named
  // by its leader, "the Saudi-led coalition", is the same actor from story to story)
  for (const ms of mentions) for (const m of ms) if (m.kind === "coalition" && !m.leader && !m.entityId.includes("@")) m.entityId = `${m.entityId}@${article.hash.slice(0, 8)}`;

  // the headline weighs in: a Myanmar story may name China more often than Myanmar
  const titleMentions = article.title ? splitSentences(article.title).map((s) => findMentions({ ...s, role: "body" }, { phrases: [] }, false)) : [];
  const topic = topicCountry([...mentions, ...titleMentions, ...titleMentions, ...titleMentions]);
  const discourse = createDiscourse(topic);
  const ids = (m: Mention) => (m.form === "ref" ? discourse.resolved.get(m) ?? [] : [m.entityId]);
  const docIds = new Map<string, string>();
  const claims: Claim[] = [];
  const affiliations = new Map<string, string>();
  const roles = new Map<string, string>();
  for (const ms of mentions) for (const m of ms) if (m.type === "Person" && m.role && !roles.has(m.entityId)) roles.set(m.entityId, m.role);
  for (const ms of mentions) for (const m of ms) if (m.affiliation && !affiliations.has(m.entityId)) affiliations.set(m.entityId, m.affiliation);
  /** Who the lead sentence is about, noted when its claims are read. */
  let leadSubject: string[] = [];
  /** The state a head of state or government (or defence minister) named in the story leads, who acts for it. */
  const stateLedBy = (id: string): string | undefined => {
    const state = affiliations.get(id);
    return state?.startsWith("country:") && HEAD_OFFICE.test(roles.get(id) ?? "") ? state : undefined;
  };
  const condemned: { words: Set<string>; objects: string[] }[] = [];
  const named = new Map<string, string>();
  let missionHost: string | undefined;
  let lastWeapon: string | undefined;
  // the lead's weapon holder: the first body sentence names a state as subject and a weapon ("Ukraine has put its first F-16 jets on show")
  const leadIndex = sentences.findIndex((s) => s.role === "body");
  const leadWeapons = new Set(leadIndex >= 0 ? mentions[leadIndex].filter((m) => m.type === "Weapon" && m.kind === "model").map((m) => m.entityId) : []);
  const leadHolder = leadWeapons.size ? mentions[leadIndex].find((m) => m.type === "Country" && m.form !== "demonym" && m.a <= datelineEnd(sentences[leadIndex].tokens) + 1)?.entityId : undefined;
  const ctx: ClaimContext = {
    attackerFor: () => [],
    lastCondemned: () => {
      for (let i = claims.length - 1; i >= 0; i--) if (claims[i].type === "CONDEMNS" && claims[i].polarity === "positive") {
        const last = claims[i].evidence[0].start;
        return claims.filter((c) => c.type === "CONDEMNS" && c.evidence[0].start === last).map((c) => c.object);
      }
      // "Fifty countries condemned X's decision …. The EU condemned the decision": what was condemned by a tally that is no actor
      return condemned.length ? condemned[condemned.length - 1].objects : [];
    },
    // the document signed last, else the last named one ("the Lima Convention") told so far
    lastDocument: () => [...docIds.values()].pop() ?? claims.filter((c) => c.type === "SIGNS").map((c) => c.object).pop() ?? [...named].filter(([kind]) => DOCUMENT_NOUNS.has(kind)).map(([, id]) => id).pop(),
    namedDocument: (kind) => named.get(kind),
    // the signers of the first signing told of that document, the story's own ("a similar agreement" signed later by
    // others is another one); without that noun, of the last document signed ("the pact" after "an agreement")
    signersOf: (noun) => {
      const key = /statement|communique|declaration/.test(noun) ? "statement" : noun;
      const signed = claims.filter((c) => c.type === "SIGNS" && c.polarity === "positive" && c.modality === "asserted");
      const doc = named.get(noun) ?? docIds.get(key) ?? signed[signed.length - 1]?.object;
      const first = signed.find((c) => c.object === doc);
      if (!first) return [];
      const firstSigners = signed.filter((c) => c.object === doc && c.evidence[0].start === first.evidence[0].start).map((c) => c.subject);
      const states = firstSigners.filter((x) => !x.startsWith("person:"));
      // ("Prime Minister A and B, the leader of C, signed a memorandum": the states the signing leaders speak for)
      return [...new Set(states.length ? states : firstSigners.map((p) => affiliations.get(p)).filter((x): x is string => !!x?.startsWith("country:")))];
    },
    withdrawTransfer: (objects, sentenceStart) => {
      // the last asserted transfer (to one of `objects`, when given) told within a few sentences before
      const last = claims.filter((c) => c.type === "SUPPLIES" && c.polarity === "positive" && c.modality === "asserted" && c.evidence[0].start < sentenceStart
        && sentenceStart - c.evidence[0].end < 600 && (!objects.length || objects.includes(c.object))).pop();
      if (!last) return;
      for (const c of claims) if (c.type === "SUPPLIES" && c.evidence[0].start === last.evidence[0].start && c.modality === "asserted") c.modality = "proposed";
    },
    condemnedBy: (subjects) => [...new Set(claims.filter((c) => c.type === "CONDEMNS" && c.polarity === "positive" && c.modality === "asserted" && subjects.includes(c.subject)).map((c) => c.object))],
    leadSentence: () => leadIndex,
    leadSubject: () => leadSubject,
    noteLeadSubject: (ids) => { leadSubject = ids; },
    stateLedBy,
    lastClaimType: () => claims.filter((c) => c.polarity === "positive" && c.modality === "asserted").pop()?.type,
    signatoriesToldBefore: (i) => {
      for (let q = i; q >= Math.max(0, i - 2); q--) if (sentences[q].tokens.some((x) => /^(signatories|signers|endorsers|co-sponsors|signatory)$/.test(x.lower))) return true;
      return false;
    },
    actNounBefore: (i) => {
      for (let q = i; q >= Math.max(0, i - 1); q--) {
        const noun = [...sentences[q].tokens].reverse().find((x) => ATTACK_NOUNS.has(x.lower) || ACT_NOUNS.has(x.lower));
        if (noun) return noun.lower;
      }
      return undefined;
    },
    leadActors: () => {
      // (signing the story's joint statement is how its signers condemn, not the move a third party condemns)
      const acts = claims.filter((c) => /^(SUPPLIES|DEPLOYS|SIGNS|SANCTIONS)$/.test(c.type) && c.polarity === "positive" && c.modality === "asserted" && !c.object.startsWith("event:statement-"));
      if (!acts.length) return [];
      const at = Math.min(...acts.map((c) => c.evidence[0].start));
      // (a head of state or government acts for the state: "Russian President X signed decrees" is Russia's step)
      const who = acts.filter((c) => c.evidence[0].start === at).map((c) => c.subject);
      return [...new Set([...who, ...who.map(stateLedBy).filter((x): x is string => !!x)])];
    },
    previousSubjects: (type) => {
      for (let i = claims.length - 1; i >= 0; i--) if (claims[i].type === type && claims[i].polarity === "positive" && claims[i].modality === "asserted") {
        const at = claims[i].evidence[0].start;
        return [...new Set(claims.filter((c) => c.type === type && c.evidence[0].start === at && c.polarity === "positive").map((c) => c.subject))];
      }
      return [];
    },
    leadHolder: (weapon) => (leadHolder && leadWeapons.has(weapon) ? leadHolder : undefined),
    lastWeapon: () => lastWeapon,
    lastInstrument: () => claims.filter((c) => c.type === "SUPPLIES" && c.instrument).pop()?.instrument,
    transferRecipients: () => [...new Set(claims.filter((c) => c.type === "SUPPLIES" && c.polarity === "positive" && c.modality === "asserted").map((c) => c.object))],
    previousTransfer: (type, subject) => {
      for (let i = claims.length - 1; i >= 0; i--) if (claims[i].type === type && (!subject || claims[i].subject === subject) && claims[i].polarity === "positive") return claims[i].object;
      return undefined;
    },
    weaponDestination: () => undefined,
    missionHost: () => missionHost,
    datelineCountry: undefined,
    membersOf: () => [],
    noteCondemned: (words, objects) => { if (words.length) condemned.push({ words: new Set(words), objects }); },
    recallCondemned: (words) => {
      for (let i = condemned.length - 1; i >= 0; i--) if (words.some((w) => condemned[i].words.has(w))) return condemned[i].objects;
      return [];
    },
    documentFor: (noun) => {
      const key = /statement|communique|declaration/.test(noun) ? "statement" : noun;
      if (!docIds.has(key)) docIds.set(key, `event:${key}-${article.hash.slice(0, 10)}`);
      return docIds.get(key)!;
    },
    // a body's state: its recorded affiliation, else the ISO code its id carries ("org:SD-military")
    countryOf: (id) => {
      const iso = /^org:([A-Z]{2})-/.exec(id)?.[1];
      return affiliations.get(id) ?? (iso ? `country:${iso}` : undefined);
    },
  };
  const perSentence: { s: Sentence; m: Mention[] }[] = [];
  for (let i = 0; i < sentences.length; i++) {
    discourse.step(sentences[i], mentions[i]);
    perSentence.push({ s: sentences[i], m: mentions[i] });
  }
  ctx.datelineCountry = datelineCountry(sentences, mentions);
  // "The Joint Chiefs of Staff (JCS) said …" in a story filed from Seoul: a state body named without its
  // state is the dateline state's
  if (ctx.datelineCountry) {
    const bodies = new Set<string>();
    for (const ms of mentions) for (const m of ms) {
      if (m.type === "Organization" && !m.affiliation && m.kind === "body" && STATE_BODY.test(m.text) && !INTERNATIONAL.test(m.text)) bodies.add(m.entityId);
    }
    // every mention of it, its acronym too ("the JCS said")
    for (const ms of mentions) for (const m of ms) if (bodies.has(m.entityId) && !m.affiliation) m.affiliation = ctx.datelineCountry;
    for (const id of bodies) if (!affiliations.has(id)) affiliations.set(id, ctx.datelineCountry);
  }
  const destinations = weaponDestinations(perSentence, ids);
  ctx.weaponDestination = (w) => destinations.get(w);
  const attackers = findAttackers(perSentence, ids, (p) => {
    const known = affiliations.get(p.entityId) ?? p.affiliation;
    if (known?.startsWith("country:")) return known;
    // "President Daniel Noboa" in a story filed from Quito: the head of the dateline's state
    return HEAD_OF_STATE.test(p.role ?? "") ? ctx.datelineCountry : undefined;
  }, stateLedBy);
  const listed = findMemberships(perSentence, ids);
  ctx.membersOf = (id) => [...new Set(listed.filter((c) => c.object === id).map((c) => c.subject))];
  ctx.attackerFor = (i, min, noun, exclude) => attackers.pick(i, min, noun, exclude);
  // discourse state must follow the text: resolve again in order while extracting, so "they" follows subjects
  const discourse2 = createDiscourse(topic);
  const ids2 = (m: Mention) => (m.form === "ref" ? discourse2.resolved.get(m) ?? [] : [m.entityId]);
  for (let i = 0; i < sentences.length; i++) {
    discourse2.step(sentences[i], mentions[i]);
    for (const m of mentions[i]) if (m.type === "Event" && m.form === "learned" && m.kind) named.set(m.kind, m.entityId);
    for (const m of mentions[i]) if (ORGANISATIONS.get(m.entityId)?.host) missionHost = countryId(ORGANISATIONS.get(m.entityId).host);
    const r = extractClaims({ s: sentences[i], mentions: mentions[i], ids: ids2 }, ctx);
    discourse2.noteSubject(r.subjects);
    claims.push(...r.claims);
    for (const m of mentions[i]) if (m.type === "Weapon" && m.kind === "model") lastWeapon = m.entityId;
  }
  claims.push(...findMemberships(perSentence, ids2));

  const entities = collectEntities(mentions, ids2, docIds, article);
  datePlacedEvents(entities, sentences, mentions, claims, article.date);
  claims.push(...structuralClaims(entities, sentences, mentions));
  for (const c of claims) for (const ev of c.evidence) { ev.article = article.id; ev.date = article.date; ev.rule ??= c.rule; }
  // a state a claim resolved to without naming it (a mission's host) still gets its node
  for (const c of claims) for (const id of [c.subject, c.object]) {
    const iso = /^country:([A-Z]{2})$/.exec(id)?.[1];
    const info = iso ? COUNTRIES.get(iso) : undefined;
    if (info && !entities.some((e) => e.id === id)) entities.push({ id, type: "Country", name: info.name, iso: info.iso, aliases: [] });
  }
  const known = new Set(entities.map((e) => e.id));
  const merged = mergeClaims(claims.filter((c) => known.has(c.subject) && known.has(c.object)));
  return {
    article: article.id, hash: article.hash, title: article.title, date: article.date,
    ...(article.dateApprox ? { dateApprox: true } : {}),
    source: article.source, url: article.url, entities,
    claims: merged.filter((c) => c.polarity === "positive" && c.modality === "asserted"),
    hedged: merged.filter((c) => !(c.polarity === "positive" && c.modality === "asserted")),
  };
}

/** The country the article mentions most (by name, demonym, capital or body), if one leads. */
function topicCountry(mentions: Mention[][]): string | undefined {
  const n = new Map<string, number>();
  for (const ms of mentions) for (const m of ms) {
    // a dateline ("CAIRO -") is where the reporter is; a place ("Sudan's Gezira state") is where the story is
    if (m.form === "capital" && m.text === m.text.toUpperCase()) continue;
    const id = m.type === "Country" ? m.entityId : m.form === "body" || m.type === "Location" ? m.affiliation ?? m.entry?.country : undefined;
    if (id?.startsWith("country:")) n.set(id, (n.get(id) ?? 0) + 1);
  }
  const sorted = [...n].sort((a, b) => b[1] - a[1]);
  return sorted.length && (sorted.length === 1 || sorted[0][1] > sorted[1][1]) ? sorted[0][0] : undefined;
}

/**
 * Where the article says a weapon went, by weapon (and its category): "the K2 tanks ordered by Warsaw",
 * "howitzers … arrived in Poland", "arrived at the port of Gdynia" (a place with its state). The first
 * destination told stands: later transfers of "the tanks" are the same ones.
 */
function weaponDestinations(sentences: { s: Sentence; m: Mention[] }[], ids: (m: Mention) => string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { s, m } of sentences) {
    const t = s.tokens;
    for (const w of m) {
      // a warship that arrives is deployed, not handed over
      if (w.type !== "Weapon" || /ship|vessel|frigate|submarine|destroyer|corvette|carrier|boat/.test(w.entityId)) continue;
      let dest: string | undefined;
      for (let q = w.b; q < Math.min(t.length, w.b + 10) && !dest; q++) {
        if (/^[.;]$/.test(t[q].norm)) break;
        const by = /^(ordered|bought|purchased|acquired|procured)$/.test(t[q].lower) && t[q + 1]?.lower === "by";
        const arrived = /^(arrived|arrive|arrives|landed|docked)$/.test(t[q].lower) && /^(in|at)$/.test(t[q + 1]?.lower ?? "");
        if (!by && !arrived) continue;
        const place = m.find((x) => x.a >= q + 2 && x.a <= q + 7 && (x.type === "Country" || x.type === "Location") && x.form !== "ref");
        const state = place?.type === "Country" ? ids(place)[0] : place?.affiliation ?? place?.entry?.country;
        if (state?.startsWith("country:")) dest = state;
      }
      if (!dest) continue;
      if (!out.has(w.entityId)) out.set(w.entityId, dest);
      // "the tanks" for "K2 tanks"; never the root category, which every weapon shares
      const parent = WEAPONS.get(w.entityId)?.parent;
      if (parent && parent !== "weapon:arms" && !out.has(parent)) out.set(parent, dest);
    }
  }
  return out;
}

/** Heads of state or government: one named without a state in a datelined story leads the dateline's state. */
const HEADS = "president|prime minister|premier|king|emir";
const HEAD_OF_STATE = new RegExp(`^(${HEADS})$`, "i");
/** Offices whose holder's orders are the state's acts. */
const HEAD_OFFICE = new RegExp(`^(${HEADS}|supreme leader|chancellor|defen[cs]e minister|minister of defen[cs]e)$`, "i");
const STATE_BODY = /\b(Ministry|Chiefs of Staff|Armed Forces|Army|Navy|Air Force|Coast Guard|Border Guard|Police|Gendarmerie|Presidential Office|Presidency|Defen[cs]e Forces?|Intelligence Service|Security Service)\b/;
const INTERNATIONAL = /\b(United Nations|UN|European|African|Arab|NATO|International|Regional|Joint Force|Multinational|Peacekeeping)\b/;

/** "GOMA, Democratic Republic of Congo (Reuters) -": the country a story was filed from, where the dateline names one. */
function datelineCountry(sentences: Sentence[], mentions: Mention[][]): string | undefined {
  const i = sentences.findIndex((s) => s.role === "body");
  if (i < 0) return undefined;
  const t = sentences[i].tokens;
  const dash = datelineEnd(t) - 1;
  if (dash <= 0) return undefined;
  const countries = mentions[i].filter((m) => m.b <= dash && m.type === "Country").map((m) => m.entityId);
  const distinct = [...new Set(countries)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

function collectEntities(mentions: Mention[][], ids: (m: Mention) => string[], docIds: Map<string, string>, article: Article): Entity[] {
  const byId = new Map<string, Entity>();
  const ensure = (id: string, init: () => Entity) => {
    let e = byId.get(id);
    if (!e) { e = init(); byId.set(id, e); }
    return e;
  };
  mentions.forEach((ms) => {
    for (const m of ms) {
      if (m.form === "ref") continue;
      const e = ensure(m.entityId, () => ({
        id: m.entityId, type: m.type, name: m.entry?.name ?? m.text, aliases: [],
        ...(m.kind ? { kind: m.kind } : {}),
        ...(m.entry?.iso ? { iso: m.entry.iso } : {}),
      }));
      if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
      if (m.affiliation && !e.country && m.type !== "Weapon") e.country = m.affiliation;
      if (m.entry?.country && !e.country) e.country = m.entry.country;
      if (m.role && !e.role) e.role = m.role;
    }
  });
  // "the army" resolved to a country's armed forces that the text never named in full
  for (const m of mentions.flat()) if (m.form === "ref") for (const id of ids(m)) {
    const iso = /^org:([A-Z]{2})-military$/.exec(id)?.[1];
    const c = iso ? COUNTRIES.get(iso) : undefined;
    if (c && !byId.has(id)) byId.set(id, { id, type: "Organization", kind: "military", name: `${c.name} military`, aliases: [], country: countryId(iso!) });
    const e = iso ? byId.get(id) : undefined;
    if (e && m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
  }
  // the states and categories that structural edges point to must exist as nodes
  for (const e of [...byId.values()]) {
    if (e.country && !byId.has(e.country) && e.country.startsWith("country:")) {
      const c = COUNTRIES.get(e.country.slice(8));
      if (c) byId.set(e.country, { id: e.country, type: "Country", name: c.name, iso: c.iso, aliases: [] });
    }
    if (e.type === "Weapon") {
      const parent = WEAPONS.get(e.id)?.parent ?? (e.kind === "model" ? (e.country ?? "weapon:arms") : undefined);
      if (parent && parent.startsWith("weapon:") && !byId.has(parent)) {
        const w = WEAPONS.get(parent);
        if (w) byId.set(parent, { id: parent, type: "Weapon", name: w.name, kind: "category", aliases: [] });
      }
    }
  }
  for (const [key, id] of docIds) {
    ensure(id, () => ({ id, type: "Event", kind: key, name: `${key}${article.date ? ` of ${article.date}` : ` (${article.id})`}`, aliases: [] }));
  }
  return [...byId.values()];
}

/**
 * Event dates the text gives: the date next to an event's mention ("the summit on 13 June"), or next to
 * the signing of this article's document ("signed … on Tuesday"). A document this article reports with no
 * date in its sentences keeps the article's date; other events stay undated rather than guessed.
 */
function datePlacedEvents(entities: Entity[], sentences: Sentence[], mentions: Mention[][], claims: Claim[], articleDate: string | null): void {
  const events = new Map(entities.filter((e) => e.type === "Event").map((e) => [e.id, e]));
  if (!events.size) return;
  sentences.forEach((s, i) => {
    const evs = mentions[i].filter((m) => m.type === "Event" && m.form !== "ref" && !events.get(m.entityId)?.date);
    if (!evs.length) return;
    const spans = evs.map((m) => ({ start: s.tokens[m.a].start - s.start, end: s.tokens[m.b - 1].end - s.start }));
    const dates = datesAround(s.text, spans, articleDate);
    if (!dates.length) return;
    evs.forEach((m, k) => {
      const d = dateNear(dates, spans[k], spans);
      const e = events.get(m.entityId);
      if (d && e && !e.date) e.date = d;
    });
  });
  // a list of 40 signers gives 40 claims on one sentence and trigger: chrono reads each stretch once
  const read = new Map<string, string | undefined>();
  for (const c of claims) {
    const e = events.get(c.object);
    if (!e || e.date || c.polarity !== "positive") continue;
    for (const ev of c.evidence) {
      const trigger = ev.trigger ? { start: ev.trigger[0] - ev.start, end: ev.trigger[1] - ev.start } : { start: 0, end: ev.sentence.length };
      const key = `${ev.start}:${trigger.start}:${trigger.end}`;
      if (!read.has(key)) read.set(key, dateNear(datesAround(ev.sentence, [trigger], articleDate), trigger, [trigger]));
      const d = read.get(key);
      if (d) { e.date = d; break; }
    }
  }
  for (const e of events.values()) if (!e.date && articleDate && e.name.endsWith(` of ${articleDate}`)) e.date = articleDate;
}

/**
 * Dates within reach of the spans: chrono reads only the stretch around them (its cost grows with the text,
 * and a long sentence's far end cannot date these events anyway), with a margin wider than dateNear's reach.
 */
function datesAround(text: string, spans: { start: number; end: number }[], articleDate: string | null) {
  let a = Math.max(0, Math.min(...spans.map((x) => x.start)) - 100);
  let b = Math.min(text.length, Math.max(...spans.map((x) => x.end)) + 100);
  while (a > 0 && /\S/.test(text[a - 1])) a--;
  while (b < text.length && /\S/.test(text[b])) b++;
  return datesIn(text.slice(a, b), articleDate).map((d) => ({ ...d, index: d.index + a, end: d.end + a }));
}

function structuralClaims(entities: Entity[], sentences: Sentence[], mentions: Mention[][]): Claim[] {
  const out: Claim[] = [];
  const first = new Map<string, Sentence>();
  mentions.forEach((ms, i) => { for (const m of ms) if (!first.has(m.entityId)) first.set(m.entityId, sentences[i]); });
  const firstSentence = (id: string) => first.get(id);
  const push = (type: RelationType, subject: string, object: string, rule: string, role?: string) => {
    const s = firstSentence(subject);
    if (!s) return;
    out.push({ type, subject, object, ...(role ? { role } : {}), evidence: [{ sentence: s.text, start: s.start, end: s.end }], rule, confidence: 0.9, polarity: "positive", modality: "asserted" });
  };
  const ids = new Set(entities.map((e) => e.id));
  for (const e of entities) {
    if (e.type === "Person" && e.country && ids.has(e.country)) push("HOLDS_ROLE", e.id, e.country, "role.title", e.role);
    // a company is based in its state, not part of it
    if (e.type === "Organization" && e.kind !== "company" && e.country && ids.has(e.country)) push("PART_OF", e.id, e.country, "body.state");
    if (e.type === "Organization") {
      const parent = ORGANISATIONS.get(e.id)?.partOf;
      if (parent && ids.has(parent)) push("PART_OF", e.id, parent, "body.organisation");
    }
    if (e.type === "Location" && e.country && ids.has(e.country)) push("LOCATED_IN", e.id, e.country, "place.state");
    if (e.type === "Weapon") {
      const parent = WEAPONS.get(e.id)?.parent ?? (e.kind === "model" ? e.country ?? "weapon:arms" : undefined);
      if (parent && ids.has(parent)) push("IS_A", e.id, parent, "weapon.category");
    }
  }
  return out;
}

/** One claim per (type, subject, object, polarity, modality), keeping every evidence sentence. */
export function mergeClaims(claims: Claim[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const c of claims) {
    const key = `${c.type}|${c.subject}|${c.object}|${c.polarity}|${c.modality}`;
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, { ...c, evidence: [...c.evidence] }); continue; }
    for (const ev of c.evidence) if (!prev.evidence.some((x) => x.start === ev.start && x.trigger?.[0] === ev.trigger?.[0])) prev.evidence.push(ev);
    prev.confidence = Math.max(prev.confidence, c.confidence);
    if (!prev.instrument && c.instrument) prev.instrument = c.instrument;
  }
  return [...byKey.values()];
}
