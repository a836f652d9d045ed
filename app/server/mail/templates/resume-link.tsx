import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink, Field } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { RenderedEmail, ResumeLinkData } from "./types";

export function resumeLinkSubject(data: Pick<ResumeLinkData, "firmName">): string {
  return subjectLine("Continue your assessment", data.firmName);
}

/**
 * Carries nothing the visitor typed: the address may not be theirs, so the email says no
 * more than where to continue.
 */
export function ResumeLinkEmail({ data }: { data: ResumeLinkData }) {
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`Your link to continue works once, until ${data.expiresText}.`}
      reason={`You receive this email because someone asked on ${data.publicUrl} to continue an assessment later using this address. If that was not you, ignore it: nothing happens unless the link is used.`}
    >
      <Heading as="h1" style={styles.heading}>
        Continue your assessment
      </Heading>
      <Text style={styles.text}>Your answers so far are saved. Use this link to pick up where you left off.</Text>
      <ActionLink href={data.resumeUrl}>Continue the assessment</ActionLink>
      <Field label="Link expires">{data.expiresText}</Field>
      <Text style={styles.text}>
        The link works once: after you open it, it cannot be used again, by you or anyone else.
      </Text>
    </EmailLayout>
  );
}

export function renderResumeLink(data: ResumeLinkData): Promise<RenderedEmail> {
  return renderEmail(resumeLinkSubject(data), <ResumeLinkEmail data={data} />);
}
