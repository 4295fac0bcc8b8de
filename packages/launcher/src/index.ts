export * from "./database";
export * from "./keys";
export * from "./modules";
export * from "./paths";
