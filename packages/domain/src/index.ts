export * from "./enums";
export * from "./prefectures";
export * from "./text";
export * from "./errors";
export * from "./demand";
