import type { ExportableProfile, ExportableProvisionRecord, RowProblem, TalentImportDocuments, TalentImportProgress } from "@jinjibu/talent-import";
import { graphql } from "../../gql";
import type {
  WorkspaceCommitTalentImportMutation,
  WorkspaceCreateTalentImportMutation,
  WorkspacePoolExportPageQuery,
  WorkspaceProvisionExportPageQuery,
  WorkspaceStageTalentImportRowsMutation,
  WorkspaceTalentImportProblemsQuery,
} from "../../gql/graphql";

// The import screen's operations as typed documents generated from the checked-in supergraph (`npm run codegen -w
// @jinjibu/web`), so CI fails when the schema and the screen part ways. @jinjibu/talent-import runs the session with them.

const CreateImport = graphql(`
  mutation WorkspaceCreateTalentImport($input: CreateTalentImportInput!) {
    createTalentImport(input: $input) {
      id
      status
      mode
      stagedRows
      validRows
      invalidRows
      processedRows
      created
      updated
      unchanged
      refused
      done
    }
  }
`);

const StageRows = graphql(`
  mutation WorkspaceStageTalentImportRows($id: ID!, $rows: [TalentImportRowInput!]!) {
    stageTalentImportRows(importId: $id, rows: $rows) {
      id
      status
      mode
      stagedRows
      validRows
      invalidRows
      processedRows
      created
      updated
      unchanged
      refused
      done
    }
  }
`);

const CommitImport = graphql(`
  mutation WorkspaceCommitTalentImport($id: ID!, $mode: TalentImportMode!, $expectedRows: Int!, $maxRows: Int) {
    commitTalentImport(importId: $id, mode: $mode, expectedRows: $expectedRows, maxRows: $maxRows) {
      id
      status
      mode
      stagedRows
      validRows
      invalidRows
      processedRows
      created
      updated
      unchanged
      refused
      done
    }
  }
`);

const CancelImport = graphql(`
  mutation WorkspaceCancelTalentImport($id: ID!) {
    cancelTalentImport(importId: $id)
  }
`);

const ImportProblems = graphql(`
  query WorkspaceTalentImportProblems($id: ID!, $first: Int, $after: String) {
    talentImport(id: $id) {
      problems(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            row
            column
            message
          }
        }
      }
    }
  }
`);

/** The pool, 100 people per request, for the export. */
export const PoolExportPage = graphql(`
  query WorkspacePoolExportPage($after: String) {
    myTalentProfiles(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          personNumber
          displayName
          kinds
          skills
          yearsOfExperience
          availability
          preferredWorkStyles
          interestInRegion
          homePrefectureCode
          registeredAt
          contact {
            email
            phone
          }
          consents {
            scope
            purposes
            method
            obtainedAt
            expiresAt
            active
          }
        }
      }
    }
  }
`);

/** The provision records, 100 per request, for the export. */
export const ProvisionExportPage = graphql(`
  query WorkspaceProvisionExportPage($after: String) {
    provisionRecords(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          talentRef
          items
          consentId
          consentScope
          consentObtainedAt
          consentMethod
          purpose
          introductionId
          providedAt
          retainUntil
          providerOperator {
            id
            nameJa
          }
          recipientOperator {
            id
            nameJa
          }
        }
      }
    }
  }
`);

export const IMPORT_DOCUMENTS: TalentImportDocuments = {
  createImport: CreateImport,
  stageRows: StageRows,
  commitImport: CommitImport,
  cancelImport: CancelImport,
  importProblems: ImportProblems,
};

// Compile-time checks: what the documents select is what @jinjibu/talent-import reads.
type Fits<T extends U, U> = T;
export type DocumentChecks = [
  Fits<WorkspaceCreateTalentImportMutation["createTalentImport"], TalentImportProgress>,
  Fits<WorkspaceStageTalentImportRowsMutation["stageTalentImportRows"], TalentImportProgress>,
  Fits<WorkspaceCommitTalentImportMutation["commitTalentImport"], TalentImportProgress>,
  Fits<NonNullable<WorkspaceTalentImportProblemsQuery["talentImport"]>["problems"]["edges"][number]["node"], RowProblem>,
  Fits<WorkspacePoolExportPageQuery["myTalentProfiles"]["edges"][number]["node"], ExportableProfile>,
  Fits<WorkspaceProvisionExportPageQuery["provisionRecords"]["edges"][number]["node"], ExportableProvisionRecord>,
];
