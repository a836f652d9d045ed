import type { RoutingRuleset } from "../../domain/routing";

export interface RoutingOverview {
  active: RoutingRuleset;
  versions: { version: string; createdAt: string; active: boolean; rules: number }[];
  inboxes: { slug: string; name: string }[];
}
