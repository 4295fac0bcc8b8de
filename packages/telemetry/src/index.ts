export * from "./config";
export * from "./metrics";
export * from "./operations";
export * from "./tracing";
