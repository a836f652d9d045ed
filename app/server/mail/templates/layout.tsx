import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
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
