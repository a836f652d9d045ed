import { useState } from "react";

export type FlashView = { message: string; tone: "success" | "info" } | null;

/**
 * The confirmation of the last action, shown once. The live region is always in the page and only
 * its text changes, so screen readers announce the message politely when it arrives after a
 * submit without a reload. It sits at the bottom of the window, so it is seen wherever the page
 * was scrolled back to, and can be dismissed.
 */
export function FlashMessage({ flash }: { flash: FlashView }) {
  // Dismissing hides this message only: the next one arrives as a new object from the loader.
  const [dismissed, setDismissed] = useState<FlashView>(null);
  const shown = flash !== dismissed ? flash : null;
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-20 flex justify-center px-4">
      <div role="status" aria-live="polite" aria-atomic="true" className="max-w-full" data-testid="flash">
        {shown ? (
          <p
            className={`pointer-events-auto flex max-w-xl items-center gap-4 rounded-md px-4 py-3 font-semibold shadow-lg ${
              shown.tone === "success" ? "bg-green-800 text-white" : "bg-ink text-white"
            }`}
          >
            <span className="min-w-0 break-words">{shown.message}</span>
            <button
              type="button"
              onClick={() => setDismissed(flash)}
              className="shrink-0 rounded border border-white/70 px-2 py-0.5 text-sm font-semibold hover:bg-white/10"
            >
              Dismiss
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}
