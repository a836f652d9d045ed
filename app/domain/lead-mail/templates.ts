/**
 * Starting points for the first reply to a lead. The consultant picks one to fill the composer
 * and edits it before sending; nothing is sent as a template alone. Plain data, so the composer
 * can use them in the browser without the server's validation code.
 */

export interface FirstReplyContext {
  contactName: string;
  consultantName: string;
  firmName: string;
  publicRef: string;
}

export interface FirstReplyTemplate {
  id: string;
  label: string;
  body: (context: FirstReplyContext) => string;
}

const greeting = (context: FirstReplyContext) => `Dear ${context.contactName || "Sir or Madam"},`;
const signOff = (context: FirstReplyContext) => `Kind regards,\n${context.consultantName}\n${context.firmName}`;

export const FIRST_REPLY_TEMPLATES: readonly FirstReplyTemplate[] = [
  {
    id: "propose-call",
    label: "Thank them and propose a call",
    body: (context) =>
      `${greeting(context)}\n\nThank you for completing our assessment (reference ${context.publicRef}). I have read your answers and would like to go through them with you in a short call of about 30 minutes.\n\nCould you let me know two or three times that suit you this week or next?\n\n${signOff(context)}`,
  },
  {
    id: "ask-details",
    label: "Ask for a few more details",
    body: (context) =>
      `${greeting(context)}\n\nThank you for your enquiry (reference ${context.publicRef}). Before we talk, it would help to know a little more:\n\n- which products or services the question concerns;\n- in which countries you sell them or have customers;\n- whether you already have an internal or external adviser on this.\n\nA short reply to this email is enough.\n\n${signOff(context)}`,
  },
  {
    id: "send-summary-next-steps",
    label: "Summarise the next steps",
    body: (context) =>
      `${greeting(context)}\n\nThank you for your time. As agreed, the next steps for your enquiry (reference ${context.publicRef}) are:\n\n1. \n2. \n3. \n\nDo reply to this email with any questions in the meantime.\n\n${signOff(context)}`,
  },
  {
    id: "not-a-fit",
    label: "Explain it is outside what we do",
    body: (context) =>
      `${greeting(context)}\n\nThank you for your enquiry (reference ${context.publicRef}). Having looked at your answers, the questions you face are outside the regulation we advise on, and we would not be the right firm to help.\n\nWe wish you every success, and you are welcome to come back to us should that change.\n\n${signOff(context)}`,
  },
];

export function firstReplyTemplate(id: string | null | undefined): FirstReplyTemplate | undefined {
  return FIRST_REPLY_TEMPLATES.find((template) => template.id === id);
}

/** The subject the composer starts with: the firm and the lead's reference. */
export function defaultSubject(publicRef: string, firmName: string): string {
  return `Your enquiry with ${firmName} [${publicRef}]`;
}
