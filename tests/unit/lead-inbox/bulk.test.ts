import { describe, expect, it } from "vitest";
import {
  BULK_MAX_LEADS,
  type BulkCandidate,
  BulkConfirmSchema,
  BulkRequestSchema,
  bulkProblem,
  planBulkChange,
  readBulkFields,
} from "~/domain/lead-inbox";

const request = (query: string) => BulkRequestSchema.safeParse(readBulkFields(new URLSearchParams(query)));
const problem = (query: string) => {
  const parsed = request(query);
  return parsed.success ? null : bulkProblem(parsed.error);
};

const lead = (id: number, status: string, overrides: Partial<BulkCandidate> = {}): BulkCandidate => ({
  id,
  status,
  ownerId: null,
  erased: false,
  ...overrides,
});

describe("reading a bulk change", () => {
  it("reads the ticked leads and a status change", () => {
    expect(request("lead=3&lead=7&do=status&status=contacted&ownerId=")).toEqual({
      success: true,
      data: { leadIds: [3, 7], change: { do: "status", status: "contacted" } },
    });
  });

  it("reads an assignment, ignoring the status field the inbox form also sends", () => {
    expect(request("lead=3&do=assign&ownerId=5&status=")).toEqual({
      success: true,
      data: { leadIds: [3], change: { do: "assign", ownerId: 5 } },
    });
  });

  it("asks for at least one lead", () => {
    expect(problem("do=status&status=contacted")).toEqual({
      field: "leadIds",
      message: "Select at least one lead in the inbox",
    });
  });

  it("refuses more leads than one page holds", () => {
    const query = Array.from({ length: BULK_MAX_LEADS + 1 }, (_, index) => `lead=${index + 1}`).join("&");
    expect(problem(`${query}&do=status&status=contacted`)?.message).toBe(
      `Select at most ${BULK_MAX_LEADS} leads at a time`,
    );
  });

  it("refuses a lead number that is not a number, and a lead selected twice", () => {
    expect(problem("lead=1&lead=abc&do=status&status=contacted")?.message).toBe("A selected lead is not a lead number");
    expect(problem("lead=0&do=status&status=contacted")?.message).toBe("A selected lead is not a lead number");
    expect(problem("lead=4&lead=4&do=status&status=contacted")?.message).toBe("A lead was selected twice");
  });

  it("refuses a status outside the list, and a missing consultant", () => {
    expect(problem("lead=1&do=status&status=archived")).toEqual({
      field: "status",
      message: "Choose one of the statuses offered",
    });
    expect(problem("lead=1&do=assign&ownerId=")).toEqual({ field: "ownerId", message: "Choose a consultant" });
  });

  it("asks what to do when neither button was used", () => {
    expect(problem("lead=1&status=contacted")).toEqual({
      field: "do",
      message: "Choose whether to assign the leads or change their status",
    });
  });

  it("needs a reason to confirm leads as lost", () => {
    const confirm = (query: string) => BulkConfirmSchema.safeParse(readBulkFields(new URLSearchParams(query)));
    const missing = confirm("lead=1&do=status&status=lost&reason=+");
    expect(missing.success ? null : bulkProblem(missing.error)).toEqual({
      field: "reason",
      message: "Please say why these leads were lost",
    });
    expect(confirm("lead=1&do=status&status=lost&reason=Chose+another+firm").success).toBe(true);
  });
});

describe("planning a bulk change", () => {
  it("moves only the leads the workflow allows, saying why the others stay", () => {
    const plan = planBulkChange([lead(1, "new"), lead(2, "won"), lead(3, "contacted")], {
      do: "status",
      status: "contacted",
    });
    expect(plan).toEqual([
      { leadId: 1, applies: true, after: "Contacted" },
      { leadId: 2, applies: false, reason: "A lead cannot go from Won to Contacted" },
      { leadId: 3, applies: false, reason: "Already Contacted" },
    ]);
  });

  it("does not touch a lead whose personal data was erased", () => {
    expect(planBulkChange([lead(1, "new", { erased: true })], { do: "status", status: "spam" })[0]).toMatchObject({
      applies: false,
    });
  });

  it("assigns every lead except those the consultant already owns", () => {
    const plan = planBulkChange(
      [lead(1, "new", { ownerId: 9 }), lead(2, "qualified", { ownerId: 4 }), lead(3, "new")],
      { do: "assign", ownerId: 4 },
      { id: 4, name: "Amara Okafor" },
    );
    expect(plan).toEqual([
      { leadId: 1, applies: true, after: "Owned by Amara Okafor" },
      { leadId: 2, applies: false, reason: "Already owned by Amara Okafor" },
      { leadId: 3, applies: true, after: "Owned by Amara Okafor" },
    ]);
  });
});
