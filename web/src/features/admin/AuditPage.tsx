import { useCallback, useEffect, useState } from "react";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { AdminAuditTrailsQuery, LinkedLaw, LogoLicenseStatus, SubsidyFrame } from "../../gql/graphql";
import { request } from "../../lib/client";
import { messageOf } from "../../lib/errors";
import { formatDateTime } from "../../lib/hooks";
import { ACTION_LABELS, FRAME_LABELS, LAW_LABELS, LICENCE_STATUS_LABELS } from "./labels";
import { AdminNav, useAllOperators } from "./shared";

const Trails = graphql(`
  query AdminAuditTrails($first: Int!, $adminAfter: String, $fundingAfter: String, $withAdmin: Boolean!, $withFunding: Boolean!) {
    adminAuditTrail(first: $first, after: $adminAfter) @include(if: $withAdmin) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          actorSubject
          requestId
          at
          before
          after
          operator {
            id
            nameJa
          }
        }
      }
    }
    fundingAuditTrail(first: $first, after: $fundingAfter) @include(if: $withFunding) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          actorSubject
          requestId
          at
          targetId
          after
        }
      }
    }
  }
`);

/** Rows fetched per trail and request (the API allows up to 100). */
export const AUDIT_PAGE_SIZE = 20;

type AdminNode = NonNullable<AdminAuditTrailsQuery["adminAuditTrail"]>["edges"][number]["node"];
type FundingNode = NonNullable<AdminAuditTrailsQuery["fundingAuditTrail"]>["edges"][number]["node"];

