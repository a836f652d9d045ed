import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { EmailContext, RenderedEmail } from "./types";

export interface AssignedLead {
  id: number;
  ref: string;
  /** Null once the lead's personal data was erased. */
  company: string | null;
  band: string;
}

export interface LeadAssignedData extends EmailContext {
  /** Who now owns the leads. */
  name: string;
  /** Who handed them over. */
  assignedBy: string;
  leads: AssignedLead[];
}

export function leadAssignedSubject(data: Pick<LeadAssignedData, "assignedBy" | "leads" | "firmName">): string {
  const what = data.leads.length === 1 ? (data.leads[0]?.ref ?? "a lead") : `${data.leads.length} leads`;
  return subjectLine(`${data.assignedBy} assigned you ${what}`, data.firmName);
}

/** Tells a consultant that someone else handed them leads, so nothing waits unseen in their inbox. */
export function LeadAssignedEmail({ data }: { data: LeadAssignedData }) {
  const one = data.leads.length === 1;
  const leadLink = (lead: AssignedLead) => `${data.publicUrl}/admin/leads/${lead.id}`;
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={
        one ? `${data.assignedBy} assigned you a lead.` : `${data.assignedBy} assigned you ${data.leads.length} leads.`
      }
      reason={`You receive this email because leads were assigned to you on ${data.publicUrl}.`}
    >
      <Heading as="h1" style={styles.heading}>
        {one ? "A lead is now yours" : `${data.leads.length} leads are now yours`}
      </Heading>
      <Text style={styles.text}>
        Hello {data.name}, {data.assignedBy} assigned {one ? "this lead" : "these leads"} to you.
      </Text>
      <Section>
        {data.leads.map((lead) => (
          <Text key={lead.id} style={styles.text}>
            <Link href={leadLink(lead)} style={styles.link}>
              {lead.ref}
            </Link>
            : {lead.company ?? "personal data erased"} ({lead.band})
          </Text>
        ))}
      </Section>
      <ActionLink href={one && data.leads[0] ? leadLink(data.leads[0]) : `${data.publicUrl}/admin?owner=me`}>
        {one ? "Open the lead" : "Open your leads"}
      </ActionLink>
    </EmailLayout>
  );
}

export function renderLeadAssigned(data: LeadAssignedData): Promise<RenderedEmail> {
  return renderEmail(leadAssignedSubject(data), <LeadAssignedEmail data={data} />);
}
