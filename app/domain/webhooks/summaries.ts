// What the webhook pages show of an endpoint and of a delivery: shared by the server that reads
// them and the components that draw them.

export type EndpointSummary = {
  id: number;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  createdAt: string;
};

export type DeliverySummary = {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  responseCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string;
};

/**
 * How many of an endpoint's latest deliveries its page lists. Pruning old deliveries keeps at
 * least these, so the list of a quiet endpoint never empties.
 */
export const DELIVERY_LIST_LENGTH = 50;
