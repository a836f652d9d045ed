import { parseArgs } from "node:util";

export type NumberOption = { name: string; default: number; description: string; min?: number };

/**
 * Reads `--name value` options that are positive numbers, refusing unknown options and bad values
 * with the list of what the bench accepts.
 */
export function readNumberOptions<const T extends readonly NumberOption[]>(
  command: string,
  options: T,
  argv = process.argv.slice(2),
): Record<T[number]["name"], number> {
  const usage = () =>
    [
      `Usage: npm run ${command} -- [options]`,
      ...options.map((o) => `  --${o.name} <n>  ${o.description} (default ${o.default})`),
    ].join("\n");
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(options.map((o) => [o.name, { type: "string" as const }])),
        help: { type: "boolean" as const },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage()}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage());
    process.exit(0);
  }
  const result: Record<string, number> = {};
  for (const option of options) {
    const raw = values[option.name];
    const value = raw === undefined ? option.default : Number(raw);
    if (!Number.isFinite(value) || value < (option.min ?? 1)) {
      console.error(`--${option.name} must be a number of at least ${option.min ?? 1}\n${usage()}`);
      process.exit(2);
    }
    result[option.name] = value;
  }
  return result as Record<T[number]["name"], number>;
}
