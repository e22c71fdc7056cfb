// Relation rules as data: each has an id, the relation it yields, its trigger words, the frame the engine
// reads it with, and an example sentence (written for this file) that it must match.
import type { RelationType } from "./types.ts";

export type Frame =
  /** subject VERB object: "A condemned B" */
  | "verb-object"
  /** subject VERB thing to recipient: "A sent missiles to B"; passive "missiles supplied by A" */
  | "transfer"
  /** recipient VERB thing from supplier: "B bought A's missiles", "B received drones from A" */
  | "receive"
  /** NOUN of thing to recipient: "A's transfer of missiles to B", "the deployment of A troops to B" */
  | "transfer-noun"
  /** recipient's NOUN of supplier's thing: "B's procurement of A's missiles" */
  | "receive-noun"
  /** subject VERB document; passive "was signed by A, B and C" */
  | "sign"
  /** agent's ATTACK-NOUN on target: "the Chilean strike on Peru", "Peru's invasion of Chile" */
  | "attack-noun"
  /** subject used weapons against target: "Chilean forces used drones against Peru" */
  | "use-against"
  /** subject is recipient's (arms) supplier: "Norway has become Estonia's largest arms supplier" */
  | "supplier-noun"
  /** a list after "signatories include": "Signatories include Chile, Peru and Bolivia" */
  | "signatories"
  /** troop contributors to a force: "Chile is the largest contributor, with 500 troops, followed by Peru" */
  | "contributor";

export interface Rule {
  id: string;
  relation: RelationType;
  frame: Frame;
  /** Lemmas (verbs) or lower-case words (nouns) that fire the rule. */
  triggers: string[];
  /** A particle or preposition that must follow the trigger ("call on", "meet with"). */
  particle?: string[];
  /** What the thing moved must be: weapons, forces, aid. */
  thing?: "weapon" | "force" | "aid" | "document";
  confidence: number;
  example: string;
}

