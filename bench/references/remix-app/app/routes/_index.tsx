import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { REFERENCE_ARTICLE } from "../../../shared/page";

/** The reference page: its loader returns an article and the page renders it. */
export async function loader() {
  return { article: REFERENCE_ARTICLE };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.article.title ?? "Article" },
  { name: "description", content: data?.article.summary ?? "" },
];

export default function ArticlePage() {
  const { article } = useLoaderData<typeof loader>();
  return (
    <main>
      <article>
        <h1>{article.title}</h1>
        <p>
          {article.author} · <time dateTime={article.publishedOn}>{article.publishedOn}</time>
        </p>
        <p>{article.summary}</p>
        {article.sections.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            {section.paragraphs.map((text, index) => (
              <p key={index}>{text}</p>
            ))}
          </section>
        ))}
      </article>
      <aside>
        <h2>Related</h2>
        <ul>
          {article.related.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.title}</a>
            </li>
          ))}
        </ul>
      </aside>
    </main>
  );
}
