/**
 * `npm run bench:submit`: the portal's final submit (POST /assess/review) at 50 connections, beside
 * the two insert references in the same run, a reader's article view before and during the burst,
 * and a check of the rows the burst wrote.
 */
import { readNumberOptions } from "../lib/args";
import { ensurePortalBuild } from "../lib/build";
import { runBench } from "../lib/cleanup";
import { describeStatuses } from "../lib/load";
import { startAcceptingEmailProvider } from "../lib/email-provider";
import { describeMachine } from "../lib/machine";
import { warmUp } from "../lib/measure";
import { pacedProbe, startPacedProbe } from "../lib/paced-probe";
import { PORTAL_ARTICLE_PATH, startPortal } from "../lib/portal";
import { processUsage, releaseUsageReaders } from "../lib/usage";
import { measureFinalSubmits } from "./burst";
import { prepareDrafts } from "./drafts";
import { measureReferenceInserts } from "./reference-inserts";
import { submitReport } from "./report";
import { checkSubmittedRows } from "./row-check";
import { waitForDueEmailsSent } from "./emails-sent";

const options = readNumberOptions("bench:submit", [
  {
    name: "submits",
    default: 1000,
    description: "final submits measured on the portal (each a draft prepared over HTTP)",
  },
  { name: "connections", default: 50, description: "concurrent connections for the submits and the references" },
  {
    name: "warmup-submits",
    default: 50,
    min: 0,
    description: "submits fired first, unmeasured, to warm the portal up",
  },
  { name: "reference-seconds", default: 10, description: "how long each insert reference is loaded" },
  { name: "probe-rate", default: 10, description: "article views per second while idle and during the burst" },
  { name: "probe-seconds", default: 15, description: "how long the idle article probe runs" },
] as const);

// The reader asks for the article as a browser does.
const BROWSER_HEADERS = { "Accept-Encoding": "gzip, deflate, br" };

async function main(): Promise<number> {
  const { connections } = options;
  console.log(`# bench:submit\n\n${describeMachine()}\n`);
  ensurePortalBuild();

  // Email goes out through the Resend SDK, as in production, to a local provider that accepts it.
  const provider = await startAcceptingEmailProvider();
  const portal = await startPortal(provider.portalSettings);
  console.log(
    `  email: the Resend SDK against a local stand-in for its API (${provider.portalSettings.RESEND_BASE_URL}) that accepts every email`,
  );
  const total = options.submits + options["warmup-submits"];
  const preparing = Date.now();
  console.log(`Preparing ${total} complete drafts over HTTP…`);
  const cookies = await prepareDrafts(portal.baseUrl, total);
  console.log(`  done in ${((Date.now() - preparing) / 1000).toFixed(1)} s`);

  // The references first, one at a time, while the portal sits idle.
  const references = await measureReferenceInserts(connections, options["reference-seconds"]);

  const articleUrl = `${portal.baseUrl}${PORTAL_ARTICLE_PATH}`;
  await warmUp({ url: articleUrl, connections: 10 }, 3);
  const warmupCookies = cookies.splice(0, options["warmup-submits"]);
  const warm =
    warmupCookies.length > 0
      ? await measureFinalSubmits("warm-up", portal, warmupCookies, connections)
      : { successes: 0 };
  const idle = await pacedProbe(articleUrl, options["probe-rate"], options["probe-seconds"], BROWSER_HEADERS);
  const probe = startPacedProbe(articleUrl, options["probe-rate"], BROWSER_HEADERS);
  const beforeBurst = await processUsage(portal.pid);
  const burst = await measureFinalSubmits("portal POST /assess/review", portal, cookies, connections);
  const duringBurst = await probe.stop();
  // The mail worker's thread gives way to requests (decision 042), so part of the burst's CPU is
  // spent after it: the figure that counts it is read once every email due has gone.
  const emailsSentAfter = await waitForDueEmailsSent(portal.databasePath);
  const withEmails = await processUsage(portal.pid);

  console.log(
    `\n${submitReport({
      connections,
      references,
      portal: burst.measurement,
      probe: { path: PORTAL_ARTICLE_PATH, ratePerSecond: options["probe-rate"], idle, duringBurst },
    })}`,
  );

  const submitted = burst.measurement.load.responses;
  console.log(
    emailsSentAfter === null
      ? "\nFAIL emails were still due three minutes after the burst"
      : `\nEvery email due had been sent ${emailsSentAfter.toFixed(1)} s after the burst's last response. ` +
          `CPU per submit with its emails rendered and sent: ${((withEmails.cpuMs - beforeBurst.cpuMs) / submitted).toFixed(2)} ms ` +
          `(${((withEmails.cpuMs - beforeBurst.cpuMs) / submitted / references.c.cpuMsPerRequest).toFixed(2)}× reference (c)'s CPU per request).`,
  );

  await portal.stop();
  await provider.close();
  releaseUsageReaders();
  console.log(`\n### Rows written (${warm.successes} warm-up and ${burst.successes} measured successful submits)\n`);
  const check = checkSubmittedRows(portal.databasePath, warm.successes + burst.successes);
  console.log(check.lines.join("\n"));
  const allSucceeded = burst.successes === cookies.length && warm.successes === warmupCookies.length;
  if (!allSucceeded) console.log(`FAIL not every submit succeeded: ${describeStatuses(burst.measurement.load)}`);
  return check.ok && allSucceeded && emailsSentAfter !== null ? 0 : 1;
}

runBench(main);
