// Entity phenomena, one per test, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { claims, extract } from "./_extract.ts";
import { extractArticle } from "../../../ingest/pipeline.ts";

const entity = (text: string, id: string) => extract(text).entities.find((e) => e.id === id);
const ids = (text: string) => extract(text).entities.map((e) => e.id);

describe("countries", () => {
  it("a demonym names the country", () => {
    expect(ids("Bolivian officials met on Monday.")).toContain("country:BO");
  });
  it("a capital and an institution stand for the country, keeping the form as an alias", () => {
    const e = entity("Moscow said the Kremlin would answer.", "country:RU");
    expect(e?.name).toBe("Russia");
    expect(e?.aliases).toEqual(expect.arrayContaining(["Moscow", "Kremlin"]));
  });
  it("common alternates from the curated supplement: Britain, U.S., ROK, PRC", () => {
    const got = ids("Britain, the U.S., the ROK and the PRC issued statements.");
    expect(got).toEqual(expect.arrayContaining(["country:GB", "country:US", "country:KR", "country:CN"]));
  });
  it("the pronoun 'us' is never the United States", () => {
    expect(ids("The decision hurts us, the minister told reporters in Lima.")).not.toContain("country:US");
  });
  it("curly apostrophes and spaced acronyms are normalised", () => {
    const got = ids("Peru’s envoy addressed the U. N. Security Council.");
    expect(got).toEqual(expect.arrayContaining(["country:PE", "org:unsc"]));
  });
  it("country ids carry the ISO code and do not depend on article order", () => {
    const a = entity("Chile and Peru met.", "country:CL");
    const b = entity("Peru and Chile met.", "country:CL");
    expect(a?.iso).toBe("CL");
    expect(a).toEqual(b);
  });
  it("a shared demonym names the sovereign state ('French' is France)", () => {
    expect(ids("French forces left the region.")).toContain("country:FR");
  });
});

describe("people", () => {
  it("a title introduces a person, with the role and the state", () => {
    const e = entity("Chilean Foreign Minister Ana Lima arrived in Quito.", "person:ana-lima");
    expect(e?.type).toBe("Person");
    expect(e?.role).toBe("Foreign Minister");
    expect(e?.country).toBe("country:CL");
  });
  it("a later surname is the same person", () => {
    const r = extract("Chilean Foreign Minister Ana Lima arrived in Quito. Lima said talks went well.");
    const people = r.entities.filter((e) => e.type === "Person");
    expect(people.map((p) => p.id)).toEqual(["person:ana-lima"]);
  });
  it("HOLDS_ROLE links the person to the state with the title", () => {
    const r = extract("Peruvian President Jorge Salas spoke on Monday.");
    const c = r.claims.find((x) => x.type === "HOLDS_ROLE");
    expect(c).toMatchObject({ subject: "person:jorge-salas", object: "country:PE", role: "President" });
  });
  it("names with particles keep them: 'bin', 'al-'", () => {
    expect(ids("Omani Foreign Minister Badr bin Hamad al-Busaidi met envoys.")).toContain("person:badr-bin-hamad-al-busaidi");
  });
  it("an organisation's officer is linked to the organisation", () => {
    const e = entity("NATO Secretary General Jan Olsen spoke in Oslo.", "person:jan-olsen");
    expect(e?.country).toBe("org:nato");
  });
});

describe("organisations, groups and coalitions", () => {
  it("a body of a state is an Organization linked to the state", () => {
    const r = extract("The Philippine coast guard reported the incident.");
    const body = r.entities.find((e) => e.type === "Organization" && e.country === "country:PH");
    expect(body?.kind).toBe("coast guard");
    expect(r.claims.some((c) => c.type === "PART_OF" && c.subject === body?.id && c.object === "country:PH")).toBe(true);
  });
  it("a company introduced by what it is", () => {
    expect(entity("Norwegian arms maker Nordvik won the tender.", "org:nordvik")?.kind).toBe("company");
  });
  it("a coalition with listed members gets MEMBER_OF edges", () => {
    const r = extract("A group of 12 nations, including Chile, Peru and Bolivia, signed the declaration.");
    const coalition = r.entities.find((e) => e.kind === "coalition");
    expect(coalition?.type).toBe("Organization");
    const members = r.claims.filter((c) => c.type === "MEMBER_OF" && c.object === coalition?.id).map((c) => c.subject).sort();
    expect(members).toEqual(["country:BO", "country:CL", "country:PE"]);
  });
  it("a group noun after a named group is that group, not a new node", () => {
    const r = extract("ASEAN ministers met on Friday. The ministers condemned Myanmar's airstrikes.");
    expect(r.entities.filter((e) => e.type === "Organization").map((e) => e.id)).toEqual(["org:asean"]);
  });
});

