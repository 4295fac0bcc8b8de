/**
 * Operation names that get their own label value in the metrics: those of the hub's own clients (the directory page,
 * the coordinators' workspace, the import CLI, the soak benchmark). Any other name is counted as "other" and an
 * unnamed operation as "anonymous", so a client cannot grow the number of series by inventing names.
 * `operations.test.ts` fails when a client document names an operation missing here.
 */
export const KNOWN_OPERATIONS: ReadonlySet<string> = new Set([
  // gateway/public (the national directory page)
  "Directory",
  "OperatorPage",
  // web/ (the coordinators' workspace)
  "KnowhowBrowse",
  "KnowhowCase",
  "KnowhowCreateCase",
  "KnowhowEditSource",
  "KnowhowLikeMine",
  "KnowhowMyCases",
  "KnowhowProgram",
  "KnowhowPublish",
  "KnowhowSearch",
  "KnowhowUpdateCase",
  // web/ (administrator console, self-assessment, demand side, sign-in)
  "AdminAdoptionBlocks",
  "AdminAdoptions",
  "AdminAuditTrails",
  "AdminCapReasons",
  "AdminCertifications",
  "AdminEligibility",
  "AdminEligibilityFrames",
  "AdminFigures",
  "AdminGrantLicence",
  "AdminLicence",
  "AdminOperators",
  "AdminRecordAdoption",
  "AdminRecordCertification",
  "AdminRevokeLicence",
  "AdminSchemes",
  "AdminSelfAssessmentDistribution",
  "AdminSuspendLicence",
  "DemandAdvanceMatching",
  "DemandBoard",
  "DemandCloseMatching",
  "DemandCompanies",
  "DemandCompany",
  "DemandConcludeMatching",
  "DemandCreateCompany",
  "DemandCreateNeed",
  "DemandImportCompanies",
  "DemandMatching",
  "DemandNeed",
  "DemandNeedForEdit",
  "DemandNeedFormCompany",
  "DemandNeedsForTalent",
  "DemandOutcomeOperators",
  "DemandOutcomes",
  "DemandOutcomesByBlock",
  "DemandProposeMatching",
  "DemandRequestIntroduction",
  "DemandSetNeedStatus",
  "DemandUpdateNeed",
  "ImportRegionalCompanies",
  "RecordSelfAssessment",
  "SelfAssessmentPage",
  "WorkspaceCancelTalentImport",
  "WorkspaceCommitTalentImport",
  "WorkspaceCreateTalentImport",
  "WorkspacePoolExportPage",
  "WorkspaceProvisionExportPage",
  "WorkspaceStageTalentImportRows",
  "WorkspaceTalentImportProblems",
  "WorkspaceAcceptIntroduction",
  "WorkspaceDeclineIntroduction",
  "WorkspaceDeletePerson",
  "WorkspaceDevOperators",
  "WorkspaceGrantConsent",
  "WorkspaceIntroduction",
  "WorkspaceIntroductionContact",
  "WorkspaceIntroductions",
  "WorkspaceOperatorName",
  "WorkspacePerson",
  "WorkspacePool",
  "WorkspaceRecords",
  "WorkspaceRegisterPerson",
  "WorkspaceRequestIntroduction",
  "WorkspaceRevokeConsent",
  "WorkspaceSearch",
  "WorkspaceUpdatePerson",
  "WorkspaceWithdrawIntroduction",
  // packages/talent-import (npm run import:talent / export:talent)
  "CancelTalentImport",
  "CommitTalentImport",
  "CreateTalentImport",
  "StageTalentImportRows",
  "PoolExportPage",
  "ProvisionExportPage",
  "Search",
  "TalentImportProblems",
  // test/bench/soak.ts
  "SoakDirectory",
  "SoakOperator",
  "SoakPool",
  "SoakRegister",
]);

/** The label value for a client's operation name: the name when known, "anonymous" when unnamed, else "other". */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  return KNOWN_OPERATIONS.has(name) ? name : "other";
}

/**
 * The label value for an operation the gateway sent a subgraph. The query planner names them
 * `<client operation>__<subgraph>__<n>`; the client's part is mapped like `operationLabel`.
 */
export function subgraphOperationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  const client = /^(.+?)__[a-z_]+__\d+$/.exec(name)?.[1] ?? name;
  return operationLabel(client);
}
