// The registry of named queries: `kg query --list` shows them in this order.
import type { NamedQuery } from "../types.ts";
import { actorProfile } from "./actor-profile.ts";
import { centralActors } from "./central-actors.ts";
import { coCondemners } from "./co-condemners.ts";
import { condemnations } from "./condemnations.ts";
import { contestedClaims } from "./contested-claims.ts";
import { deployments } from "./deployments.ts";
import { evidence } from "./evidence.ts";
import { members } from "./members.ts";
import { mentions } from "./mentions.ts";
import { neighbourhood } from "./neighbourhood.ts";
import { relationTypes } from "./relation-types.ts";
import { shortestPath } from "./shortest-path.ts";
import { signatories } from "./signatories.ts";
import { supplies } from "./supplies.ts";
import { supplyChains } from "./supply-chains.ts";
import { timeline } from "./timeline.ts";

export const CATALOG: readonly NamedQuery[] = [
  condemnations,
  coCondemners,
  supplies,
  supplyChains,
  deployments,
  signatories,
  actorProfile,
  neighbourhood,
  timeline,
  shortestPath,
  evidence,
  contestedClaims,
  centralActors,
  members,
  mentions,
  relationTypes,
];

export function findQuery(name: string): NamedQuery | undefined {
  return CATALOG.find((q) => q.name === name);
}
