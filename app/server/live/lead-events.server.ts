import { EventEmitter } from "node:events";

/**
 * Tells open inbox pages that a lead appeared or changed. The portal runs as one process, so an
 * in-process emitter reaches every open stream; a deployment with several processes would need
 * a shared channel instead. Events are published only after the transaction that made the
 * change has committed, so a page that reloads on one always finds the change.
 */
export type LeadEvent = {
  leadId: number;
  kind: "created" | "changed";
  /** Who made the change; null for a visitor submitting the form. */
  by: number | null;
};

type Listener = (event: LeadEvent) => void;

const emitter = new EventEmitter();
// Every open admin tab holds one listener; the default warning at 10 would be a false alarm.
emitter.setMaxListeners(0);

export function publishLeadEvent(event: LeadEvent): void {
  emitter.emit("lead", event);
}

/** Publishes the same change for several leads (a bulk change). */
export function publishLeadChanges(leadIds: readonly number[], by: number): void {
  for (const leadId of leadIds) publishLeadEvent({ leadId, kind: "changed", by });
}

/** Starts listening; returns the function that stops. */
export function subscribeToLeadEvents(listener: Listener): () => void {
  emitter.on("lead", listener);
  return () => emitter.off("lead", listener);
}
