export * from "./operator.stub";
export * from "./talent-profile.entity";
export * from "./records";

/**
 * No TypeORM entities: the talent subgraph reads and writes through hand-written SQL on the request's EntityManager, so
 * that every statement is plainly subject to the row-level-security policies of its migration.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const entities: Function[] = [];
