import { LinkedLaw, SubsidyFrame, linkedLawLabels } from "@jinjibu/domain";
import {
  ADOPTION_CAP, CAP_FROM_FISCAL_YEAR, LAW_NAMES, PRINTED_RATES, RATE_TABLE, assertFrameOffered, frameLabel,
} from "./scheme-rules";

export interface PriorAdoption {
  id: string;
  fiscalYear: number;
}

export interface CertificationFact {
  law: LinkedLaw;
  certifiedOn: string | null;
  validUntil: string | null;
}

export interface EligibilityInput {
  fiscalYear: number;
  frame: SubsidyFrame;
  /** Every adoption of the operator, in any year and frame (later years are ignored). */
  adoptions: readonly PriorAdoption[];
  certifications: readonly CertificationFact[];
}

/** Tri-state answer: UNKNOWN when a fact that decides it is not recorded (never guessed as NOT_ELIGIBLE). */
export type EligibilityStatus = "ELIGIBLE" | "NOT_ELIGIBLE" | "UNKNOWN";

export interface EligibilityReason {
  /** Stable machine code of the rule (e.g. ADOPTION_CAP_REACHED, CERTIFICATION_NOT_RECORDED). */
  reasonCode: string;
  /** The rule and figures in Japanese. */
  reasonJa: string;
}

export interface EligibilityResult {
  fiscalYear: number;
  frame: SubsidyFrame;
  status: EligibilityStatus;
  /** True/false as before; null when the status is UNKNOWN. */
  eligible: boolean | null;
  /** What would decide an UNKNOWN answer (e.g. 認定の有無が未登録); empty otherwise. */
  undecidedByJa: string[];
  reasonDetails: EligibilityReason[];
  adoptionCountBefore: number;
  nextAdoptionNumber: number | null;
  rate: string | null;
  reasons: string[];
}

const ordinal = (n: number): string => {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th";
  return `${n}${suffix}`;
};

/** Distinct fiscal years with an adoption: consortium members each count, and two lists in one year count once. */
export function countAdoptionYears(adoptions: readonly PriorAdoption[]): number {
  return new Set(adoptions.map((a) => a.fiscalYear)).size;
}

const reiwa = (fy: number): string => (fy === 2019 ? "令和元年度" : `令和${fy - 2018}年度`);

function historyJa(prior: readonly PriorAdoption[], count: number): string {
  if (count === 0) return "令和4年度以降の採択はありません";
  const ids = [...prior].sort((a, b) => a.fiscalYear - b.fiscalYear || a.id.localeCompare(b.id)).map((a) => a.id);
  return `令和4年度以降 ${count}回採択 (${ids.join("、")})`;
}

function historySentence(prior: readonly PriorAdoption[], count: number): string {
  if (count === 0) return "Not adopted since FY2022";
  const ids = [...prior].sort((a, b) => a.fiscalYear - b.fiscalYear || a.id.localeCompare(b.id)).map((a) => a.id);
  return `Adopted ${count} time${count === 1 ? "" : "s"} since FY2022 (${ids.join(", ")})`;
}

/** A certification counts when its known dates overlap the fiscal year (April to March). */
function holdsDuring(cert: CertificationFact, fiscalYear: number): boolean {
  const start = `${fiscalYear}-04-01`;
  const end = `${fiscalYear + 1}-03-31`;
  return (cert.certifiedOn === null || cert.certifiedOn <= end) && (cert.validUntil === null || cert.validUntil >= start);
}

/**
 * Whether an operator may be adopted in a fiscal year's frame, at what rate, and why, under the rules of S1's scheme
 * pages (domain §6.3–§6.4, §6.8). Pure: the caller supplies the operator's adoptions and certifications.
 * Throws BAD_USER_INPUT for a fiscal year outside 2022–2026 or a frame that year did not offer.
 */
