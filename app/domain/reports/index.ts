export * from "./period";
export * from "./query";
export * from "./weeks";
export * from "./drop-off";
export * from "./charts";
export * from "./summaries";
