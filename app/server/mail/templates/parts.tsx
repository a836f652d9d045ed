import { Button } from "@react-email/button";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";
import { absoluteUrl } from "./format";
import { styles } from "./styles";

/**
 * A button plus the bare address beneath it: some clients strip button styling or block
 * links, and a reader must still be able to copy where it goes.
 */
export function ActionLink({ href, children }: { href: string; children: ReactNode }) {
  const url = absoluteUrl(href);
  return (
    <>
      <Button href={url} style={styles.button}>
        {children}
      </Button>
      {/* The plain-text part already shows the address after the button label. */}
      <Text style={styles.muted} data-skip-in-text="true">
        Or open this address:{" "}
        <Link href={url} style={styles.link}>
          {url}
        </Link>
      </Text>
    </>
  );
}

/** A labelled value, one per line, which stays readable once converted to plain text. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text style={styles.value}>
      <span style={styles.label}>{`${label}: `}</span>
      {children}
    </Text>
  );
}
