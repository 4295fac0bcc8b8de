import { useEffect, useMemo, useState, type FormEvent } from "react";
import "./self-assessment.css";
import { Link } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { MaturityElement, SelfAssessmentPageQuery } from "../../gql/graphql";
import { useQuery, useSession } from "../../lib/hooks";
import { ANSWERS, ELEMENTS, fy, fiscalYearJa } from "../knowhow/labels";
import { CHART_COLOURS, ChartWithTable, FieldError, useFormMutation, useIdempotencyKey, type ChartOption } from "../knowhow/shared";
import { currentFiscalYear, shortElement } from "./maturity";

const Source = graphql(`
  query SelfAssessmentPage($operatorId: ID!) {
    maturityModel {
      source
      respondents
      elements {
        element
        nameJa
        definitionJa
        levels {
          level
          statementJa
          baseline {
            agreePercent
            neutralPercent
            disagreePercent
          }
        }
      }
    }
    operator(id: $operatorId) {
      id
      nameJa
      selfAssessments {
        fiscalYear
        recordedAt
        elements {
          element
          nameJa
          level
          answers {
            level
            answer
            answerLabelJa
            group
            baselineSameGroupPercent
          }
          nextSteps {
            fromLevel
            toLevel
            textJa
            exampleCaseStudies {
              id
              titleJa
              operator {
                id
                nameJa
              }
            }
          }
        }
      }
    }
  }
`);

const Record = graphql(`
  mutation RecordSelfAssessment($input: RecordSelfAssessmentInput!) {
    recordSelfAssessment(input: $input) {
      fiscalYear
      recordedAt
    }
  }
`);

type Assessment = NonNullable<NonNullable<SelfAssessmentPageQuery["operator"]>["selfAssessments"]>[number];
type Answers = Record<string, number | undefined>;
const keyOf = (element: MaturityElement, level: number) => `${element}-${level}`;
const answerLabel = (n: number | undefined) => ANSWERS.find(([v]) => v === n)?.[1] ?? "未回答";
const YEARS = Array.from({ length: 16 }, (_, i) => 2015 + i);

function answersOf(a: Assessment | undefined): Answers {
  const out: Answers = {};
  for (const e of a?.elements ?? []) for (const s of e.answers) out[keyOf(e.element, s.level)] = s.answer;
  return out;
}

/** Share (%) of an element's three statements answered あてはまる or ややあてはまる. */
function agreeShare(a: Assessment, element: MaturityElement): number {
  const e = a.elements.find((x) => x.element === element);
  if (!e) return 0;
  return Math.round((e.answers.filter((s) => s.group === "AGREE").length / 3) * 1000) / 10;
}