describe("weapons, places and events", () => {
  it("a specific weapon is linked to its category", () => {
    const r = extract("Norway sent ballistic missiles to Estonia.");
    expect(r.claims.some((c) => c.type === "IS_A" && c.subject === "weapon:ballistic-missile" && c.object === "weapon:missile")).toBe(true);
  });
  it("a weapon model named with its system noun is a Weapon", () => {
    const e = entity("The army ordered Vexor X7 drones last year.", "weapon:vexor-x7");
    expect(e?.type).toBe("Weapon");
  });
  it("a place named with a place word is a Location linked to its state", () => {
    const r = extract("Troops massed in Russia's Belgorod region.");
    const e = r.entities.find((x) => x.id === "location:belgorod");
    expect(e?.type).toBe("Location");
    expect(e?.country).toBe("country:RU");
  });
  it("a named charter is an Event", () => {
    expect(entity("Ministers praised the Andean Security Charter on Monday.", "event:andean-security-charter")?.type).toBe("Event");
  });
});

describe("cities and more names", () => {
  it("'the Peruvian city of Arequipa' is a Location in Peru", () => {
    const e = entity("Drones hit the southern Peruvian city of Arequipa on Monday.", "location:arequipa");
    expect(e?.type).toBe("Location");
    expect(e?.country).toBe("country:PE");
  });
  it("a dateline's city is a Location in the dateline's country", () => {
    const e = entity("AREQUIPA, Peru (Example) - Officials said the talks would resume.", "location:arequipa");
    expect(e?.country).toBe("country:PE");
  });
  it("a name set off after a title phrase is a person", () => {
    expect(entity("The UN humanitarian coordinator for Peru, Ana Berg, condemned the strike.", "person:ana-berg")?.type).toBe("Person");
  });
  it("a hyphenated model name without digits is a Weapon", () => {
    expect(entity("Chile delivered IRIS-T air defence systems to Peru.", "weapon:iris-t")?.type).toBe("Weapon");
  });
});

describe("events", () => {
  it("a summit named by who holds it is an Event, undated when the text gives no day", () => {
    const e = entity("Leaders gathered for the ASEAN summit in Jakarta.", "event:asean-summit");
    expect(e?.type).toBe("Event");
    expect(e?.date).toBeUndefined();
  });
  it("'the war in X' is an Event", () => {
    expect(entity("The war in Sudan has displaced millions.", "event:war-in-sudan")?.type).toBe("Event");
  });
  it("a family name written first stands for the person later", () => {
    const r = extract("Chinese President Xi Jinping arrived in Lima. Xi said the talks went well.");
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.id)).toEqual(["person:xi-jinping"]);
  });
});

describe("boilerplate names are not entities", () => {
  it("by-lines and credits", () => {
    const names = extract("Chile condemned Peru.\n\n(Reporting by Jane Roe; Editing by John Doe)\nJohn Smith is a Lima correspondent for Example News.").entities.map((e) => e.name);
    expect(names).not.toEqual(expect.arrayContaining(["Jane Roe"]));
    expect(names).not.toContain("John Doe");
    expect(names).not.toContain("John Smith");
  });
});

describe("event dates (article dated 2025-01-01, a Wednesday)", () => {
  const events = (text: string) => extract(text).entities.filter((e) => e.type === "Event");
  it("an explicit day next to the event dates it", () => {
    const e = events("Leaders gathered at the NATO summit on 12 December in Oslo.").find((x) => x.kind === "summit");
    expect(e?.date).toBe("2024-12-12");
  });
  it("a weekday is the last such day on or before the article's date", () => {
    const e = events("The G20 summit on Monday ended without a statement.").find((x) => x.kind === "summit");
    expect(e?.date).toBe("2024-12-30");
  });
  it("a vague time ('last month', a bare year) gives no date rather than a guess", () => {
    expect(events("The ASEAN summit last month was tense.").find((x) => x.kind === "summit")?.date).toBeUndefined();
    expect(events("The war in Sudan began in 2023.").find((x) => x.kind === "war")?.date).toBeUndefined();
  });
  it("a date next to another event does not date this one", () => {
    const got = events("After the G7 summit, the NATO summit on 3 November in Rome agreed a plan.");
    expect(got.find((x) => x.name.startsWith("G7"))?.date).toBeUndefined();
    expect(got.find((x) => x.name.startsWith("NATO"))?.date).toBe("2024-11-03");
  });
  it("a signed document takes the date of its signing sentence, else the article's", () => {
    const doc = events("Chile and Peru signed a defence agreement on 20 November 2024 in Lima.").find((x) => x.kind === "agreement");
    expect(doc?.date).toBe("2024-11-20");
    expect(events("Chile and Peru signed a defence agreement in Lima.").find((x) => x.kind === "agreement")?.date).toBe("2025-01-01");
  });
});

