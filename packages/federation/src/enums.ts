import { registerEnumType } from "type-graphql";
import * as domain from "@jinjibu/domain";

const descriptions: Record<string, string> = {
  TalentKind: "Kinds of talent a regional HR department works with (人材の種類). The first four are METI's official targets.",
  SupportPhase: "Phases of support: 確保 (acquisition), 育成 (development), 定着 (retention), plus the extra categories some case sheets use.",
  ProgramKind: "Kinds of program or activity run by a regional HR department (事業・アクティビティの種類).",
  InstitutionKind: "Kinds of partner institution (連携機関の種類).",
  LeadershipModel: "Who leads a regional HR department (主導組織のパターン).",
  CorporateCategory: "For-profit (営利法人) or non-profit (非営利法人).",
  AreaSizeClass: "Area size class: LARGE_MEDIUM (大・中規模) is a population of 100,000 or more; SMALL (小規模) is below, or a town or village.",
  SubsidyFrame: "Frames (枠) of METI's regional HR department subsidy. Each fiscal year offers its own frames.",
  LinkedLaw: "The three laws one of whose certifications the 法制度連携枠 requires.",
  MaturityElement: "The five activity elements of the maturity model (活動要素).",
  LogoLicenseStatus: "Whether an operator may use the 地域の人事部 logo, which also lists it in the national directory.",
  CountingBasis: "How an outcome number was counted. Numbers of different bases are never added together.",
  JsicDivision: "Major division (大分類) of the Japan Standard Industrial Classification (日本標準産業分類), A–T.",
  CompanySizeClass: "Size class of a regional company (SME Basic Act thresholds) as its supporting operator records it.",
  CompanyVisibility: "Who may see a regional company: PUBLIC (everyone) or NETWORK (signed-in viewers of the hub only).",
  RegionalBlock: "Regional blocks: the jurisdictions of METI's regional bureaus (経済産業局), by which the national directory is organised.",
};

const registered = new Set<string>();

/** Registers a shared domain enum with type-graphql once per process, under its own name and description. */
export function registerDomainEnum<T extends object>(
  enumObject: T,
  name: keyof typeof descriptions & string,
  labels?: Readonly<Record<string, string>>,
): T {
  if (!registered.has(name)) {
    registered.add(name);
    // Each value's description is its Japanese label, so the API documentation says what the code means.
    const valuesConfig = labels
      ? Object.fromEntries(Object.keys(enumObject).map((key) => [key, { description: labels[key] ?? key }]))
      : undefined;
    registerEnumType(enumObject, { name, description: descriptions[name], valuesConfig } as Parameters<typeof registerEnumType>[1]);
  }
  return enumObject;
}

export const TalentKind = registerDomainEnum(domain.TalentKind, "TalentKind", domain.talentKindLabels);
export const SupportPhase = registerDomainEnum(domain.SupportPhase, "SupportPhase", domain.supportPhaseLabels);
export const ProgramKind = registerDomainEnum(domain.ProgramKind, "ProgramKind", domain.programKindLabels);
export const InstitutionKind = registerDomainEnum(domain.InstitutionKind, "InstitutionKind", domain.institutionKindLabels);
export const LeadershipModel = registerDomainEnum(domain.LeadershipModel, "LeadershipModel", domain.leadershipModelLabels);
export const CorporateCategory = registerDomainEnum(domain.CorporateCategory, "CorporateCategory", domain.corporateCategoryLabels);
export const AreaSizeClass = registerDomainEnum(domain.AreaSizeClass, "AreaSizeClass", domain.areaSizeClassLabels);
export const SubsidyFrame = registerDomainEnum(domain.SubsidyFrame, "SubsidyFrame", domain.subsidyFrameLabels);
export const LinkedLaw = registerDomainEnum(domain.LinkedLaw, "LinkedLaw", domain.linkedLawLabels);
export const MaturityElement = registerDomainEnum(domain.MaturityElement, "MaturityElement", domain.maturityElementLabels);
export const LogoLicenseStatus = registerDomainEnum(domain.LogoLicenseStatus, "LogoLicenseStatus", domain.logoLicenseStatusLabels);
export const CountingBasis = registerDomainEnum(domain.CountingBasis, "CountingBasis", domain.countingBasisLabels);
export const RegionalBlock = registerDomainEnum(domain.RegionalBlock, "RegionalBlock", domain.regionalBlockLabels);
export const JsicDivision = registerDomainEnum(domain.JsicDivision, "JsicDivision", domain.jsicDivisionLabels);
export const CompanySizeClass = registerDomainEnum(domain.CompanySizeClass, "CompanySizeClass", domain.companySizeClassLabels);
export const CompanyVisibility = registerDomainEnum(domain.CompanyVisibility, "CompanyVisibility", domain.companyVisibilityLabels);
