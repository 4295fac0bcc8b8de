import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import { formatDateTime, useQuery } from "../../lib/hooks";
import { ACTION_LABELS } from "./labels";
import { AdminNav } from "./shared";

const Trails = graphql(`
  query AdminAuditTrails {
    adminAuditTrail(first: 100) {
      totalCount
      edges {
        node {
          id
          action
          actorSubject
          requestId
          at
          after
          operator {
            id
            nameJa
          }
        }
      }
    }
    fundingAuditTrail(first: 100) {
      totalCount
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

interface Row {
  key: string;
  at: string;
  action: string;
  target: string;
  actor: string;
  summary: string;
  requestId: string;
}

/** A short Japanese summary of the record after the change. */
function summarise(after: string | null | undefined): string {
  if (!after) return "—";
  try {
    const a = JSON.parse(after) as Record<string, unknown>;
    const parts: string[] = [];
    if (typeof a.status === "string") parts.push(`状態 ${a.status}`);
    if (Array.isArray(a.memberOperatorIds)) parts.push(`構成員 ${a.memberOperatorIds.join("、")}`);
    if (typeof a.law === "string") parts.push(`法律 ${a.law}`);
    if (typeof a.reason === "string") parts.push(`理由 ${a.reason}`);
    return parts.join(" / ") || "—";
  } catch {
    return "—";
  }
}

export function AdminAuditPage() {
  const { data, error, loading } = useQuery(Trails, {});
  const rows: Row[] = data
    ? [
        ...data.adminAuditTrail.edges.map(({ node: n }) => ({
          key: `o-${n.id}`,
          at: n.at,
          action: n.action,
          target: n.operator?.nameJa ?? "—",
          actor: n.actorSubject,
          summary: summarise(n.after),
          requestId: n.requestId,
        })),
        ...data.fundingAuditTrail.edges.map(({ node: n }) => ({
          key: `f-${n.id}`,
          at: n.at,
          action: n.action,
          target: n.targetId ?? "—",
          actor: n.actorSubject ?? "—",
          summary: summarise(n.after),
          requestId: n.requestId,
        })),
      ].sort((a, b) => b.at.localeCompare(a.at))
    : [];
  return (
    <Page title="変更の記録" lead="管理者が行った変更（採択・法制度の認定・ロゴマーク利用）を、新しい順にすべて表示します。記録は書き換えられません。">
      <AdminNav />
      <ErrorMessage message={error} />
      <Loading show={loading && !data} />
      {data ? (
        rows.length === 0 ? (
          <p>まだ変更はありません。</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="audit-table">
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
                    <td>{ACTION_LABELS[r.action] ?? r.action}</td>
                    <td>{r.target}</td>
                    <td>{r.summary}</td>
                    <td>{r.actor}</td>
                    <td className="mono">{r.requestId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </Page>
  );
}