describe("cities from the world-cities list", () => {
  const loc = (text: string) => extract(text).entities.filter((e) => e.type === "Location").map((e) => `${e.id} ${e.country ?? ""}`.trim());
  it("a city after a preposition of place is a Location in its country", () => {
    expect(loc("Fighting spread to the outskirts of Goma on Sunday.")).toEqual(["location:goma country:CD"]);
  });
  it("a verb of place or an attack on a city makes it a place", () => {
    expect(loc("Rebels besieged El Fasher for months.")).toEqual(["location:el-fasher country:SD"]);
    expect(loc("Chile condemned the assault on Kharkiv.")).toEqual(["location:kharkiv country:UA"]);
  });
  it("a capitalised name without a place context is not a city (a surname, a company)", () => {
    expect(loc("Henderson said the talks went well.")).toEqual([]);
    expect(loc("The report by Irving Oil was published.")).toEqual([]);
  });
  it("a month or a compass word is never a city, and a name running on into a known place is not one", () => {
    expect(loc("Talks resumed in March.")).toEqual([]);
    expect(loc("Troops moved into the capital of North Darfur.").map((x) => x.split(" ")[0])).not.toContain("location:north");
  });
  it("a later bare use of a city learned from a place context is the same Location", () => {
    const r = extract("Troops entered Goma on Monday. Goma has two million people.");
    expect(r.entities.find((e) => e.id === "location:goma")).toBeTruthy();
  });
});

describe("names with letters outside Latin-1", () => {
  it("stay whole words, keep their offsets, and give ASCII ids", () => {
    const text = "Serbian President Aleksandar Vučić met Polish Foreign Minister Radosław Sikorski in Chișinău.";
    const r = extract(text);
    const people = r.entities.filter((e) => e.type === "Person");
    expect(people.map((e) => [e.id, e.name])).toEqual([["person:aleksandar-vucic", "Aleksandar Vučić"], ["person:radoslaw-sikorski", "Radosław Sikorski"]]);
  });
  it("a later surname-only use with such letters is the same person", () => {
    const r = extract("Serbian President Aleksandar Vučić arrived on Monday. Vučić condemned the attack on Kraljevo by the Example Front, a militant group.");
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.id)).toEqual(["person:aleksandar-vucic"]);
  });
});

describe("more ways people are introduced", () => {
  const people = (text: string) => extract(text).entities.filter((e) => e.type === "Person").map((e) => e.name);
  it("a military rank is not part of the name, even stacked", () => {
    expect(people("Army spokesman Brigadier General Ana Roja said the troops arrived. Roja left.")).toEqual(["Ana Roja"]);
    expect(people("Peru's junta leader Captain Luis Vega spoke.")).toEqual(["Luis Vega"]);
  });
  it("a plural title introduces two people", () => {
    expect(people("Foreign ministers Ana Roja and Luis Vega met in Quito.")).toEqual(["Ana Roja", "Luis Vega"]);
  });
  it("a nickname in quotes stays inside the name", () => {
    expect(people('Gang leader Luis "Example" Vega, who heads the coalition, spoke.')).toEqual(['Luis "Example" Vega']);
  });
  it("an appositive that opens with a role noun ('X, head of …,') marks a person", () => {
    expect(people("Ana Roja, head of Peru's security council, and Luis Vega, head of Chile's, signed the protocol.")).toEqual(["Ana Roja", "Luis Vega"]);
  });
  it("a lowercase title opening a sentence ('Writer X') still introduces a person", () => {
    expect(people("Writer Ana Roja and former peace commissioner Luis Vega visited Kyiv.")).toEqual(["Ana Roja", "Luis Vega"]);
  });
});

describe("titles with a portfolio", () => {
  const people = (text: string) => extract(text).entities.filter((e) => e.type === "Person").map((e) => e.name);
  it("'High Commissioner for Human Rights Ana Roja': the last two words of the run are the name", () => {
    expect(people("UN High Commissioner for Human Rights Ana Roja condemned the strike.")).toEqual(["Ana Roja"]);
  });
  it("'the Special Rapporteur on …, Ana Roja,': the name set off by commas", () => {
    expect(people("The Special Rapporteur on the situation in Peru, Ana Roja, urged states to act.")).toEqual(["Ana Roja"]);
  });
  it("'Minister for Foreign Affairs and Trade, the Hon Ana Roja MP': honorific and post-nominal dropped", () => {
    expect(people("Peru's Minister for Foreign Affairs and External Trade, the Hon Ana Roja MP, arrived.")).toEqual(["Ana Roja"]);
  });
  it("'Minister of Defence Ana Roja signed' makes her the signer", () => {
    expect(claims("Minister of Defence Ana Roja signed the agreement in Lima.", "SIGNS").map((c) => c.split(" ")[1])).toEqual(["person:ana-roja"]);
  });
});

