import path from "node:path";
import { describe, expect, it } from "vitest";
import { portalArguments } from "../../../bench/lib/portal";
import { PROJECT_ROOT } from "../../support/paths";

const BUILD = path.join(PROJECT_ROOT, "build", "index.js");

describe("the node arguments a bench starts the portal with", () => {
  it("run the production build alone by default", () => {
    expect(portalArguments()).toEqual([BUILD]);
  });

  it("ask Node for a CPU profile in the named folder, made absolute, before the script", () => {
    expect(portalArguments("profiles")).toEqual(["--cpu-prof", `--cpu-prof-dir=${path.resolve("profiles")}`, BUILD]);
  });
});
