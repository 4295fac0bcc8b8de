export * from "./config";
export * from "./database";
export * from "./keys";
export * from "./modules";
export * from "./supervision";
export * from "./supervisor";
export { storeDevSiteKey } from "./dev-token";
