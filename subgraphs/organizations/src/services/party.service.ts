import type { OrganizationsContext } from "../context";
import { PartyKind, idsInText, partyReference, type PartyReference } from "../types/party";

/** Loads whichever record a party reference names; one batched loader per kind. */
export async function loadParty(ref: PartyReference, ctx: OrganizationsContext) {
  switch (ref.kind) {
    case PartyKind.OPERATOR:
      return ctx.loaders.operatorById.load(ref.id);
    case PartyKind.PARTNER_ORGANIZATION:
      return ctx.loaders.partnerById.load(ref.id);
    case PartyKind.MUNICIPALITY:
      return ctx.loaders.municipalityById.load(ref.id);
  }
}

/** A partnership's party text as printed, with every record id replaced by that record's name. */
export async function partyLabel(partyText: string, ctx: OrganizationsContext): Promise<string> {
  const ids = idsInText(partyText);
  const names = await Promise.all(ids.map(async (id) => [id, (await loadParty(partyReference(id)!, ctx))?.nameJa ?? id] as const));
  return names.reduce((text, [id, name]) => text.split(id).join(name), partyText);
}
