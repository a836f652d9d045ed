import { buildRobots } from "~/domain/feeds";
import { getEnv } from "~/server/env.server";

export async function loader() {
  return new Response(buildRobots(getEnv().publicUrl), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
