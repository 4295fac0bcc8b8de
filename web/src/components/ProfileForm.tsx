import { useState, type FormEvent } from "react";
import { FIELD_LABELS } from "../lib/errors";
import { AVAILABILITIES, INTERESTS, PREFECTURES, TALENT_KINDS, WORK_STYLES } from "../lib/labels";

/** The editable fields of a person, as the form holds them. */
export interface ProfileValues {
  displayName: string;
  kinds: string[];
  skills: string;
  yearsOfExperience: string;
  availability: string;
  preferredWorkStyles: string[];
  interestInRegion: string;
  homePrefectureCode: string;
  email: string;
  phone: string;
}

export const EMPTY_PROFILE: ProfileValues = {
  displayName: "",
  kinds: [],
  skills: "",
  yearsOfExperience: "",
  availability: "FULL_TIME",
  preferredWorkStyles: [],
  interestInRegion: "",
  homePrefectureCode: "",
  email: "",
  phone: "",
};

/** Skills are typed as one line separated by 、 , or line breaks. */
export const splitSkills = (text: string): string[] =>
  text
    .split(/[、,，\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** What the API takes (RegisterTalentProfileInput / UpdateTalentProfileInput). */
export function toInput(values: ProfileValues) {
  return {
    displayName: values.displayName.trim(),
    kinds: values.kinds,
    skills: splitSkills(values.skills),
    yearsOfExperience: values.yearsOfExperience === "" ? null : Number(values.yearsOfExperience),
    availability: values.availability,
    preferredWorkStyles: values.preferredWorkStyles,
    interestInRegion: values.interestInRegion || null,
    homePrefectureCode: values.homePrefectureCode || null,
    email: values.email.trim() || null,
    phone: values.phone.trim() || null,
  };
}

/** Checks in the browser what the API would refuse, with the same limits, so people see problems before sending. */
function validate(values: ProfileValues): Record<string, string> {
  const problems: Record<string, string> = {};
  const name = values.displayName.trim();
  if (name.length < 1 || name.length > 100) problems.displayName = "氏名は1〜100文字で入力してください。";
  if (values.kinds.length < 1 || values.kinds.length > 5) problems.kinds = "人材の種類を1〜5個選んでください。";
  const skills = splitSkills(values.skills);
  if (skills.length > 20) problems.skills = "スキルは20個までです。";
  else if (skills.some((s) => s.length > 50)) problems.skills = "スキルは1つ50文字までです。";
  if (values.yearsOfExperience !== "") {
    const years = Number(values.yearsOfExperience);
    if (!Number.isInteger(years) || years < 0 || years > 70) problems.yearsOfExperience = "経験年数は0〜70の整数で入力してください。";
  }
  const email = values.email.trim();
  if (email && (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) problems.email = "メールアドレスの形式で入力してください（例: name@example.jp）。";
  const phone = values.phone.trim();
  if (phone && !/^[0-9+\-() ]{6,20}$/.test(phone)) problems.phone = "電話番号は数字・空白・+・-・かっこで6〜20文字にしてください。";
  return problems;
}

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function ProfileForm({
  initial,
  submitLabel,
  pending,
  serverError,
  serverFields = [],
  onSubmit,
}: {
  initial: ProfileValues;
  submitLabel: string;
  pending: boolean;
  serverError: string | null;
  serverFields?: string[];
  onSubmit(values: ProfileValues): void;
}) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`pf-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    onSubmit(values);
  };
  const invalid = (field: string) => Boolean(problems[field]) || serverFields.includes(field);
  const describe = (field: string, hint?: boolean) => [hint ? `pf-${field}-hint` : "", problems[field] ? `pf-${field}-error` : ""].filter(Boolean).join(" ") || undefined;
  const problem = (field: string) =>
    problems[field] ? (
      <p className="error" id={`pf-${field}-error`}>
        {problems[field]}
      </p>
    ) : null;

  return (
    <form className="form" onSubmit={submit} noValidate>
      {Object.keys(problems).length > 0 ? (
        <p className="error" role="alert">
          入力内容を確認してください: {Object.keys(problems).map((f) => FIELD_LABELS[f] ?? f).join("、")}
        </p>
      ) : null}
      {serverError ? (
        <p className="error" role="alert">
          {serverError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="pf-displayName">氏名（必須）</label>
        <input id="pf-displayName" type="text" autoComplete="off" value={values.displayName} onChange={(e) => set("displayName", e.target.value)} aria-invalid={invalid("displayName")} aria-describedby={describe("displayName")} required />
        {problem("displayName")}
      </div>
      <fieldset aria-describedby={describe("kinds", true)}>
        <legend id="pf-kinds-legend">人材の種類（必須・1〜5個）</legend>
        <p className="hint" id="pf-kinds-hint">
          当てはまるものを選んでください。
        </p>
        <div className="choices">
          {TALENT_KINDS.map(([value, label], i) => (
            <label className="choice" key={value}>
              <input type="checkbox" id={i === 0 ? "pf-kinds" : undefined} checked={values.kinds.includes(value)} onChange={() => set("kinds", toggle(values.kinds, value))} aria-invalid={invalid("kinds")} />
              {label}
            </label>
          ))}
        </div>
        {problem("kinds")}
      </fieldset>
      <div className="field">
        <label htmlFor="pf-skills">スキル・専門分野</label>
        <p className="hint" id="pf-skills-hint">
          「、」で区切って入力します（例: 法人営業、経営企画）。20個まで。
        </p>
        <input id="pf-skills" type="text" value={values.skills} onChange={(e) => set("skills", e.target.value)} aria-invalid={invalid("skills")} aria-describedby={describe("skills", true)} />
        {problem("skills")}
      </div>
      <div className="field">
        <label htmlFor="pf-yearsOfExperience">経験年数</label>
        <input id="pf-yearsOfExperience" type="number" inputMode="numeric" min={0} max={70} value={values.yearsOfExperience} onChange={(e) => set("yearsOfExperience", e.target.value)} aria-invalid={invalid("yearsOfExperience")} aria-describedby={describe("yearsOfExperience")} />
        {problem("yearsOfExperience")}
      </div>
      <div className="field">
        <label htmlFor="pf-availability">働き方（必須）</label>
        <select id="pf-availability" value={values.availability} onChange={(e) => set("availability", e.target.value)}>
          {AVAILABILITIES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>希望する勤務形態</legend>
        <div className="choices">
          {WORK_STYLES.map(([value, label]) => (
            <label className="choice" key={value}>
              <input type="checkbox" checked={values.preferredWorkStyles.includes(value)} onChange={() => set("preferredWorkStyles", toggle(values.preferredWorkStyles, value))} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="pf-interestInRegion">地域への関心</label>
        <select id="pf-interestInRegion" value={values.interestInRegion} onChange={(e) => set("interestInRegion", e.target.value)}>
          <option value="">未回答</option>
          {INTERESTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pf-homePrefectureCode">出身・在住の都道府県</label>
        <select id="pf-homePrefectureCode" value={values.homePrefectureCode} onChange={(e) => set("homePrefectureCode", e.target.value)}>
          <option value="">未回答</option>
          {PREFECTURES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>連絡先（ほかの地域には、紹介を承諾したときだけ提供されます）</legend>
        <div className="field">
          <label htmlFor="pf-email">メールアドレス</label>
          <input id="pf-email" type="email" autoComplete="off" value={values.email} onChange={(e) => set("email", e.target.value)} aria-invalid={invalid("email")} aria-describedby={describe("email")} />
          {problem("email")}
        </div>
        <div className="field">
          <label htmlFor="pf-phone">電話番号</label>
          <input id="pf-phone" type="tel" autoComplete="off" value={values.phone} onChange={(e) => set("phone", e.target.value)} aria-invalid={invalid("phone")} aria-describedby={describe("phone")} />
          {problem("phone")}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "保存中…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
