import type { ReactNode } from "react";

export interface TalkToUsProps {
  readonly reference: string;
  readonly contact: { readonly name: string; readonly email: string; readonly isConsultant: boolean } | null;
  /** The promised first-response time, already formatted with its zone; null once passed. */
  readonly respondBy: string | null;
  /** When the answers point only outside what the tool covers, the call is the way forward. */
  readonly scope: { readonly onlyOutside: boolean; readonly sentence: string } | null;
  readonly children?: ReactNode;
}

/** The next step: who will call, how to reach them, and (outside our scope) why a call matters more. */
export function TalkToUs({ reference, contact, respondBy, scope, children }: TalkToUsProps) {
  const by = respondBy ? ` by ${respondBy}` : "";
  const mailto = contact
    ? `mailto:${contact.email}?subject=${encodeURIComponent(`Exposure summary ${reference}`)}`
    : null;
  return (
    <section aria-labelledby="talk" className="rounded-xl bg-ink p-5 text-white sm:p-6" data-testid="talk-to-us">
      <h2 id="talk" className="font-serif text-2xl font-bold">
        {scope?.onlyOutside ? "This needs a conversation" : "Talk it through"}
      </h2>
      <p className="mt-2 text-slate-200" data-testid="who-calls">
        {contact?.isConsultant
          ? `${contact.name} has your answers and will contact you${by}. A call takes 30 minutes and there is no obligation.`
          : `${contact ? contact.name : "An audit expert"} reviews your answers and will contact you${by}. A call takes 30 minutes and there is no obligation.`}
      </p>
      {children}
      {mailto && contact ? (
        <p className="mt-4">
          <a href={mailto} className="inline-flex rounded-md bg-white px-5 py-3 font-semibold text-ink">
            Email {contact.isConsultant ? contact.name : "us"} about reference {reference}
          </a>
        </p>
      ) : null}
    </section>
  );
}
