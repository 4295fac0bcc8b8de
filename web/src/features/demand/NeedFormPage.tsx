import { useId, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { Availability, CompensationUnit, ConsentScope, DemandNeedForEditQuery, NeedInput, NeedStatus, SharingPurpose, TalentKind, WorkStyle } from "../../gql/graphql";
import { useQuery } from "../../lib/hooks";
import { AVAILABILITIES, PURPOSES, TALENT_KINDS, WORK_STYLES } from "../../lib/labels";
import { useIdempotencyKey } from "../knowhow/shared";
import { COMPENSATION_UNITS, NEED_SCOPES } from "./labels";
import type { FormProblem } from "./errors";
import { FieldProblem, FormProblemMessage, invalidProps, useDemandMutation, useFocusProblem } from "./shared";
import "./demand.css";

const CompanyName = graphql(`
  query DemandNeedFormCompany($id: ID!) {
    regionalCompany(id: $id) {
      id
      displayNameJa
    }
  }
`);

const NeedForEdit = graphql(`
  query DemandNeedForEdit($id: ID!) {
    need(id: $id) {
      id
      title
      description
      businessProblem
      kinds
      skills
      workForms
      workStyles
      purpose
      periodJa
      startsOn
      endsOn
      volumeJa
      compensation {
        min
        max
        unit
      }
      scope
      discloseCompany
      discloseCompensation
      status
      viewerIsOwner
      updatedAt
      company {
        id
        displayNameJa
      }
    }
  }
`);

const UpdateNeed = graphql(`
  mutation DemandUpdateNeed($id: ID!, $input: NeedInput!) {
    updateNeed(id: $id, input: $input) {
      id
      updatedAt
    }
  }
`);

const CreateNeed = graphql(`
  mutation DemandCreateNeed($input: NeedInput!, $idempotencyKey: String) {
    createNeed(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const FIELDS = [
  "companyId", "title", "description", "businessProblem", "kinds", "skills", "workForms", "workStyles", "purpose", "periodJa", "startsOn", "endsOn",
  "volumeJa", "compensationMin", "compensationMax", "compensationUnit", "scope", "status",
];

interface Draft {
  title: string;
  description: string;
  businessProblem: string;
  kinds: TalentKind[];
  skills: string;
  workForms: Availability[];
  workStyles: WorkStyle[];
  purpose: SharingPurpose;
  periodJa: string;
  startsOn: string;
  endsOn: string;
  volumeJa: string;
  compensationMin: string;
  compensationMax: string;
  compensationUnit: CompensationUnit | "";
  scope: ConsentScope;
  discloseCompany: boolean;
  discloseCompensation: boolean;
  status: NeedStatus;
}

const EMPTY: Draft = {
  title: "",
  description: "",
  businessProblem: "",
  kinds: [],
  skills: "",
  workForms: [],
  workStyles: [],
  purpose: "SIDE_JOB_MATCHING",
  periodJa: "",
  startsOn: "",
  endsOn: "",
  volumeJa: "",
  compensationMin: "",
  compensationMax: "",
  compensationUnit: "",
  scope: "NATIONWIDE",
  discloseCompany: false,
  discloseCompensation: true,
  status: "OPEN",
};

const toggled = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
const yenOrNull = (text: string): number | null => {
  const t = text.replace(/[,，\s円]/g, "").normalize("NFKC");
  return t === "" ? null : Number(t);
};

/** Checks the screen can make before sending (the API checks everything again, including the compensation range). */
function precheck(d: Draft): { field: string; message: string } | null {
  if (!d.title.trim()) return { field: "title", message: "タイトルを入力してください。" };
  if (!d.description.trim()) return { field: "description", message: "仕事の内容を入力してください。" };
  if (!d.businessProblem.trim()) return { field: "businessProblem", message: "経営課題を入力してください。" };
  if (d.kinds.length < 1 || d.kinds.length > 5) return { field: "kinds", message: "求める人材の種類を1〜5個選んでください。" };
  if (d.workForms.length < 1) return { field: "workForms", message: "働き方を1つ以上選んでください。" };
  for (const [field, text] of [["compensationMin", d.compensationMin], ["compensationMax", d.compensationMax]] as const) {
    const n = yenOrNull(text);
    if (n !== null && !Number.isInteger(n)) return { field, message: "報酬は円単位の整数で入力してください（例: 300000）。" };
  }
  return null;
}

/** The API's input from what the form holds (the screen's checks passed). */
function toInput(companyId: string, d: Draft): NeedInput {
  return {
    companyId,
    title: d.title.trim(),
    description: d.description.trim(),
    businessProblem: d.businessProblem.trim(),
    kinds: d.kinds,
    skills: d.skills.split(/[、,;；\n]/).map((s) => s.trim()).filter(Boolean),
    workForms: d.workForms,
    workStyles: d.workStyles,
    purpose: d.purpose,
    periodJa: d.periodJa.trim() || null,
    startsOn: d.startsOn || null,
    endsOn: d.endsOn || null,
    volumeJa: d.volumeJa.trim() || null,
    compensationMin: yenOrNull(d.compensationMin),
    compensationMax: yenOrNull(d.compensationMax),
    compensationUnit: d.compensationUnit || null,
    scope: d.scope,
    discloseCompany: d.discloseCompany,
    discloseCompensation: d.discloseCompensation,
    status: d.status,
  };
}

interface MutationState {
  pending: boolean;
  problem: FormProblem | null;
  setProblem: (problem: FormProblem | null) => void;
}

/**
 * The need's fields, for a new need and for editing one: the screen's own checks first, then the API's refusal under the
 * field it concerns with the focus moved there. A new need chooses its first state; an edited one keeps its state.
 */
function NeedForm({ companyId, initial, editing, mutation, send, cancelTo }: {
  companyId: string;
  initial: Draft;
  editing: boolean;
  mutation: MutationState;
  send: (input: NeedInput) => Promise<void>;
  cancelTo: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(initial);
  const problem = mutation.problem;
  useFocusProblem(problem, (field) => `${id}-${field}`);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const inv = (field: string) => invalidProps(problem, field, `${id}-${field}-error`);
  const err = (field: string | string[]) => <FieldProblem id={`${id}-${Array.isArray(field) ? field[0] : field}-error`} problem={problem} field={field} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = precheck(draft);
    if (local) {
      mutation.setProblem({ ...local, rule: null });
      return;
    }
    await send(toInput(companyId, draft));
  };

  return (
    <form className="form wide" onSubmit={(e) => void submit(e)} noValidate aria-label="人材ニーズの入力">
      <FormProblemMessage problem={problem} fields={FIELDS.filter((f) => f !== "companyId")} />
      <div className="field">
        <label htmlFor={`${id}-title`}>タイトル（必須・200文字まで）</label>
        <input id={`${id}-title`} type="text" value={draft.title} maxLength={200} onChange={(e) => set("title", e.target.value)} {...inv("title")} />
        {err("title")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-businessProblem`}>経営課題（必須）</label>
        <textarea id={`${id}-businessProblem`} value={draft.businessProblem} maxLength={2000} onChange={(e) => set("businessProblem", e.target.value)} {...inv("businessProblem")} />
        {err("businessProblem")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>仕事の内容（必須）</label>
        <textarea id={`${id}-description`} value={draft.description} maxLength={4000} onChange={(e) => set("description", e.target.value)} {...inv("description")} />
        {err("description")}
      </div>
      <fieldset id={`${id}-kinds`} tabIndex={-1} {...inv("kinds")}>
        <legend>求める人材の種類（必須・1〜5個）</legend>
        <div className="choices">
          {TALENT_KINDS.map(([v, l]) => (
            <label className="choice" key={v}>
              <input type="checkbox" checked={draft.kinds.includes(v)} onChange={() => set("kinds", toggled(draft.kinds, v))} />
              {l}
            </label>
          ))}
        </div>
        {err("kinds")}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-skills`}>求めるスキル（「、」で区切る・20個まで）</label>
        <input id={`${id}-skills`} type="text" value={draft.skills} onChange={(e) => set("skills", e.target.value)} {...inv("skills")} />
        {err("skills")}
      </div>
      <div className="choice-groups">
        <fieldset id={`${id}-workForms`} tabIndex={-1} {...inv("workForms")}>
          <legend>働き方（必須・1つ以上）</legend>
          <div className="choices compact">
            {AVAILABILITIES.map(([v, l]) => (
              <label className="choice" key={v}>
                <input type="checkbox" checked={draft.workForms.includes(v)} onChange={() => set("workForms", toggled(draft.workForms, v))} />
                {l}
              </label>
            ))}
          </div>
          {err("workForms")}
        </fieldset>
        <fieldset>
          <legend>勤務スタイル（選ばなければ問わない）</legend>
          <div className="choices compact">
            {WORK_STYLES.map(([v, l]) => (
              <label className="choice" key={v}>
                <input type="checkbox" checked={draft.workStyles.includes(v)} onChange={() => set("workStyles", toggled(draft.workStyles, v))} />
                {l}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="field">
        <label htmlFor={`${id}-purpose`}>目的（本人が同意している目的の人だけを提案します）</label>
        <select id={`${id}-purpose`} value={draft.purpose} onChange={(e) => set("purpose", e.target.value as SharingPurpose)}>
          {PURPOSES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-periodJa`}>期間（文章で）</label>
          <input id={`${id}-periodJa`} type="text" value={draft.periodJa} maxLength={200} placeholder="例: 2026年6月から6か月" onChange={(e) => set("periodJa", e.target.value)} {...inv("periodJa")} />
          {err("periodJa")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-startsOn`}>開始日</label>
          <input id={`${id}-startsOn`} type="date" value={draft.startsOn} onChange={(e) => set("startsOn", e.target.value)} {...inv("startsOn")} />
          {err("startsOn")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-endsOn`}>終了日</label>
          <input id={`${id}-endsOn`} type="date" value={draft.endsOn} onChange={(e) => set("endsOn", e.target.value)} {...inv("endsOn")} />
          {err("endsOn")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-volumeJa`}>稼働量</label>
          <input id={`${id}-volumeJa`} type="text" value={draft.volumeJa} maxLength={200} placeholder="例: 月20時間" onChange={(e) => set("volumeJa", e.target.value)} {...inv("volumeJa")} />
          {err("volumeJa")}
        </div>
      </div>
      <fieldset>
        <legend>報酬（任意・円）</legend>
        <div className="inline-fields">
          <div className="field">
            <label htmlFor={`${id}-compensationUnit`}>単位</label>
            <select id={`${id}-compensationUnit`} value={draft.compensationUnit} onChange={(e) => set("compensationUnit", e.target.value as CompensationUnit)} {...inv("compensationUnit")}>
              <option value="">指定しない</option>
              {COMPENSATION_UNITS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
            {err("compensationUnit")}
          </div>
          <div className="field">
            <label htmlFor={`${id}-compensationMin`}>下限（円）</label>
            <input id={`${id}-compensationMin`} type="text" inputMode="numeric" value={draft.compensationMin} onChange={(e) => set("compensationMin", e.target.value)} {...inv("compensationMin")} />
            {err("compensationMin")}
          </div>
          <div className="field">
            <label htmlFor={`${id}-compensationMax`}>上限（円）</label>
            <input id={`${id}-compensationMax`} type="text" inputMode="numeric" value={draft.compensationMax} onChange={(e) => set("compensationMax", e.target.value)} {...inv("compensationMax")} />
            {err("compensationMax")}
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>共有範囲（どこまでのコーディネーターに見せるか）</legend>
        {NEED_SCOPES.map(([v, l, help]) => (
          <div key={v}>
            <label className="choice">
              <input type="radio" name={`${id}-scope`} value={v} checked={draft.scope === v} onChange={() => set("scope", v)} />
              {l}
            </label>
            <p className="scope-help">{help}</p>
          </div>
        ))}
        <label className="choice">
          <input type="checkbox" checked={draft.discloseCompany} onChange={(e) => set("discloseCompany", e.target.checked)} />
          ほかの地域に企業名を見せる（見せないときは「都道府県の企業」と表示）
        </label>
        <label className="choice">
          <input type="checkbox" checked={draft.discloseCompensation} onChange={(e) => set("discloseCompensation", e.target.checked)} />
          ほかの地域に報酬を見せる
        </label>
      </fieldset>
      {editing ? null : (
        <fieldset>
          <legend>状態</legend>
          <label className="choice">
            <input type="radio" name={`${id}-status`} checked={draft.status === "OPEN"} onChange={() => set("status", "OPEN")} />
            募集中にする（共有範囲のコーディネーターに見え、提案を受けられます）
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-status`} checked={draft.status === "DRAFT"} onChange={() => set("status", "DRAFT")} />
            下書きとして保存する（自分の事業者だけに見えます）
          </label>
        </fieldset>
      )}
      {problem?.field === "companyId" ? (
        <p className="error" role="alert">
          {problem.message}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={mutation.pending}>
          {editing ? (mutation.pending ? "保存しています…" : "変更を保存する") : mutation.pending ? "登録しています…" : "ニーズを登録する"}
        </button>
        <Link to={cancelTo}>やめる</Link>
      </div>
    </form>
  );
}

