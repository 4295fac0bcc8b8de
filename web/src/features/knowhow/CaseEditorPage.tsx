import { useEffect, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type {
  AreaSizeClass,
  ContentVisibility,
  CorporateCategory,
  LeadershipModel,
  MaturityElement,
  SupportPhase,
  VoiceSpeakerType,
} from "../../gql/graphql";
import { useQuery, useSession } from "../../lib/hooks";
import { AREA_SIZES, ELEMENTS, LEADERSHIP_MODELS, ORG_CLASSES, PHASES, SPEAKER_TYPES, VISIBILITIES } from "./labels";
import { FieldError, useFormMutation, useIdempotencyKey } from "./shared";

const EditSource = graphql(`
  query KnowhowEditSource($id: ID!) {
    caseStudy(id: $id) {
      id
      titleJa
      summaryJa
      place
      areaSizeClasses
      orgClass
      leadershipModel
      background
      goal
      phases {
        phase
        textJa
      }
      devices {
        element
        textJa
      }
      stumblingPoints {
        fiscalYear
        problemJa
        responseJa
      }
      voices {
        speakerType
        speakerLabel
        textJa
      }
      outcomes {
        textJa
      }
      fiscalYears
      intendedVisibility
      operator {
        id
      }
    }
  }
`);

const Create = graphql(`
  mutation KnowhowCreateCase($input: CreateCaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`);

const Update = graphql(`
  mutation KnowhowUpdateCase($id: ID!, $input: CaseStudyFieldsInput!) {
    updateCaseStudy(id: $id, input: $input) {
      id
    }
  }
`);

interface Draft {
  titleJa: string;
  summaryJa: string;
  place: string;
  areaSizeClasses: AreaSizeClass[];
  orgClass: CorporateCategory | "";
  leadershipModel: LeadershipModel | "";
  background: string;
  goal: string;
  phases: Array<{ phase: SupportPhase; textJa: string }>;
  devices: Array<{ element: MaturityElement; textJa: string }>;
  stumblingPoints: Array<{ fiscalYear: string; problemJa: string; responseJa: string }>;
  voices: Array<{ speakerType: VoiceSpeakerType; speakerLabel: string; textJa: string }>;
  outcomes: string;
  fiscalYears: string;
  visibility: ContentVisibility;
}

const EMPTY: Draft = {
  titleJa: "",
  summaryJa: "",
  place: "",
  areaSizeClasses: [],
  orgClass: "",
  leadershipModel: "",
  background: "",
  goal: "",
  phases: [],
  devices: [],
  stumblingPoints: [],
  voices: [],
  outcomes: "",
  fiscalYears: "",
  visibility: "PUBLIC",
};

/** Client-side checks, in Japanese, before anything is sent (the API checks again). */
function check(d: Draft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!d.titleJa.trim() || d.titleJa.trim().length > 200) problems.titleJa = "タイトルは1〜200文字で入力してください。";
  const years = d.fiscalYears.split(/[,、\s]+/).filter(Boolean);
  if (years.some((y) => !/^\d{4}$/.test(y) || Number(y) < 2015 || Number(y) > 2030)) problems.fiscalYears = "対象年度は2015〜2030の西暦を「、」で区切って入力してください。";
  if (d.stumblingPoints.some((s) => !/^\d{4}$/.test(s.fiscalYear) || Number(s.fiscalYear) < 2015 || Number(s.fiscalYear) > 2030 || !s.problemJa.trim() || !s.responseJa.trim()))
    problems.stumblingPoints = "つまずきと対応には、2015〜2030の年度、つまずき、対応をすべて入力してください。";
  if (d.voices.some((v) => !v.speakerLabel.trim() || !v.textJa.trim())) problems.voices = "声には、話した人と内容を入力してください。";
  if (d.phases.some((p) => !p.textJa.trim()) || d.devices.some((p) => !p.textJa.trim())) problems.lists = "段階ごとの取組と工夫には内容を入力してください（不要な行は削除してください）。";
  return problems;
}