export function SelfAssessmentPage() {
  const session = useSession();
  const operatorId = session?.operatorId ?? "";
  const { data, error, loading, reload } = useQuery(Source, { operatorId }, { skip: !operatorId });
  const [year, setYear] = useState(currentFiscalYear());
  const [answers, setAnswers] = useState<Answers>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const [key, renewKey] = useIdempotencyKey();
  const record = useFormMutation(Record);
  const history = useMemo(() => data?.operator?.selfAssessments ?? [], [data]);
  const thisYear = history.find((a) => a.fiscalYear === year);
  const earlier = history.filter((a) => a.fiscalYear < year).slice(-2);
  // Start from the year's recorded answers (re-recording replaces them), else from a blank form.
  useEffect(() => {
    setAnswers(answersOf(history.find((a) => a.fiscalYear === year)));
    setMissing([]);
  }, [history, year]);

  const model = data?.maturityModel;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!model) return;
    const blank = model.elements.flatMap((e) => e.levels.filter((l) => !answers[keyOf(e.element, l.level)]).map((l) => keyOf(e.element, l.level)));
    setMissing(blank);
    if (blank.length) {
      document.getElementById(`sa-${blank[0]}-1`)?.focus();
      return;
    }
    const input = {
      operatorId,
      fiscalYear: year,
      answers: model.elements.flatMap((e) => e.levels.map((l) => ({ element: e.element, level: l.level, answer: answers[keyOf(e.element, l.level)]! }))),
      idempotencyKey: key,
    };
    const done = await record.run({ input });
    if (done) {
      renewKey();
      setSaved(done.recordSelfAssessment.fiscalYear);
      reload();
    }
  };

  if (!operatorId) return null;
  return (
    <Page
      title="自己診断"
      lead="5つの活動要素それぞれについて、3段階の状態にどの程度あてはまるかを選んでください。結果は全国調査（n=27）と比べて表示し、次の段階に進むための実践のポイントと事例を示します。"
    >
      <ErrorMessage message={error} />
      <Loading show={loading && !data} />
      {model ? (
        <>
          <form className="form wide" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="sa-form-h">
            <h2 id="sa-form-h">{fiscalYearJa(year)}の回答</h2>
            <div className="field">
              <label htmlFor="sa-year">診断する年度</label>
              <select id="sa-year" value={year} onChange={(e) => { setYear(Number(e.target.value)); setSaved(null); }}>
                {YEARS.map((y) => (
                  <option key={y} value={y}>
                    {fiscalYearJa(y)}
                    {history.some((a) => a.fiscalYear === y) ? "（記録あり）" : ""}
                  </option>
                ))}
              </select>
              <p className="hint">
                {thisYear ? "この年度は記録済みです。回答し直すと、この年度の回答だけが置き換わります。" : "この年度はまだ記録されていません。"}
                {earlier.length ? ` 各項目の横（スマートフォンでは下）に${earlier.map((a) => fy(a.fiscalYear)).join("・")}の回答を表示しています。` : ""}
              </p>
            </div>
            {model.elements.map((e) => (
              <fieldset key={e.element} className="sa-element" data-testid={`sa-element-${e.element}`}>
                <legend>{e.nameJa}</legend>
                <p className="hint">{e.definitionJa}</p>
                {e.levels.map((l) => {
                  const k = keyOf(e.element, l.level);
                  const errorId = `sa-${k}-error`;
                  return (
                    <div className="sa-statement" key={k} role="radiogroup" aria-labelledby={`sa-${k}-label`} aria-describedby={missing.includes(k) ? errorId : undefined}>
                      <p className="sa-statement-text" id={`sa-${k}-label`}>
                        <span className="badge">レベル{l.level}</span> {l.statementJa}
                      </p>
                      <div className="sa-answer-row">
                        <div className="choices sa-choices">
                          {ANSWERS.map(([v, label]) => (
                            <label className="choice" key={v}>
                              <input
                                type="radio"
                                id={`sa-${k}-${v}`}
                                name={`sa-${k}`}
                                value={v}
                                checked={answers[k] === v}
                                onChange={() => setAnswers((a) => ({ ...a, [k]: v }))}
                              />
                              {label}
                            </label>
                          ))}
                        </div>
                        <dl className="sa-earlier" aria-label="これまでの回答">
                          {earlier.length === 0 ? (
                            <div>
                              <dt>これまでの回答</dt>
                              <dd>なし</dd>
                            </div>
                          ) : (
                            earlier.map((a) => (
                              <div key={a.fiscalYear}>
                                <dt>{fy(a.fiscalYear)}</dt>
                                <dd>{answerLabel(answersOf(a)[k])}</dd>
                              </div>
                            ))
                          )}
                          <div>
                            <dt>調査で「あてはまる」側</dt>
                            <dd>{l.baseline.agreePercent.toFixed(1)}%</dd>
                          </div>
                        </dl>
                      </div>
                      <FieldError id={errorId} show={missing.includes(k)} message="この項目の回答を選んでください。" />
                    </div>
                  );
                })}
              </fieldset>
            ))}
            {missing.length ? (
              <p className="error" role="alert">
                未回答の項目が{missing.length}件あります。15項目すべてに回答してください。
              </p>
            ) : null}
            {record.error ? (
              <p className="error" role="alert" data-testid="sa-error">
                {record.error.message}
              </p>
            ) : null}
            {saved !== null && !record.error ? (
              <p className="success" role="status" data-testid="sa-saved">
                {fiscalYearJa(saved)}の自己診断を記録しました。結果を下に表示しています。
              </p>
            ) : null}
            <div className="actions">
              <button type="submit" className="button" disabled={record.pending}>
                {record.pending ? "記録しています…" : "この内容で記録する"}
              </button>
            </div>
          </form>
          {thisYear ? <Result assessment={thisYear} previous={history.filter((a) => a.fiscalYear < year).at(-1)} history={history} model={model} /> : null}
        </>
      ) : null}
    </Page>
  );
}

