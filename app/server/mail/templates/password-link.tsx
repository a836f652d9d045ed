import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { subjectLine } from "./format";
import { EmailLayout } from "./layout";
import { ActionLink, Field } from "./parts";
import { renderEmail } from "./render";
import { styles } from "./styles";
import type { EmailContext, RenderedEmail } from "./types";

export interface PasswordLinkData extends EmailContext {
  /** "reset": the user asked for it; "invite": an administrator added them. */
  purpose: "reset" | "invite";
  name: string;
  /** Absolute, single-use link to the set-password page. */
  link: string;
  expiresText: string;
}

export function passwordLinkSubject(data: Pick<PasswordLinkData, "purpose" | "firmName">): string {
  return subjectLine(
    data.purpose === "invite" ? "You are invited to Impact Desk" : "Reset your password",
    data.firmName,
  );
}

export function PasswordLinkEmail({ data }: { data: PasswordLinkData }) {
  const invite = data.purpose === "invite";
  return (
    <EmailLayout
      firmName={data.firmName}
      preview={invite ? "Choose a password to start working your leads." : "Choose a new password for your account."}
      reason={
        invite
          ? `You receive this email because an administrator of ${data.publicUrl} added you as a user.`
          : `You receive this email because a password reset was asked for on ${data.publicUrl}. If that was not you, ignore it: your password stays as it is.`
      }
    >
      <Heading as="h1" style={styles.heading}>
        {invite ? "Welcome to Impact Desk" : "Reset your password"}
      </Heading>
      <Text style={styles.text}>
        {invite
          ? `Hello ${data.name}, you can now sign in to the lead inbox once you have chosen a password.`
          : `Hello ${data.name}, use this link to choose a new password.`}
      </Text>
      <ActionLink href={data.link}>{invite ? "Choose my password" : "Choose a new password"}</ActionLink>
      <Field label="Link expires">{data.expiresText}</Field>
      <Text style={styles.text}>The link works once.</Text>
    </EmailLayout>
  );
}

export function renderPasswordLink(data: PasswordLinkData): Promise<RenderedEmail> {
  return renderEmail(passwordLinkSubject(data), <PasswordLinkEmail data={data} />);
}
