import { useId, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { CompanySizeClass, CompanyVisibility, JsicDivision } from "../../gql/graphql";
import { useQuery, useSession } from "../../lib/hooks";
import { PREFECTURES } from "../../lib/labels";
import { useIdempotencyKey } from "../knowhow/shared";
import { CompanyImport } from "./CompanyImport";
import { COMPANY_VISIBILITIES, JSIC_DIVISIONS, SIZE_CLASSES } from "./labels";
import { DemoBadge, FieldProblem, FormProblemMessage, invalidProps, useDemandMutation, useFocusProblem } from "./shared";
import "./demand.css";

const PAGE_SIZE = 50;

const Companies = graphql(`
  query DemandCompanies($operatorId: ID!, $search: String, $first: Int, $after: String) {
    regionalCompanies(operatorId: $operatorId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          nameJa
          nameVariants
          jsicDivisionLabelJa
          industryNoteJa
          sizeClassLabelJa
          prefecture {
            nameJa
          }
          municipalityJa
          visibility
          isDemo
        }
      }
    }
  }
`);

const CreateCompany = graphql(`
  mutation DemandCreateCompany($input: RegionalCompanyInput!, $idempotencyKey: String) {
    createRegionalCompany(input: $input, idempotencyKey: $idempotencyKey) {
      id
      displayNameJa
    }
  }
`);

const FORM_FIELDS = ["nameJa", "nameVariants", "jsicDivision", "sizeClass", "prefectureCode", "municipalityJa", "visibility"];

interface Draft {
  nameJa: string;
  nameVariants: string;
  jsicDivision: JsicDivision | "";
  sizeClass: CompanySizeClass;
  prefectureCode: string;
  municipalityJa: string;
  visibility: CompanyVisibility;
}
const EMPTY: Draft = { nameJa: "", nameVariants: "", jsicDivision: "", sizeClass: "UNKNOWN", prefectureCode: "", municipalityJa: "", visibility: "NETWORK" };

/** Registers one company the operator supports (idempotent: a double submit registers it once). */
function RegisterCompany({ onCreated }: { onCreated: (name: string, id: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [key, renewKey] = useIdempotencyKey();
  const create = useDemandMutation(CreateCompany);
  const problem = create.problem;
  const CONTROLS: Record<string, string> = { nameJa: "name", nameVariants: "variants", prefectureCode: "pref", municipalityJa: "muni" };
  useFocusProblem(problem, (field) => `${id}-${CONTROLS[field] ?? field}`);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.nameJa.trim()) {
      create.setProblem({ field: "nameJa", message: "企業名を入力してください。", rule: null });
      return;
    }
    const result = await create.run({
      input: {
        nameJa: draft.nameJa.trim(),
        nameVariants: draft.nameVariants.split(/[、,;；\n]/).map((v) => v.trim()).filter(Boolean),
        jsicDivision: draft.jsicDivision || null,
        sizeClass: draft.sizeClass,
        prefectureCode: draft.prefectureCode || null,
        municipalityJa: draft.municipalityJa.trim() || null,
        visibility: draft.visibility,
      },
      idempotencyKey: key,
    });
    if (result) {
      renewKey();
      setDraft(EMPTY);
      onCreated(result.createRegionalCompany.displayNameJa, result.createRegionalCompany.id);
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>企業を登録する</h2>
      <FormProblemMessage problem={problem} fields={FORM_FIELDS} />
      <div className="field">
        <label htmlFor={`${id}-name`}>企業名（必須）</label>
        <input id={`${id}-name`} type="text" value={draft.nameJa} maxLength={200} required onChange={(e) => setDraft({ ...draft, nameJa: e.target.value })} {...invalidProps(problem, "nameJa", `${id}-name-error`)} />
        <FieldProblem id={`${id}-name-error`} problem={problem} field="nameJa" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-variants`}>別名・略称（「、」で区切る）</label>
        <input id={`${id}-variants`} type="text" value={draft.nameVariants} onChange={(e) => setDraft({ ...draft, nameVariants: e.target.value })} {...invalidProps(problem, "nameVariants", `${id}-variants-error`)} />
        <FieldProblem id={`${id}-variants-error`} problem={problem} field="nameVariants" />
      </div>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-jsic`}>業種（日本標準産業分類の大分類）</label>
          <select id={`${id}-jsic`} value={draft.jsicDivision} onChange={(e) => setDraft({ ...draft, jsicDivision: e.target.value as JsicDivision })}>
            <option value="">不明・未選択</option>
            {JSIC_DIVISIONS.map(([v, l]) => (
              <option key={v} value={v}>
                {v} {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-size`}>規模</label>
          <select id={`${id}-size`} value={draft.sizeClass} onChange={(e) => setDraft({ ...draft, sizeClass: e.target.value as CompanySizeClass })}>
            {SIZE_CLASSES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-pref`}>都道府県</label>
          <select id={`${id}-pref`} value={draft.prefectureCode} onChange={(e) => setDraft({ ...draft, prefectureCode: e.target.value })} {...invalidProps(problem, "prefectureCode", `${id}-pref-error`)}>
            <option value="">未選択</option>
            {PREFECTURES.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <FieldProblem id={`${id}-pref-error`} problem={problem} field="prefectureCode" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-muni`}>市区町村</label>
          <input id={`${id}-muni`} type="text" value={draft.municipalityJa} maxLength={100} onChange={(e) => setDraft({ ...draft, municipalityJa: e.target.value })} {...invalidProps(problem, "municipalityJa", `${id}-muni-error`)} />
          <FieldProblem id={`${id}-muni-error`} problem={problem} field="municipalityJa" />
        </div>
      </div>
      <fieldset>
        <legend>公開範囲</legend>
        {COMPANY_VISIBILITIES.map(([v, l]) => (
          <label className="choice" key={v}>
            <input type="radio" name={`${id}-visibility`} value={v} checked={draft.visibility === v} onChange={() => setDraft({ ...draft, visibility: v })} />
            {l}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={create.pending}>
          {create.pending ? "登録しています…" : "企業を登録する"}
        </button>
      </div>
    </form>
  );
}

/** The operator's companies (地域企業): list with search, one-by-one registration, and the company list's import. */
export function CompaniesPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const after = params.get("after");
  const [text, setText] = useState(search);
  const [notice, setNotice] = useState<{ name: string; id: string } | null>(null);
  const { data, error, loading, reload } = useQuery(Companies, { operatorId: session?.operatorId ?? "", search: search || null, first: PAGE_SIZE, after }, { skip: !session?.operatorId });
  const result = data?.regionalCompanies;
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set("q", text.trim());
    setParams(next);
  };
  return (
    <Page title="支援企業" lead="自分の事業者が支援している地域企業です。企業ごとに人材ニーズ（案件）を登録し、ほかの地域の人材とマッチングします。">
      {notice ? (
        <p className="success" role="status" data-testid="company-created">
          「{notice.name}」を登録しました。 <Link to={`/demand/companies/${notice.id}`}>企業のページを開く</Link>
        </p>
      ) : null}
      <form className="toolbar" role="search" aria-label="企業の検索" onSubmit={onSearch}>
        <div className="field">
          <label htmlFor="company-search">企業名・別名で探す</label>
          <input id="company-search" type="search" value={text} maxLength={100} onChange={(e) => setText(e.target.value)} />
        </div>
        <div>
          <button type="submit" className="button secondary">
            検索する
          </button>
        </div>
      </form>
      <ErrorMessage message={error} />
      <Loading show={loading && !data} />
      {result ? (
        <>
          <h2 id="companies-heading">支援企業の一覧</h2>
          <p role="status" data-testid="company-count">
            {result.totalCount.toLocaleString("ja-JP")}社{search ? `（「${search}」で検索）` : ""}
          </p>
          {result.totalCount === 0 ? <p>{search ? "条件に合う企業はありません。" : "まだ企業を登録していません。下のフォームかファイルの取り込みで登録してください。"}</p> : (
            <div className="table-wrap">
              <table className="stack" aria-labelledby="companies-heading" data-testid="company-table">
                <thead>
                  <tr>
                    <th scope="col">企業名</th>
                    <th scope="col">業種</th>
                    <th scope="col">規模</th>
                    <th scope="col">所在地</th>
                    <th scope="col">公開範囲</th>
                  </tr>
                </thead>
                <tbody>
                  {result.edges.map(({ node }) => (
                    <tr key={node.id} data-testid="company-row">
                      <td data-label="企業名">
                        <Link to={`/demand/companies/${node.id}`}>{node.nameJa}</Link> {node.isDemo ? <DemoBadge /> : null}
                        {node.nameVariants.length ? <span className="meta"> （{node.nameVariants.join("、")}）</span> : null}
                      </td>
                      <td data-label="業種">{node.jsicDivisionLabelJa ?? node.industryNoteJa ?? "—"}</td>
                      <td data-label="規模">{node.sizeClassLabelJa}</td>
                      <td data-label="所在地">{[node.prefecture?.nameJa, node.municipalityJa].filter(Boolean).join(" ") || "—"}</td>
                      <td data-label="公開範囲">{node.visibility === "PUBLIC" ? "公開" : "ネットワーク内のみ"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="pager">
            {after ? (
              <button type="button" className="button secondary" onClick={() => setParams(search ? { q: search } : {})}>
                最初のページへ
              </button>
            ) : null}
            {result.pageInfo.hasNextPage && result.pageInfo.endCursor ? (
              <button type="button" className="button secondary" onClick={() => setParams({ ...(search ? { q: search } : {}), after: result.pageInfo.endCursor! })}>
                次の{PAGE_SIZE}社
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      <section className="panel demand">
        <RegisterCompany
          onCreated={(name, id) => {
            setNotice({ name, id });
            reload();
          }}
        />
      </section>
      <section className="panel demand">
        <CompanyImport onImported={reload} />
      </section>
    </Page>
  );
}