export function assessEligibility(input: EligibilityInput): EligibilityResult {
  const { fiscalYear, frame } = input;
  assertFrameOffered(fiscalYear, frame);
  const prior = input.adoptions.filter((a) => a.fiscalYear < fiscalYear);
  const count = countAdoptionYears(prior);
  const history = historySentence(prior, count);
  const label = frameLabel(frame);
  const reasons: string[] = [];
  const reasonDetails: EligibilityReason[] = [];
  const undecidedByJa: string[] = [];
  const why = (reasonCode: string, reasonJa: string) => reasonDetails.push({ reasonCode, reasonJa });
  const hJa = historyJa(prior, count);
  let status: EligibilityStatus = "ELIGIBLE";
  let eligible: boolean | null = true;
  let rate: string | null = null;
  let nextAdoptionNumber: number | null = count + 1;

  if (frame === SubsidyFrame.COMPANION_EXPANSION) {
    reasons.push(`${history}.`);
    reasons.push(
      `The documents give no rate, cap or adoption-count rule for ${label}; it is meant for operators that already have know-how, which the hub does not record, so nothing recorded rules it out.`,
    );
    why("ADOPTION_HISTORY", `${hJa}。`);
    why("NO_RULES_PUBLISHED", `${label}について、資料には補助率・上限・採択回数の定めがありません。ノウハウを持つ事業者向けの事業ですが、ハブはノウハウの有無を記録していないため、登録済みの事実で対象外となるものはありません。`);
    return { fiscalYear, frame, status, eligible, undecidedByJa, reasonDetails, adoptionCountBefore: count, nextAdoptionNumber, rate, reasons };
  }

  if (fiscalYear >= CAP_FROM_FISCAL_YEAR) {
    const table = RATE_TABLE[2026][frame]!;
    if (count >= ADOPTION_CAP) {
      eligible = false;
      status = "NOT_ELIGIBLE";
      nextAdoptionNumber = null;
      reasons.push(
        `${history}; from FY${CAP_FROM_FISCAL_YEAR} an operator may be adopted at most ${ADOPTION_CAP} times, counting every frame.`,
      );
      why("ADOPTION_CAP_REACHED", `${hJa}。${reiwa(CAP_FROM_FISCAL_YEAR)}以降、採択は全ての枠を通じて${ADOPTION_CAP}回までです。`);
    } else {
      rate = table[count]!;
      reasons.push(
        `${history}; this would be its ${ordinal(count + 1)} adoption of at most ${ADOPTION_CAP}, and from FY${CAP_FROM_FISCAL_YEAR} ${label} pays ${rate} for a ${ordinal(count + 1)} adoption (${table.join(", ")} for the 1st, 2nd and 3rd).`,
      );
      why("RATE_BY_ADOPTION_COUNT", `${hJa}。今回は上限${ADOPTION_CAP}回のうち${count + 1}回目で、${reiwa(CAP_FROM_FISCAL_YEAR)}以降の${label}の補助率は${count + 1}回目が${rate}です (1回目・2回目・3回目: ${table.join("、")})。`);
    }
  } else if (fiscalYear === 2025) {
    const table = RATE_TABLE[2025][frame]!;
    rate = table[Math.min(count, table.length - 1)] ?? null;
    if (frame === SubsidyFrame.RIGHT_ARM) {
      reasons.push(`${history}; FY2025 ${label} paid ${rate} whatever the adoption count, and no adoption cap applied before FY${CAP_FROM_FISCAL_YEAR}.`);
      why("FLAT_RATE", `${hJa}。令和7年度の${label}の補助率は採択回数にかかわらず${rate}で、採択回数の上限は${reiwa(CAP_FROM_FISCAL_YEAR)}からです。`);
    } else if (count < table.length) {
      reasons.push(
        `${history}; FY2025 ${label} paid ${rate} for a ${ordinal(count + 1)} adoption (${table.join(", ")} for the 1st, 2nd and 3rd), and no adoption cap applied before FY${CAP_FROM_FISCAL_YEAR}.`,
      );
      why("RATE_BY_ADOPTION_COUNT", `${hJa}。令和7年度の${label}の補助率は${count + 1}回目が${rate}です (1回目・2回目・3回目: ${table.join("、")})。採択回数の上限は${reiwa(CAP_FROM_FISCAL_YEAR)}からです。`);
    } else {
      rate = null;
      reasons.push(
        `${history}; the FY2025 table gives ${label} rates for the 1st to 3rd adoption only, so the rate for a ${ordinal(count + 1)} is not known; no adoption cap applied before FY${CAP_FROM_FISCAL_YEAR}.`,
      );
      why("RATE_NOT_PUBLISHED", `${hJa}。令和7年度の表は${label}の1〜3回目の補助率だけを示しており、${count + 1}回目の補助率は資料にありません。`);
    }
  } else {
    const printed = PRINTED_RATES[fiscalYear]!;
    reasons.push(`${history}; no adoption cap applied before FY${CAP_FROM_FISCAL_YEAR}.`);
    why("NO_ADOPTION_CAP", `${hJa}。採択回数の上限は${reiwa(CAP_FROM_FISCAL_YEAR)}からで、${reiwa(fiscalYear)}にはありません。`);
    if (printed.length === 1) {
      rate = printed[0]!;
      reasons.push(`FY${fiscalYear} had one list and one printed rate, ${rate}.`);
      why("SINGLE_PRINTED_RATE", `${reiwa(fiscalYear)}は採択一覧が1つで、補助率は${rate}と記載されています。`);
    } else {
      reasons.push(`The FY${fiscalYear} documents list the rates ${printed.join(", ")} but do not map them to frames, so the rate for ${label} is not known.`);
      why("RATES_NOT_MAPPED", `${reiwa(fiscalYear)}の資料は補助率${printed.join("、")}を挙げていますが枠との対応を示していないため、${label}の補助率は不明です。`);
    }
  }

  if (frame === SubsidyFrame.LEGAL_SYSTEM_LINKAGE) {
    const held = [...new Set(input.certifications.filter((c) => holdsDuring(c, fiscalYear)).map((c) => c.law))];
    const lawsJa = LAW_NAMES.replace(/, | or /g, "・");
    if (held.length === 0 && input.certifications.length > 0) {
      // A certification is recorded but its dates do not cover the year: that is a known fact, so NOT_ELIGIBLE.
      eligible = false;
      if (status === "ELIGIBLE") status = "NOT_ELIGIBLE";
      rate = null;
      reasons.push(`${label} requires a certification under ${LAW_NAMES}; the one recorded does not cover FY${fiscalYear}.`);
      why("CERTIFICATION_NOT_COVERING_YEAR", `${label}には${lawsJa}のいずれかの認定が必要です。登録されている認定の期間は${reiwa(fiscalYear)}に及びません。`);
    } else if (held.length === 0) {
      // The hub holds no certification: whether the operator has one is not known, so neither a verdict nor a rate.
      if (status === "ELIGIBLE") {
        status = "UNKNOWN";
        eligible = null;
        rate = null;
        undecidedByJa.push("認定の有無が未登録");
      }
      reasons.push(`${label} requires a certification under ${LAW_NAMES}; none is recorded.`);
      why("CERTIFICATION_NOT_RECORDED", `${label}には${lawsJa}のいずれかの認定が必要ですが、認定の有無が未登録のため判断できません。`);
    } else {
      reasons.push(`${label} requires a certification under ${LAW_NAMES}; one is recorded under ${held.map((l) => linkedLawLabels[l]).join(" and ")}.`);
      why("CERTIFICATION_HELD", `${label}には${lawsJa}のいずれかの認定が必要で、${held.map((l) => linkedLawLabels[l]).join("・")}の認定が登録されています。`);
    }
  }
  return { fiscalYear, frame, status, eligible, undecidedByJa, reasonDetails, adoptionCountBefore: count, nextAdoptionNumber, rate, reasons };
}
