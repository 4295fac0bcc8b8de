// The database layer lives in @jinjibu/test-db (below packages/federation, which tests on it); re-exported here so the
// subgraphs, the gateway and the end-to-end tests have one import.
export * from "@jinjibu/test-db";
export * from "./jest-preset";
export * from "./subgraph";
