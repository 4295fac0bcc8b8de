import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../components/Layout";
import { ConsentSection } from "../components/ConsentSection";
import { NeedsForPerson } from "../features/demand/NeedsForPerson";
import { Select, TextField } from "../components/Field";
import { EMPTY_PROFILE, ProfileForm, toInput, type ProfileValues } from "../components/ProfileForm";
import { graphql } from "../gql";
import type { OwnPoolConsentState, OwnPoolSort, TalentKind, Availability } from "../gql/graphql";
import { formatDate, formatDateTime, useMutation, useQuery } from "../lib/hooks";
import { AVAILABILITIES, labelOf, TALENT_KINDS } from "../lib/labels";

const PAGE_SIZE = 20;

const PoolList = graphql(`
  query WorkspacePool($filter: OwnPoolFilter, $sort: OwnPoolSort, $first: Int, $after: String) {
    ownTalentPool(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          kindLabelsJa
          skills
          availabilityLabelJa
          homePrefectureNameJa
          isDemo
          registeredAt
          consents {
            id
            active
            scopeLabelJa
          }
        }
      }
    }
  }
`);

const SORTS: Array<[OwnPoolSort, string]> = [
  ["REGISTERED_NEWEST", "登録が新しい順"],
  ["REGISTERED_OLDEST", "登録が古い順"],
  ["UPDATED_NEWEST", "更新が新しい順"],
  ["NAME", "氏名順（文字コード順）"],
];

const CONSENT_STATES: Array<[OwnPoolConsentState, string]> = [
  ["ACTIVE", "有効な同意あり"],
  ["NONE_ACTIVE", "有効な同意なし"],
];

export function ConsentBadge({ consents }: { consents: ReadonlyArray<{ active: boolean; scopeLabelJa: string }> }) {
  const active = consents.filter((c) => c.active);
  if (active.length === 0) return <span className="badge none">同意なし</span>;
  return <span className="badge ok">同意あり（{active.map((c) => c.scopeLabelJa).join("・")}）</span>;
}