describe("organisations that look like names", () => {
  it("'Amnesty International said' and 'Human Rights Watch said' are organisations, not people", () => {
    const r = extract("Amnesty International said it had found bombs. Human Rights Watch said so too.");
    expect(r.entities.filter((e) => e.type === "Organization").map((e) => e.name)).toEqual(["Amnesty International", "Human Rights Watch"]);
    expect(r.entities.some((e) => e.type === "Person")).toBe(false);
  });
  it("a dateline's agency in brackets is not an acronym of the place or organisation", () => {
    const r = extract("UNITED NATIONS (AA) – Forty countries condemned the attack on Monday in a joint statement.");
    expect(r.entities.flatMap((e) => e.aliases)).not.toContain("AA");
  });
});

describe("portfolios, palaces, suffixes", () => {
  const people = (text: string) => extract(text).entities.filter((e) => e.type === "Person").map((e) => e.name);
  it("'Secretary of National Defense Ana B. Roja Jr.': the portfolio's words are not the name", () => {
    expect(people("Secretary of National Defense Ana B. Roja Jr. arrived.")).toEqual(["Ana B. Roja Jr."]);
  });
  it("'at Example Palace, Secretary X …' does not make the palace a person", () => {
    expect(people("This morning at Example Palace, Secretary of National Defense Ana Roja signed the agreement.")).toEqual(["Ana Roja"]);
  });
});

describe("more titles and names", () => {
  const people = (text: string) => extract(text).entities.filter((e) => e.type === "Person").map((e) => e.name);
  it("'Chief Cabinet Secretary X' is a title, not part of the name", () => {
    expect(people("Japan's Chief Cabinet Secretary Ana Roja said so.")).toEqual(["Ana Roja"]);
  });
  it("'X, the White House Indo-Pacific coordinator,' is a person", () => {
    expect(people("Luis Vega, the White House Indo-Pacific coordinator, told reporters.")).toEqual(["Luis Vega"]);
  });
  it("a capitalised title set off by commas ('Minister for Foreign Affairs, X,'); 'Dominique' is a first name, not Dominica", () => {
    const r = extract("Peru's Minister for Foreign Affairs, Dominique Roja, called for talks.");
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Dominique Roja"]);
    expect(r.entities.map((e) => e.id)).not.toContain("country:DM");
  });
});

describe("event dates without a year", () => {
  it("a day and month after the article's date fall in the year before", () => {
    const r = extractArticle({ id: "t.txt", hash: "e".repeat(64), title: null, date: "2024-10-22", source: null, url: null, text: "Chile and Peru signed the agreement in Lima on 1 March." });
    expect(r.entities.find((e) => e.kind === "agreement")?.date).toBe("2024-03-01");
  });
});

describe("names that hold a place", () => {
  it("'the Popular Front in Chad, an armed coalition' is one organisation, not Chad", () => {
    const r = extract("The ambush was claimed by the Popular Front in Chad, an armed coalition of rebel factions. Niger condemned the ambush.");
    expect(r.entities.find((e) => e.type === "Organization")?.name).toBe("Popular Front in Chad");
    expect(r.claims.map((c) => `${c.subject} ${c.object}`)).toEqual(["country:NE org:popular-front-in-chad"]);
  });
  it("a capital inside a titled person's name is not the country: 'Defence Minister Lima Santos'", () => {
    const r = extract("Defence Minister Lima Santos told reporters the talks had gone well.");
    expect(r.entities.map((e) => e.id)).toEqual(["person:lima-santos"]);
  });
});

describe("abbreviated saints, cities named after their country", () => {
  it("'St. Vincent and the Grenadines' is the country the data spells with 'Saint'", () => {
    expect(ids("Officials from St. Vincent and the Grenadines attended.")).toContain("country:VC");
  });
  it("'the port of Port Sudan' is the city, not Sudan", () => {
    const r = extract("Drones struck fuel depots in Port Sudan on Sunday.");
    expect(r.entities.map((e) => e.id)).toContain("location:port-sudan");
    expect(r.claims.map((c) => `${c.type} ${c.subject} ${c.object}`)).toContain("LOCATED_IN location:port-sudan country:SD");
  });
});

describe("more name shapes", () => {
  it("a ship named at the start of a sentence", () => {
    expect(ids("HMS Example, an offshore patrol vessel, anchored off the coast.")).toContain("weapon:hms-example");
  });
  it("'Kim Jong-un': a lower-case piece after a hyphen is part of the name", () => {
    expect(ids("North Korean leader Kim Jong-un inspected the site.")).toContain("person:kim-jong-un");
  });
  it("'His sister, Kim Yo-jong, warned …': a kinship noun introduces a person", () => {
    expect(ids("His sister, Kim Yo-jong, warned last week that the North would respond.")).toContain("person:kim-yo-jong");
  });
  it("'former vice-president Jorge Ruiz': a hyphenated title", () => {
    expect(ids("Police detained former vice-president Jorge Ruiz on Friday.")).toContain("person:jorge-ruiz");
  });
  it("'the Belgorod border region': a two-word place word", () => {
    expect(ids("Drones hit targets in the Belgorod border region.")).toContain("location:belgorod");
  });
});

