import { MaturityElement } from "@jinjibu/domain";
import model from "../seeds/data/maturity-model.json";
import { PracticePoint, type MaturityModel } from "../types/maturity";

export interface Baseline {
  agreePercent: number;
  neutralPercent: number;
  disagreePercent: number;
  respondents: number;
}
export interface LevelInfo {
  level: number;
  statementJa: string;
  baseline: Baseline;
}
export interface PracticePointInfo {
  fromLevel: number;
  toLevel: number;
  textJa: string;
  exampleOperatorIds: string[];
}
export interface ElementInfo {
  element: MaturityElement;
  nameJa: string;
  definitionJa: string;
  levels: LevelInfo[];
  practicePoints: PracticePointInfo[];
}

/** The 5×3 maturity model of S3 with the n=27 survey baseline: static reference data, served from memory. */
export const MATURITY_SOURCE: string = model.source;
export const MATURITY_ELEMENTS: readonly ElementInfo[] = model.elements.map((e) => ({ ...e, element: e.element as MaturityElement }));
export const elementInfo = (element: MaturityElement): ElementInfo => MATURITY_ELEMENTS.find((e) => e.element === element)!;
export const SURVEY_RESPONDENTS = 27;

/** A practice point of `element` as a GraphQL object. */
export const practicePoint = (element: MaturityElement, p: PracticePointInfo): PracticePoint =>
  Object.assign(new PracticePoint(), { element, ...p });

function buildModel(): MaturityModel {
  const elements = MATURITY_ELEMENTS.map((e) => ({
    element: e.element,
    nameJa: e.nameJa,
    definitionJa: e.definitionJa,
    levels: e.levels.map((l) => ({ element: e.element, ...l })),
    practicePoints: e.practicePoints.map((p) => practicePoint(e.element, p)),
  }));
  return { source: MATURITY_SOURCE, respondents: SURVEY_RESPONDENTS, elements, statements: elements.flatMap((e) => e.levels) };
}

/** The model as GraphQL serves it, built once. */
export const MATURITY_MODEL = buildModel();
