/** The header the gateway sends with every subgraph fetch: when it gives up on that fetch, in epoch milliseconds. */
export const DEADLINE_HEADER = "x-hub-deadline";

export type ParsedDeadline = { ok: true; deadline?: number } | { ok: false; problem: string };

/** Reads `x-hub-deadline`: absent means no deadline; anything but a positive whole number of epoch ms is refused. */
export function parseDeadline(value: string | string[] | undefined): ParsedDeadline {
  if (value === undefined) return { ok: true };
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d{1,16}$/.test(text.trim())) {
    return { ok: false, problem: `${DEADLINE_HEADER} must be a time in epoch milliseconds (digits only), e.g. ${Date.now() + 5000}` };
  }
  return { ok: true, deadline: Number(text.trim()) };
}
