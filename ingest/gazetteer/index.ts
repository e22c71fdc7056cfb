// The gazetteer: every closed list (countries from world-countries, organisations, places, weapons, titles)
// as phrases of tokens, matched longest-first against a sentence's tokens.
import countries from "world-countries";
import supplement from "./country-supplement.json" with { type: "json" };
import orgData from "./organisations.json" with { type: "json" };
import companyData from "./companies.json" with { type: "json" };
import placeData from "./places.json" with { type: "json" };
import weaponData from "./weapons.json" with { type: "json" };
import titleData from "./titles.json" with { type: "json" };
import type { EntityType } from "../types.ts";
import { tokenizeParagraph, straighten } from "../nlp.ts";

/** What a surface form means. */
export interface GazEntry {
  id: string;
  type: EntityType;
  name: string;
  kind?: string;
  iso?: string;
  country?: string;
  parent?: string;
  /** How the form names the entity: its name, a demonym ("North Korean"), a capital or institution (metonym). */
  form: "name" | "demonym" | "capital" | "institution";
  region?: string;
  subregion?: string;
  members?: string[];
  partOf?: string;
}

export interface Phrase {
  words: string[];
  /** Compare case-insensitively (lowercase common nouns such as weapon forms). */
  fold: boolean;
  entry: GazEntry;
  /** `words` lower-cased once, for folded comparison. */
  lower: string[];
}

// Capitals that are also ordinary English words or first names: never a metonym on their own.
// Alternate spellings that are common first names in English copy ("Dominique" is Dominica in French).
const ALT_FIRST_NAMES = new Set(["Dominique"]);
const AMBIGUOUS_CAPITALS = new Set(["Male", "Victoria", "Hamilton", "Kingston", "Georgetown", "Stanley", "Palikir", "Avarua", "King Edward Point", "Jamestown", "Road Town", "Saint John's", "Washington, D.C.", "Douglas", "Plymouth", "The Valley"]);

export const countryId = (cca2: string) => `country:${cca2}`;
/** Dependent territories and the state that administers them ("Greenland" → Denmark). */
const SOVEREIGN: Record<string, string> = (supplement as unknown as { _sovereign: { territories: Record<string, string> } })._sovereign.territories;
/** States recognised by part of the world, treated as states: Taiwan, Kosovo, Palestine, Western Sahara's SADR is left a territory. */
const LIMITED_RECOGNITION = new Set(["TW", "XK", "PS"]);

export interface CountryInfo {
  iso: string; name: string; region: string; subregion: string;
  /** "Kingdom of Saudi Arabia": what "the kingdom" can refer back to. */
  official: string;
  /** No land border: what "the archipelago" or "the island nation" can refer back to. */
  island: boolean;
}
export const COUNTRIES = new Map<string, CountryInfo>();
/** ISO codes of the entries typed Country (states); the others are territories, typed Location. */
export const STATE_ISOS = new Set<string>();

function wordsOf(form: string): string[] {
  const toks = tokenizeParagraph(form, 0).flatMap((s) => s.tokens);
  return toks.map((t) => t.norm);
}

