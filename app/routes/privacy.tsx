import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageHeading } from "~/components/layout";
import { formatCalendarDay } from "~/domain/date-format";
import { PRIVACY_NOTICE_VERSION } from "~/domain/privacy";

export async function loader({ context }: LoaderFunctionArgs) {
  const days = context.settings.leadRetentionDays;
  const retentionText = days % 365 === 0 ? `${days / 365} ${days === 365 ? "year" : "years"}` : `${days} days`;
  return { firmName: context.settings.firmName, version: PRIVACY_NOTICE_VERSION, retentionText };
}

export const meta: MetaFunction = () => [
  { title: "Privacy notice · Impact Desk" },
  {
    name: "description",
    content: "How we use the information you give us when you read our insights or ask for an exposure assessment.",
  },
];

export default function Privacy() {
  const { firmName, version, retentionText } = useLoaderData<typeof loader>();
  return (
    <div className="container-page py-12">
      <PageHeading eyebrow="Privacy" title="Privacy notice">
        <p>
          Version <strong data-testid="privacy-version">{version}</strong>, in force since {formatCalendarDay(version)}.
        </p>
      </PageHeading>
      <div className="prose prose-slate max-w-3xl">
        <h2>Who we are</h2>
        <p>
          {firmName} audits companies against technology regulation. We are the controller of the personal data
          described in this notice.
        </p>
        <h2>What we collect</h2>
        <ul>
          <li>
            When you read our insights: no account and no tracking cookies. Our servers keep short technical logs
            (address, time, page) to keep the site secure.
          </li>
          <li>
            When you ask for an exposure assessment: your answers about your business, your name, work email, company
            and job title, and optionally your phone number and a message.
          </li>
          <li>
            Where you came from: the article you were reading, campaign tags in the link, and the referring page, so we
            know which of our insights are useful.
          </li>
        </ul>
        <h2>Why we use it, and on what basis</h2>
        <ul>
          <li>
            To prepare your assessment and have one of our consultants contact you about it: your consent, given on the
            contact step. You can withdraw it at any time.
          </li>
          <li>To send you our insights by email, only if you tick the separate marketing box: your consent.</li>
          <li>To keep the site and our records secure and to defend legal claims: our legitimate interests.</li>
        </ul>
        <h2>Who sees it</h2>
        <p>
          Our consultants and the partners who run the practice. Our email provider delivers the messages we send you.
          We do not sell your data or share it for advertising.
        </p>
        <h2>How long we keep it</h2>
        <p>
          Unfinished assessments are deleted 30 days after you last changed them, together with any link we emailed you
          to continue one; such a link itself works once and for three days. Enquiries that do not become engagements
          keep your personal data for {retentionText} after the last change to them; then your name, email, company, job
          title, phone number, message and the emails we sent you about it are erased, and the erasure is noted in our
          records. Anonymous figures (such as how many enquiries an article brought) are kept.
        </p>
        <p>
          An automatic maintenance run does this every few hours, and at the same time removes ended sign-in sessions,
          used or expired password links and records of failed sign-ins older than 15 minutes.
        </p>
        <h2>Your rights</h2>
        <p>
          You may ask for a copy of your data, its correction or erasure, restrict or object to its use, and withdraw
          consent. Reply to any email from us or write to our privacy team. You may also complain to your data
          protection authority.
        </p>
        <h2>Changes</h2>
        <p>
          When this notice changes, its version changes too. Each enquiry records the version that the person agreed to.
        </p>
      </div>
    </div>
  );
}
