export * from "./organisations";
export * from "./surveys";
export * from "./waves";
export * from "./responses";
export * from "./audit";
export * from "./messages";
