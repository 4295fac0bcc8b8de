import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import { formatDateTime, useQuery } from "../../lib/hooks";
import type { LinkedLaw, LogoLicenseStatus, SubsidyFrame } from "../../gql/graphql";
import { ACTION_LABELS, FRAME_LABELS, LAW_LABELS, LICENCE_STATUS_LABELS } from "./labels";
import { AdminNav, useAllOperators } from "./shared";

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
          before
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
  const { data, error, loading } = useQuery(Trails, {});
  const { operators } = useAllOperators();
  const nameOf = (id: string) => operators.find((o) => o.id === id)?.nameJa ?? id;
  const rows: Row[] = data
    ? [
        ...data.adminAuditTrail.edges.map(({ node: n }) => ({
          key: `o-${n.id}`,
          at: n.at,
          action: n.action,
          target: n.operator?.nameJa ?? "—",
          actor: n.actorSubject,
          summary: summarise(n.before, n.after, nameOf),
          requestId: n.requestId,
        })),
        ...data.fundingAuditTrail.edges.map(({ node: n }) => ({
          key: `f-${n.id}`,
          at: n.at,
          action: n.action,
          target: fundingTarget(n.action, n.targetId, n.after, nameOf),
          actor: n.actorSubject ?? "—",
          summary: summarise(null, n.after, nameOf),
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
