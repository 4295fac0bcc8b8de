import { badUserInput } from "@jinjibu/federation";

export const FISCAL_YEAR_MIN = 2015;
export const FISCAL_YEAR_MAX = 2030;

/** BAD_USER_INPUT unless `fy` is absent or a fiscal year the know-how covers. */
export function checkFiscalYear(fy: number | null | undefined, name = "fiscalYear"): void {
  if (fy != null && (fy < FISCAL_YEAR_MIN || fy > FISCAL_YEAR_MAX)) {
    throw badUserInput(`\`${name}\` must be between ${FISCAL_YEAR_MIN} and ${FISCAL_YEAR_MAX}; got ${fy}.`);
  }
}
