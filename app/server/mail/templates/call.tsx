import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { callTimeText } from "~/domain/booking";
import { PLAIN_ADDRESS, leadUrl, subjectLine } from "./format";
import { invitationAttachment } from "./invitation";
import { EmailLayout } from "./layout";
import { ActionLink, Field } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { CallEmailData, RenderedEmail } from "./types";

/**
 * The emails of a booked call: "booked" (or moved) and "cancelled", each for the visitor and for
 * the consultant, each with its calendar invitation. The visitor's carries only their name of
 * what they typed; the consultant's names the company too.
 */

function titleFor(data: CallEmailData): string {
  return data.recipient === "visitor"
    ? `Call with ${data.hostName} (${data.firmName})`
    : `Call with ${data.visitorName}, ${data.company} (${data.ref})`;
}

function invitation(data: CallEmailData, method: "REQUEST" | "CANCEL") {
  const visitor = { name: data.visitorName, email: data.visitorEmail };
  const host = { name: data.hostName, email: data.hostEmail };
  return invitationAttachment({
    uid: data.uid,
    sequence: data.sequence,
    method,
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    title: titleFor(data),
    description: `About your exposure summary, reference ${data.ref}.`,
    organizer: host,
    attendee: visitor,
  });
}

function replyToFor(data: CallEmailData): string | undefined {
  const address = data.recipient === "visitor" ? data.hostEmail : data.visitorEmail;
  return PLAIN_ADDRESS.test(address) ? address : undefined;
}

export function callBookedSubject(data: CallEmailData): string {
  const verb = data.previousStartsAt ? "Call moved" : "Call booked";
  return data.recipient === "visitor"
    ? subjectLine(`${verb}: ${callTimeText(data.startsAt, data.timeZone)}`, data.firmName)
    : subjectLine(`${verb} for ${data.ref}`, data.company);
}

export function CallBookedEmail({ data }: { data: CallEmailData }) {
  const when = callTimeText(data.startsAt, data.timeZone);
  const moved = data.previousStartsAt ? callTimeText(data.previousStartsAt, data.timeZone) : null;
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`${moved ? "Moved to" : "Booked for"} ${when}`}
      reason={
        data.recipient === "visitor"
          ? `You receive this email because you booked a call on ${data.publicUrl}.`
          : `You receive this email because a visitor booked a call with you on ${data.publicUrl}.`
      }
    >
      <Heading as="h1" style={styles.heading}>
        {data.recipient === "visitor"
          ? `Your call with ${data.hostName} is booked`
          : `${data.visitorName} booked a call with you`}
      </Heading>
      <Field label="When">{when}</Field>
      {moved ? <Field label="Instead of">{moved}</Field> : null}
      <Field label="Reference">{data.ref}</Field>
      {data.recipient === "visitor" ? (
        <>
          <Text
            style={styles.text}
          >{`${data.hostName} will call you at the number or address you gave us. The invitation is attached for your calendar; reply to this email to reach ${data.hostName}.`}</Text>
          {data.manageUrl ? <ActionLink href={data.manageUrl}>Cancel or move the call</ActionLink> : null}
        </>
      ) : (
        <>
          <Field label="Company">{data.company}</Field>
          <Field label="Email">{data.visitorEmail}</Field>
          <ActionLink href={leadUrl(data.publicUrl, data.leadId)}>Open the lead</ActionLink>
        </>
      )}
    </EmailLayout>
  );
}

export async function renderCallBooked(data: CallEmailData): Promise<RenderedEmail> {
  const rendered = await renderEmail(callBookedSubject(data), <CallBookedEmail data={data} />);
  const replyTo = replyToFor(data);
  return { ...rendered, ...(replyTo ? { replyTo } : {}), attachments: [await invitation(data, "REQUEST")] };
}

export function callCancelledSubject(data: CallEmailData): string {
  return data.recipient === "visitor"
    ? subjectLine("Call cancelled", data.firmName)
    : subjectLine(`Call cancelled for ${data.ref}`, data.company);
}

export function CallCancelledEmail({ data }: { data: CallEmailData }) {
  const when = callTimeText(data.startsAt, data.timeZone);
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={`Cancelled: ${when}`}
      reason={
        data.recipient === "visitor"
          ? `You receive this email because you cancelled a call on ${data.publicUrl}.`
          : `You receive this email because a visitor cancelled a call with you on ${data.publicUrl}.`
      }
    >
      <Heading as="h1" style={styles.heading}>
        {data.recipient === "visitor" ? "Your call is cancelled" : `${data.visitorName} cancelled their call`}
      </Heading>
      <Field label="Was">{when}</Field>
      <Field label="Reference">{data.ref}</Field>
      <Text style={styles.text}>
        {data.recipient === "visitor"
          ? `The attached cancellation removes it from your calendar. You can book another time from your summary, or reply to reach ${data.hostName}.`
          : "The attached cancellation removes it from your calendar."}
      </Text>
    </EmailLayout>
  );
}

export async function renderCallCancelled(data: CallEmailData): Promise<RenderedEmail> {
  const rendered = await renderEmail(callCancelledSubject(data), <CallCancelledEmail data={data} />);
  const replyTo = replyToFor(data);
  return {
    ...rendered,
    ...(replyTo ? { replyTo } : {}),
    attachments: [await invitation({ ...data, sequence: data.sequence + 1 }, "CANCEL")],
  };
}