function toInput(d: Draft) {
  const text = (s: string) => (s.trim() ? s.trim() : null);
  return {
    titleJa: d.titleJa.trim(),
    summaryJa: text(d.summaryJa),
    place: text(d.place),
    areaSizeClasses: d.areaSizeClasses,
    orgClass: d.orgClass || null,
    leadershipModel: d.leadershipModel || null,
    background: text(d.background),
    goal: text(d.goal),
    phases: d.phases.map((p) => ({ phase: p.phase, textJa: p.textJa.trim() })),
    devices: d.devices.map((p) => ({ element: p.element, textJa: p.textJa.trim() })),
    stumblingPoints: d.stumblingPoints.map((s) => ({ fiscalYear: Number(s.fiscalYear), problemJa: s.problemJa.trim(), responseJa: s.responseJa.trim() })),
    voices: d.voices.map((v) => ({ speakerType: v.speakerType, speakerLabel: v.speakerLabel.trim(), textJa: v.textJa.trim() })),
    outcomesJa: d.outcomes.split("\n").map((s) => s.trim()).filter(Boolean),
    fiscalYears: d.fiscalYears.split(/[,、\s]+/).filter(Boolean).map(Number),
    visibility: d.visibility,
  };
}

export function CaseEditorPage() {
  const { id } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const source = useQuery(EditSource, { id: id ?? "" }, { skip: !id });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [key, renewKey] = useIdempotencyKey();
  const create = useFormMutation(Create);
  const update = useFormMutation(Update);
  const c = source.data?.caseStudy;
  useEffect(() => {
    if (!c) return;
    setDraft({
      titleJa: c.titleJa,
      summaryJa: c.summaryJa ?? "",
      place: c.place ?? "",
      areaSizeClasses: [...c.areaSizeClasses],
      orgClass: c.orgClass ?? "",
      leadershipModel: c.leadershipModel ?? "",
      background: c.background ?? "",
      goal: c.goal ?? "",
      phases: c.phases.map((p) => ({ ...p })),
      devices: c.devices.map((p) => ({ ...p })),
      stumblingPoints: c.stumblingPoints.map((s) => ({ fiscalYear: String(s.fiscalYear), problemJa: s.problemJa, responseJa: s.responseJa ?? "" })),
      voices: c.voices.map((v) => ({ ...v })),
      outcomes: c.outcomes.map((o) => o.textJa).join("\n"),
      fiscalYears: c.fiscalYears.join("、"),
      visibility: c.intendedVisibility,
    });
  }, [c]);
  if (id && source.loading && !source.data) return <Loading show />;
  if (id && (!c || c.operator.id !== session?.operatorId)) {
    return (
      <Page title="事例を編集できません">
        <ErrorMessage message={source.error} />
        <p>自事業者の事例だけを編集できます。</p>
        <Link to="/knowhow/mine">自事業者の事例へ</Link>
      </Page>
    );
  }
  const mutation = id ? update : create;
  const apiError = mutation.error;
  const onField = (field: string) => problems[field] ?? (apiError?.fields.includes(field) ? apiError.message : null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft);
    setProblems(found);
    if (Object.keys(found).length) return;
    const input = toInput(draft);
    if (id) {
      const done = await update.run({ id, input });
      if (done) navigate(`/knowhow/cases/${encodeURIComponent(done.updateCaseStudy.id)}`);
    } else {
      const done = await create.run({ input: { ...input, operatorId: session?.operatorId ?? null, idempotencyKey: key } });
      if (done) {
        renewKey();
        navigate(`/knowhow/cases/${encodeURIComponent(done.createCaseStudy.id)}`);
      }
    }
  };
  const listRow = (remove: () => void, label: string) => (
    <button type="button" className="button secondary small" onClick={remove} aria-label={`${label}を削除`}>
      削除
    </button>
  );
  return (
    <Page title={id ? "事例を編集" : "事例を書く"} lead="保存すると下書きになります。下書きは自事業者と全国管理者だけが見られ、公開するまで検索にも出ません。">
      <form className="form wide" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="field">
          <label htmlFor="ce-title">タイトル（必須）</label>
          <input id="ce-title" type="text" value={draft.titleJa} maxLength={200} aria-invalid={Boolean(onField("titleJa"))} aria-describedby="ce-title-error" onChange={(e) => set("titleJa", e.target.value)} />
          <FieldError id="ce-title-error" show={Boolean(onField("titleJa"))} message={onField("titleJa")} />
        </div>
        <div className="field">
          <label htmlFor="ce-summary">取組の概要</label>
          <textarea id="ce-summary" value={draft.summaryJa} onChange={(e) => set("summaryJa", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ce-place">場所（例: 長野県塩尻市）</label>
          <input id="ce-place" type="text" value={draft.place} onChange={(e) => set("place", e.target.value)} />
        </div>
        <fieldset>
          <legend>地域の規模</legend>
          {AREA_SIZES.map(([v, label]) => (
            <label className="choice" key={v}>
              <input
                type="checkbox"
                checked={draft.areaSizeClasses.includes(v)}
                onChange={(e) => set("areaSizeClasses", e.target.checked ? [...draft.areaSizeClasses, v] : draft.areaSizeClasses.filter((x) => x !== v))}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="ce-org">法人格</label>
            <select id="ce-org" value={draft.orgClass} onChange={(e) => set("orgClass", e.target.value as Draft["orgClass"])}>
              <option value="">指定しない</option>
              {ORG_CLASSES.map(([v, l]) => (
                <option key={v} value={v}>{l}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ce-lead">主導組織のパターン</label>
            <select id="ce-lead" value={draft.leadershipModel} onChange={(e) => set("leadershipModel", e.target.value as Draft["leadershipModel"])}>
              <option value="">指定しない</option>
              {LEADERSHIP_MODELS.map(([v, l]) => (
                <option key={v} value={v}>{l}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ce-years">対象年度（例: 2023、2024）</label>
            <input id="ce-years" type="text" inputMode="numeric" value={draft.fiscalYears} aria-invalid={Boolean(onField("fiscalYears"))} aria-describedby="ce-years-error" onChange={(e) => set("fiscalYears", e.target.value)} />
            <FieldError id="ce-years-error" show={Boolean(onField("fiscalYears"))} message={onField("fiscalYears")} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="ce-bg">As Is（背景・課題）</label>
          <textarea id="ce-bg" value={draft.background} onChange={(e) => set("background", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ce-goal">To Be（目指す姿）</label>
          <textarea id="ce-goal" value={draft.goal} onChange={(e) => set("goal", e.target.value)} />
        </div>
        <fieldset>
          <legend>段階ごとの取組</legend>
          {draft.phases.map((p, i) => (
            <div className="row" key={i}>
              <select aria-label={`段階 ${i + 1}`} value={p.phase} onChange={(e) => set("phases", draft.phases.map((x, j) => (j === i ? { ...x, phase: e.target.value as SupportPhase } : x)))}>
                {PHASES.map(([v, l]) => (
                  <option key={v} value={v}>{l}</option>
                ))}
              </select>
              <textarea aria-label={`段階 ${i + 1} の取組`} value={p.textJa} onChange={(e) => set("phases", draft.phases.map((x, j) => (j === i ? { ...x, textJa: e.target.value } : x)))} />
              {listRow(() => set("phases", draft.phases.filter((_, j) => j !== i)), `段階 ${i + 1}`)}
            </div>
          ))}
          <button type="button" className="button secondary small" onClick={() => set("phases", [...draft.phases, { phase: "ACQUISITION", textJa: "" }])}>
            段階を追加
          </button>
        </fieldset>
        <fieldset>
          <legend>定着に向けた工夫（活動要素別）</legend>
          {draft.devices.map((p, i) => (
            <div className="row" key={i}>
              <select aria-label={`工夫 ${i + 1} の活動要素`} value={p.element} onChange={(e) => set("devices", draft.devices.map((x, j) => (j === i ? { ...x, element: e.target.value as MaturityElement } : x)))}>
                {ELEMENTS.map(([v, l]) => (
                  <option key={v} value={v}>{l}</option>
                ))}
              </select>
              <textarea aria-label={`工夫 ${i + 1}`} value={p.textJa} onChange={(e) => set("devices", draft.devices.map((x, j) => (j === i ? { ...x, textJa: e.target.value } : x)))} />
              {listRow(() => set("devices", draft.devices.filter((_, j) => j !== i)), `工夫 ${i + 1}`)}
            </div>
          ))}
          <button type="button" className="button secondary small" onClick={() => set("devices", [...draft.devices, { element: "STRATEGY", textJa: "" }])}>
            工夫を追加
          </button>
          <FieldError id="ce-lists-error" show={Boolean(problems.lists)} message={problems.lists} />
        </fieldset>
        <fieldset aria-describedby="ce-sp-error">
          <legend>つまずきと対応（年度ごと）</legend>
          {draft.stumblingPoints.map((s, i) => (
            <div className="row" key={i}>
              <input type="text" inputMode="numeric" aria-label={`つまずき ${i + 1} の年度`} placeholder="2024" value={s.fiscalYear} onChange={(e) => set("stumblingPoints", draft.stumblingPoints.map((x, j) => (j === i ? { ...x, fiscalYear: e.target.value } : x)))} />
              <textarea aria-label={`つまずき ${i + 1}`} placeholder="つまずき" value={s.problemJa} onChange={(e) => set("stumblingPoints", draft.stumblingPoints.map((x, j) => (j === i ? { ...x, problemJa: e.target.value } : x)))} />
              <textarea aria-label={`つまずき ${i + 1} への対応`} placeholder="対応" value={s.responseJa} onChange={(e) => set("stumblingPoints", draft.stumblingPoints.map((x, j) => (j === i ? { ...x, responseJa: e.target.value } : x)))} />
              {listRow(() => set("stumblingPoints", draft.stumblingPoints.filter((_, j) => j !== i)), `つまずき ${i + 1}`)}
            </div>
          ))}
          <button type="button" className="button secondary small" onClick={() => set("stumblingPoints", [...draft.stumblingPoints, { fiscalYear: String(new Date().getFullYear()), problemJa: "", responseJa: "" }])}>
            つまずきを追加
          </button>
          <FieldError id="ce-sp-error" show={Boolean(onField("stumblingPoints"))} message={onField("stumblingPoints")} />
        </fieldset>
        <fieldset aria-describedby="ce-voices-error">
          <legend>関係者の声</legend>
          {draft.voices.map((v, i) => (
            <div className="row" key={i}>
              <select aria-label={`声 ${i + 1} の話し手の種類`} value={v.speakerType} onChange={(e) => set("voices", draft.voices.map((x, j) => (j === i ? { ...x, speakerType: e.target.value as VoiceSpeakerType } : x)))}>
                {SPEAKER_TYPES.map(([val, l]) => (
                  <option key={val} value={val}>{l}</option>
                ))}
              </select>
              <input type="text" aria-label={`声 ${i + 1} の話し手`} placeholder="話し手（例: 企業 C社）" value={v.speakerLabel} onChange={(e) => set("voices", draft.voices.map((x, j) => (j === i ? { ...x, speakerLabel: e.target.value } : x)))} />
              <textarea aria-label={`声 ${i + 1} の内容`} value={v.textJa} onChange={(e) => set("voices", draft.voices.map((x, j) => (j === i ? { ...x, textJa: e.target.value } : x)))} />
              {listRow(() => set("voices", draft.voices.filter((_, j) => j !== i)), `声 ${i + 1}`)}
            </div>
          ))}
          <button type="button" className="button secondary small" onClick={() => set("voices", [...draft.voices, { speakerType: "COMPANY", speakerLabel: "", textJa: "" }])}>
            声を追加
          </button>
          <FieldError id="ce-voices-error" show={Boolean(onField("voices"))} message={onField("voices")} />
        </fieldset>
        <div className="field">
          <label htmlFor="ce-outcomes">成果（1行に1つ）</label>
          <textarea id="ce-outcomes" value={draft.outcomes} onChange={(e) => set("outcomes", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ce-visibility">公開したときの公開範囲</label>
          <select id="ce-visibility" value={draft.visibility} onChange={(e) => set("visibility", e.target.value as ContentVisibility)}>
            {VISIBILITIES.map(([v, l]) => (
              <option key={v} value={v}>{l}</option>
            ))}
          </select>
          <p className="hint">下書きの間は、ここで何を選んでも非公開です。</p>
        </div>
        {apiError && !apiError.fields.length ? (
          <p className="error" role="alert">
            {apiError.message}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button" disabled={mutation.pending}>
            {mutation.pending ? "保存しています…" : "下書きとして保存"}
          </button>
          <Link to={id ? `/knowhow/cases/${encodeURIComponent(id)}` : "/knowhow/mine"}>キャンセル</Link>
        </div>
      </form>
    </Page>
  );
}