export const FORCE_NOUNS = new Set(["troops", "troop", "soldiers", "forces", "force", "personnel", "instructors", "advisers", "advisors", "trainers", "specialists", "units", "battalion", "battalions", "brigade", "brigades", "contingent", "contingents", "paratroopers", "peacekeeping", "peacekeepers", "mercenaries", "marines", "paratroopers", "fighters", "warships", "warship", "servicemen", "military", "vessel", "vessels", "ship", "ships", "frigate", "frigates", "destroyer", "destroyers", "submarine", "submarines", "carrier", "carriers", "gunners", "sailors", "police", "policemen", "gendarmes", "garrison", "garrisons", "service members", "servicemembers"]);
export const AID_NOUNS = new Set(["aid", "assistance", "funding", "funds", "loans", "grants", "relief", "support"]);
export const DOCUMENT_NOUNS = new Set(["text", "draft", "law", "laws", "bill", "bills", "legislation", "documents", "memoranda", "memorandums", "protocols", "treaties", "declarations", "accords", "pacts", "document", "purchase", "order", "contracts", "package", "agreements", "deals", "agreement", "deal", "pact", "treaty", "statement", "declaration", "communique", "memorandum", "charter", "accord", "protocol", "contract", "convention", "conventions", "letter", "mou", "programme", "program", "framework", "roadmap", "decree", "decrees", "resolution", "joint statement"]);
export const ATTACK_NOUNS = new Set(["siege", "sieges", "hostage-taking", "standoff", "rampage", "hijacking", "sinking", "sinkings", "kidnapping", "kidnappings", "abduction", "abductions", "bombardment", "bombardments", "annexation", "barrage", "barrages", "salvo", "salvos", "onslaught", "crime", "crimes", "atrocity", "atrocities", "blast", "blasts", "explosion", "explosions", "bomb", "bombs", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air strikes", "bombing", "bombings", "assault", "assaults", "ambush", "ambushes", "raid", "raids", "shelling", "invasion", "offensive", "incursion", "incursions", "intrusion", "intrusions", "storming", "break-in", "killing", "killings", "targeting", "massacre", "operation", "operations", "aggression", "aggressions", "shooting", "shootings", "violence"]);

/**
 * Acts other than attacks that get condemned, by the verb that tells who did them: "X burned a copy of the
 * Quran" … "Y condemned the burning". Each noun is its own kind: "the arrests" is never a strike's agent.
 */
export const ACT_VERBS = new Map(Object.entries({ burned: "burning", burnt: "burning", desecrated: "desecration", seized: "seizure", detained: "detention", arrested: "arrest", expelled: "expulsion", executed: "execution", annexed: "annexation" }));
/** Navies' ship prefixes and their states: "USS" → US, "HMS" → GB. */
export const SHIP_PREFIX_STATES: Record<string, string> = { USS: "US", HMS: "GB", HMCS: "CA", HMAS: "AU", HMNZS: "NZ", INS: "IN", PNS: "PK", BRP: "PH", KRI: "ID", TCG: "TR", HNLMS: "NL", FGS: "DE", ROKS: "KR", JS: "JP", ARA: "AR", BNS: "BD", SLNS: "LK", KD: "MY", RSS: "SG", HTMS: "TH", RFS: "RU" };

/** What a state's territory is named by when it is violated ("violated Polish airspace", "a violation of its waters"). */
export const TERRITORY_NOUNS = /^(airspace|border|borders|territory|sovereignty|waters)$/;

export const ACT_FAMILIES: string[][] = [
  ["burning", "burnings"], ["coup", "coups", "putsch", "uprising", "takeover", "mutiny", "insurrection"], ["desecration"], ["seizure", "seizures"],
  ["detention", "detentions", "arrest", "arrests"], ["expulsion", "expulsions"], ["execution", "executions"], ["annexation"], ["militarisation", "militarization"],
];
export const ACT_NOUNS = new Set(ACT_FAMILIES.flat());

export const RULES: Rule[] = [
  // core
  { id: "condemns.verb", relation: "CONDEMNS", frame: "verb-object", triggers: ["condemn", "denounce", "deplore", "criticize", "criticise", "decry", "censure", "condemnation"], confidence: 0.9, example: "Chile condemned Peru's seizure of the ship." },
  { id: "supplies.verb", relation: "SUPPLIES", frame: "transfer", thing: "weapon", triggers: ["supply", "deliver", "send", "transfer", "provide", "export", "ship", "sell", "give", "gift", "furnish", "hand", "arrive", "enter", "dock", "land", "donate"], confidence: 0.85, example: "Norway delivered air defence systems to Estonia." },
  { id: "supplies.receive", relation: "SUPPLIES", frame: "receive", thing: "weapon", triggers: ["receive", "buy", "acquire", "procure", "import", "obtain", "purchase", "lease"], confidence: 0.75, example: "Estonia received howitzers from Norway; its navy flies drones leased from a Norwegian firm." },
  { id: "supplies.noun", relation: "SUPPLIES", frame: "transfer-noun", thing: "weapon", triggers: ["transfer", "transfers", "export", "exports", "delivery", "deliveries", "shipment", "shipments", "supply", "supplies", "sale", "sales", "provision", "donation", "donations", "gift", "handover"], confidence: 0.8, example: "Norway's transfer of howitzers to Estonia was confirmed." },
  { id: "supplies.receive-noun", relation: "SUPPLIES", frame: "receive-noun", thing: "weapon", triggers: ["procurement", "purchase", "purchases", "acquisition", "acquisitions", "import", "imports", "receipt", "arrival", "arrivals"], confidence: 0.75, example: "Estonia's procurement of Norwegian howitzers was confirmed." },
  { id: "supplies.supplier-noun", relation: "SUPPLIES", frame: "supplier-noun", thing: "weapon", triggers: ["supplier", "suppliers", "provider"], confidence: 0.75, example: "Norway has become Estonia's largest arms supplier." },
  { id: "deploys.verb", relation: "DEPLOYS", frame: "transfer", thing: "force", triggers: ["deploy", "send", "dispatch", "station", "redeploy", "post", "arrive", "dock", "land", "fly", "base"], confidence: 0.85, example: "Norway has deployed troops to Estonia." },
  { id: "deploys.move-into", relation: "DEPLOYS", frame: "transfer", thing: "force", triggers: ["cross", "roll", "move", "pour", "march", "enter"], confidence: 0.8, example: "Hundreds of Norwegian soldiers crossed the border into Estonia." },
  { id: "deploys.has-troops", relation: "DEPLOYS", frame: "transfer", thing: "force", triggers: ["have", "keep", "maintain"], confidence: 0.75, example: "Norway has had troops in Estonia since 2017." },
  { id: "deploys.leads", relation: "DEPLOYS", frame: "transfer", thing: "force", triggers: ["lead", "command"], confidence: 0.7, example: "Britain leads the battlegroup in Estonia." },
  { id: "deploys.presence", relation: "DEPLOYS", frame: "transfer", thing: "force", triggers: ["serve", "rotate", "remain", "stay"], confidence: 0.75, example: "Danish soldiers serve in Estonia, where troops from Norway also rotate through." },
  { id: "deploys.contributor", relation: "DEPLOYS", frame: "contributor", thing: "force", triggers: ["contributor", "contributors", "contribution", "contributions", "contingent"], confidence: 0.75, example: "Chile is the largest contributor to the mission in Haiti, with 500 troops, followed by Peru with 300; Peru's contribution to the mission rose to 300 police." },
  { id: "deploys.contingents-from", relation: "DEPLOYS", frame: "contributor", thing: "force", triggers: ["contingents", "contingent", "troops", "soldiers", "units", "detachments"], confidence: 0.7, example: "The brigade in Latvia is led by Canada, with contingents from Spain and Poland." },
  { id: "deploys.weapons", relation: "DEPLOYS", frame: "transfer", thing: "weapon", triggers: ["deploy", "station", "redeploy", "keep"], confidence: 0.75, example: "Norway has deployed air defence systems to Estonia." },
  { id: "deploys.weapons-noun", relation: "DEPLOYS", frame: "transfer-noun", thing: "weapon", triggers: ["deployment", "deployments", "stationing"], confidence: 0.7, example: "Norway's deployment of air defence systems to Estonia" },
  { id: "deploys.noun", relation: "DEPLOYS", frame: "transfer-noun", thing: "force", triggers: ["deployment", "deployments", "dispatch", "presence", "stationing"], confidence: 0.8, example: "the deployment of Norwegian troops to Estonia" },
  { id: "signs.verb", relation: "SIGNS", frame: "sign", thing: "document", triggers: ["sign", "endorse", "ink", "ratify", "conclude", "co-sign", "cosign", "signature", "name", "join", "table", "sponsor", "co-sponsor", "cosponsor"], confidence: 0.9, example: "Chile and Peru signed a trade agreement; Bolivia's envoy put his name to it too." },
  // extended
  { id: "condemns.did-the-same", relation: "CONDEMNS", frame: "verb-object", triggers: ["same", "suit", "likewise"], confidence: 0.75, example: "Chile condemned the raid, and its neighbour Peru did the same." },
  { id: "signs.did-the-same", relation: "SIGNS", frame: "sign", triggers: ["same", "suit", "likewise"], confidence: 0.75, example: "Chile signed the accord, and Peru and Bolivia did the same." },
  { id: "signs.signatories", relation: "SIGNS", frame: "signatories", thing: "document", triggers: ["signatories", "signers", "co-signatories", "signatory", "endorsers", "co-sponsors", "cosponsors", "sponsors"], confidence: 0.85, example: "Signatories include Chile, Peru and Bolivia." },
  { id: "signs.list-completed", relation: "SIGNS", frame: "signatories", thing: "document", triggers: ["completed"], confidence: 0.7, example: "The first signatories were Chile and Peru. The list is completed by Bolivia and Spain." },
  { id: "signs.table-column", relation: "SIGNS", frame: "signatories", thing: "document", triggers: ["signed", "endorsed", "endorsing", "supporting", "supporters", "co-sponsors", "cosponsors", "sponsors"], confidence: 0.7, example: "| Region | Signed | Held back |\n|---|---|---|\n| Andes | Chile, Peru | Bolivia |" },
  { id: "signs.list-includes", relation: "SIGNS", frame: "signatories", thing: "document", triggers: ["included", "includes", "include"], confidence: 0.7, example: "The list of signatories is long. In South America it includes Chile and Peru." },
  { id: "signs.list-goes-on", relation: "SIGNS", frame: "signatories", thing: "document", triggers: ["came", "represented"], confidence: 0.7, example: "Chile and Peru signed the accord. From Europe came Spain and Italy; Africa was represented by Ghana, and Asia by Japan." },
  { id: "signs.joining", relation: "SIGNS", frame: "signatories", thing: "document", triggers: ["joining"], confidence: 0.7, example: "The first signatories were Chile and Peru. Joining them now are Bolivia and Spain." },
  { id: "sanctions.verb", relation: "SANCTIONS", frame: "verb-object", triggers: ["sanction", "blacklist"], confidence: 0.8, example: "Canada sanctioned Belarus." },
  { id: "sanctions.impose", relation: "SANCTIONS", frame: "verb-object", triggers: ["impose", "slap"], particle: ["sanctions", "new", "fresh", "further"], confidence: 0.8, example: "Canada imposed sanctions on Belarus." },
  { id: "supports.verb", relation: "SUPPORTS", frame: "verb-object", triggers: ["support", "back", "defend"], confidence: 0.7, example: "Chile supports Peru in the dispute." },
  { id: "calls-on.verb", relation: "CALLS_ON", frame: "verb-object", triggers: ["call", "urge", "press"], confidence: 0.8, example: "Chile called on Peru to release the crew." },
  { id: "attacks.verb", relation: "ATTACKS", frame: "verb-object", triggers: ["attack", "strike", "bomb", "shell", "invade", "raid", "target", "kill"], confidence: 0.75, example: "Armenia attacked Azerbaijan's positions." },
  { id: "attacks.noun", relation: "ATTACKS", frame: "attack-noun", triggers: ["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "assault", "raid", "raids", "shelling", "invasion", "offensive", "incursion"], confidence: 0.7, example: "The Chilean strike on Peru drew criticism." },
  { id: "attacks.use-against", relation: "ATTACKS", frame: "use-against", triggers: ["use", "fire", "launch"], confidence: 0.7, example: "Chilean forces used drones against Peru." },
  { id: "meets.verb", relation: "MEETS", frame: "verb-object", triggers: ["meet", "host"], confidence: 0.8, example: "President Ana Lima met Prime Minister Jon Berg." },
  { id: "visits.verb", relation: "VISITS", frame: "verb-object", triggers: ["visit", "tour"], confidence: 0.8, example: "The Chilean president visited Peru." },
  { id: "protests.verb", relation: "PROTESTS", frame: "verb-object", triggers: ["protest", "summon"], confidence: 0.7, example: "Chile summoned Peru's ambassador." },
  { id: "accuses.verb", relation: "ACCUSES", frame: "verb-object", triggers: ["accuse", "blame"], confidence: 0.8, example: "Chile accused Peru of violating the truce." },
  { id: "aids.verb", relation: "AIDS", frame: "transfer", thing: "aid", triggers: ["provide", "give", "send", "pledge", "donate", "grant", "deliver"], confidence: 0.75, example: "Japan pledged humanitarian aid to Nepal." },
];

export const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));
