import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { RenderedEmail, SummarySharedData } from "./types";

export function summarySharedSubject(data: Pick<SummarySharedData, "senderName" | "firmName">): string {
  return subjectLine(`${data.senderName} shared an exposure summary with you`, data.firmName);
}

/** To a colleague of the visitor: who sent it and the link; nothing else the visitor typed. */
export function SummarySharedEmail({ data }: { data: SummarySharedData }) {
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`Exposure summary ${data.ref}`}
      reason={`You receive this email because ${data.senderName}, who uses an address at your organisation's domain, sent it from ${data.publicUrl}.`}
    >
      <Heading as="h1" style={styles.heading}>
        {`${data.senderName} shared an exposure summary with you`}
      </Heading>
      <Text
        style={styles.text}
      >{`It says which technology regulations likely apply to your organisation, from when, and what to do this quarter. Reference ${data.ref}.`}</Text>
      <ActionLink href={data.summaryUrl}>Open the summary</ActionLink>
      <Text style={styles.muted}>Anyone with this link can read the summary; forward it with care.</Text>
    </EmailLayout>
  );
}

export function renderSummaryShared(data: SummarySharedData): Promise<RenderedEmail> {
  return renderEmail(summarySharedSubject(data), <SummarySharedEmail data={data} />);
}