/** A new need of one company: what, why, who, how, how long, for how much, and how far it is shared. */
export function NeedFormPage() {
  const { id: companyId = "" } = useParams();
  const navigate = useNavigate();
  const company = useQuery(CompanyName, { id: companyId });
  const [key, renewKey] = useIdempotencyKey();
  const create = useDemandMutation(CreateNeed);
  const send = async (input: NeedInput) => {
    const result = await create.run({ input, idempotencyKey: key });
    if (result) {
      renewKey();
      navigate(`/demand/needs/${result.createNeed.id}`, { state: { created: true } });
    }
  };
  const name = company.data?.regionalCompany?.displayNameJa;
  return (
    <Page title="人材ニーズを登録する" lead={name ? `${name}のニーズ（案件）です。` : undefined}>
      <p>
        <Link to={`/demand/companies/${companyId}`}>← 企業のページへ戻る</Link>
      </p>
      <ErrorMessage message={company.error} />
      <Loading show={company.loading && !company.data} />
      <NeedForm companyId={companyId} initial={EMPTY} editing={false} mutation={create} send={send} cancelTo={`/demand/companies/${companyId}`} />
    </Page>
  );
}

type EditableNeed = NonNullable<DemandNeedForEditQuery["need"]>;

/** What the form holds for an existing need (the compensation's yen as typed digits). */
function draftOf(n: EditableNeed): Draft {
  const yen = (v: number | null | undefined) => (v == null ? "" : String(v));
  return {
    title: n.title,
    description: n.description,
    businessProblem: n.businessProblem,
    kinds: [...n.kinds],
    skills: n.skills.join("、"),
    workForms: [...n.workForms],
    workStyles: [...n.workStyles],
    purpose: n.purpose,
    periodJa: n.periodJa ?? "",
    startsOn: n.startsOn ?? "",
    endsOn: n.endsOn ?? "",
    volumeJa: n.volumeJa ?? "",
    compensationMin: yen(n.compensation?.min),
    compensationMax: yen(n.compensation?.max),
    compensationUnit: n.compensation?.unit ?? "",
    scope: n.scope,
    discloseCompany: n.discloseCompany,
    discloseCompensation: n.discloseCompensation,
    status: n.status,
  };
}

