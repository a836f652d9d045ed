import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Html } from "@react-email/html";
import { Text } from "@react-email/text";
import { subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink } from "./parts";
import { emailHtml, renderEmail } from "./render";
import { styles } from "./styles";
import type { EmailContext, RenderedEmail } from "./types";

/** An email a consultant wrote to a lead, sent as they wrote it. */
export interface LeadMessageData {
  subject: string;
  /** Plain text, line breaks kept. */
  body: string;
  /** The lead's inbox address tagged with its reference, so the answer finds the lead (decision 026). */
  replyTo: string;
}

export function leadMessageSubject(data: Pick<LeadMessageData, "subject">): string {
  return data.subject;
}

/**
 * The text part is exactly what the consultant wrote; the HTML part shows the same text with its
 * line breaks and nothing else (React escapes it), as a person's own email would look.
 */
export async function renderLeadMessage(data: LeadMessageData): Promise<RenderedEmail> {
  const html = emailHtml(
    <Html lang="en">
      <Head />
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={{ ...styles.text, whiteSpace: "pre-wrap" }}>{data.body}</Text>
        </Container>
      </Body>
    </Html>,
  );
  return { subject: data.subject, html, text: data.body, replyTo: data.replyTo };
}

/** Tells a lead's owner (or its inbox while it has none) that the lead answered. */
export interface LeadReplyNoticeData extends EmailContext {
  leadId: number;
  ref: string;
  /** Who wrote, as their address said; the lead's name when it is the lead's own address. */
  senderName: string;
  subject: string;
}

export function leadReplyNoticeSubject(data: Pick<LeadReplyNoticeData, "ref" | "senderName" | "firmName">): string {
  return subjectLine(`${data.senderName} replied on ${data.ref}`, data.firmName);
}

/**
 * Carries only who answered and the subject: the reply itself stays on the lead's page, behind
 * sign-in, rather than being copied into another mailbox.
 */
export function LeadReplyNoticeEmail({ data }: { data: LeadReplyNoticeData }) {
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`${data.senderName} replied on ${data.ref}.`}
      reason={`You receive this email because you own lead ${data.ref} on ${data.publicUrl}, or it waits in your inbox.`}
    >
      <Heading as="h1" style={styles.heading}>
        {`${data.senderName} replied`}
      </Heading>
      <Text style={styles.text}>{`Lead ${data.ref} answered your email: "${data.subject}".`}</Text>
      <ActionLink href={`${data.publicUrl}/admin/leads/${data.leadId}#conversation`}>Read the reply</ActionLink>
    </EmailLayout>
  );
}

export function renderLeadReplyNotice(data: LeadReplyNoticeData): Promise<RenderedEmail> {
  return renderEmail(leadReplyNoticeSubject(data), <LeadReplyNoticeEmail data={data} />);
}