function buildPhrases(): Phrase[] {
  const out: Phrase[] = [];
  const add = (form: string, entry: GazEntry, fold = false) => {
    const forms = [form];
    // "St. Vincent and the Grenadines", "St Kitts": copy abbreviates "Saint" whatever the data spells
    if (/^Saint /.test(form)) forms.push(form.replace(/^Saint/, "St."), form.replace(/^Saint/, "St"));
    for (const f of forms) {
      const words = wordsOf(f);
      if (words.length) out.push({ words, fold, entry, lower: words.map((w) => w.toLowerCase()) });
    }
  };
  const sup = supplement as unknown as Record<string, { aliases?: string[]; institutions?: string[]; demonymPlural?: string[] }>;
  // UN members first: a demonym several territories share ("French", "British") names the sovereign state
  const ordered = [...(countries as any[])].sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember));
  const seenForms = new Set<string>();
  const addOnce = (form: string, entry: GazEntry) => {
    if (seenForms.has(form)) return;
    seenForms.add(form);
    add(form, entry);
  };
  for (const f of (supplement as unknown as { _former: { states: { iso: string; name: string; aliases: string[]; demonyms: string[] }[] } })._former.states) {
    const base: GazEntry = { id: countryId(f.iso), type: "Country", name: f.name, iso: f.iso, form: "name", region: "", subregion: "" };
    COUNTRIES.set(f.iso, { iso: f.iso, name: f.name, region: "", subregion: "", official: f.name, island: false });
    for (const n of [f.name, ...f.aliases]) addOnce(n, base);
    for (const d of f.demonyms) addOnce(d, { ...base, form: "demonym" });
  }
  for (const [iso, sup1] of Object.entries(sup)) {
    const c = (countries as any[]).find((x) => x.cca2 === iso);
    if (!c || !Array.isArray(sup1.aliases)) continue;
    const base: GazEntry = { id: countryId(iso), type: "Country", name: c.name.common, iso, form: "name", region: c.region, subregion: c.subregion };
    for (const a of sup1.aliases) addOnce(a, base);
    for (const d of sup1.demonymPlural ?? []) addOnce(d, { ...base, form: "demonym" });
  }
  for (const c of ordered) {
    const iso = c.cca2 as string;
    const name = c.name.common as string;
    // dependent territories (Falklands, Greenland, Gibraltar) are places; states with limited recognition stay states
    const state = c.unMember || c.independent || LIMITED_RECOGNITION.has(iso);
    const base: GazEntry = state
      ? { id: countryId(iso), type: "Country", name, iso, form: "name", region: c.region, subregion: c.subregion }
      : { id: `territory:${iso}`, type: "Location", kind: "territory", name, iso, form: "name", region: c.region, subregion: c.subregion, country: SOVEREIGN[iso] ? countryId(SOVEREIGN[iso]) : undefined };
    COUNTRIES.set(iso, { iso, name, region: c.region, subregion: c.subregion, official: c.name.official, island: !c.landlocked && !(c.borders ?? []).length });
    if (state) STATE_ISOS.add(iso);
    const names = new Set<string>([name, c.name.official, ...(sup[iso]?.aliases ?? [])]);
    for (const alt of c.altSpellings as string[]) {
      // two-letter codes ("IT", "IN", "NO") collide with words; non-Latin spellings never occur in English copy
      if (/^[A-Z]{2}$/.test(alt) || /[^\x00-\u024f]/.test(alt) || alt.includes(",") || ALT_FIRST_NAMES.has(alt)) continue;
      names.add(alt);
    }
    for (const n of names) addOnce(n, base);
    const dem = c.demonyms?.eng;
    // the package spells some demonyms the older way ("Ecuadorean"): news copy writes "-ian" too
    if (dem) for (const d of new Set([dem.m, dem.f, ...[dem.m, dem.f].filter((x) => x?.endsWith("ean")).map((x) => x.replace(/ean$/, "ian"))])) if (d) {
      addOnce(d, { ...base, form: "demonym" });
      addOnce(d.endsWith("s") ? d : `${d}s`, { ...base, form: "demonym" });
    }
    for (const d of sup[iso]?.demonymPlural ?? []) addOnce(d, { ...base, form: "demonym" });
    for (const cap of c.capital ?? []) if (!AMBIGUOUS_CAPITALS.has(cap)) addOnce(cap, { ...base, form: "capital" });
    for (const inst of sup[iso]?.institutions ?? []) add(inst, { ...base, form: "institution" });
  }
  for (const o of orgData.organisations as any[]) {
    const e: GazEntry = { id: o.id, type: "Organization", name: o.name, kind: o.kind, form: "name", members: o.members, partOf: o.partOf, country: o.country ? countryId(o.country) : undefined };
    // Arabic article spelled with or without its hyphen: "al-Shabaab", "Al Shabaab"
    const forms = new Set<string>([o.name, ...o.aliases]);
    for (const n of [...forms]) if (/^(al|Al|el|El|ad|Ad|ash|Ash|as|As|an|An)-/.test(n)) { forms.add(n.replace("-", " ")); forms.add(n[0].toUpperCase() + n.slice(1).replace("-", " ")); forms.add(n[0].toUpperCase() + n.slice(1)); }
    for (const n of forms) add(n, e);
  }
  for (const c of companyData.companies) {
    const e: GazEntry = { id: `org:${slug(c.name)}`, type: "Organization", name: c.name, kind: "company", form: "name", country: countryId(c.country) };
    for (const n of [c.name, ...c.aliases]) add(n, e);
  }
  // world regions from the same data ("South America", "Western Europe", "the Americas"): a region is a place,
  // and "South America" must not leave "America" to be read as the United States. One-word subregions that are
  // also a state's name (Micronesia) and the subregion "Australia and New Zealand" (two states) are left out.
  const listed = new Set((placeData.places as any[]).map((p) => p.name));
  const stateNames = new Set(countries.map((c: any) => c.name.common));
  const regions = new Set(countries.flatMap((c: any) => [c.region, c.subregion]).filter((r: string) => r && !listed.has(r) && !stateNames.has(r) && !/ and /.test(r)));
  for (const r of regions) {
    const e: GazEntry = { id: `location:${slug(r)}`, type: "Location", name: r, kind: "region", form: "name" };
    add(r, e);
  }
  for (const p of placeData.places as any[]) {
    const id = `location:${slug(p.name)}`;
    const e: GazEntry = { id, type: "Location", name: p.name, kind: p.kind, form: "name", country: p.country ? countryId(p.country) : undefined };
    for (const n of [p.name, ...(p.aliases ?? [])]) add(n, e);
  }
  for (const w of weaponData.weapons as any[]) {
    const e: GazEntry = { id: w.id, type: "Weapon", name: w.name, kind: "category", form: "name", parent: w.parent };
    for (const f of w.forms) add(f, e, f === f.toLowerCase());
  }
  for (const w of weaponData.models) {
    const e: GazEntry = { id: w.id, type: "Weapon", name: w.name, kind: "model", form: "name", parent: w.parent };
    // a numbered model counts its units in the plural ("two Su-35s", "six MiG-29s")
    // (only names with a number: "Patriots" or "Leopards" can be other things, and are listed where meant)
    const plurals = w.forms.filter((f: string) => /\d[A-Za-z]?$/.test(f)).map((f: string) => `${f}s`);
    for (const f of new Set([...w.forms, ...plurals])) add(f, e);
  }
  return out;
}

