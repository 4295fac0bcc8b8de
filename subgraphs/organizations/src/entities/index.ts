import { Operator } from "./operator.entity";

export { Operator };
export const entities = [Operator];
