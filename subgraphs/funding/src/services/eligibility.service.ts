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

export interface EligibilityResult {
  fiscalYear: number;
  frame: SubsidyFrame;
  eligible: boolean;
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
  let eligible = true;
  let rate: string | null = null;
  let nextAdoptionNumber: number | null = count + 1;

  if (frame === SubsidyFrame.COMPANION_EXPANSION) {
    reasons.push(`${history}.`);
    reasons.push(
      `The documents give no rate, cap or adoption-count rule for ${label}; it is meant for operators that already have know-how, which the hub does not record, so nothing recorded rules it out.`,
    );
    return { fiscalYear, frame, eligible, adoptionCountBefore: count, nextAdoptionNumber, rate, reasons };
  }

  if (fiscalYear >= CAP_FROM_FISCAL_YEAR) {
    const table = RATE_TABLE[2026][frame]!;
    if (count >= ADOPTION_CAP) {
      eligible = false;
      nextAdoptionNumber = null;
      reasons.push(
        `${history}; from FY${CAP_FROM_FISCAL_YEAR} an operator may be adopted at most ${ADOPTION_CAP} times, counting every frame.`,
      );
    } else {
      rate = table[count]!;
      reasons.push(
        `${history}; this would be its ${ordinal(count + 1)} adoption of at most ${ADOPTION_CAP}, and from FY${CAP_FROM_FISCAL_YEAR} ${label} pays ${rate} for a ${ordinal(count + 1)} adoption (${table.join(", ")} for the 1st, 2nd and 3rd).`,
      );
    }
  } else if (fiscalYear === 2025) {
    const table = RATE_TABLE[2025][frame]!;
    rate = table[Math.min(count, table.length - 1)] ?? null;
    if (frame === SubsidyFrame.RIGHT_ARM) {
      reasons.push(`${history}; FY2025 ${label} paid ${rate} whatever the adoption count, and no adoption cap applied before FY${CAP_FROM_FISCAL_YEAR}.`);
    } else if (count < table.length) {
      reasons.push(
        `${history}; FY2025 ${label} paid ${rate} for a ${ordinal(count + 1)} adoption (${table.join(", ")} for the 1st, 2nd and 3rd), and no adoption cap applied before FY${CAP_FROM_FISCAL_YEAR}.`,
      );
    } else {
      rate = null;
      reasons.push(
        `${history}; the FY2025 table gives ${label} rates for the 1st to 3rd adoption only, so the rate for a ${ordinal(count + 1)} is not known; no adoption cap applied before FY${CAP_FROM_FISCAL_YEAR}.`,
      );
    }
  } else {
    const printed = PRINTED_RATES[fiscalYear]!;
    reasons.push(`${history}; no adoption cap applied before FY${CAP_FROM_FISCAL_YEAR}.`);
    if (printed.length === 1) {
      rate = printed[0]!;
      reasons.push(`FY${fiscalYear} had one list and one printed rate, ${rate}.`);
    } else {
      reasons.push(`The FY${fiscalYear} documents list the rates ${printed.join(", ")} but do not map them to frames, so the rate for ${label} is not known.`);
    }
  }

  if (frame === SubsidyFrame.LEGAL_SYSTEM_LINKAGE) {
    const held = [...new Set(input.certifications.filter((c) => holdsDuring(c, fiscalYear)).map((c) => c.law))];
    if (held.length === 0) {
      eligible = false;
      reasons.push(`${label} requires a certification under ${LAW_NAMES}; none is recorded.`);
    } else {
      reasons.push(`${label} requires a certification under ${LAW_NAMES}; one is recorded under ${held.map((l) => linkedLawLabels[l]).join(" and ")}.`);
    }
  }
  return { fiscalYear, frame, eligible, adoptionCountBefore: count, nextAdoptionNumber, rate, reasons };
}
