export * from "./databases";
export * from "./jest-preset";
export * from "./template";
