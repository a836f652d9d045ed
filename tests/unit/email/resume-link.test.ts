import { describe, expect, it } from "vitest";
import { renderResumeLink } from "~/server/mail/templates";
import { resumeData } from "./fixtures";

const RESUME_URL = "https://impact.example.com/assess/resume/zyxwvutsrqponmlkjihgfedcba987654";

describe("resume link email", () => {
  it("has a subject about continuing the assessment", async () => {
    const email = await renderResumeLink(resumeData());
    expect(email.subject).toBe("Continue your assessment · Meridian Regulatory Audit");
  });

  it("carries the resume link in html and text", async () => {
    const { html, text } = await renderResumeLink(resumeData());
    expect(html).toContain(`href="${RESUME_URL}"`);
    expect(text).toContain(RESUME_URL);
  });

  it("says when the link expires and that it works once", async () => {
    const { html, text } = await renderResumeLink(resumeData());
    expect(html).toContain("Tue 3 March 2026, 14:00 CET");
    expect(text).toContain("Link expires: Tue 3 March 2026, 14:00 CET");
    for (const part of [html, text]) expect(part).toContain("The link works once");
  });
});
