import { MAX_EVENTS_PER_DELIVERY, parseDelivery } from "./events";

const event = (over: Record<string, unknown> = {}) => ({
  id: "42", type: "RegionalCompanyChanged", aggregateId: "co-1", payload: { id: "co-1" }, occurredAt: "2026-12-02T10:00:00.000Z", ...over,
});

describe("parseDelivery", () => {
  it("accepts 1 to 500 well-formed events", () => {
    expect(parseDelivery({ events: [event()] })).toEqual({ ok: true, events: [event()] });
    expect(parseDelivery({ events: Array.from({ length: MAX_EVENTS_PER_DELIVERY }, (_, i) => event({ id: String(i + 1) })) }).ok).toBe(true);
  });

  it("names what is wrong with a malformed delivery", () => {
    expect(parseDelivery({})).toEqual({ ok: false, problem: "events must be a list of 1 to 500 events." });
    expect(parseDelivery({ events: [] }).ok).toBe(false);
    expect(parseDelivery({ events: Array.from({ length: MAX_EVENTS_PER_DELIVERY + 1 }, () => event()) }).ok).toBe(false);
    expect(parseDelivery({ events: [event({ id: "0" })] })).toEqual({ ok: false, problem: "events[0].id must be a positive integer as text." });
    expect(parseDelivery({ events: [event(), event({ id: 7 })] })).toEqual({ ok: false, problem: "events[1].id must be a positive integer as text." });
    expect(parseDelivery({ events: [event({ type: "drop table" })] })).toEqual({ ok: false, problem: "events[0].type must be an event type name." });
    expect(parseDelivery({ events: [event({ aggregateId: "" })] }).ok).toBe(false);
    expect(parseDelivery({ events: [event({ payload: [1] })] })).toEqual({ ok: false, problem: "events[0].payload must be an object." });
    expect(parseDelivery({ events: [event({ occurredAt: "yesterday" })] })).toEqual({ ok: false, problem: "events[0].occurredAt must be a time." });
    expect(parseDelivery(null).ok).toBe(false);
  });
});
