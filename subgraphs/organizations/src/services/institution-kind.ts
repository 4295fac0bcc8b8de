import { institutionKindLabels } from "@jinjibu/domain";
import type * as domain from "@jinjibu/domain";

// Kinds the facts use that the shared vocabulary lacks; labelled here rather than forced into a wrong shared value.
const EXTRA_KIND_LABELS: Readonly<Record<string, string>> = { OPERATOR_AFFILIATE: "事業者の関連法人" };

export const isInstitutionKind = (value: string | null): value is domain.InstitutionKind =>
  value != null && Object.prototype.hasOwnProperty.call(institutionKindLabels, value);

/** The Japanese label of a stored institution kind, including kinds outside the shared vocabulary. */
export const institutionKindLabel = (kind: string): string =>
  isInstitutionKind(kind) ? institutionKindLabels[kind] : EXTRA_KIND_LABELS[kind] ?? kind;
