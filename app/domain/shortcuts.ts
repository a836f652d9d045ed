/**
 * The admin's keyboard shortcuts: one table that both the key handler and the `?` overlay (and
 * the README) read, so what is documented is what works. Single keys act at once; `g` starts a
 * two-key sequence ("g then i") that is forgotten after a short pause.
 */
export type ShortcutAction =
  | "next-lead"
  | "previous-lead"
  | "open-lead"
  | "toggle-selection"
  | "assign"
  | "status"
  | "note"
  | "search"
  | "go-inbox"
  | "show-help";

export interface Shortcut {
  /** The keys as pressed, in order ("g i" is g, then i). */
  keys: readonly string[];
  action: ShortcutAction;
  description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ["j"],
    action: "next-lead",
    description: "Move to the next lead in the list; on a lead's page, open the next lead of its list",
  },
  { keys: ["k"], action: "previous-lead", description: "Move to the previous lead in the list" },
  { keys: ["o"], action: "open-lead", description: "Open the lead in focus (Enter does too)" },
  { keys: ["x"], action: "toggle-selection", description: "Tick or untick the lead in focus" },
  { keys: ["a"], action: "assign", description: "Assign: the owner field of the lead or of the ticked leads" },
  { keys: ["s"], action: "status", description: "Status: the status field of the lead or of the ticked leads" },
  { keys: ["n"], action: "note", description: "Write a note: Log contact on a lead's page" },
  { keys: ["/"], action: "search", description: "Search the inbox" },
  { keys: ["g", "i"], action: "go-inbox", description: "Go to the inbox" },
  { keys: ["?"], action: "show-help", description: "Show these shortcuts" },
];

/** How long the first key of a sequence waits for the second. */
export const SEQUENCE_TIMEOUT_MS = 1500;

export type ShortcutMatch = { kind: "action"; action: ShortcutAction } | { kind: "pending" } | { kind: "none" };

/**
 * What the keys pressed so far (the earlier ones of an unfinished sequence, then this one) mean:
 * an action, the start of a longer sequence, or nothing.
 */
export function matchShortcut(pending: readonly string[], key: string): ShortcutMatch {
  const pressed = [...pending, key];
  const exact = SHORTCUTS.find(
    (shortcut) => shortcut.keys.length === pressed.length && shortcut.keys.every((k, i) => k === pressed[i]),
  );
  if (exact) return { kind: "action", action: exact.action };
  const starts = SHORTCUTS.some(
    (shortcut) => shortcut.keys.length > pressed.length && pressed.every((k, i) => shortcut.keys[i] === k),
  );
  return starts ? { kind: "pending" } : { kind: "none" };
}
