import { LinkedLaw, SubsidyFrame, linkedLawLabels, subsidyFrameLabels } from "@jinjibu/domain";
import { GraphQLError } from "graphql";

// The same error @jinjibu/federation's badUserInput builds; made here so the rules stay free of type-graphql and I/O.
const badUserInput = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extensions, code: "BAD_USER_INPUT" } });

export const FIRST_FISCAL_YEAR = 2022;
export const LAST_FISCAL_YEAR = 2026;
/** FY2026 (令和8年度): at most this many adoptions per operator, counted across every frame since FY2022. */
export const ADOPTION_CAP = 3;
export const CAP_FROM_FISCAL_YEAR = 2026;

/** The frames each fiscal year's scheme offered, in the order the documents list them. */
export const FRAMES_BY_YEAR: Readonly<Record<number, readonly SubsidyFrame[]>> = {
  2022: [SubsidyFrame.SINGLE],
  2023: [SubsidyFrame.REGULAR, SubsidyFrame.REGIONAL_JOINT_STRATEGY],
  2024: [SubsidyFrame.GENERAL, SubsidyFrame.WORK_STYLE_REFORM],
  2025: [SubsidyFrame.RIGHT_ARM, SubsidyFrame.LEGAL_SYSTEM_LINKAGE, SubsidyFrame.COMPANION_EXPANSION],
  2026: [SubsidyFrame.COMPANION_EXPANSION, SubsidyFrame.RIGHT_ARM, SubsidyFrame.LEGAL_SYSTEM_LINKAGE],
};

/** Rates as printed per fiscal year; FY2023–FY2025 list several without mapping them to frames. */
export const PRINTED_RATES: Readonly<Record<number, readonly string[]>> = {
  2022: ["1/2"],
  2023: ["1/2", "2/3", "1/3"],
  2024: ["1/2", "2/3"],
  2025: ["1/2", "2/3", "1/3"],
};

/** S1's FY2026 scheme page: the rate by frame and by which adoption (1st, 2nd, 3rd) it would be. */
export const RATE_TABLE: Readonly<Record<2025 | 2026, Partial<Record<SubsidyFrame, readonly string[]>>>> = {
  2025: { [SubsidyFrame.RIGHT_ARM]: ["2/3", "2/3", "2/3"], [SubsidyFrame.LEGAL_SYSTEM_LINKAGE]: ["1/2", "1/2", "1/3"] },
  2026: { [SubsidyFrame.RIGHT_ARM]: ["2/3", "1/2", "1/3"], [SubsidyFrame.LEGAL_SYSTEM_LINKAGE]: ["1/2", "1/2", "1/3"] },
};

export const LAW_NAMES = [LinkedLaw.REGIONAL_FUTURE_INVESTMENT, LinkedLaw.SMALL_BUSINESS_SUPPORT, LinkedLaw.DUAL_RESIDENCE]
  .map((law) => linkedLawLabels[law])
  .join(", ")
  .replace(/, ([^,]+)$/, " or $1");

export const frameLabel = (frame: SubsidyFrame): string => subsidyFrameLabels[frame];

/** Throws BAD_USER_INPUT unless the fiscal year is one the hub holds a scheme for. */
export function assertFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > LAST_FISCAL_YEAR) {
    throw badUserInput(`fiscalYear must be between ${FIRST_FISCAL_YEAR} and ${LAST_FISCAL_YEAR}; got ${fiscalYear}.`);
  }
}

/** Throws BAD_USER_INPUT unless that year's scheme offered the frame; the message names the frames it did offer. */
export function assertFrameOffered(fiscalYear: number, frame: SubsidyFrame): void {
  assertFiscalYear(fiscalYear);
  const offered = FRAMES_BY_YEAR[fiscalYear]!;
  if (!offered.includes(frame)) {
    const names = offered.map((f) => `${f} (${frameLabel(f)})`).join(", ");
    throw badUserInput(`FY${fiscalYear} did not offer frame ${frame}; it offered ${names}.`);
  }
}
