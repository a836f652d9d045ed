import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { formatDueTime, leadUrl, subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink, Field } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { RenderedEmail, SlaEscalationData } from "./types";

export function slaEscalationSubject(data: Pick<SlaEscalationData, "ref" | "band" | "company">): string {
  return subjectLine(`Overdue: lead ${data.ref}`, data.band, data.company);
}

/** Sent to the shared inbox address once the first-response deadline has passed. */
export function SlaEscalationEmail({ data }: { data: SlaEscalationData }) {
  const due = formatDueTime(data.due);
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`Lead ${data.ref} was due a first response by ${due}`}
      reason={`You receive this email because it was sent to the ${data.inboxName} inbox at ${data.firmName}.`}
    >
      <Heading as="h1" style={styles.heading}>
        {`Lead ${data.ref} is overdue`}
      </Heading>
      <Text style={styles.text}>The first-response deadline has passed and nobody has responded yet.</Text>
      <Field label="Company">{data.company}</Field>
      <Field label="Band">{data.band}</Field>
      <Field label="Was due">{due}</Field>
      <Field label="Owner">{data.ownerName ?? `Nobody: waiting unassigned in ${data.inboxName}`}</Field>
      <ActionLink href={leadUrl(data.publicUrl, data.leadId)}>Open the lead</ActionLink>
    </EmailLayout>
  );
}

export function renderSlaEscalation(data: SlaEscalationData): Promise<RenderedEmail> {
  return renderEmail(slaEscalationSubject(data), <SlaEscalationEmail data={data} />);
}