/** Editing one of the operator's needs: the same form, prefilled; its state is kept (it changes on the need's page). */
export function NeedEditPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(NeedForEdit, { id });
  const update = useDemandMutation(UpdateNeed);
  const need = data?.need;
  const back = `/demand/needs/${encodeURIComponent(id)}`;
  if (!data) {
    return (
      <Page title="ニーズを編集する">
        <ErrorMessage message={error} />
        <Loading show={loading} />
      </Page>
    );
  }
  if (!need || !need.viewerIsOwner || !need.company) {
    return (
      <Page title="ニーズが見つかりません">
        <p>
          編集できるのは自分の事業者が登録したニーズだけです。<Link to="/demand/companies">支援企業の一覧</Link>から選び直してください。
        </p>
      </Page>
    );
  }
  const send = async (input: NeedInput) => {
    // The state is not part of an edit (the API keeps it; it changes through the need's page).
    const result = await update.run({ id: need.id, input: { ...input, status: null } });
    if (result) navigate(back, { state: { updated: true } });
  };
  return (
    <Page title="ニーズを編集する" lead={`${need.company.displayNameJa}のニーズ「${need.title}」の内容を変更します。状態は変わりません（ニーズのページで変えます）。`}>
      <p>
        <Link to={back}>← ニーズのページへ戻る</Link>
      </p>
      <NeedForm key={need.updatedAt} companyId={need.company.id} initial={draftOf(need)} editing mutation={update} send={send} cancelTo={back} />
    </Page>
  );
}
