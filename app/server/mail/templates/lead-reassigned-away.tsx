import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { leadUrl, subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { EmailContext, RenderedEmail } from "./types";

export interface ReassignedLead {
  id: number;
  ref: string;
  /** Who owns it now; null when re-routing left it waiting in an inbox. */
  newOwnerName: string | null;
}

export interface LeadReassignedAwayData extends EmailContext {
  /** The previous owner, who is told. */
  name: string;
  /** Who made the change. */
  changedBy: string;
  leads: ReassignedLead[];
}

export function leadReassignedAwaySubject(
  data: Pick<LeadReassignedAwayData, "changedBy" | "leads" | "firmName">,
): string {
  const what = data.leads.length === 1 ? (data.leads[0]?.ref ?? "a lead") : `${data.leads.length} of your leads`;
  return subjectLine(`${data.changedBy} reassigned ${what}`, data.firmName);
}

/**
 * Tells a consultant that a colleague took leads off their hands, so they stop working them and
 * know whom to ask. Only references and names: no lead's personal data.
 */
export function LeadReassignedAwayEmail({ data }: { data: LeadReassignedAwayData }) {
  const one = data.leads.length === 1;
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={
        one
          ? `${data.changedBy} reassigned one of your leads.`
          : `${data.changedBy} reassigned ${data.leads.length} of your leads.`
      }
      reason={`You receive this email because leads you owned on ${data.publicUrl} were reassigned.`}
    >
      <Heading as="h1" style={styles.heading}>
        {one ? "A lead is no longer yours" : `${data.leads.length} leads are no longer yours`}
      </Heading>
      <Text style={styles.text}>
        Hello {data.name}, {data.changedBy} reassigned {one ? "this lead" : "these leads"}. You no longer need to work{" "}
        {one ? "it" : "them"}; your open follow-ups on {one ? "it" : "them"} stay in your list until you mark them done.
      </Text>
      {data.leads.map((lead) => (
        <Text key={lead.id} style={styles.text}>
          {lead.ref}: now {lead.newOwnerName ? `with ${lead.newOwnerName}` : "waiting in its inbox for an owner"} (
          {leadUrl(data.publicUrl, lead.id)})
        </Text>
      ))}
      {one && data.leads[0] ? (
        <ActionLink href={leadUrl(data.publicUrl, data.leads[0].id)}>Open the lead</ActionLink>
      ) : null}
    </EmailLayout>
  );
}

export function renderLeadReassignedAway(data: LeadReassignedAwayData): Promise<RenderedEmail> {
  return renderEmail(leadReassignedAwaySubject(data), <LeadReassignedAwayEmail data={data} />);
}
