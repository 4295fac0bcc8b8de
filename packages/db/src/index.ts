export * from "./naming";
export * from "./urls";
export * from "./query-counter";
export * from "./data-source";
export * from "./migrate";
export * from "./request-scope";
export * from "./loaders";
export * from "./paging";
