import { useLocation, useNavigate } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { SEQUENCE_TIMEOUT_MS, SHORTCUTS, type ShortcutAction, matchShortcut } from "~/domain/shortcuts";
import { useHydrated } from "./use-hydrated";

/** Fields where a key is text: a shortcut never fires there. Checkboxes and buttons are not. */
const TEXT_INPUT_TYPES = new Set(["text", "search", "email", "tel", "url", "password", "number", "date", "time"]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

const leadLinks = () => [...document.querySelectorAll<HTMLAnchorElement>("a.lead-open")];
const focusedRow = () => document.activeElement?.closest<HTMLElement>(".lead-row") ?? null;

/** Focuses the first element found among the ids, in order; says whether one was there. */
function focusFirst(...ids: string[]): boolean {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (element) {
      element.focus();
      element.scrollIntoView({ block: "center" });
      return true;
    }
  }
  return false;
}

function moveInList(step: 1 | -1): void {
  const links = leadLinks();
  if (links.length === 0) return;
  const row = focusedRow();
  const current = row ? links.findIndex((link) => row.contains(link)) : -1;
  const next = current === -1 ? 0 : Math.min(links.length - 1, Math.max(0, current + step));
  links[next]?.focus();
  links[next]?.scrollIntoView({ block: "nearest" });
}

const searchField = () => document.querySelector<HTMLInputElement>('input[name="q"]');

/**
 * Keyboard shortcuts across the admin (the table in `~/domain/shortcuts`), and the `?` overlay
 * that lists them. Keys pressed while typing in a field, or with Ctrl, Alt or Meta, are left
 * alone. Every action moves the focus to something visible (a row, a field) or opens a page, so
 * the keyboard user always sees where they are.
 */
export function KeyboardShortcuts() {
  const navigate = useNavigate();
  const location = useLocation();
  const hydrated = useHydrated();
  const dialog = useRef<HTMLDialogElement>(null);

  // "/" from another page goes to the inbox and puts the cursor in its search.
  useEffect(() => {
    if ((location.state as { focusSearch?: boolean } | null)?.focusSearch) searchField()?.focus();
  }, [location]);

  useEffect(() => {
    let pending: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (action: ShortcutAction): boolean => {
      switch (action) {
        case "next-lead": {
          // On a lead's page there is no list: the next lead of the list it came from opens instead.
          const nextLead =
            leadLinks().length === 0 ? document.querySelector<HTMLAnchorElement>("a[data-next-lead]") : null;
          if (nextLead) nextLead.click();
          else moveInList(1);
          return nextLead !== null || leadLinks().length > 0;
        }
        case "previous-lead":
          moveInList(-1);
          return leadLinks().length > 0;
        case "open-lead": {
          const row = focusedRow();
          const link = row?.querySelector<HTMLAnchorElement>("a.lead-open") ?? leadLinks()[0];
          link?.click();
          return link !== undefined;
        }
        case "toggle-selection": {
          const box = focusedRow()?.querySelector<HTMLInputElement>("input.lead-select, .lead-select input");
          box?.click();
          return box !== undefined && box !== null;
        }
        case "assign":
          return focusFirst("ownerId", "bulk-owner");
        case "status":
          return focusFirst("status", "contact-status", "bulk-status");
        case "note":
          return focusFirst("contact-note", "body");
        case "search": {
          const field = searchField();
          if (field) field.focus();
          else navigate("/admin", { state: { focusSearch: true } });
          return true;
        }
        case "go-inbox":
          navigate("/admin");
          return true;
        case "show-help":
          if (dialog.current?.open) dialog.current.close();
          else dialog.current?.showModal();
          return true;
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || dialog.current?.open) {
        if (event.key !== "?" || isTyping(event.target)) return;
      }
      const match = matchShortcut(pending, event.key);
      clearTimeout(timer);
      if (match.kind === "pending") {
        pending = [...pending, event.key];
        timer = setTimeout(() => (pending = []), SEQUENCE_TIMEOUT_MS);
        return;
      }
      pending = [];
      if (match.kind === "action" && run(match.action)) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [navigate]);

  if (!hydrated) return null;
  return (
    <>
      <button
        type="button"
        className="rounded-md px-2 py-1.5 text-sm font-semibold text-ink underline-offset-4 hover:underline"
        aria-keyshortcuts="?"
        onClick={() => dialog.current?.showModal()}
      >
        Shortcuts <kbd className="rounded border border-slate-300 px-1 font-mono text-xs">?</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-heading"
        className="w-full max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-ink shadow-xl backdrop:bg-ink/40"
      >
        <h2 id="shortcuts-heading" className="font-serif text-2xl font-bold">
          Keyboard shortcuts
        </h2>
        <p className="mt-2 text-sm text-ink-soft">They work anywhere in the admin, except while you type in a field.</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.action} className="contents">
              <dt className="whitespace-nowrap">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? <span className="mx-1 text-ink-soft">then</span> : null}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono">{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{shortcut.description}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-6 text-right">
          <button type="submit" className="button-primary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