describe("demonyms spelled two ways", () => {
  it("'Ecuadorian' as well as the data's 'Ecuadorean'", () => {
    expect(ids("Ecuadorian troops crossed the border.")).toContain("country:EC");
  });
  it("an unknown demonym before a weapon is not a model's name", () => {
    expect(ids("Ruritanian drones crossed the border.")).not.toContain("weapon:ruritanian");
  });
});

describe("captions", () => {
  it("a caption names the people and states pictured, not the bases or agencies its patterns find", () => {
    const r = extract("Chile and Peru signed a border treaty on Monday.\n\n[Image: A Chilean Air Force jet takes off from Example Air Force Base in Santiago. Photo: Example Agency / handout]\n\nThe treaty takes effect next year.");
    const names = r.entities.map((e) => e.name);
    expect(names).not.toContain("Example Air Force Base");
    expect(names).not.toContain("Example Agency");
    expect(r.entities.map((e) => e.id)).toContain("country:CL");
  });
});

describe("political groups named with 'for'", () => {
  it("'the Coalition of Patriots for Change (CPC)' is one organisation, not a back-reference", () => {
    const r = extract("The mission said the assault had been carried out by fighters of the Union of Patriots for Renewal (UPR), an alliance of armed groups. Chad condemned the assault.");
    expect(r.entities.map((e) => e.id)).toContain("org:union-of-patriots-for-renewal");
    expect(r.claims.filter((c) => c.type === "CONDEMNS").map((c) => c.object)).toEqual(["org:union-of-patriots-for-renewal"]);
  });
  it("an office 'for' its portfolio in a sign-off is not joined: 'Office for Public Affairs, Department of Defense'", () => {
    expect(ids("Office for Public Affairs, Department of National Defense")).not.toContain("org:office-for-public-affairs");
  });
});

describe("named operations, ship classes, numbered types, Arabic articles", () => {
  it("'Operation Example Dawn' is an event", () => {
    expect(ids("The army began what it calls Operation Example Dawn on Monday.")).toContain("event:operation-example-dawn");
  });
  it("'Collins-class submarines' and 'Type 99 tanks' are weapon models", () => {
    const got = ids("Chile may buy two Collins-class submarines and 40 Type 99 main battle tanks.");
    expect(got).toContain("weapon:collins-class");
    expect(got).toContain("weapon:type-99");
  });
  it("'Ansar al-Example, a Sunni militant group': the name keeps its joined article", () => {
    expect(ids("Strikes hit bases of Ansar al-Example, a Sunni militant group, near the border.")).toContain("org:ansar-al-example");
  });
});

describe("ship names of several words, hyphenated descriptions", () => {
  it("'HMS Prince of Example and BRP Sierra Example sailed': two ships, no title, no person", () => {
    const r = extract("HMS Prince of Example and BRP Sierra Example sailed on Monday.");
    expect(r.entities.filter((e) => e.type === "Weapon" && e.kind === "ship").map((e) => e.name)).toEqual(["HMS Prince of Example", "BRP Sierra Example"]);
    expect(r.entities.filter((e) => e.type === "Person")).toEqual([]);
  });
  it("'36 Caesar self-propelled howitzers': the model keeps its name past a hyphenated participle", () => {
    expect(ids("Peru ordered 36 Caesar self-propelled howitzers.")).toContain("weapon:caesar");
  });
});

describe("former states", () => {
  it("'the Soviet Union' in a background paragraph is a state, not an organisation", () => {
    expect(entity("In 1962 the Soviet Union deployed missiles to Cuba.", "country:SU")?.type).toBe("Country");
  });
});

describe("bodies whose name holds their state", () => {
  it("a country's name before a hyphenated force name is part of it ('Ruritania Coastal Self-Defense Force')", () => {
    const e = entity("The Chile Coastal Self-Defense Force sent two ships to the exercise.", "org:chile-coastal-self-defense-force");
    expect(e?.name).toBe("Chile Coastal Self-Defense Force");
    expect(e?.country).toBe("country:CL");
  });
  it("'the X Bank of <state>' is one body of that state", () => {
    const e = entity("The Central Bank of Peru held rates on Tuesday.", "org:central-bank-of-peru");
    expect(e?.country).toBe("country:PE");
  });
  it("a state's office named after another state belongs to the possessor", () => {
    const e = entity("A spokesman for Seoul's Japan Relations Office said talks would resume.", "org:japan-relations-office");
    expect(e?.country).toBe("country:KR");
  });
  it("a UN mission named in full is that mission, not the UN plus a fragment", () => {
    const got = ids("The United Nations Assistance Mission in Afghanistan reported on the talks.");
    expect(got).toContain("org:unama");
    expect(got).not.toContain("org:un");
  });
  it("a weekday before 'that ships' is no weapon model", () => {
    expect(extract("Officials said on Friday that ships had left the port.").entities.filter((e) => e.type === "Weapon")).toEqual([]);
  });
  it("a hyphenated description with a preposition stays inside a model's name ('air-to-air')", () => {
    expect(ids("The jets carry XR-9 beyond-visual-range missiles.")).toContain("weapon:xr-9");
  });
});

