import { ApiError, messageOf } from "../../lib/errors";

/** A refusal as a form shows it: the Japanese sentence and the input field it concerns (null: the form as a whole). */
export interface FormProblem {
  message: string;
  field: string | null;
  rule: string | null;
}

/** The input field each rule of the demand side (extensions.rule) concerns, when its message does not name one. */
const RULE_FIELDS: Record<string, string> = {
  COMPANY_NAME_LENGTH: "nameJa",
  COMPANY_VARIANTS_LIMIT: "nameVariants",
  PREFECTURE_CODE: "prefectureCode",
  MUNICIPALITY_LENGTH: "municipalityJa",
  NEED_COMPANY_OF_OWN_OPERATOR: "companyId",
  NEED_SKILLS_COUNT: "skills",
  NEED_PERIOD_ORDER: "endsOn",
  COMPENSATION_RANGE_ORDER: "compensationMax",
  COMPENSATION_UNIT_REQUIRED: "compensationUnit",
  NEED_INITIAL_STATUS: "status",
  NEED_STATUS_TRANSITION: "status",
  PLACEMENT_PERIOD_ORDER: "endDate",
  NOTE_LENGTH: "note",
};

/** Sentences for rules whose API message is not meant for the person at the screen. */
const RULE_MESSAGES: Record<string, string> = {
  MATCHING_ALREADY_LIVE: "この案件とこの人材のマッチングはすでに進んでいます。マッチングの一覧で状態を確認してください。",
  CONSENT_COVERS_NEED_OPERATOR: "この人の同意は、この案件の事業者と目的を含んでいません。提案できません。",
};

/** Field names the API puts in parentheses after a Japanese label, e.g. 「企業名 (nameJa) は…」. */
const PAREN_FIELD = /\s*[(（]([a-z][a-zA-Z0-9]*)[)）]/;
const PAREN_FIELDS = /\s*[(（][a-z][a-zA-Z0-9]*[)）]/g;
/** The rule's name the API appends, e.g. 「… (COMPENSATION_RANGE_ORDER)」. */
const RULE_SUFFIX = /\s*[(（][A-Z][A-Z0-9_]+[)）]\s*$/;

/** The Japanese sentence of a refusal and the field it concerns: the rule's own sentence from the API, cleaned of code names. */
export function problemOf(error: unknown): FormProblem {
  if (!(error instanceof ApiError)) return { message: messageOf(error), field: null, rule: null };
  const rule = error.rule;
  const named = error.detailJa ? PAREN_FIELD.exec(error.detailJa)?.[1] : undefined;
  const field = (rule ? RULE_FIELDS[rule] : undefined) ?? named ?? error.fields[0] ?? null;
  if (rule && RULE_MESSAGES[rule]) return { message: RULE_MESSAGES[rule]!, field, rule };
  if (error.detailJa) {
    const sentence = error.detailJa.replace(RULE_SUFFIX, "").replace(PAREN_FIELDS, "").trim();
    return { message: /[。．]$/.test(sentence) ? sentence : `${sentence}。`, field, rule };
  }
  return { message: error.message, field, rule };
}
