import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { OrganizationsContext } from "../context";
import {
  KeyPerson,
  ModelRegion,
  Operator,
  OperatorSurvey,
  OperatorSurveyFinding,
  PartnerOrganization,
  PartnerRelation,
  PolicyPosition,
  relationKindLabels,
} from "../entities";
import { listKeyPersons, listPolicyPositions, operatorSurvey } from "../services/relations.service";
import { PartyReference, partyReference } from "../types/party";
import { ProgramStub, programStub } from "../types/program.stub";

// Everything here is published case-book content: public.

@Resolver(() => PartnerRelation)
export class PartnerRelationResolver {
  @FieldResolver(() => String, { description: "Japanese label of the kind (e.g. 構成機関, 大企業連携)." })
  kindLabelJa(@Root() r: PartnerRelation): string {
    return relationKindLabels[r.kind];
  }

  @FieldResolver(() => PartnerOrganization, { description: "The partner organisation." })
  async partner(@Root() r: PartnerRelation, @Ctx() ctx: OrganizationsContext): Promise<PartnerOrganization> {
    return (await ctx.loaders.partnerById.load(r.partnerId))!;
  }

  @FieldResolver(() => ModelRegion, { nullable: true, description: "The Kanto model region it takes part in; null when the relation is outside the pilot." })
  modelRegion(@Root() r: PartnerRelation, @Ctx() ctx: OrganizationsContext) {
    return r.modelRegionId ? ctx.loaders.modelRegionById.load(r.modelRegionId) : null;
  }

  @FieldResolver(() => Operator, { nullable: true, description: "The operator whose work it takes part in (a region's lead, a program's operator); null when none." })
  operator(@Root() r: PartnerRelation, @Ctx() ctx: OrganizationsContext) {
    return r.operatorId ? ctx.loaders.operatorById.load(r.operatorId) : null;
  }

  @FieldResolver(() => ProgramStub, { nullable: true, description: "The program it takes part in; null when the relation is with a region or operator as a whole." })
  program(@Root() r: PartnerRelation): ProgramStub | null {
    return r.programId ? programStub(r.programId) : null;
  }
}

@Resolver(() => PartnerOrganization)
export class PartnerOrganizationRelationsResolver {
  @FieldResolver(() => [PartnerRelation], { description: "The regions, operators and programs it takes part in, as the documents show." })
  relations(@Root() p: PartnerOrganization, @Ctx() ctx: OrganizationsContext): Promise<PartnerRelation[]> {
    return ctx.loaders.relationsByPartner.load(p.id);
  }
}

@Resolver(() => ModelRegion)
export class ModelRegionRelationsResolver {
  @FieldResolver(() => [PartnerRelation], { description: "Partner organisations taking part in the region (members, observers, large companies, program partners)." })
  partnerRelations(@Root() r: ModelRegion, @Ctx() ctx: OrganizationsContext): Promise<PartnerRelation[]> {
    return ctx.loaders.relationsByRegion.load(r.id);
  }

  @FieldResolver(() => [KeyPerson], { description: "Key persons the region's case names, in the case's order." })
  keyPersons(@Root() r: ModelRegion, @Ctx() ctx: OrganizationsContext): Promise<KeyPerson[]> {
    return ctx.loaders.keyPersonsByRegion.load(r.id);
  }
}

@Resolver(() => Operator)
export class OperatorRelationsResolver {
  @FieldResolver(() => [PartnerRelation], { description: "Partner organisations taking part in the operator's work, as the documents show." })
  partnerRelations(@Root() op: Operator, @Ctx() ctx: OrganizationsContext): Promise<PartnerRelation[]> {
    return ctx.loaders.relationsByOperator.load(op.id);
  }
}

@Resolver(() => ProgramStub)
export class ProgramRelationsResolver {
  @FieldResolver(() => [PartnerRelation], { description: "Partner organisations the documents name as taking part in this program, with participant numbers where given." })
  partnerRelations(@Root() p: ProgramStub, @Ctx() ctx: OrganizationsContext): Promise<PartnerRelation[]> {
    return ctx.loaders.relationsByProgram.load(p.id);
  }
}

@Resolver(() => KeyPerson)
export class KeyPersonResolver {
  @Query(() => [KeyPerson], { description: "Key persons of the Kanto model regions (public roles only, as printed), in region and case order." })
  keyPersons(
    @Arg("search", () => String, { nullable: true, description: "Part of the name, a spelling variant or the printed caption." }) search: string | null,
    @Arg("modelRegionId", () => ID, { nullable: true, description: "Only this model region's (e.g. `kr-shiojiri`)." }) modelRegionId: string | null,
    @Ctx() ctx: OrganizationsContext,
  ): Promise<KeyPerson[]> {
    return listKeyPersons(ctx, search, modelRegionId);
  }

  @FieldResolver(() => ModelRegion, { description: "The model region whose case names the person." })
  async modelRegion(@Root() k: KeyPerson, @Ctx() ctx: OrganizationsContext): Promise<ModelRegion> {
    return (await ctx.loaders.modelRegionById.load(k.modelRegionId))!;
  }

  @FieldResolver(() => PartyReference, { nullable: true, description: "The organisation, when it is a record of the hub (operator, partner or municipality)." })
  organization(@Root() k: KeyPerson): PartyReference | null {
    return k.organizationId ? partyReference(k.organizationId) : null;
  }
}

@Resolver(() => OperatorSurvey)
export class OperatorSurveyResolver {
  @Query(() => OperatorSurvey, { description: "The survey of subsidised operators of a fiscal year (only 2023's is published); NOT_FOUND for another year." })
  operatorSurvey(
    @Arg("fiscalYear", () => Int, { defaultValue: 2023, description: "Fiscal year of the survey (2023 = 令和5年度)." }) fiscalYear: number,
    @Ctx() ctx: OrganizationsContext,
  ): Promise<OperatorSurvey> {
    return operatorSurvey(ctx, fiscalYear);
  }

  @FieldResolver(() => [OperatorSurveyFinding], { description: "The findings, in the document's order, optionally only those whose topic contains a word." })
  findings(
    @Root() s: OperatorSurvey,
    @Arg("topic", () => String, { nullable: true, description: "Part of the topic (e.g. 経営課題)." }) topic: string | null,
  ): OperatorSurveyFinding[] {
    return topic ? s.findings.filter((f) => (f.topicJa ?? "").includes(topic)) : s.findings;
  }
}

@Resolver(() => PolicyPosition)
export class PolicyPositionResolver {
  @Query(() => [PolicyPosition], { description: "How government strategies position 地域の人事部 (政府戦略への位置づけ), in the source's order." })
  policyPositions(@Ctx() ctx: OrganizationsContext): Promise<PolicyPosition[]> {
    return listPolicyPositions(ctx);
  }
}
