import { makeTemplates } from "./template-db";

/** Runs once before the first test file: the migrated template databases every test copies. */
export default async function setup(): Promise<void> {
  await makeTemplates();
}
