export { bareAddress, referenceFromAddress, referenceFromRecipients, replyAddress } from "./reference";
export {
  FIRST_REPLY_TEMPLATES,
  defaultSubject,
  firstReplyTemplate,
  type FirstReplyContext,
  type FirstReplyTemplate,
} from "./templates";