export function PoolPage() {
  const [params, setParams] = useSearchParams();
  const text = params.get("q") ?? "";
  const kind = (params.get("kind") ?? "") as TalentKind | "";
  const availability = (params.get("availability") ?? "") as Availability | "";
  const consentState = (params.get("consent") ?? "") as OwnPoolConsentState | "";
  const sort = (params.get("sort") ?? "REGISTERED_NEWEST") as OwnPoolSort;
  const after = params.get("after");
  const [draft, setDraft] = useState(text);
  const [history, setHistory] = useState<string[]>([]);
  useEffect(() => setDraft(text), [text]);
  const filter = {
    ...(text ? { text } : {}),
    ...(kind ? { kind } : {}),
    ...(availability ? { availability } : {}),
    ...(consentState ? { consentState } : {}),
  };
  const { data, error, loading } = useQuery(PoolList, { filter, sort, first: PAGE_SIZE, after });
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete("after");
    setHistory([]);
    setParams(next);
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draft.trim() });
  };
  const pool = data?.ownTalentPool;
  const pageNumber = history.length + 1;
  return (
    <Page title="人材プール" lead="自事業者に登録した人材の一覧です。氏名やスキルで探し、同意の状態をひと目で確認できます。">
      <div className="actions">
        <Link className="button" to="/pool/new">
          人材を1人登録する
        </Link>
        <Link className="button secondary" to="/import">
          ファイルからまとめて登録する
        </Link>
      </div>
      <form className="toolbar" onSubmit={onSearch} role="search" aria-label="人材プールの絞り込み">
        <TextField id="pool-q" label="氏名・スキル" type="search" value={draft} onChange={setDraft} maxLength={100} />
        <Select id="pool-kind" label="人材の種類" emptyLabel="すべて" options={TALENT_KINDS} value={kind} onChange={(v) => update({ kind: v })} />
        <Select id="pool-availability" label="働き方" emptyLabel="すべて" options={AVAILABILITIES} value={availability} onChange={(v) => update({ availability: v })} />
        <Select id="pool-consent" label="同意の状態" emptyLabel="すべて" options={CONSENT_STATES} value={consentState} onChange={(v) => update({ consent: v })} />
        <Select id="pool-sort" label="並び順" options={SORTS} value={sort} onChange={(v) => update({ sort: v || "REGISTERED_NEWEST" })} />
        <div className="field">
          <button type="submit" className="button">
            検索
          </button>
        </div>
      </form>
      <ErrorMessage message={error} />
      <Loading show={loading && !data} />
      {pool ? (
        <>
          <p role="status" data-testid="pool-count">
            {pool.totalCount}人{pool.totalCount > 0 ? `（${pageNumber}ページ目）` : ""}
          </p>
          {pool.totalCount === 0 ? (
            <p>条件に合う人材はいません。条件を変えるか、人材を登録してください。</p>
          ) : (
            <div className="table-wrap">
              <table className="stack" data-testid="pool-table">
                <caption className="visually-hidden">人材プールの一覧</caption>
                <thead>
                  <tr>
                    <th scope="col">氏名</th>
                    <th scope="col">人材の種類</th>
                    <th scope="col">スキル</th>
                    <th scope="col">働き方</th>
                    <th scope="col">同意</th>
                    <th scope="col">登録日</th>
                  </tr>
                </thead>
                <tbody>
                  {pool.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td data-label="氏名">
                        <Link to={`/pool/${encodeURIComponent(node.id)}`}>{node.displayName ?? "（氏名未登録）"}</Link>
                        {node.isDemo ? <span className="badge demo">デモデータ</span> : null}
                      </td>
                      <td data-label="人材の種類">{node.kindLabelsJa.join("、")}</td>
                      <td data-label="スキル">{node.skills.join("、") || "—"}</td>
                      <td data-label="働き方">{node.availabilityLabelJa}</td>
                      <td data-label="同意">
                        <ConsentBadge consents={node.consents} />
                      </td>
                      <td data-label="登録日" className="nowrap">{formatDate(node.registeredAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {history.length > 0 || pool.pageInfo.hasNextPage ? <nav className="pager" aria-label="ページ送り">
            <button
              type="button"
              className="button secondary small"
              disabled={history.length === 0}
              onClick={() => {
                const prev = history.slice(0, -1);
                const next = new URLSearchParams(params);
                const cursor = prev.at(-1);
                if (cursor) next.set("after", cursor);
                else next.delete("after");
                setHistory(prev);
                setParams(next);
              }}
            >
              前のページ
            </button>
            <button
              type="button"
              className="button secondary small"
              disabled={!pool.pageInfo.hasNextPage}
              onClick={() => {
                const next = new URLSearchParams(params);
                next.set("after", pool.pageInfo.endCursor ?? "");
                setHistory([...history, pool.pageInfo.endCursor ?? ""]);
                setParams(next);
              }}
            >
              次のページ
            </button>
          </nav> : null}
        </>
      ) : null}
    </Page>
  );
}

const Register = graphql(`
  mutation WorkspaceRegisterPerson($input: [RegisterTalentProfileInput!]!) {
    registerTalentProfiles(input: $input) {
      id
    }
  }
`);

export function NewPersonPage() {
  const navigate = useNavigate();
  const register = useMutation(Register);
  const onSubmit = async (values: ProfileValues) => {
    const result = await register.run({ input: [toInput(values) as never] });
    const id = result?.registerTalentProfiles[0]?.id;
    if (id) navigate(`/pool/${encodeURIComponent(id)}`, { state: { created: true } });
  };
  return (
    <Page title="人材を登録" lead="1人ずつ登録します。登録した時点では、ほかの地域からは見えません（同意を記録すると、その範囲で共有されます）。">
      <ProfileForm initial={EMPTY_PROFILE} submitLabel="登録する" pending={register.pending} serverError={register.error} serverFields={register.fields} onSubmit={(v) => void onSubmit(v)} />
    </Page>
  );
}

const Person = graphql(`
  query WorkspacePerson($id: ID!) {
    talentProfile(id: $id) {
      id
      displayName
      kinds
      skills
      yearsOfExperience
      availability
      preferredWorkStyles
      interestInRegion
      homePrefectureCode
      isDemo
      registeredAt
      updatedAt
      contact {
        displayName
        email
        phone
      }
      consents {
        id
        scope
        scopeLabelJa
        purposes
        purposeLabelsJa
        obtainedAt
        method
        methodLabelJa
        expiresAt
        revokedAt
        active
      }
    }
  }
`);

const Update = graphql(`
  mutation WorkspaceUpdatePerson($id: ID!, $input: UpdateTalentProfileInput!) {
    updateTalentProfile(id: $id, input: $input) {
      id
      updatedAt
    }
  }
`);

const Erase = graphql(`
  mutation WorkspaceDeletePerson($id: ID!) {
    deleteTalentProfile(id: $id) {
      talentId
      consentsRemoved
      introductionsRemoved
      provisionRecordsKept
    }
  }
`);

export function PersonPage() {
  const { id = "" } = useParams();
  const { data, error, loading, reload } = useQuery(Person, { id });
  const update = useMutation(Update);
  const erase = useMutation(Erase);
  const [saved, setSaved] = useState(false);
  const [erased, setErased] = useState<{ consentsRemoved: number; introductionsRemoved: number; provisionRecordsKept: number } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const person = data?.talentProfile;

  if (erased) {
    return (
      <Page title="人材を削除しました">
        <p className="success" role="status" data-testid="erased">
          プロフィール・連絡先・同意{erased.consentsRemoved}件・紹介依頼{erased.introductionsRemoved}件を削除しました。
          提供記録{erased.provisionRecordsKept}件は、個人情報保護法（第29条）により3年間保存します（氏名や連絡先は含みません）。
        </p>
        <p>
          <Link to="/pool">人材プールに戻る</Link>
        </p>
      </Page>
    );
  }
  if (loading && !data) return <Page title="人材の詳細"><Loading show /></Page>;
  if (error && !data) return <Page title="人材の詳細"><ErrorMessage message={error} /></Page>;
  if (!person) {
    return (
      <Page title="人材が見つかりません">
        <p>この人材は登録されていないか、削除されました。ほかの事業者の人材は表示されません。</p>
        <p>
          <Link to="/pool">人材プールに戻る</Link>
        </p>
      </Page>
    );
  }
  const initial: ProfileValues = {
    displayName: person.displayName ?? person.contact?.displayName ?? "",
    kinds: [...person.kinds],
    skills: person.skills.join("、"),
    yearsOfExperience: person.yearsOfExperience == null ? "" : String(person.yearsOfExperience),
    availability: person.availability,
    preferredWorkStyles: [...person.preferredWorkStyles],
    interestInRegion: person.interestInRegion ?? "",
    homePrefectureCode: person.homePrefectureCode ?? "",
    email: person.contact?.email ?? "",
    phone: person.contact?.phone ?? "",
  };
  const onSave = async (values: ProfileValues) => {
    setSaved(false);
    const input = toInput(values);
    const result = await update.run({ id: person.id, input: input as never });
    if (result) {
      setSaved(true);
      reload();
    }
  };
  const onErase = async () => {
    const result = await erase.run({ id: person.id });
    dialog.current?.close();
    if (result) setErased(result.deleteTalentProfile);
  };
  return (
    <Page title={`${initial.displayName || "（氏名未登録）"}さん`}>
      <p className="meta">
        {labelOf(TALENT_KINDS, person.kinds[0])}
        {person.kinds.length > 1 ? ` ほか${person.kinds.length - 1}種類` : ""}・登録 {formatDateTime(person.registeredAt)}・最終更新 {formatDateTime(person.updatedAt)}
        {person.isDemo ? <span className="badge demo">デモデータ</span> : null}
      </p>
      <p>
        <Link to={`/records?person=${encodeURIComponent(person.id)}`}>この人のアクセス記録・提供記録を見る</Link>
      </p>
      <ConsentSection talentId={person.id} consents={person.consents} onChange={reload} />
      <NeedsForPerson key={`${person.updatedAt}|${person.consents.map((c) => `${c.id}:${c.active}`).join(",")}`} talentId={person.id} personName={initial.displayName || "この人"} />
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">プロフィールと連絡先</h2>
        {saved ? (
          <p className="success" role="status">
            保存しました。
          </p>
        ) : null}
        <ProfileForm key={person.updatedAt} initial={initial} submitLabel="変更を保存する" pending={update.pending} serverError={update.error} serverFields={update.fields} onSubmit={(v) => void onSave(v)} />
      </section>
      <section aria-labelledby="erase-heading" className="panel danger">
        <h2 id="erase-heading">この人材を削除する</h2>
        <p>本人から利用停止・消去の求めがあったとき（個人情報保護法 第35条）などに使います。</p>
        <ul>
          <li>削除されるもの: プロフィール、氏名と連絡先、すべての同意、紹介依頼とその履歴。ほかの地域からも見えなくなります。</li>
          <li>残るもの: 提供記録（いつ・どの事業者に・何を提供したか）。法律（第29条）で3年間の保存が義務づけられているためです。氏名や連絡先は含まず、参照番号だけが残ります。</li>
        </ul>
        <button type="button" className="button danger" onClick={() => dialog.current?.showModal()}>
          削除する…
        </button>
        <dialog ref={dialog} aria-labelledby="erase-confirm-heading">
          <h2 id="erase-confirm-heading">本当に削除しますか</h2>
          <p>{initial.displayName}さんのプロフィール・連絡先・同意・紹介依頼を削除します。元に戻せません。提供記録は3年間残ります。</p>
          <ErrorMessage message={erase.error} />
          <div className="actions">
            <button type="button" className="button danger" onClick={() => void onErase()} disabled={erase.pending}>
              {erase.pending ? "削除中…" : "削除する"}
            </button>
            <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
              やめる
            </button>
          </div>
        </dialog>
      </section>
    </Page>
  );
}