/** Letters NFKD does not take apart ("Łukasz", "Ødegaard", "Đoković"). */
const UNDECOMPOSED: Record<string, string> = { "ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d" };

export function slug(s: string): string {
  return straighten(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[łđøßæœıþð]/g, (c) => UNDECOMPOSED[c]).replace(/['.]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export const PHRASES = buildPhrases();
/** First word (exact, and lower-cased for folded phrases) → phrases starting with it, longest first. */
const INDEX = new Map<string, Phrase[]>();
for (const p of PHRASES) {
  for (const key of new Set([p.words[0], p.fold ? p.words[0].toLowerCase() : p.words[0]])) {
    const list = INDEX.get(key) ?? [];
    list.push(p);
    INDEX.set(key, list);
  }
}
for (const list of INDEX.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Whether token k (text `t`, lower-cased `tl`) matches word k of phrase p: exact, all-caps datelines ("TAIPEI"), or folded case. */
function wordMatches(t: string, tl: string, p: Phrase, k: number): boolean {
  const w = p.words[k];
  if (t === w) return true;
  if (p.fold) return tl === p.lower[k];
  // capitals ("WASHINGTON", "NEW DELHI") but not three-letter acronyms alone ("ITA"): a short word only inside a longer name
  return (t.length > 3 || (p.words.length > 1 && t.length > 1)) && t !== tl && t === t.toUpperCase() && t === w.toUpperCase();
}

/** The first (so longest) phrase of a list that matches at word i and is longer than `best`. */
function longestIn(list: Phrase[] | undefined, words: string[], lowers: string[], i: number, best: Phrase | undefined): Phrase | undefined {
  if (!list) return best;
  for (const p of list) {
    if (best && p.words.length <= best.words.length) return best;
    if (i + p.words.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = wordMatches(words[i + k], lowers[i + k], p, k);
    if (ok) return p;
  }
  return best;
}

/**
 * The longest phrase starting at word i. Each index list is sorted longest first, so the first match of a
 * list is its best. `lowers` (the words lower-cased) saves a lower-casing per word when the caller has them.
 */
export function phrasesAt(words: string[], i: number, lowers: string[] = words.map((w) => w.toLowerCase())): Phrase | undefined {
  const w = words[i];
  const lower = lowers[i];
  let best = longestIn(INDEX.get(w), words, lowers, i, undefined);
  if (lower !== w) best = longestIn(INDEX.get(lower), words, lowers, i, best);
  if (w.length > 1 && w !== lower && w === w.toUpperCase()) best = longestIn(INDEX.get(w[0] + lower.slice(1)), words, lowers, i, best);
  return best;
}

// a lowercase title opens a sentence capitalised too ("Writer Jane Roe said …")
// "Vice President" is also written "vice-president" and "vice president" in running text
const TITLE_FORMS = titleData.titles.flatMap((x) => (/^[a-z]/.test(x) ? [x, x[0].toUpperCase() + x.slice(1)] : [x]))
  .flatMap((x) => (/^Vice /.test(x) ? [x, x.replace(" ", "-"), x.toLowerCase(), x.toLowerCase().replace(" ", "-")] : [x]));
/** "Foreign ministers A and B": a plural title introduces two people. */
export const PLURAL_TITLES = new Set(TITLE_FORMS.filter((x) => /(minister|leader|president|envoy|chief|commander|ambassador|secretary|general)$/i.test(x)).map((x) => `${x}s`.replace(/ys$/, "ies").replace(/secretarys$/i, (m) => m.slice(0, -2) + "ies")));
export const TITLES: string[][] = [...new Set([...TITLE_FORMS, ...PLURAL_TITLES])].map(wordsOf).sort((a, b) => b.length - a.length);
export const WEAPON_SYSTEM_NOUNS = new Set(weaponData.systemNouns.map((s) => s.toLowerCase()));
export const PLACE_SUFFIXES = placeData.placeSuffixes;
export const WEAPONS = new Map<string, { id: string; name: string; parent?: string }>([...(weaponData.weapons as any[]), ...weaponData.models].map((w) => [w.id, w]));
export const ORGANISATIONS = new Map<string, any>((orgData.organisations as any[]).map((o) => [o.id, o]));
