import { type Measurement, measure, warmUp } from "../lib/measure";
import { startInsertReference, startRemixReference } from "../lib/references";
import { validReferenceBody } from "../references/shared/form";

const WARMUP_SECONDS = 3;

/**
 * Loads each insert reference alone — (b) the bare node:http server, then (c) the minimal Remix
 * app — with the same valid form at the given connections, stopping each when it is done.
 */
export async function measureReferenceInserts(
  connections: number,
  seconds: number,
): Promise<{ b: Measurement; c: Measurement }> {
  const measured: Measurement[] = [];
  for (const start of [startInsertReference, startRemixReference]) {
    const reference = await start();
    const load = {
      url: `${reference.baseUrl}/submit`,
      connections,
      method: "POST" as const,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: validReferenceBody(),
    };
    await warmUp(load, WARMUP_SECONDS);
    measured.push(await measure(reference.name, reference, { ...load, durationSeconds: seconds }));
    await reference.stop();
  }
  const [b, c] = measured;
  if (!b || !c) throw new Error("Both insert references must have run");
  return { b, c };
}
