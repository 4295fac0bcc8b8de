import { IdempotencyKey } from "@jinjibu/federation";
import { CaseStudy } from "./case-study.entity";
import { OperatorProfile } from "./operator-profile.entity";
import { Program } from "./program.entity";
import { SelfAssessmentAnswer } from "./self-assessment.entity";

export { CaseStudy, OperatorProfile, Program, SelfAssessmentAnswer };
export { CaseStudyStatus } from "./case-study.entity";
export const entities = [Program, CaseStudy, OperatorProfile, SelfAssessmentAnswer, IdempotencyKey];
