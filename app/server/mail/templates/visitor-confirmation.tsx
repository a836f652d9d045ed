import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { PLAIN_ADDRESS, formatDueTime, subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink, Field } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { RenderedEmail, VisitorConfirmationData } from "./types";

/** A short version: the summary page is where the full picture lives. */
export const LIKELY_IN_CONFIRMATION = 5;

export function visitorConfirmationSubject(data: Pick<VisitorConfirmationData, "ref" | "firmName">): string {
  return subjectLine(`Your exposure summary, reference ${data.ref}`, data.firmName);
}

/**
 * Takes exactly the fields the email may show. Callers often hold a whole lead row; copying
 * field by field means extra properties riding along on that object are never rendered.
 */
function onlyAllowed(data: VisitorConfirmationData): VisitorConfirmationData {
  return {
    firmName: data.firmName,
    publicUrl: data.publicUrl,
    contactName: data.contactName,
    ref: data.ref,
    band: data.band,
    likely: data.likely.map(({ name, tierLabel, nextDateText }) => ({ name, tierLabel, nextDateText })),
    possibleCount: data.possibleCount,
    nextDeadline: data.nextDeadline ? { label: data.nextDeadline.label, text: data.nextDeadline.text } : null,
    summaryUrl: data.summaryUrl,
    disclaimer: data.disclaimer,
    contactPerson: data.contactPerson
      ? {
          name: data.contactPerson.name,
          email: data.contactPerson.email,
          isConsultant: data.contactPerson.isConsultant,
        }
      : undefined,
    respondBy: data.respondBy ? { at: data.respondBy.at, timeZone: data.respondBy.timeZone } : undefined,
  };
}

/** Who calls and by when, in the words of the promise the firm keeps (the lead's SLA deadline). */
export function whatHappensNext(
  data: Pick<VisitorConfirmationData, "firmName" | "ref" | "contactPerson" | "respondBy">,
): string {
  const by = data.respondBy ? ` by ${formatDueTime(data.respondBy)}` : "";
  const person = data.contactPerson;
  if (!person) {
    return `A consultant at ${data.firmName} reviews every assessment and will contact you to talk it through. Quote your reference ${data.ref} in any reply.`;
  }
  const who = person.isConsultant
    ? `${person.name}, the consultant looking after your assessment at ${data.firmName},`
    : `${person.name} at ${data.firmName}`;
  const reply = person.isConsultant
    ? `Reply to this email to reach ${person.name} directly`
    : "Reply to this email to reach them";
  return `${who} will contact you${by} to talk it through. ${reply}, and quote your reference ${data.ref}.`;
}

/** What the short version leaves out, counted so the visitor knows the summary page has more. */
function moreText(likelyNotShown: number, possibleCount: number): string {
  const lines: string[] = [];
  if (likelyNotShown === 1) lines.push("One more likely regulation is in your full summary.");
  if (likelyNotShown > 1) lines.push(`${likelyNotShown} more likely regulations are in your full summary.`);
  if (possibleCount === 1) lines.push("One more regulation possibly applies.");
  if (possibleCount > 1) lines.push(`${possibleCount} more regulations possibly apply.`);
  return lines.join(" ");
}

export function VisitorConfirmationEmail({ data: given }: { data: VisitorConfirmationData }) {
  const data = onlyAllowed(given);
  const shown = data.likely.slice(0, LIKELY_IN_CONFIRMATION);
  const more = moreText(data.likely.length - shown.length, data.possibleCount);
  const deadline = data.nextDeadline
    ? [data.nextDeadline.label, data.nextDeadline.text].filter(Boolean).join(": ")
    : "Everything we identified already applies.";
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`Your reference is ${data.ref}. Exposure band: ${data.band}.`}
      reason={`You receive this email because you completed an exposure assessment on ${data.publicUrl} and gave this address.`}
    >
      <Heading as="h1" style={styles.heading}>
        {`Thank you, ${data.contactName}`}
      </Heading>
      <Text style={styles.text}>Here is a short version of your exposure summary.</Text>
      <Field label="Your reference">{data.ref}</Field>
      <Field label="Exposure band">{data.band}</Field>
      <Field label="Next deadline">{deadline}</Field>

      <Heading as="h2" style={styles.subheading}>
        Likely to apply
      </Heading>
      {shown.length > 0 ? (
        <ul style={styles.list}>
          {shown.map((regime) => (
            <li key={regime.name} style={{ marginBottom: "6px" }}>
              <strong>{regime.name}</strong>
              {`${regime.tierLabel ? ` (${regime.tierLabel})` : ""}${regime.nextDateText ? `: ${regime.nextDateText}` : ""}`}
            </li>
          ))}
        </ul>
      ) : (
        <Text style={styles.text}>No regulation looks likely on your answers.</Text>
      )}
      {more ? <Text style={styles.text}>{more}</Text> : null}

      <ActionLink href={data.summaryUrl}>See your full summary</ActionLink>
      <Text style={styles.muted}>The link is private to you: anyone who has it can read your summary.</Text>

      <Heading as="h2" style={styles.subheading}>
        What happens next
      </Heading>
      <Text style={styles.text}>{whatHappensNext(data)}</Text>

      <Text style={styles.muted}>{data.disclaimer}</Text>
    </EmailLayout>
  );
}

export async function renderVisitorConfirmation(data: VisitorConfirmationData): Promise<RenderedEmail> {
  const rendered = await renderEmail(visitorConfirmationSubject(data), <VisitorConfirmationEmail data={data} />);
  const replyTo = data.contactPerson?.email;
  return replyTo && PLAIN_ADDRESS.test(replyTo) ? { ...rendered, replyTo } : rendered;
}
