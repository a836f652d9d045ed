import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { PLAIN_ADDRESS, formatDueTime, leadUrl, subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink, Field } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { ConsultantNotificationData, ConsultantRegime, RenderedEmail } from "./types";

/** Enough to decide how to open the call; the lead page has the rest. */
export const REGIMES_IN_NOTIFICATION = 3;

export function consultantNotificationSubject(
  data: Pick<ConsultantNotificationData, "ref" | "band" | "company">,
): string {
  return subjectLine(`New lead ${data.ref}`, data.band, data.company);
}

// Only a bare address becomes a mailto link or the Reply-To; anything with query characters could
// pre-fill someone else's subject or body in the consultant's mail program.

function sourceText({ articleTitle, topic }: ConsultantNotificationData["source"]): string {
  if (articleTitle && topic) return `${articleTitle} (topic: ${topic})`;
  return articleTitle ?? (topic ? `Topic: ${topic}` : "Came straight to the assessment");
}

function RegimeItem({ regime }: { regime: ConsultantRegime }) {
  return (
    <li style={{ marginBottom: "10px" }}>
      <strong>{regime.name}</strong>
      {` (${regime.status})${regime.tierLabel ? `: ${regime.tierLabel}` : ""}`}
      {regime.reasons.length > 0 ? (
        <ul style={{ paddingLeft: "18px", margin: "4px 0 0" }}>
          {regime.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function ConsultantNotificationEmail({ data }: { data: ConsultantNotificationData }) {
  const url = leadUrl(data.publicUrl, data.leadId);
  const regimes = data.regimes.slice(0, REGIMES_IN_NOTIFICATION);
  const due = formatDueTime(data.slaDue);
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`${data.band} lead from ${data.company}, first response due ${due}`}
      reason={`You receive this email because you are a member of the ${data.inboxName} inbox at ${data.firmName}.`}
    >
      <Heading as="h1" style={styles.heading}>
        {`New lead ${data.ref}: ${data.company}`}
      </Heading>
      <Field label="Band">{`${data.band}, impact ${data.impact} / 100`}</Field>
      <Field label="First response due">{due}</Field>
      <Text style={styles.text}>
        {data.ownerName
          ? `Assigned to ${data.ownerName} (${data.inboxName} inbox)`
          : `Waiting unassigned in ${data.inboxName}`}
      </Text>
      {data.earlierLeadRef ? (
        <Text style={styles.text}>{`Repeat submitter, earlier lead ${data.earlierLeadRef}.`}</Text>
      ) : null}

      <Heading as="h2" style={styles.subheading}>
        Contact
      </Heading>
      <Field label="Company">{data.company}</Field>
      <Field label="Name">{data.contactName}</Field>
      {data.jobTitle ? <Field label="Job title">{data.jobTitle}</Field> : null}
      <Field label="Email">
        {PLAIN_ADDRESS.test(data.email) ? (
          <Link href={`mailto:${data.email}`} style={styles.link}>
            {data.email}
          </Link>
        ) : (
          data.email
        )}
      </Field>
      {data.phone ? <Field label="Phone">{data.phone}</Field> : null}
      <Field label="Source">{sourceText(data.source)}</Field>

      <Heading as="h2" style={styles.subheading}>
        Their message
      </Heading>
      {data.message && data.message.trim() ? (
        // Typed by the visitor: rendered as text (React escapes it), each line break as <br>, so
        // both the HTML and the plain-text part keep the visitor's lines.
        <Text style={{ ...styles.text, borderLeft: "3px solid #cbd5e1", paddingLeft: "10px" }}>
          {data.message
            .trim()
            .split(/\r?\n/)
            .flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]))}
        </Text>
      ) : (
        <Text style={styles.muted}>They left no message.</Text>
      )}

      {data.redFlags.length > 0 ? (
        <div style={styles.alert}>
          <Heading as="h2" style={{ ...styles.subheading, color: "#7f1d1d", marginTop: "8px" }}>
            Red flags
          </Heading>
          <ul style={{ ...styles.list, color: "#7f1d1d" }}>
            {data.redFlags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <Heading as="h2" style={styles.subheading}>
        Top regulations
      </Heading>
      {regimes.length > 0 ? (
        <ul style={styles.list}>
          {regimes.map((regime) => (
            <RegimeItem key={regime.name} regime={regime} />
          ))}
        </ul>
      ) : (
        <Text style={styles.text}>No regulation looks likely or possible on these answers.</Text>
      )}

      <ActionLink href={url}>Open the lead</ActionLink>
    </EmailLayout>
  );
}

export async function renderConsultantNotification(data: ConsultantNotificationData): Promise<RenderedEmail> {
  const rendered = await renderEmail(consultantNotificationSubject(data), <ConsultantNotificationEmail data={data} />);
  // A reply from the consultant's mail program goes straight to the visitor.
  return PLAIN_ADDRESS.test(data.email) ? { ...rendered, replyTo: data.email } : rendered;
}
