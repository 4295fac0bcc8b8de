/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type WorkspaceOperatorNameQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceOperatorNameQuery = { operator: { id: string, nameJa: string } | null };

export type WorkspaceDevOperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceDevOperatorsQuery = { operators: { edges: Array<{ node: { id: string, nameJa: string, prefecture: { nameJa: string } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const WorkspaceOperatorNameDocument = new TypedDocumentString(`
    query WorkspaceOperatorName($id: ID!) {
  operator(id: $id) {
    id
    nameJa
  }
}
    `) as unknown as TypedDocumentString<WorkspaceOperatorNameQuery, WorkspaceOperatorNameQueryVariables>;
export const WorkspaceDevOperatorsDocument = new TypedDocumentString(`
    query WorkspaceDevOperators {
  operators(first: 100) {
    edges {
      node {
        id
        nameJa
        prefecture {
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceDevOperatorsQuery, WorkspaceDevOperatorsQueryVariables>;