export * from "./viewer";
export * from "./keys";
export * from "./gateway-token";
export * from "./identity";
export * from "./api-keys";
export * from "./oidc";
export * from "./policy";
export * from "./service-token";
