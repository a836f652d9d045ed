import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { formatDueTime, leadUrl, subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink, Field } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { RenderedEmail, SlaReminderData } from "./types";

export function slaReminderSubject(data: Pick<SlaReminderData, "ref" | "band" | "company">): string {
  return subjectLine(`First response due soon: ${data.ref}`, data.band, data.company);
}

/** Sent to the owner once three quarters of the first-response window has passed. */
export function SlaReminderEmail({ data }: { data: SlaReminderData }) {
  const due = formatDueTime(data.due);
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`Lead ${data.ref} needs a first response by ${due}`}
      reason={`You receive this email because lead ${data.ref} is assigned to you at ${data.firmName}.`}
    >
      <Heading as="h1" style={styles.heading}>
        {`Lead ${data.ref} needs a first response`}
      </Heading>
      <Text style={styles.text}>
        {`${data.ownerName}, 75 % of the first-response time for this lead has been used and nobody has responded yet.`}
      </Text>
      <Field label="Company">{data.company}</Field>
      <Field label="Band">{data.band}</Field>
      <Field label="First response due">{due}</Field>
      <ActionLink href={leadUrl(data.publicUrl, data.leadId)}>Open the lead</ActionLink>
      <Text style={styles.muted}>Changing the status or logging contact records the first response.</Text>
    </EmailLayout>
  );
}

export function renderSlaReminder(data: SlaReminderData): Promise<RenderedEmail> {
  return renderEmail(slaReminderSubject(data), <SlaReminderEmail data={data} />);
}
