import type { CSSProperties } from "react";

/**
 * Inline styles only: mail clients drop <style> blocks and external sheets unpredictably, and
 * the site's Content-Security-Policy plays no part in a message read elsewhere.
 */
const INK = "#1c2433";
const INK_SOFT = "#4b5563";
const BRAND = "#1f3a68";
const RULE = "#e5e7eb";

export const styles = {
  body: { backgroundColor: "#f4f5f7", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" },
  container: {
    backgroundColor: "#ffffff",
    border: `1px solid ${RULE}`,
    borderRadius: "6px",
    maxWidth: "600px",
    padding: "24px 32px",
  },
  firm: { color: BRAND, fontSize: "14px", fontWeight: 700, letterSpacing: "0.04em", margin: 0 },
  heading: { color: INK, fontSize: "22px", lineHeight: "28px", margin: "16px 0 8px" },
  subheading: { color: INK, fontSize: "16px", margin: "20px 0 6px" },
  text: { color: INK, fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" },
  muted: { color: INK_SOFT, fontSize: "13px", lineHeight: "19px", margin: "0 0 8px" },
  label: { color: INK_SOFT, fontSize: "13px", margin: "0" },
  value: { color: INK, fontSize: "15px", margin: "0 0 10px" },
  list: { color: INK, fontSize: "15px", lineHeight: "22px", margin: "0 0 12px", paddingLeft: "20px" },
  alert: {
    backgroundColor: "#fef2f2",
    border: "1px solid #b91c1c",
    borderRadius: "4px",
    color: "#7f1d1d",
    padding: "8px 16px",
  },
  button: {
    backgroundColor: BRAND,
    borderRadius: "4px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "15px",
    fontWeight: 700,
    padding: "12px 20px",
    textDecoration: "none",
  },
  link: { color: BRAND, wordBreak: "break-all" },
  rule: { borderColor: RULE, margin: "24px 0 16px" },
} satisfies Record<string, CSSProperties>;
