// Browser-safe core: no Node built-ins, no parser dependencies. Node readers and writers are in `@jinjibu/talent-import/node`.
export * from "./columns";
export * from "./limits";
export * from "./vocabulary";
export * from "./validate";
export * from "./pipeline";
export * from "./encoding";
export * from "./export";
export * from "./excel-cells";
export * from "./graphql";
export * from "./companies";
