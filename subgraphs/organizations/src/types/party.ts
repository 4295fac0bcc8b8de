import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum PartyKind {
  OPERATOR = "OPERATOR",
  PARTNER_ORGANIZATION = "PARTNER_ORGANIZATION",
  MUNICIPALITY = "MUNICIPALITY",
}
registerEnumType(PartyKind, {
  name: "PartyKind",
  description: "Which kind of record a party reference points at.",
  valuesConfig: {
    OPERATOR: { description: "An Operator (`op-…`)." },
    PARTNER_ORGANIZATION: { description: "A PartnerOrganization (`org-…`)." },
    MUNICIPALITY: { description: "A Municipality (`mun-…`)." },
  },
});

@ObjectType({ description: "A link from an agreement or partnership to an operator, partner organisation or municipality." })
export class PartyReference {
  @Field(() => ID, { description: "Id of the record (e.g. `op-meguru`, `org-shiojiri-cci`, `mun-shiojiri`)." })
  id!: string;

  @Field(() => PartyKind, { description: "Which kind of record `id` names; the matching field below is set." })
  kind!: PartyKind;
}

const PREFIXES: readonly [string, PartyKind][] = [
  ["op-", PartyKind.OPERATOR],
  ["org-", PartyKind.PARTNER_ORGANIZATION],
  ["mun-", PartyKind.MUNICIPALITY],
];

export function partyReference(id: string): PartyReference | null {
  const match = PREFIXES.find(([prefix]) => id.startsWith(prefix));
  return match ? { id, kind: match[1] } : null;
}

const ID_PATTERN = /\b(?:op|org|mun)-[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** The record ids a partnership's party text names, in order (e.g. `金融機関, org-shiojiri-cci` → [org-shiojiri-cci]). */
export const idsInText = (text: string): string[] => [...new Set(text.match(ID_PATTERN) ?? [])];