/** What has been read of one trail so far: its rows (newest first), where to go on, and how many it holds. */
interface Trail<N> {
  nodes: N[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

const START = { nodes: [], endCursor: null, hasNextPage: true, totalCount: 0 };

function appended<N>(trail: Trail<N>, page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: Array<{ node: N }> } | null | undefined): Trail<N> {
  if (!page) return trail;
  return {
    nodes: [...trail.nodes, ...page.edges.map((e) => e.node)],
    endCursor: page.pageInfo.endCursor ?? trail.endCursor,
    hasNextPage: page.pageInfo.hasNextPage,
    totalCount: page.totalCount,
  };
}

/** The oldest time read of a trail that has more rows: rows older than it may still be missing from that trail. */
function horizon(trail: Trail<{ at: string }>): number | null {
  return trail.hasNextPage && trail.nodes.length > 0 ? Date.parse(trail.nodes[trail.nodes.length - 1]!.at) : null;
}

/**
 * The two trails (organizations' and funding's) read page by page with the API's cursors, shown as one list newest first.
 * A row is shown only once every trail that has more rows has been read down to its time, so a later page never slips a
 * row in above one already shown; 「さらに読み込む」 reads the next page of the trail(s) holding the list back.
 */
function useMergedTrails() {
  const [admin, setAdmin] = useState<Trail<AdminNode>>(START);
  const [funding, setFunding] = useState<Trail<FundingNode>>(START);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const read = useCallback(async (which: { admin: boolean; funding: boolean }, from: { admin: Trail<AdminNode>; funding: Trail<FundingNode> }) => {
    setLoading(true);
    setError(null);
    try {
      const page = await request(Trails, {
        first: AUDIT_PAGE_SIZE,
        adminAfter: from.admin.endCursor,
        fundingAfter: from.funding.endCursor,
        withAdmin: which.admin,
        withFunding: which.funding,
      });
      if (which.admin) setAdmin(appended(from.admin, page.adminAuditTrail));
      if (which.funding) setFunding(appended(from.funding, page.fundingAuditTrail));
      setLoaded(true);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void read({ admin: true, funding: true }, { admin: START, funding: START });
  }, [read]);

  const horizons = [horizon(admin), horizon(funding)].filter((h): h is number => h !== null);
  const cutoff = horizons.length ? Math.max(...horizons) : null;
  const more = () => {
    if (loading) return;
    const holding = (t: Trail<{ at: string }>) => t.hasNextPage && (cutoff === null || horizon(t) === cutoff);
    void read({ admin: holding(admin), funding: holding(funding) }, { admin, funding });
  };
  return { admin, funding, cutoff, loading, error, loaded, more, hasMore: admin.hasNextPage || funding.hasNextPage };
}

interface Row {
  key: string;
  at: string;
  action: string;
  target: string;
  actor: string;
  summary: string;
  requestId: string;
}

/** A short Japanese summary of the change, from the record before and after it. */
function summarise(before: string | null | undefined, after: string | null | undefined, nameOf: (id: string) => string): string {
  const parse = (json: string | null | undefined) => {
    try {
      return json ? (JSON.parse(json) as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  const a = parse(after);
  if (!a) return "—";
  const b = parse(before);
  const parts: string[] = [];
  const status = (v: unknown) => (typeof v === "string" && v in LICENCE_STATUS_LABELS ? LICENCE_STATUS_LABELS[v as LogoLicenseStatus] : "なし");
  if (typeof a.status === "string") parts.push(`状態 ${status(b?.status)} → ${status(a.status)}`);
  if (typeof a.frame === "string" && a.frame in FRAME_LABELS) parts.push(`${FRAME_LABELS[a.frame as SubsidyFrame]}`);
  if (Array.isArray(a.memberOperatorIds)) parts.push(`構成員 ${a.memberOperatorIds.map((id, i) => `(${i + 1}) ${nameOf(String(id))}`).join("、")}`);
  if (typeof a.law === "string" && a.law in LAW_LABELS) parts.push(`${LAW_LABELS[a.law as LinkedLaw]}`);
  if (typeof a.reason === "string") parts.push(`理由「${a.reason}」`);
  return parts.join(" / ") || "—";
}

/** An adoption by its id; a certification by the operator holding it. */
function fundingTarget(action: string, targetId: string | null | undefined, after: string | null | undefined, nameOf: (id: string) => string): string {
  if (action === "recordLinkedLawCertification" && after) {
    try {
      const a = JSON.parse(after) as { operatorId?: unknown };
      if (typeof a.operatorId === "string") return nameOf(a.operatorId);
    } catch {
      // fall through to the id
    }
  }
  return targetId ?? "—";
}

export function AdminAuditPage() {
  const { admin, funding, cutoff, loading, error, loaded, more, hasMore } = useMergedTrails();
  const { operators } = useAllOperators();
  const nameOf = (id: string) => operators.find((o) => o.id === id)?.nameJa ?? id;
  const all: Row[] = [
    ...admin.nodes.map((n) => ({
      key: `o-${n.id}`,
      at: n.at,
      action: n.action,
      target: n.operator?.nameJa ?? "—",
      actor: n.actorSubject,
      summary: summarise(n.before, n.after, nameOf),
      requestId: n.requestId,
    })),
    ...funding.nodes.map((n) => ({
      key: `f-${n.id}`,
      at: n.at,
      action: n.action,
      target: fundingTarget(n.action, n.targetId, n.after, nameOf),
      actor: n.actorSubject ?? "—",
      summary: summarise(null, n.after, nameOf),
      requestId: n.requestId,
    })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const rows = cutoff === null ? all : all.filter((r) => Date.parse(r.at) >= cutoff);
  const total = admin.totalCount + funding.totalCount;
  return (
    <Page title="変更の記録" lead="管理者が行った変更（採択・法制度の認定・ロゴマーク利用）を、新しい順に表示します。記録は書き換えられません。">
      <AdminNav />
      <ErrorMessage message={error ? `変更の記録を読み込めませんでした。${error}` : null} />
      <Loading show={loading && !loaded} />
      {loaded ? (
        rows.length === 0 ? (
          <p>まだ変更はありません。</p>
        ) : (
          <>
            <p className="hint" role="status" data-testid="audit-count">
              全{total.toLocaleString("ja-JP")}件のうち、新しい順に{rows.length.toLocaleString("ja-JP")}件を表示しています。
            </p>
            <div className="table-wrap">
              <table className="stack audit-trail" data-testid="audit-table">
                <caption className="visually-hidden">変更の記録（新しい順）</caption>
                <thead>
                  <tr>
                    <th scope="col">日時</th>
                    <th scope="col">操作</th>
                    <th scope="col">対象</th>
                    <th scope="col">変更後</th>
                    <th scope="col">実施者</th>
                    <th scope="col">要求ID</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key} data-action={r.action}>
                      <th scope="row">{formatDateTime(r.at)}</th>
                      <td data-label="操作">{ACTION_LABELS[r.action] ?? r.action}</td>
                      <td data-label="対象">{r.target}</td>
                      <td data-label="変更後">{r.summary}</td>
                      <td data-label="実施者">{r.actor}</td>
                      <td data-label="要求ID" className="mono">
                        {r.requestId}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {hasMore ? (
              <div className="actions">
                <button type="button" className="button secondary" onClick={more} disabled={loading} aria-describedby="audit-more-hint">
                  {loading ? "読み込み中…" : "さらに読み込む"}
                </button>
                <span className="hint" id="audit-more-hint">
                  次の{AUDIT_PAGE_SIZE}件ずつ、古い記録を下に追加します。
                </span>
              </div>
            ) : (
              <p className="hint" data-testid="audit-end">
                これより古い記録はありません。
              </p>
            )}
          </>
        )
      ) : null}
    </Page>
  );
}
