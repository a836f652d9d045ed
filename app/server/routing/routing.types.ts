import type { AssignmentDecision, RoutingDecision } from "../../domain/routing";

export type Person = { id: number; name: string; email: string };

export type Inbox = { id: number; slug: string; name: string; address: string };

export type RoutingTrace = { routing: RoutingDecision; assignment: AssignmentDecision; repeatSubmitter: string | null };

export type RoutingOutcome = { inbox: Inbox; owner: Person | null; trace: RoutingTrace };
