import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { TextField } from "../components/Field";
import { ErrorMessage, Loading, Page } from "../components/Layout";
import { SCOPE_CHOICES } from "../components/ConsentSection";
import { graphql } from "../gql";
import type { WorkspaceRecordsQuery } from "../gql/graphql";
import { request } from "../lib/client";
import { messageOf } from "../lib/errors";
import { formatDate, formatDateTime, useQuery, useSession } from "../lib/hooks";
import { CONSENT_METHODS, labelOf, PURPOSES } from "../lib/labels";

const PAGE_SIZE = 50;

const RecordsQuery = graphql(`
  query WorkspaceRecords($filter: RecordsFilter, $first: Int, $after: String, $audit: Boolean!, $personId: ID!, $withPerson: Boolean!) {
    searchAuditTrail(filter: $filter, first: $first, after: $after) @include(if: $audit) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          actorSubject
          actorRole
          actorOperator {
            id
            nameJa
          }
          subjectOperator {
            id
            nameJa
          }
          subjectTalentId
          fields
          purpose
        }
      }
    }
    searchProvisionRecords(filter: $filter, first: $first, after: $after) @skip(if: $audit) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          providedAt
          items
          talentRef
          purpose
          consentScope
          consentMethod
          consentObtainedAt
          retainUntil
          introductionId
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
    talentProfile(id: $personId) @include(if: $withPerson) {
      id
      displayName
    }
  }
`);

const ACTIONS: Record<string, string> = { CARD_VIEW: "検索カードの表示", CONTACT_VIEW: "連絡先の閲覧" };
const ITEMS: Record<string, string> = {
  displayName: "氏名",
  email: "メールアドレス",
  phone: "電話番号",
  kinds: "人材の種類",
  skills: "スキル",
  availability: "働き方",
  homePrefectureCode: "都道府県",
  yearsOfExperience: "経験年数",
  interestInRegion: "地域への関心",
  ownerOperator: "登録元の事業者",
  preferredWorkStyles: "希望する勤務形態",
};
const items = (list: readonly string[]) => list.map((i) => ITEMS[i] ?? i).join("、");

