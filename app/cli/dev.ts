/**
 * `npm run dev`: the Remix compiler watching `app/` and reloading the browser after each change,
 * running the portal's own server (the Express app `npm start` runs, with its headers, limits and
 * mail worker) from a development build of its own in `build-dev/`, on a development database
 * (`data/impact-desk-dev.db` unless DATABASE_PATH names another). The compiler restarts the
 * server after every successful rebuild; the server tells it when it is listening again.
 */
import { spawn } from "node:child_process";

const child = spawn("remix", ["dev", "-c", "node build-dev/index.js"], {
  stdio: "inherit",
  // npm run puts node_modules/.bin on the PATH; a shell is needed to run it on Windows.
  shell: process.platform === "win32",
  env: {
    ...process.env,
    IMPACT_DESK_DEV_BUILD: "1",
    DATABASE_PATH: process.env.DATABASE_PATH ?? "data/impact-desk-dev.db",
  },
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
