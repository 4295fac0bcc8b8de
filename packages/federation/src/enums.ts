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
  RegionalBlock: "Regional blocks: the jurisdictions of METI's regional bureaus (経済産業局), by which the national directory is organised.",
};

const registered = new Set<string>();

/** Registers a shared domain enum with type-graphql once per process, under its own name and description. */
export function registerDomainEnum<T extends object>(enumObject: T, name: keyof typeof descriptions & string): T {
  if (!registered.has(name)) {
    registered.add(name);
    registerEnumType(enumObject, { name, description: descriptions[name] });
  }
  return enumObject;
}

export const TalentKind = registerDomainEnum(domain.TalentKind, "TalentKind");
export const SupportPhase = registerDomainEnum(domain.SupportPhase, "SupportPhase");
export const ProgramKind = registerDomainEnum(domain.ProgramKind, "ProgramKind");
export const InstitutionKind = registerDomainEnum(domain.InstitutionKind, "InstitutionKind");
export const LeadershipModel = registerDomainEnum(domain.LeadershipModel, "LeadershipModel");
export const CorporateCategory = registerDomainEnum(domain.CorporateCategory, "CorporateCategory");
export const AreaSizeClass = registerDomainEnum(domain.AreaSizeClass, "AreaSizeClass");
export const SubsidyFrame = registerDomainEnum(domain.SubsidyFrame, "SubsidyFrame");
export const LinkedLaw = registerDomainEnum(domain.LinkedLaw, "LinkedLaw");
export const MaturityElement = registerDomainEnum(domain.MaturityElement, "MaturityElement");
export const LogoLicenseStatus = registerDomainEnum(domain.LogoLicenseStatus, "LogoLicenseStatus");
export const CountingBasis = registerDomainEnum(domain.CountingBasis, "CountingBasis");
export const RegionalBlock = registerDomainEnum(domain.RegionalBlock, "RegionalBlock");
