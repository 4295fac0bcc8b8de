import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import { labelOf, REGIONAL_BLOCKS, TALENT_KINDS } from "../../lib/labels";
import { useQuery, useSession } from "../../lib/hooks";
import { Highlight } from "./shared";
import { AREA_SIZES, ELEMENTS, KNOWHOW_KINDS, LEADERSHIP_MODELS, MATCHED_IN, ORG_CLASSES, PHASES, PROGRAM_KINDS } from "./labels";
import { KnowhowNav } from "./KnowhowNav";

const PAGE_SIZE = 20;

const SearchQuery = graphql(`
  query KnowhowSearch(
    $query: String!
    $first: Int
    $after: String
    $kind: KnowHowKind
    $areaSizeClass: AreaSizeClass
    $orgClass: CorporateCategory
    $leadershipModel: LeadershipModel
    $element: MaturityElement
    $phase: SupportPhase
    $programKind: ProgramKind
    $targetTalentKind: TalentKind
    $regionalBlock: RegionalBlock
    $fiscalYear: Int
  ) {
    searchKnowHow(
      query: $query
      first: $first
      after: $after
      kind: $kind
      areaSizeClass: $areaSizeClass
      orgClass: $orgClass
      leadershipModel: $leadershipModel
      element: $element
      phase: $phase
      programKind: $programKind
      targetTalentKind: $targetTalentKind
      regionalBlock: $regionalBlock
      fiscalYear: $fiscalYear
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          kind
          matchedIn
          snippet
          node {
            ... on CaseStudy {
              id
              titleJa
              place
              status
              visibility
              operator {
                id
                nameJa
              }
            }
            ... on Program {
              id
              nameJa
              kindLabelJa
              place
              visibility
            }
          }
        }
      }
    }
  }
`);

const BrowseQuery = graphql(`
  query KnowhowBrowse {
    caseStudies(first: 100) {
      totalCount
      edges {
        node {
          id
          titleJa
          summaryJa
          place
          status
          visibility
          leadershipModelLabelJa
          operator {
            id
            nameJa
          }
        }
      }
    }
  }
`);

type FilterKey =
  | "kind"
  | "areaSizeClass"
  | "orgClass"
  | "leadershipModel"
  | "element"
  | "phase"
  | "programKind"
  | "targetTalentKind"
  | "regionalBlock"
  | "fiscalYear";

const FILTERS: Array<[FilterKey, string, ReadonlyArray<readonly [string, string]>]> = [
  ["kind", "種類", KNOWHOW_KINDS],
  ["areaSizeClass", "地域の規模", AREA_SIZES],
  ["orgClass", "法人格", ORG_CLASSES],
  ["leadershipModel", "主導組織のパターン", LEADERSHIP_MODELS],
  ["element", "活動要素（事例のみ）", ELEMENTS],
  ["phase", "支援の段階", PHASES],
  ["programKind", "事業の種類", PROGRAM_KINDS],
  ["targetTalentKind", "対象の人材", TALENT_KINDS],
  ["regionalBlock", "地域ブロック", REGIONAL_BLOCKS],
  ["fiscalYear", "年度", Array.from({ length: 16 }, (_, i) => [String(2015 + i), `${2015 + i}年度`] as const)],
];

export const VISIBILITY_BADGE: Record<string, string> = { PUBLIC: "公開", NETWORK: "ハブ内", PRIVATE: "非公開" };

