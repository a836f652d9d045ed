import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildRobots } from "~/domain/feeds";

export async function loader({ context }: LoaderFunctionArgs) {
  return new Response(buildRobots(context.settings.publicUrl), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
