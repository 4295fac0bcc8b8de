export * from "./hub-config";
export * from "./server";
