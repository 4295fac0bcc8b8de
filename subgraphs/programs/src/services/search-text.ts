import { normalizeForSearch } from "@jinjibu/domain";
import type { CaseStudy, Program } from "../entities";

const join = (parts: (string | null | undefined)[]): string => normalizeForSearch(parts.filter((p) => p).join("\n"));

/** The three normalised search sections of a program: its name, its remarks, and everything else. */
export function programSearchText(p: Pick<Program, "nameJa" | "notes" | "place" | "fundingSources" | "outcomes" | "phaseLabelsJa">) {
  return {
    searchTitle: join([p.nameJa]),
    searchSummary: join([p.notes]),
    searchBody: join([p.place, ...p.phaseLabelsJa, ...p.fundingSources, ...p.outcomes.map((o) => `${o.noteJa ?? ""} ${o.valueText}${o.unit}`)]),
  };
}

type CaseText = Pick<
  CaseStudy,
  "titleJa" | "summaryJa" | "place" | "background" | "goal" | "phases" | "devices" | "stumblingPoints" | "voices" | "outcomes" | "plansAhead" | "evolution"
>;

/** The three normalised search sections of a case study: title, summary, and the body (As Is, To Be, phases, voices...). */
export function caseStudySearchText(c: CaseText) {
  return {
    searchTitle: join([c.titleJa]),
    searchSummary: join([c.summaryJa]),
    searchBody: join([
      c.place,
      c.background,
      c.goal,
      ...c.phases.map((p) => p.textJa),
      ...c.devices.map((d) => d.textJa),
      ...c.stumblingPoints.map((s) => `${s.problemJa} ${s.responseJa ?? ""} ${s.detailJa ?? ""}`),
      ...c.voices.map((v) => `${v.speakerLabel} ${v.textJa} ${v.valueTags.join(" ")}`),
      ...c.outcomes.map((o) => o.textJa),
      ...c.plansAhead.map((p) => p.textJa),
      ...c.evolution.map((e) => `${e.textJa} ${e.activitiesJa.join(" ")} ${e.structureJa ?? ""}`),
    ]),
  };
}
