export * from "./compose";
export * from "./data-source";
export * from "./errors";
export * from "./limits";
export * from "./response-cache";
export * from "./server";
export * from "./viewer";
export * from "./workspace";