function Result({
  assessment,
  previous,
  history,
  model,
}: {
  assessment: Assessment;
  previous: Assessment | undefined;
  history: Assessment[];
  model: SelfAssessmentPageQuery["maturityModel"];
}) {
  const baselineShare = (element: MaturityElement) => {
    const e = model.elements.find((x) => x.element === element)!;
    return Math.round((e.levels.reduce((sum, l) => sum + l.baseline.agreePercent, 0) / e.levels.length) * 10) / 10;
  };
  const names = ELEMENTS.map(([, l]) => shortElement(l));
  const elementKeys = ELEMENTS.map(([v]) => v);
  const option: ChartOption = {
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", valueFormatter: (v: unknown) => `${String(v)}%` },
    xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: names, inverse: true },
    series: [
      { name: `${fy(assessment.fiscalYear)}（自事業者）`, type: "bar", data: elementKeys.map((k) => agreeShare(assessment, k)), itemStyle: { color: CHART_COLOURS[0] } },
      ...(previous
        ? [{ name: `${fy(previous.fiscalYear)}（自事業者）`, type: "bar", data: elementKeys.map((k) => agreeShare(previous, k)), itemStyle: { color: CHART_COLOURS[2] } }]
        : []),
      {
        name: `全国調査（n=${model.respondents}）`,
        type: "bar",
        data: elementKeys.map(baselineShare),
        itemStyle: { color: "#ffffff", borderColor: CHART_COLOURS[1], borderWidth: 2, decal: { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 3], color: CHART_COLOURS[1] } },
      },
    ],
  };
  const rows = ELEMENTS.map(([k, label]) => {
    const e = assessment.elements.find((x) => x.element === k)!;
    const p = previous?.elements.find((x) => x.element === k);
    return [label, e.level, p ? p.level : null, agreeShare(assessment, k), baselineShare(k)] as Array<string | number | null>;
  });
  const years = history.map((a) => a.fiscalYear);
  return (
    <section aria-labelledby="sa-result-h" data-testid="sa-result">
      <h2 id="sa-result-h">{fiscalYearJa(assessment.fiscalYear)}の結果</h2>
      <ul className="sa-levels" data-testid="sa-levels">
        {assessment.elements.map((e) => {
          const p = previous?.elements.find((x) => x.element === e.element);
          const diff = p ? e.level - p.level : null;
          return (
            <li key={e.element} className="card">
              <span className="sa-level-name">{e.nameJa}</span>
              <span className="sa-level-value" data-testid={`sa-level-${e.element}`}>レベル{e.level}</span>
              {diff === null ? null : (
                <span className="sa-diff" data-testid={`sa-diff-${e.element}`}>
                  {diff > 0 ? `前回より${diff}段階上がりました` : diff < 0 ? `前回より${-diff}段階下がりました` : "前回と同じ"}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <ChartWithTable
        id="sa-elements"
        title="活動要素ごとの「あてはまる」の割合と全国調査"
        description="5つの活動要素それぞれについて、3つの状態のうち「あてはまる」「ややあてはまる」と答えた割合を、前回の自己診断と全国調査の平均と比べた横棒グラフです。"
        note={`全国調査は、2022・2023年度の事業者へのアンケート（回答${model.respondents}事業者）です。レベルは、下の段階からすべて「あてはまる」「ややあてはまる」と答えた最も高い段階です（0〜3）。`}
        option={option}
        head={["活動要素", `レベル（${fy(assessment.fiscalYear)}）`, previous ? `レベル（${fy(previous.fiscalYear)}）` : "レベル（前回）", "あてはまる割合（%）", "全国調査の平均（%）"]}
        rows={rows}
        csvName={`self-assessment-${assessment.fiscalYear}`}
      />
      {years.length > 1 ? (
        <section aria-labelledby="sa-yoy-h">
          <h2 id="sa-yoy-h">年度ごとのレベルの推移</h2>
          <div className="table-wrap">
            <table data-testid="sa-yoy">
              <caption>活動要素ごとのレベル（0〜3）</caption>
              <thead>
                <tr>
                  <th scope="col">活動要素</th>
                  {years.map((y) => (
                    <th scope="col" key={y}>
                      {fy(y)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ELEMENTS.map(([k, label]) => (
                  <tr key={k}>
                    <th scope="row">{label}</th>
                    {history.map((a) => (
                      <td key={a.fiscalYear}>{a.elements.find((x) => x.element === k)?.level ?? "—"}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="sa-next-h" data-testid="sa-next-steps">
        <h2 id="sa-next-h">次の段階に進むための実践のポイント</h2>
        {assessment.elements.every((e) => e.nextSteps.length === 0) ? <p>すべての活動要素でレベル3に達しています。</p> : null}
        {assessment.elements
          .filter((e) => e.nextSteps.length > 0)
          .map((e) => (
            <article key={e.element} className="panel sa-next" data-testid={`sa-next-${e.element}`}>
              <h3>
                {e.nameJa}（レベル{e.level}から）
              </h3>
              {e.nextSteps.map((p) => (
                <div key={`${p.fromLevel}-${p.toLevel}`}>
                  <p>
                    <span className="badge">
                      レベル{p.fromLevel}→{p.toLevel}
                    </span>{" "}
                    {p.textJa}
                  </p>
                  {p.exampleCaseStudies.length ? (
                    <>
                      <p className="meta">参考になる事例</p>
                      <ul>
                        {p.exampleCaseStudies.map((c) => (
                          <li key={c.id}>
                            <Link to={`/knowhow/cases/${encodeURIComponent(c.id)}`}>{c.titleJa}</Link>（{c.operator.nameJa}）
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </div>
              ))}
            </article>
          ))}
      </section>
    </section>
  );
}
