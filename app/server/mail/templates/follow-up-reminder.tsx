import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { leadUrl, subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink, Field } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { EmailContext, RenderedEmail } from "./types";

export interface FollowUpReminderData extends EmailContext {
  leadId: number;
  ref: string;
  ownerName: string;
  /** "Follow up: call, left a message". */
  title: string;
  /** The day it is due, YYYY-MM-DD in the business time zone. */
  dueOn: string;
}

export function followUpReminderSubject(data: Pick<FollowUpReminderData, "ref" | "dueOn" | "firmName">): string {
  return subjectLine(`Follow-up due ${data.dueOn}: ${data.ref}`, data.firmName);
}

/**
 * Sent to a follow-up's owner at the start of the day it is due. It names the lead by its
 * reference only: the company is read on the lead page, so an erased lead leaves nothing here.
 */
export function FollowUpReminderEmail({ data }: { data: FollowUpReminderData }) {
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`A follow-up on lead ${data.ref} is due ${data.dueOn}`}
      reason={`You receive this email because you set a follow-up on lead ${data.ref} at ${data.firmName}.`}
    >
      <Heading as="h1" style={styles.heading}>
        {`A follow-up on lead ${data.ref} is due`}
      </Heading>
      <Text style={styles.text}>{`${data.ownerName}, this follow-up is due today.`}</Text>
      <Field label="Follow-up">{data.title}</Field>
      <Field label="Due">{data.dueOn}</Field>
      <ActionLink href={leadUrl(data.publicUrl, data.leadId)}>Open the lead</ActionLink>
      <Text style={styles.muted}>Mark it done on the lead page or under Due today.</Text>
    </EmailLayout>
  );
}

export function renderFollowUpReminder(data: FollowUpReminderData): Promise<RenderedEmail> {
  return renderEmail(followUpReminderSubject(data), <FollowUpReminderEmail data={data} />);
}
