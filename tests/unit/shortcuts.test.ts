import { describe, expect, it } from "vitest";
import { SHORTCUTS, matchShortcut } from "~/domain/shortcuts";

describe("the admin's keyboard shortcuts", () => {
  it("maps single keys to their action at once", () => {
    expect(matchShortcut([], "j")).toEqual({ kind: "action", action: "next-lead" });
    expect(matchShortcut([], "k")).toEqual({ kind: "action", action: "previous-lead" });
    expect(matchShortcut([], "/")).toEqual({ kind: "action", action: "search" });
    expect(matchShortcut([], "?")).toEqual({ kind: "action", action: "show-help" });
  });

  it("waits after g for the second key, and g then i goes to the inbox", () => {
    expect(matchShortcut([], "g")).toEqual({ kind: "pending" });
    expect(matchShortcut(["g"], "i")).toEqual({ kind: "action", action: "go-inbox" });
  });

  it("ignores keys that are no shortcut, alone or after g", () => {
    expect(matchShortcut([], "q")).toEqual({ kind: "none" });
    expect(matchShortcut(["g"], "q")).toEqual({ kind: "none" });
    expect(matchShortcut([], "J")).toEqual({ kind: "none" });
  });

  it("gives every shortcut its own keys and a description", () => {
    const keys = SHORTCUTS.map((shortcut) => shortcut.keys.join(" "));
    expect(new Set(keys).size).toBe(keys.length);
    for (const shortcut of SHORTCUTS) expect(shortcut.description.length).toBeGreaterThan(10);
  });
});
