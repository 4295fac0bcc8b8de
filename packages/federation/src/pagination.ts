import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { pageArray, pageQuery, pageQueryBuilder, type ListQuery, type Page, type PageWindow, type Queryable } from "@jinjibu/db";
import { badUserInput } from "./errors";

export type { PageWindow };

/** The largest page any connection returns. Documented on every `first` argument. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (an `endCursor` from a previous page)." })
  after?: string | null;
}

// Every subgraph declares PageInfo; Federation 2 needs value types shared across subgraphs marked @shareable.
@Directive("@shareable")
@ObjectType({ description: "Where a page sits in its list (Relay cursor connections)." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item on this page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item on this page: pass it as `after` for the next page." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` object types for `nodeType`. Call once per node type, at module level.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string, nodeDescription: string) {
  @ObjectType(`${name}Edge`, { description: `One ${nodeDescription} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: "Opaque position of this item in the list." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${nodeDescription}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${nodeDescription} items, with the total count.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The items on this page, in order." })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items the whole list holds, across all pages." })
    totalCount!: number;
  }

  return ConnectionType as ClassType<ConnectionShape<T>>;
}

const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`, "utf8").toString("base64url");

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw badUserInput(
      "`after` is not a cursor this list issued: pass an `endCursor` from a previous page.",
      "`after` にはこの一覧が返したカーソル (前のページの `endCursor`) を指定してください。",
    );
  return Number(match[1]);
}

/** Validates `first`/`after` and turns them into an offset and limit. */
export function pageWindow(args: ConnectionArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`, `\`first\` は1から${MAX_PAGE_SIZE}までの整数で指定してください (指定値: ${first})。`);
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

/** Builds a connection from one page of rows (already windowed) and the total. */
export function toConnection<T>(rows: readonly T[], totalCount: number, window: PageWindow): ConnectionShape<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + rows.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Builds a connection from a page that `@jinjibu/db`'s paging helper returned. */
export const pageToConnection = <T>(page: Page<T>, window: PageWindow): ConnectionShape<T> => toConnection(page.rows, page.total, window);

/** Pages an in-memory list (already filtered and ordered). */
export function paginate<T>(items: readonly T[], args: ConnectionArgs): ConnectionShape<T> {
  const window = pageWindow(args);
  return pageToConnection(pageArray(items, window), window);
}

/**
 * A connection over a SQL list query: the page and its total in one statement (see `pageQuery`), each row turned into a
 * node by `toNode` (which may be async, e.g. to load visibility-checked entities through a loader).
 */
export async function sqlConnection<Row extends object, T = Row>(
  db: Queryable,
  args: ConnectionArgs,
  query: ListQuery,
  toNode: (rows: Row[]) => T[] | Promise<T[]> = (rows) => rows as unknown as T[],
): Promise<ConnectionShape<T>> {
  const window = pageWindow(args);
  const page = await pageQuery<Row>(db, query, window);
  return toConnection(await toNode(page.rows), page.total, window);
}

/** A connection over an ordered TypeORM query builder. */
export async function queryBuilderConnection<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, args: ConnectionArgs): Promise<ConnectionShape<T>> {
  const window = pageWindow(args);
  return pageToConnection(await pageQueryBuilder(qb, window), window);
}
