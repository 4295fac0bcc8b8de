export * from "./enums";
export * from "./prefectures";
export * from "./text";
export * from "./log";
export * from "./errors";
