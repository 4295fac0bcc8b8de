export { z } from "zod";
export * from "./define";
export * from "./describe";
export * from "./subgraphs";