describe("places named after a place word", () => {
  it("'the provinces of A and B' names both places", () => {
    const got = ids("Jets struck the northern provinces of Alderan and Betacia overnight.");
    expect(got).toEqual(expect.arrayContaining(["location:alderan", "location:betacia"]));
  });
  it("'the resort of X' is a place", () => {
    expect(entity("Shells fell near the resort of Quellport on Sunday.", "location:quellport")?.type).toBe("Location");
  });
  it("a hyphenated name after 'the province of' is one place", () => {
    expect(ids("Fighting spread to the province of Nor-Velan.")).toContain("location:nor-velan");
  });
});

describe("governments named by what they stand for", () => {
  it("'the UN-recognised Government of National Unity' is one organisation, without the description", () => {
    const e = entity("Forces loyal to the UN-recognised Government of National Unity advanced.", "org:government-of-national-unity");
    expect(e?.type).toBe("Organization");
  });
  it("'the Government of Japan' stays the state", () => {
    expect(ids("The Government of Japan protested on Monday.")).toContain("country:JP");
    expect(ids("The Government of Japan protested on Monday.").some((x) => x.startsWith("org:government"))).toBe(false);
  });
});

describe("more titles, laws signed, acronyms", () => {
  it("a lowercase 'parliament speaker' introduces a name", () => {
    expect(ids("Chile's parliament speaker Ana Soto signed the law on Monday.")).toContain("person:ana-soto");
  });
  it("'PNG' is Papua New Guinea, and 'Douglas' before a surname is a first name, not the Isle of Man", () => {
    const got = ids("PNG Opposition Leader Douglas Example called on the government to resign.");
    expect(got).toEqual(expect.arrayContaining(["country:PG", "person:douglas-example"]));
    expect(got).not.toContain("territory:IM");
  });
  it("'the novelist X and the poet Y' are people", () => {
    expect(ids("Among them were the novelist Ana Example and the poet Juan Example.")).toEqual(expect.arrayContaining(["person:ana-example", "person:juan-example"]));
  });
});

describe("state bodies named like UN bodies, appositive roles, leaders, commands and missions", () => {
  it("'Peru's Defence and Security Council' is Peru's body, not the UN Security Council", () => {
    const got = ids("On Tuesday, Peru's Defence and Security Council cut ties with Chile.");
    expect(got).toContain("org:defence-and-security-council");
    expect(got).not.toContain("org:unsc");
  });
  it("'Jane Roe, Abiy's national security adviser, said': a person with a role between commas", () => {
    expect(ids("Jane Example, Abiy's national security adviser, said talks would resume.")).toContain("person:jane-example");
  });
  it("'the group, led by Jane Roe, …' and 'Juan Roe's self-styled army': leaders are people", () => {
    expect(ids("The militia, led by Jane Example, has not commented.")).toContain("person:jane-example");
    expect(ids("The towns are held by Juan Example's self-styled National Army.")).toContain("person:juan-example");
  });
  it("a US combatant command is a body of the United States, and acts for it", () => {
    expect(entity("US Africa Command said the strike hit a camp.", "org:us-africom")?.country).toBe("country:US");
    expect(claims("AFRICOM deployed 200 troops to Kenya.", "DEPLOYS")).toEqual(["DEPLOYS country:US country:KE"]);
  });
  it("an AU mission named in full is that mission", () => {
    expect(ids("The African Union Support and Stabilisation Mission in Somalia took over in January.")).toContain("org:aussom");
  });
});

describe("ships named after their type", () => {
  it("'the frigate Admiral Example and the submarine Kazan' are ships, not a person and a city", () => {
    const r = extract("A flotilla led by the frigate Admiral Example and the nuclear-powered submarine Kazan sailed into port.");
    expect(r.entities.filter((e) => e.kind === "ship").map((e) => e.name)).toEqual(["Admiral Example", "Kazan"]);
    expect(r.entities.filter((e) => e.type === "Person")).toEqual([]);
  });
  it("'the aircraft carrier HMS Prince of Example' keeps its prefixed name whole", () => {
    expect(extract("The group is led by the aircraft carrier HMS Prince of Example.").entities.filter((e) => e.kind === "ship").map((e) => e.name)).toEqual(["HMS Prince of Example"]);
  });
});

