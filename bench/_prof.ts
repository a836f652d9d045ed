import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { prepareDrafts } from "./submit/drafts";
import { finalSubmits } from "./submit/burst";
const port = 39111;
const db = `/tmp/prof/db-${Date.now()}.db`;
const start = (args: string[]) => spawn(process.execPath, [...args, "build/index.js"], {
  env: { PATH: process.env.PATH!, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), SESSION_SECRET: "x".repeat(40), DATABASE_PATH: db, SUBMIT_LIMIT_PER_IP: "1000000000", SUBMIT_LIMIT_PER_EMAIL: "1000000000", FORM_MIN_FILL_SECONDS: "0" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = async (c: ReturnType<typeof spawn>) => { c.kill("SIGINT"); await new Promise((r) => c.once("exit", r)); };
let child = start([]);
await new Promise((r) => setTimeout(r, 3000));
const base = `http://127.0.0.1:${port}`;
const cookies = await prepareDrafts(base, 600);
await stop(child);
child = start(["--cpu-prof", "--cpu-prof-dir=/tmp/prof"]);
await new Promise((r) => setTimeout(r, 3000));
const { options } = finalSubmits(base, cookies, 50);
const result = await autocannon({ ...(options as any), url: base, connections: 50, amount: 600 } as any);
console.log("req/s", result.requests.average, "p50", result.latency.p50, "p99", result.latency.p99, "non2xx", result.non2xx);
await stop(child);