export function KnowhowSearchPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const after = params.get("after");
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries([["q", q], ...FILTERS.map(([k]) => [k, params.get(k) ?? ""])]));
  const filters = Object.fromEntries(
    FILTERS.map(([k]) => [k, params.get(k) || null]).map(([k, v]) => [k, k === "fiscalYear" && v ? Number(v) : v]),
  ) as Record<FilterKey, string | number | null>;
  const variables = { query: q, first: PAGE_SIZE, after, ...filters } as Parameters<typeof useQuery<unknown, unknown>>[1];
  const search = useQuery(SearchQuery, variables as never, { skip: !q.trim() });
  const browse = useQuery(BrowseQuery, {}, { skip: Boolean(q.trim()) });
  const words = q.split(/\s+/).filter(Boolean);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(draft)) if (v.trim()) next.set(k, v.trim());
    setParams(next);
  };
  const active = FILTERS.filter(([k]) => params.get(k));
  const hits = search.data?.searchKnowHow;
  return (
    <Page
      title="ノウハウ検索"
      lead="各地の地域の人事部の事例と事業を、言葉と条件で探せます。2文字の言葉（副業、研修、定着など）でも探せます。"
    >
      <KnowhowNav />
      <form className="panel" onSubmit={onSubmit} role="search" aria-label="事例と事業の検索">
        <div className="field">
          <label htmlFor="kh-q">検索語（スペースで区切ると、すべてを含むものを探します）</label>
          <input id="kh-q" type="search" value={draft.q ?? ""} maxLength={200} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </div>
        <details open={active.length > 0}>
          <summary>条件で絞り込む{active.length ? `（${active.length}件の条件）` : ""}</summary>
          <div className="toolbar">
            {FILTERS.map(([key, label, options]) => (
              <div className="field" key={key}>
                <label htmlFor={`kh-${key}`}>{label}</label>
                <select id={`kh-${key}`} value={draft[key] ?? ""} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}>
                  <option value="">指定しない</option>
                  {options.map(([value, text]) => (
                    <option key={value} value={value}>
                      {text}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </details>
        <div className="actions">
          <button type="submit" className="button">
            検索する
          </button>
        </div>
      </form>
      {active.length ? (
        <p className="facets" data-testid="active-filters">
          {active.map(([k, label, options]) => (
            <span key={k}>
              {label}: {labelOf(options as never, params.get(k))}
            </span>
          ))}
        </p>
      ) : null}
      <ErrorMessage message={q.trim() ? search.error : browse.error} />
      <Loading show={(search.loading && !search.data) || (browse.loading && !browse.data)} />
      {q.trim() && hits ? (
        <section aria-labelledby="hits-h">
          <h2 id="hits-h">「{q}」の検索結果</h2>
          <p role="status" data-testid="hit-count">
            {hits.totalCount}件（タイトル、概要、本文の順に一致したものを先に表示）
          </p>
          {hits.totalCount === 0 ? <p>条件に合う事例・事業はありません。言葉を減らすか、条件を外してください。</p> : null}
          <ol className="hits" data-testid="hits">
            {hits.edges.map(({ node: hit }) => {
              const n = hit.node;
              const isCase = "titleJa" in n;
              const title = "titleJa" in n ? n.titleJa : "nameJa" in n ? n.nameJa : "";
              const href = isCase ? `/knowhow/cases/${encodeURIComponent(n.id)}` : `/knowhow/programs/${encodeURIComponent(n.id)}`;
              return (
                <li key={`${hit.kind}-${n.id}`} className="hit" data-kind={hit.kind} data-matched={hit.matchedIn}>
                  <p className="meta">
                    <span className="badge">{labelOf(KNOWHOW_KINDS, hit.kind)}</span>
                    <span className="badge none">{labelOf(MATCHED_IN, hit.matchedIn)}に一致</span>
                    {"visibility" in n && n.visibility ? <span className="badge none">{VISIBILITY_BADGE[n.visibility]}</span> : null}
                  </p>
                  <h3 className="hit-title">
                    <Link to={href}>
                      <Highlight text={title} words={words} />
                    </Link>
                  </h3>
                  <p className="snippet" data-testid="snippet">
                    <Highlight text={hit.snippet} words={words} />
                  </p>
                  <p className="meta">
                    {"operator" in n && n.operator ? n.operator.nameJa : "kindLabelJa" in n ? n.kindLabelJa : ""}
                    {n.place ? `・${n.place}` : ""}
                  </p>
                </li>
              );
            })}
          </ol>
          <nav className="pager" aria-label="ページ送り">
            {after ? (
              <button type="button" className="button secondary small" onClick={() => { const p = new URLSearchParams(params); p.delete("after"); setParams(p); }}>
                最初のページ
              </button>
            ) : null}
            {hits.pageInfo.hasNextPage ? (
              <button type="button" className="button secondary small" onClick={() => { const p = new URLSearchParams(params); p.set("after", hits.pageInfo.endCursor ?? ""); setParams(p); }}>
                次のページ
              </button>
            ) : null}
          </nav>
        </section>
      ) : null}
      {!q.trim() && browse.data ? (
        <section aria-labelledby="browse-h">
          <h2 id="browse-h">{session ? "閲覧できる事例" : "公開されている事例"}（{browse.data.caseStudies.totalCount}件）</h2>
          <ul className="cards" data-testid="case-list">
            {browse.data.caseStudies.edges.map(({ node }) => (
              <li className="card" key={node.id}>
                <h3>
                  <Link to={`/knowhow/cases/${encodeURIComponent(node.id)}`}>{node.titleJa}</Link>
                </h3>
                <p className="meta">
                  {node.operator.nameJa}
                  {node.place ? `・${node.place}` : ""}
                  {node.leadershipModelLabelJa ? `・${node.leadershipModelLabelJa}` : ""}
                </p>
                {node.status === "DRAFT" ? <p><span className="badge warn">下書き</span></p> : null}
                {node.summaryJa ? <p className="clamp">{node.summaryJa}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