describe("people named without a title", () => {
  it("'X Y had signed the law' and 'talks with X Y in Moscow' name a person", () => {
    expect(ids("The Kremlin said Juan Example had signed the law on Friday.")).toContain("person:juan-example");
    expect(ids("Xi held talks with Ana Example in Moscow.")).toContain("person:ana-example");
  });
  it("'his predecessor X Y' names a person", () => {
    expect(ids("President Lai and his predecessor Ana Example have both complained.")).toContain("person:ana-example");
  });
  it("a company signing is no person ('state shipbuilder PT PAL signed', 'Example Aerospace signed')", () => {
    const got = extract("Indonesian state shipbuilder PT PAL also signed a memorandum. Example Aerospace signed a deal.").entities;
    expect(got.filter((e) => e.type === "Person")).toEqual([]);
  });
});

describe("bases and EU missions by name", () => {
  it("'Pituffik Space Base', 'Al Example Air Base' are places named in full", () => {
    const got = ids("Personnel are stationed at Pituffik Space Base, and jets flew from Al Example Air Base.");
    expect(got).toEqual(expect.arrayContaining(["location:pituffik-space-base", "location:al-example-air-base"]));
  });
  it("the EU's naval missions are listed ('the EU naval mission Aspides', 'Operation Atalanta')", () => {
    expect(ids("According to the EU naval mission Aspides, Operation Atalanta escorted the ship.")).toEqual(expect.arrayContaining(["org:aspides", "org:atalanta"]));
  });
});

describe("UN agencies by name", () => {
  it("UNODC, the ILO and the World Food Programme are UN agencies", () => {
    const got = extract("UNODC, the ILO and the World Food Programme issued a report.").entities;
    expect(got.filter((e) => ["org:unodc", "org:ilo", "org:wfp"].includes(e.id)).map((e) => e.kind)).toEqual(["un agency", "un agency", "un agency"]);
  });
});

describe("all-caps datelines and ship-named bases", () => {
  it("a two-word capital in capitals opens a dateline ('NEW DELHI (wire) -')", () => {
    const r = extractArticle({ id: "t.txt", hash: "0123456789abcdef0123", title: null, date: "2024-01-01", source: null, url: null, text: "NEW DELHI (wire) - Officials met on Monday." });
    expect(r.entities.map((e) => e.id)).toContain("country:IN");
  });
  it("'HMAS X, the navy's base near Y' is a base, 'HMAS Y sailed' a ship", () => {
    const r = extractArticle({ id: "t.txt", hash: "0123456789abcdef0123", title: null, date: "2024-01-01", source: null, url: null, text: "Submarines will rotate through HMAS Example, the naval base near Perth. HMAS Sample sailed to Fiji." });
    const byName = new Map(r.entities.map((e) => [e.name, e.type]));
    expect(byName.get("HMAS Example")).toBe("Location");
    expect(byName.get("HMAS Sample")).toBe("Weapon");
  });
});

describe("outlets and look-alike names", () => {
  it("the agency in a dateline's brackets and a '(c) 2025 Agency' line are no entities", () => {
    const r = extractArticle({ id: "t.txt", hash: "0123456789abcdef0123", title: null, date: "2024-01-01", source: null, url: null, text: "LIMA, Jan 31 (Andes Press Agency) - Peru met Chile.\n\n(c) 2025 Andes Press Agency. All rights reserved." });
    expect(r.entities.map((e) => e.name)).not.toContain("Andes Press Agency");
  });
  it("'GUAM' in capitals is the organisation, 'Guam' the territory", () => {
    const r = extractArticle({ id: "t.txt", hash: "0123456789abcdef0123", title: null, date: "2024-01-01", source: null, url: null, text: "Members include NATO and GUAM. Guam hosts bombers." });
    expect(r.entities.filter((e) => /guam/i.test(e.name)).map((e) => `${e.type} ${e.name}`).sort()).toEqual(["Location Guam", "Organization GUAM"]);
  });
});

describe("dependent territories", () => {
  it("a territory is a place that lies in the state that administers it (Greenland → Denmark)", () => {
    const r = extract("Ships sailed past Greenland and the Falkland Islands.");
    const located = r.claims.filter((c) => c.type === "LOCATED_IN").map((c) => `${c.subject} ${c.object}`);
    expect(located).toEqual(expect.arrayContaining(["territory:GL country:DK", "territory:FK country:GB"]));
  });
});

describe("documents named head first", () => {
  it("'the Treaty on the Prohibition of Nuclear Weapons', 'The Convention on Cluster Munitions' are documents, not weapons; 'on Wednesday' is no part of the name", () => {
    const r = extract("Fifty states signed the Treaty on the Prohibition of Nuclear Weapons on Wednesday. The Convention on Cluster Munitions was signed by Chile.");
    expect(r.entities.filter((e) => e.type === "Event").map((e) => e.name).sort()).toEqual(["Convention on Cluster Munitions", "Treaty on the Prohibition of Nuclear Weapons"]);
    expect(r.entities.filter((e) => e.type === "Weapon")).toEqual([]);
  });
});

