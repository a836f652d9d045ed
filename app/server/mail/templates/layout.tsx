import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";
import { styles } from "./styles";

export interface EmailLayoutProps {
  firmName: string;
  /** The line an inbox shows next to the subject. */
  preview: string;
  /** Why this reader gets the email, so an unexpected one can be recognised as such. */
  reason: string;
  children: ReactNode;
}

/** The frame every email shares: firm name on top, a footer saying who sent it and why. */
export function EmailLayout({ firmName, preview, reason, children }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section>
            <Text style={styles.firm}>{firmName}</Text>
          </Section>
          <Section>{children}</Section>
          <Hr style={styles.rule} />
          <Section>
            <Text style={styles.muted}>{firmName}</Text>
            <Text style={styles.muted}>{reason}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