/** Excel reads UTF-8 with a BOM; every field is quoted, and cells that would start a formula are defused. */
function csv(rows: string[][]): Blob {
  const cell = (v: string) => `"${(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
  return new Blob(["\uFEFF", rows.map((r) => r.map(cell).join(",")).join("\r\n"), "\r\n"], { type: "text/csv;charset=utf-8" });
}

export function RecordsPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const audit = params.get("tab") !== "provision";
  const person = params.get("person") ?? "";
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const after = params.get("after");
  const [draft, setDraft] = useState({ from, to });
  const [exporting, setExporting] = useState<string | null>(null);
  const filter = { ...(person ? { talentId: person } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const withPerson = Boolean(person) && session?.role === "COORDINATOR";
  const variables = { filter, first: PAGE_SIZE, after, audit, personId: person || "-", withPerson };
  const { data, error, loading } = useQuery(RecordsQuery, variables);
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete("after");
    setParams(next);
  };
  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    set({ from: draft.from, to: draft.to });
  };
  const onExport = async () => {
    setExporting("書き出しています…");
    try {
      const rows: string[][] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 200; page += 1) {
        const result: WorkspaceRecordsQuery = await request(RecordsQuery, { ...variables, first: 100, after: cursor });
        if (audit && result.searchAuditTrail) {
          if (page === 0) rows.push(["日時", "種類", "閲覧した事業者", "担当者", "人材の登録元", "人材ID", "表示した項目", "目的"]);
          for (const { node } of result.searchAuditTrail.edges) {
            rows.push([formatDateTime(node.at), ACTIONS[node.action] ?? node.action, node.actorOperator.nameJa, node.actorSubject ?? "", node.subjectOperator.nameJa, node.subjectTalentId ?? "", items(node.fields), labelOf(PURPOSES, node.purpose)]);
          }
          cursor = result.searchAuditTrail.pageInfo.hasNextPage ? result.searchAuditTrail.pageInfo.endCursor ?? null : null;
        } else if (result.searchProvisionRecords) {
          if (page === 0) rows.push(["提供日時", "提供元", "提供先", "人材ID", "提供した項目", "目的", "同意の範囲", "同意の取得方法", "同意の取得日時", "保存期限"]);
          for (const { node } of result.searchProvisionRecords.edges) {
            rows.push([formatDateTime(node.providedAt), node.providerOperator.nameJa, node.recipientOperator.nameJa, node.talentRef ?? "", items(node.items), labelOf(PURPOSES, node.purpose), SCOPE_CHOICES.find((s) => s[0] === node.consentScope)?.[1] ?? "", labelOf(CONSENT_METHODS, node.consentMethod), formatDateTime(node.consentObtainedAt), formatDate(node.retainUntil)]);
          }
          cursor = result.searchProvisionRecords.pageInfo.hasNextPage ? result.searchProvisionRecords.pageInfo.endCursor ?? null : null;
        }
        if (!cursor) break;
      }
      const url = URL.createObjectURL(csv(rows));
      const a = document.createElement("a");
      a.href = url;
      a.download = `${audit ? "アクセス記録" : "提供記録"}${from ? `_${from}` : ""}${to ? `_${to}` : ""}.csv`;
      a.click();
      URL.revokeObjectURL(url);
      setExporting(`${rows.length - 1}件を書き出しました。`);
    } catch (e) {
      setExporting(messageOf(e));
    }
  };

  const list = audit ? data?.searchAuditTrail : data?.searchProvisionRecords;
  return (
    <Page
      title="記録"
      lead={
        session?.role === "NATIONAL_ADMIN"
          ? "全国のアクセス記録と提供記録です。"
          : "自事業者が見た人材、自事業者の人材を見た事業者（アクセス記録）と、紹介の承諾で提供した・受けた個人データ（提供記録）です。"
      }
    >
      <div className="tabs" role="tablist" aria-label="記録の種類">
        <button type="button" role="tab" aria-selected={audit} aria-controls="records-panel" onClick={() => set({ tab: "" })}>
          アクセス記録
        </button>
        <button type="button" role="tab" aria-selected={!audit} aria-controls="records-panel" onClick={() => set({ tab: "provision" })}>
          提供記録
        </button>
      </div>
      <div id="records-panel" role="tabpanel">
        <form className="toolbar" onSubmit={onFilter} aria-label="記録の絞り込み">
          <TextField id="r-from" label="開始日" type="date" value={draft.from} onChange={(v) => setDraft({ ...draft, from: v })} />
          <TextField id="r-to" label="終了日" type="date" value={draft.to} onChange={(v) => setDraft({ ...draft, to: v })} />
          <div className="field">
            <button type="submit" className="button">
              絞り込む
            </button>
          </div>
          <div className="field">
            <button type="button" className="button secondary" onClick={() => void onExport()}>
              CSVで書き出す
            </button>
          </div>
        </form>
        {person ? (
          <p className="notice" data-testid="person-filter">
            人材で絞り込み中: {data?.talentProfile?.displayName ?? (session?.role === "COORDINATOR" ? "（削除済みの人材）" : person)}{" "}
            <button type="button" className="button secondary small" onClick={() => set({ person: "" })}>
              解除
            </button>
          </p>
        ) : null}
        {exporting ? <p role="status">{exporting}</p> : null}
        <ErrorMessage message={error} />
        <Loading show={loading && !data} />
        {list ? (
          <>
            <p role="status" data-testid="records-count">
              {list.totalCount}件
            </p>
            {list.totalCount === 0 ? <p>条件に合う記録はありません。</p> : null}
            {data?.searchAuditTrail && audit && list.totalCount > 0 ? (
              <div className="table-wrap">
                <table className="stack" data-testid="audit-table">
                  <thead>
                    <tr>
                      <th scope="col">日時</th>
                      <th scope="col">種類</th>
                      <th scope="col">閲覧した事業者</th>
                      <th scope="col">人材の登録元</th>
                      <th scope="col">表示した項目</th>
                      <th scope="col">目的</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.searchAuditTrail.edges.map(({ node }) => (
                      <tr key={node.id}>
                        <td data-label="日時" className="nowrap">{formatDateTime(node.at)}</td>
                        <td data-label="種類">{ACTIONS[node.action] ?? node.action}</td>
                        <td data-label="閲覧した事業者">{node.actorOperator.nameJa}</td>
                        <td data-label="人材の登録元">
                          {node.subjectOperator.nameJa}
                          {node.subjectTalentId && session?.role === "COORDINATOR" ? (
                            <>
                              <br />
                              <Link to={`/pool/${encodeURIComponent(node.subjectTalentId)}`}>人材を開く</Link>
                            </>
                          ) : null}
                        </td>
                        <td data-label="表示した項目">{items(node.fields)}</td>
                        <td data-label="目的">{labelOf(PURPOSES, node.purpose) || "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {data?.searchProvisionRecords && !audit && list.totalCount > 0 ? (
              <div className="table-wrap">
                <table className="stack" data-testid="provision-table">
                  <thead>
                    <tr>
                      <th scope="col">提供日時</th>
                      <th scope="col">提供元 → 提供先</th>
                      <th scope="col">提供した項目</th>
                      <th scope="col">目的</th>
                      <th scope="col">根拠とした同意</th>
                      <th scope="col">保存期限</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.searchProvisionRecords.edges.map(({ node }) => (
                      <tr key={node.id}>
                        <td data-label="提供日時" className="nowrap">
                          <Link to={`/introductions/${node.introductionId}`}>{formatDateTime(node.providedAt)}</Link>
                        </td>
                        <td data-label="提供元 → 提供先">
                          {node.providerOperator.nameJa} → {node.recipientOperator.nameJa}
                        </td>
                        <td data-label="提供した項目">{items(node.items)}</td>
                        <td data-label="目的">{labelOf(PURPOSES, node.purpose)}</td>
                        <td data-label="根拠とした同意">
                          {SCOPE_CHOICES.find((s) => s[0] === node.consentScope)?.[1]}・{labelOf(CONSENT_METHODS, node.consentMethod)}（{formatDate(node.consentObtainedAt)}）
                        </td>
                        <td data-label="保存期限">{formatDate(node.retainUntil)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {after || list.pageInfo.hasNextPage ? <nav className="pager" aria-label="ページ送り">
              {after ? (
                <button type="button" className="button secondary small" onClick={() => set({})}>
                  最初のページ
                </button>
              ) : null}
              <button
                type="button"
                className="button secondary small"
                disabled={!list.pageInfo.hasNextPage}
                onClick={() => {
                  const next = new URLSearchParams(params);
                  next.set("after", list.pageInfo.endCursor ?? "");
                  setParams(next);
                }}
              >
                次のページ
              </button>
            </nav> : null}
          </>
        ) : null}
      </div>
    </Page>
  );
}