describe("issue lines of releases and pages", () => {
  it("'Network | Suva and Mexico City | 20 September 2017' names where a release was issued, not who acts", () => {
    const r = extractArticle({ id: "t.txt", hash: "0123456789abcdef0123", title: null, date: "2024-01-01", source: null, url: null, text: "MEDIA RELEASE\nPacific Example Network | Suva and Mexico City | 20 September 2017\n\nChile signed the treaty on Wednesday." });
    expect(r.entities.map((e) => e.id)).not.toContain("country:FJ");
    expect(r.entities.map((e) => e.id)).toContain("country:CL");
  });
});

describe("an outlet's issue line", () => {
  it("'Example News Agency | October 21, 2021' names the outlet, not an entity of the story", () => {
    const r = extractArticle({ id: "t.txt", hash: "0123456789abcdef0123", title: null, date: "2024-01-01", source: null, url: null, text: "Chile presses Peru\nExample News Agency | October 21, 2021\n\nChile signed the treaty on Wednesday." });
    expect(r.entities.map((e) => e.name)).not.toContain("Example News Agency");
  });
});

describe("councils and committees named for what they stand for", () => {
  it("'the Committee for the Transition and Restoration of Institutions (CTRI)' is one organisation with its acronym", () => {
    const r = extract("Officers calling themselves the Committee for the Transition and Restoration of Institutions (CTRI) appeared on television.");
    const org = r.entities.find((e) => e.type === "Organization");
    expect(org?.name).toBe("Committee for the Transition and Restoration of Institutions");
    expect(org?.aliases).toContain("CTRI");
  });
});

describe("a seat standing for its body", () => {
  it("'accusing Brussels' in a story about the EU is the EU; with Belgium named, Brussels stays Belgium's capital", () => {
    expect(extract("The EU mission began patrolling the border. Chile criticised Brussels.").claims.filter((c) => c.type === "CONDEMNS").map((c) => c.object)).toEqual(["org:eu"]);
    expect(extract("Belgium and Chile met in Brussels. Chile criticised Brussels.").claims.filter((c) => c.type === "CONDEMNS").map((c) => c.object)).toEqual(["country:BE"]);
  });
});

describe("the outlet under a by-line", () => {
  it("'By A and B' then 'Andes Wire Service': the outlet is no entity", () => {
    const r = extractArticle({ id: "t.txt", hash: "0123456789abcdef0123", title: null, date: "2024-01-01", source: null, url: null, text: "Chile condemns attack\n\nBy Ana Roca and Luis Diaz\nAndes Wire Service\n\nLIMA, Nov 21 (AWS) - Chile condemned the attack." });
    expect(r.entities.map((e) => e.name)).not.toContain("Andes Wire Service");
  });
});

describe("a coalition named by the state that leads it", () => {
  const text = "Islamic State fighters shelled the port on Monday. The Norwegian-led coalition said its ships were not hit. The coalition condemned the shelling.";
  it("'the Norwegian-led coalition' is an actor of its own, with its leader as a member, and 'the coalition' is it", () => {
    const r = extract(text);
    const coalition = r.entities.find((e) => e.kind === "coalition");
    expect(coalition?.name).toBe("Norwegian-led coalition");
    // the same actor from story to story: no article hash in its id
    expect(coalition?.id).toBe("org:no-led-coalition");
    expect(claims(text, "MEMBER_OF")).toEqual(["MEMBER_OF country:NO org:no-led-coalition"]);
    expect(claims(text, "CONDEMNS")).toEqual(["CONDEMNS org:no-led-coalition org:isis"]);
  });
  it("a state-led mission or a coalition 'led by' no state named in the word stays as it was", () => {
    expect(extract("A Norwegian-led mission arrived in the port.").entities.some((e) => e.kind === "coalition")).toBe(false);
  });
});

describe("world regions", () => {
  it("'South America' is a region, not 'America' the United States; subregions come from the country data", () => {
    const r = extract("Beyond South America, Spain and Western Europe backed the plan, as did states in West Africa.");
    expect(r.entities.some((e) => e.id === "country:US")).toBe(false);
    expect(r.entities.filter((e) => e.kind === "region").map((e) => e.id).sort()).toEqual(["location:south-america", "location:west-africa", "location:western-europe"]);
  });
});

describe("a capital opening a body's name", () => {
  it("'the Lima Group' is a body, not Peru's capital; 'talks in Lima' stay Peru's", () => {
    const r = extract("The Lima Group met in Lima on Friday.");
    expect(r.entities.find((e) => e.type === "Organization")?.name).toBe("Lima Group");
    expect(r.entities.find((e) => e.id === "country:PE")?.aliases).toContain("Lima");
  });
});

describe("copyright at the end of a line", () => {
  it("'Get the X newsletter … (c) 2024 X Media Group.' names no body", () => {
    const r = extract("Chile condemned the raid.\n\nGet the Andes Ledger morning newsletter in your inbox. (c) 2024 Andes Ledger Media Group.");
    expect(r.entities.map((e) => e.name)).not.toContain("Andes Ledger Media Group");
  });
});
