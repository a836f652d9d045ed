import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { BandBadge, RegimeCard } from "~/components/exposure-summary";
import { timeOverview } from "~/domain/summary";
import { formatCalendarDay } from "~/domain/date-format";
import { isQuestionId, questionById } from "~/domain/questionnaire";
import { dueText, emailKindLabel, formatInstant, leadStatusLabel } from "~/domain/lead-inbox";
import { withNamesForSlugs } from "~/domain/routing";
import type { LeadDetail } from "~/server/leads/detail.types";

type Clock = { now: string; timeZone: string };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={id} className="font-serif text-2xl font-bold text-ink">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_minmax(0,1fr)]">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-sm font-semibold text-ink">{term}</dt>
          {/* Long addresses and links wrap anywhere rather than widen the page on a phone. */}
          <dd className="min-w-0 text-ink-soft [overflow-wrap:anywhere]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Instant({ iso, timeZone }: { iso: string; timeZone: string }) {
  return <time dateTime={iso}>{formatInstant(iso, timeZone)}</time>;
}

export function LeadHeader({ lead, timeZone }: { lead: LeadDetail; timeZone: string }) {
  return (
    <header className="mb-8">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand">Lead {lead.publicRef}</p>
      <h1 className="mt-2 font-serif text-3xl font-bold text-ink">
        {lead.erasedAt ? "Personal data erased" : lead.company}
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-ink-soft">
        <span>
          <BandBadge band={lead.scores.band} />{" "}
          <span className="ml-1">
            impact {lead.scores.impact} / 100, priority {lead.scores.priority}
          </span>
        </span>
        <span>
          Status: <strong className="text-ink">{leadStatusLabel(lead.status)}</strong>
        </span>
        <span>
          Received <Instant iso={lead.receivedAt} timeZone={timeZone} />
        </span>
        <span>
          Owner: <strong className="text-ink">{lead.owner?.name ?? "Unassigned"}</strong>
        </span>
        <span>
          Inbox: <strong className="text-ink">{lead.inbox?.name ?? "None"}</strong>
        </span>
      </div>
      {lead.duplicateOf ? (
        <p className="mt-3 text-ink-soft">
          Repeat submission: the same address sent{" "}
          <Link to={`/admin/leads/${lead.duplicateOf.id}`} className="link">
            {lead.duplicateOf.publicRef}
          </Link>{" "}
          earlier.
        </p>
      ) : null}
    </header>
  );
}

export function ContactSection({ lead, timeZone }: { lead: LeadDetail; timeZone: string }) {
  if (lead.erasedAt) {
    return (
      <Section id="contact" title="Contact">
        <p className="text-ink-soft">
          The contact details were erased on request on <Instant iso={lead.erasedAt} timeZone={timeZone} />.
        </p>
      </Section>
    );
  }
  const { contact } = lead;
  return (
    <Section id="contact" title="Contact">
      <Facts
        items={[
          ["Name", contact.name],
          ["Job title", contact.jobTitle],
          ["Company", lead.company],
          [
            "Email",
            <a key="email" href={`mailto:${contact.email}`} className="link">
              {contact.email}
            </a>,
          ],
          [
            "Phone",
            contact.phone ? (
              <a key="phone" href={`tel:${contact.phone.replace(/\s+/g, "")}`} className="link">
                {contact.phone}
              </a>
            ) : (
              "Not given"
            ),
          ],
          [
            "Their message",
            contact.message ? (
              <span key="message" className="whitespace-pre-line text-ink">
                {contact.message}
              </span>
            ) : (
              "None"
            ),
          ],
          ["Marketing email", contact.marketingOptIn ? "Agreed" : "Not agreed"],
          [
            "Consent",
            <span key="consent">
              Privacy notice {contact.consentVersion}, <Instant iso={contact.consentAt} timeZone={timeZone} />
            </span>,
          ],
        ]}
      />
    </Section>
  );
}

