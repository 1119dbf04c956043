export * from "./organisations";
export * from "./surveys";
export * from "./waves";
export * from "./responses";
export * from "./audit";
export * from "./messages";
export * from "./reports";
export * from "./link-attempts";
