import "reflect-metadata";
export * from "./errors";
export * from "./enums";
export * from "./pagination";
export * from "./schema";
export * from "./context";
export * from "./server";
export * from "./run";
export * from "./local";