export function AnswersSection({ lead }: { lead: LeadDetail }) {
  return (
    <Section id="answers" title="Answers">
      {lead.answers.length > 0 ? (
        <dl className="divide-y divide-slate-200">
          {lead.answers.map((line) => (
            <div key={line.questionId} className="grid gap-1 py-2 sm:grid-cols-2 sm:gap-4">
              <dt className="text-sm font-semibold text-ink">{line.question}</dt>
              <dd className="text-ink-soft">{line.answer}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-ink-soft">No answers are stored.</p>
      )}
    </Section>
  );
}

type StoredAssessment = NonNullable<LeadDetail["assessment"]>;

/** Why the lead has its band, how much work it may be, and what to ask first; absent from leads assessed before 2026.12.1. */
function BandWhy({ assessment }: { assessment: StoredAssessment }) {
  const { bandReason, engagement, discoveryQuestions } = assessment;
  const regimeName = (id: string) => assessment.regimes.find((regime) => regime.regime === id)?.name ?? id;
  return (
    <>
      {bandReason ? (
        <p className="mt-3 text-ink" data-testid="band-reason">
          <strong>{assessment.band}</strong> because of {regimeName(bandReason.regime)}: {bandReason.tierLabel} (
          {bandReason.status}
          {bandReason.redFlag ? ", a probable present violation" : ""}
          {bandReason.onUnsure ? ", resting on answers they were not sure about" : ""}).
        </p>
      ) : null}
      {engagement ? (
        <p className="mt-1 text-ink-soft" data-testid="engagement">
          Engagement value {engagement.score} / 100 (size, number of regimes and practice areas).
        </p>
      ) : null}
      {discoveryQuestions && discoveryQuestions.length > 0 ? (
        <p className="mt-1 text-ink-soft" data-testid="needs-discovery">
          Needs discovery: answered “Not sure” to {discoveryQuestions.map((id) => questionLabel(id)).join("; ")}.
        </p>
      ) : null}
    </>
  );
}

const STATUS_WORDS: Record<string, string> = { likely: "likely", possible: "possible", unlikely: "unlikely" };

/** For a lead assessed under an earlier ruleset: what the current ruleset says about the same answers on the same day. */
function Reassessed({ reassessment }: { reassessment: LeadDetail["reassessment"] }) {
  if (!reassessment) return null;
  if (reassessment.kind === "impossible") {
    return (
      <p className="mt-4 text-ink-soft" data-testid="reassessment">
        Not assessed again under the current ruleset {reassessment.toVersion}: {reassessment.reason}
      </p>
    );
  }
  return (
    <div className="mt-4 rounded-md border border-slate-300 bg-slate-50 p-4" data-testid="reassessment">
      <h3 className="font-semibold text-ink">Assessed again under the current ruleset {reassessment.toVersion}</h3>
      <p className="mt-1 text-ink-soft">
        Same answers, same day ({formatCalendarDay(reassessment.asOf)}).{" "}
        {reassessment.kind === "unchanged"
          ? "Nothing changed."
          : `Band ${reassessment.bandBefore} → ${reassessment.bandAfter}, impact ${reassessment.impactBefore ?? "?"} → ${reassessment.impactAfter}. The lead keeps the band, deadline and routing it was given.`}
      </p>
      {reassessment.verdicts.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-ink">
          {reassessment.verdicts.map((change) => (
            <li key={change.regime}>
              {change.name}: {STATUS_WORDS[change.before] ?? change.before} →{" "}
              {STATUS_WORDS[change.after] ?? change.after}
            </li>
          ))}
        </ul>
      ) : null}
      {reassessment.redFlagsAdded.length > 0 ? (
        <p className="mt-2 text-red-900">New red flags: {reassessment.redFlagsAdded.join(", ")}.</p>
      ) : null}
      {reassessment.redFlagsRemoved.length > 0 ? (
        <p className="mt-1 text-ink-soft">Red flags no longer raised: {reassessment.redFlagsRemoved.join(", ")}.</p>
      ) : null}
      {reassessment.retiredAnswers.length > 0 ? (
        <p className="mt-1 text-sm text-ink-soft">
          Read as “Not sure” because the option they chose was retired:{" "}
          {reassessment.retiredAnswers.map((id) => questionLabel(id)).join("; ")}.
        </p>
      ) : null}
      {reassessment.unaskedQuestions.length > 0 ? (
        <p className="mt-1 text-sm text-ink-soft">
          Read as “Not sure” because the question was added since:{" "}
          {reassessment.unaskedQuestions.map((id) => questionLabel(id)).join("; ")}.
        </p>
      ) : null}
    </div>
  );
}

function questionLabel(id: string): string {
  return isQuestionId(id) ? questionById(id).text : id;
}

export function AssessmentSection({ lead, today }: { lead: LeadDetail; today: string }) {
  const { assessment } = lead;
  if (!assessment) {
    return (
      <Section id="assessment" title="Assessment">
        <p className="text-ink-soft">
          This lead's assessment is stored in a form this version of the portal cannot show in full. Its band and scores
          are above; the export holds everything stored.
        </p>
      </Section>
    );
  }
  const fired = assessment.regimes.filter((regime) => regime.status !== "unlikely");
  const unlikely = assessment.regimes.filter((regime) => regime.status === "unlikely");
  // Read on the day the page is opened, not the day of the assessment.
  const time = timeOverview(assessment.regimes, today);
  return (
    <Section id="assessment" title="Assessment">
      <p className="text-ink-soft">
        Assessed on {formatCalendarDay(assessment.asOf)} against ruleset {assessment.rulesetVersion}.{" "}
        {`${time.headline} Next: ${time.nextSentence}`}
      </p>
      <BandWhy assessment={assessment} />
      {assessment.redFlags.length > 0 ? (
        <div className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-4">
          <h3 className="font-semibold text-red-800">Red flags</h3>
          <ul className="mt-1 list-disc pl-5 text-red-900">
            {assessment.redFlags.map((flag) => (
              <li key={flag.id}>{flag.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {assessment.gaps.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-semibold text-ink">Gaps they told us about</h3>
          <ul className="mt-1 list-disc pl-5 text-ink">
            {assessment.gaps.map((gap) => (
              <li key={gap.control}>{gap.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Reassessed reassessment={lead.reassessment} />
      <div className="mt-4 grid gap-4">
        {fired.map((regime) => (
          <RegimeCard key={regime.regime} regime={regime} today={today} />
        ))}
      </div>
      {fired.length === 0 ? (
        <p className="mt-4 text-ink-soft">No regime is likely or possible on these answers.</p>
      ) : null}
      {unlikely.length > 0 ? (
        <p className="mt-4 text-sm text-ink-soft">Unlikely: {unlikely.map((regime) => regime.name).join(" · ")}</p>
      ) : null}
    </Section>
  );
}

const SKIP_WORDS: Record<string, string> = {
  inactive: "inactive",
  "out-of-office": "out of office",
  "at-capacity": "at capacity",
};

export function RoutingSection({ lead }: { lead: LeadDetail }) {
  const trace = lead.routing;
  if (!trace) {
    return (
      <Section id="routing" title="Why this lead came to you">
        <p className="text-ink-soft">This lead was stored without a routing decision.</p>
      </Section>
    );
  }
  const { assignment } = trace;
  // Stored in slugs as written at routing time; shown with the names people know.
  const routing = withNamesForSlugs(trace.routing, new Map(Object.entries(lead.slugNames)));
  const missed = routing.evaluated.filter((rule) => !rule.matched);
  return (
    <Section id="routing" title="Why this lead came to you">
      <h3 className="font-semibold text-ink">
        {routing.fallbackUsed
          ? `No rule matched, so it went to the fallback inbox`
          : `Rule “${routing.ruleName ?? routing.ruleId ?? ""}” sent it to this inbox`}
      </h3>
      <ul className="mt-1 list-disc pl-5 text-ink-soft">
        {routing.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {missed.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand">
            Rules tried before it ({missed.length})
          </summary>
          <ul className="mt-2 list-disc pl-5 text-sm text-ink-soft">
            {missed.map((rule) => (
              <li key={rule.ruleId}>
                <span className="font-medium text-ink">{lead.ruleNames[rule.ruleId] ?? rule.ruleId}</span>:{" "}
                {rule.failed}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="mt-2 text-xs text-ink-soft">Routing rules version {routing.rulesetVersion}.</p>

      <h3 className="mt-5 font-semibold text-ink">Who got it</h3>
      <p className="mt-1 text-ink-soft">{assignment.reason}.</p>
      {trace.repeatSubmitter ? <p className="mt-1 text-ink-soft">Repeat submitter: {trace.repeatSubmitter}.</p> : null}
      {assignment.candidates.length > 0 ? (
        // Focusable, so people using a keyboard can scroll the table sideways on a narrow screen.
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Inbox members considered">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">The inbox members considered, with their load when the lead arrived</caption>
            <thead className="bg-slate-100 text-ink">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Member
                </th>
                <th scope="col" className="px-3 py-2">
                  Open leads
                </th>
                <th scope="col" className="px-3 py-2">
                  Weight
                </th>
                <th scope="col" className="px-3 py-2">
                  Available
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {assignment.candidates.map((candidate) => (
                <tr key={candidate.userId}>
                  <th scope="row" className="px-3 py-2 font-medium text-ink">
                    {candidate.name}
                    {candidate.userId === assignment.chosen ? (
                      <span className="ml-2 text-xs font-semibold uppercase text-brand">chosen</span>
                    ) : null}
                  </th>
                  <td className="px-3 py-2">
                    {candidate.openLeads} of {candidate.capacity}
                  </td>
                  <td className="px-3 py-2">{candidate.weight}</td>
                  <td className="px-3 py-2">
                    {candidate.eligible
                      ? "Yes"
                      : `No, ${SKIP_WORDS[candidate.skippedBecause ?? ""] ?? candidate.skippedBecause ?? "unavailable"}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}

export function SourceSection({ lead }: { lead: LeadDetail }) {
  const { source } = lead;
  const utm = Object.entries(source.utm);
  return (
    <Section id="source" title="Source">
      <Facts
        items={[
          [
            "Article",
            source.article ? (
              <Link key="article" to={`/insights/${source.article.slug}`} className="link">
                {source.article.title ?? source.article.slug}
              </Link>
            ) : (
              "None: they started the assessment directly"
            ),
          ],
          ["Topic", source.topic?.label ?? "None"],
          [
            "Campaign",
            utm.length > 0 ? utm.map(([key, value]) => `${key.replace(/^utm_/, "")}: ${value}`).join(", ") : "None",
          ],
          ["Referrer", source.referrer ?? "None"],
        ]}
      />
    </Section>
  );
}

export function SlaSection({ lead, now, timeZone }: { lead: LeadDetail } & Clock) {
  const { sla } = lead;
  let state: ReactNode;
  if (sla.dueAt === null) state = "No first-response deadline was set.";
  else if (sla.firstResponseAt !== null)
    state = sla.metDeadline ? "First response within the deadline." : "First response after the deadline.";
  else if (sla.overdue) state = <strong className="text-red-800">Overdue: {dueText(sla.dueAt, now)}.</strong>;
  else if (lead.status === "new") state = `Waiting for a first response, due ${dueText(sla.dueAt, now)}.`;
  else state = "The clock stopped when the lead left “new”.";
  return (
    <Section id="sla" title="First-response clock">
      <p className={sla.overdue ? "rounded-md bg-red-50 p-3" : ""}>{state}</p>
      <div className="mt-3">
        <Facts
          items={[
            ["Due", sla.dueAt ? <Instant key="due" iso={sla.dueAt} timeZone={timeZone} /> : "—"],
            [
              "First response",
              sla.firstResponseAt ? <Instant key="first" iso={sla.firstResponseAt} timeZone={timeZone} /> : "Not yet",
            ],
          ]}
        />
      </div>
    </Section>
  );
}

const EMAIL_STATUS_LABELS: Record<string, string> = {
  pending: "Waiting to send",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed",
  dead: "Gave up",
  cancelled: "Cancelled",
};

export function EmailsSection({ lead, timeZone }: { lead: LeadDetail; timeZone: string }) {
  return (
    <Section id="emails" title="Emails about this lead">
      {lead.emails.length > 0 ? (
        // Focusable, so people using a keyboard can scroll the table sideways on a narrow screen.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="emails-caption">
          <table className="min-w-full text-left text-sm">
            <caption id="emails-caption" className="sr-only">
              Emails sent or queued about this lead
            </caption>
            <thead className="bg-slate-100 text-ink">
              <tr>
                {["Email", "To", "Subject", "State", "Attempts", "When"].map((heading) => (
                  <th key={heading} scope="col" className="px-3 py-2">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {lead.emails.map((email) => (
                <tr key={email.id}>
                  <th scope="row" className="px-3 py-2 font-medium text-ink">
                    {emailKindLabel(email.kind)}
                  </th>
                  <td className="px-3 py-2">{email.to}</td>
                  <td className="px-3 py-2">{email.subject}</td>
                  <td className="px-3 py-2">
                    {EMAIL_STATUS_LABELS[email.status] ?? email.status}
                    {email.lastError ? <span className="block text-xs text-red-800">{email.lastError}</span> : null}
                  </td>
                  <td className="px-3 py-2">{email.attempts}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    {email.sentAt ? (
                      <>
                        Sent <Instant iso={email.sentAt} timeZone={timeZone} />
                      </>
                    ) : (
                      <>
                        Due <Instant iso={email.nextAttemptAt} timeZone={timeZone} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-ink-soft">No emails about this lead.</p>
      )}
    </Section>
  );
}

export function TimelineSection({ lead, timeZone }: { lead: LeadDetail; timeZone: string }) {
  return (
    <Section id="timeline" title="Timeline">
      <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
        {lead.timeline.map((event) => (
          <li key={event.id}>
            <p className="font-medium text-ink">
              {event.label}{" "}
              <span className="font-normal text-ink-soft">
                · {event.actor ? event.actor.name : event.type === "created" ? "the visitor" : "the system"}
              </span>
            </p>
            <p className="text-sm text-ink-soft [overflow-wrap:anywhere]">
              <Instant iso={event.at} timeZone={timeZone} />
              {event.detail ? ` · ${event.detail}` : ""}
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
}

export function NotesSection({ lead, timeZone }: { lead: LeadDetail; timeZone: string }) {
  return (
    <Section id="notes" title="Notes">
      {lead.notes.length > 0 ? (
        <ol className="space-y-4">
          {lead.notes.map((note) => (
            <li key={note.id} className="rounded-md bg-slate-50 p-3">
              <p className="text-sm text-ink-soft">
                <strong className="text-ink">{note.author.name}</strong> ·{" "}
                <Instant iso={note.createdAt} timeZone={timeZone} />
              </p>
              {/* Plain text: line breaks are kept, nothing is interpreted as markup. */}
              <p className="mt-1 whitespace-pre-line text-ink [overflow-wrap:anywhere]">{note.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-ink-soft">No notes yet.</p>
      )}
    </Section>
  );
}
