export * from "./databases";
export * from "./template";
