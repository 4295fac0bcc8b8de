import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A problem of one row of a company list, in Japanese." })
export class CompanyImportProblem {
  @Field(() => Int, { description: "The file's row number (1 = header)." })
  row!: number;

  @Field(() => String, { nullable: true, description: "The column's Japanese header, when the problem is in one cell." })
  column!: string | null;

  @Field(() => String, { description: "What is wrong and how to fix it (Japanese)." })
  message!: string;
}

@ObjectType({ description: "What an import of an operator's company list did. All or nothing: with any problem nothing is written." })
export class CompanyImportResult {
  @Field(() => Boolean, { description: "True when the rows were written (no problem and not a dry run)." })
  written!: boolean;

  @Field(() => Int, { description: "Companies registered for the first time." })
  created!: number;

  @Field(() => Int, { description: "Companies (matched by 管理番号) whose fields changed." })
  updated!: number;

  @Field(() => Int, { description: "Companies already as in the file." })
  unchanged!: number;

  @Field(() => [CompanyImportProblem], { description: "Every problem, by row; empty when the file is valid." })
  problems!: CompanyImportProblem[];
}
