import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ArticleCard, CtaBlock } from "~/components/articles";
import { organizationJsonLd } from "~/domain/structured-data";
import { latestArticles } from "~/server/articles/articles.server";

const LATEST_COUNT = 3;

export async function loader({ context }: LoaderFunctionArgs) {
  const env = context.settings;
  return { firmName: env.firmName, siteUrl: env.publicUrl, articles: await latestArticles(context.db, LATEST_COUNT) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const firm = data?.firmName ?? "Impact Desk";
  const description =
    "Independent audits against technology regulation: the EU AI Act, GDPR, NIS2, DORA, US state AI laws, sanctions, export controls and data localisation.";
  return [
    { title: `${firm} · Technology regulation audits` },
    { name: "description", content: description },
    { property: "og:title", content: firm },
    { property: "og:description", content: description },
    { property: "og:type", content: "website" },
    ...(data ? [{ "script:ld+json": organizationJsonLd({ name: firm, siteUrl: data.siteUrl }, description) }] : []),
  ];
};

const PRACTICES = [
  {
    title: "AI governance",
    text: "EU AI Act roles and risk tiers, US state AI laws, bias audits and AI literacy programmes.",
  },
  {
    title: "Privacy and data",
    text: "GDPR, automated decisions and DPIAs, the Data Act, and data-localisation rules in Russia, China and India.",
  },
  {
    title: "Cyber and resilience",
    text: "NIS2 and DORA readiness, Cyber Resilience Act product duties, incident reporting and supplier contracts.",
  },
  {
    title: "Sanctions and export controls",
    text: "OFAC exposure, EAR licensing for hardware, software and advanced AI chips, counterparty screening.",
  },
];

export default function Home() {
  const { firmName, articles } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="bg-gradient-to-b from-brand-light to-white">
        <div className="container-page py-16 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-wider text-brand">{firmName}</p>
          <h1 className="mt-3 max-w-3xl font-serif text-4xl font-bold leading-tight text-ink sm:text-5xl">
            Know which technology rules reach your business, and what to do before they bite.
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-ink-soft">
            We audit companies against technology regulation: AI governance, privacy, cybersecurity, sanctions and
            export controls. Our consultants turn fast-moving rules into a clear list of obligations, owners and dates.
          </p>
          <div className="mt-8 flex flex-wrap gap-4">
            <Link to="/assess" className="button-primary">
              Assess your exposure
            </Link>
            <Link to="/insights" className="button-secondary">
              Read our insights
            </Link>
          </div>
        </div>
      </section>

      <section aria-labelledby="practices-heading" className="container-page py-12">
        <h2 id="practices-heading" className="font-serif text-2xl font-bold text-ink">
          What we audit
        </h2>
        <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {PRACTICES.map((practice) => (
            <li key={practice.title} className="rounded-lg border border-slate-200 p-5">
              <h3 className="font-semibold text-ink">{practice.title}</h3>
              <p className="mt-2 text-sm text-ink-soft">{practice.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest-heading" className="container-page py-12">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="latest-heading" className="font-serif text-2xl font-bold text-ink">
            Latest insights
          </h2>
          <Link to="/insights" className="link">
            All insights
          </Link>
        </div>
        {articles.length > 0 ? (
          <ul className="mt-6 grid gap-6 md:grid-cols-3">
            {articles.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-6 text-ink-soft">New insights are on their way.</p>
        )}
      </section>

      <section className="container-page py-12">
        <CtaBlock />
      </section>
    </>
  );
}
