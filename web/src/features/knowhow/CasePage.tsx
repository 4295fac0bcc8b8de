import { Link, useParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { KnowhowCaseQuery } from "../../gql/graphql";
import { formatDateTime, useQuery, useSession } from "../../lib/hooks";
import { labelOf, TALENT_KINDS } from "../../lib/labels";
import { COUNTING_BASES, ELEMENTS, PHASES, PROGRAM_KINDS, SPEAKER_TYPES, AREA_SIZES, fiscalYearJa } from "./labels";
import { VISIBILITY_BADGE } from "./SearchPage";
import { KnowhowNav } from "./KnowhowNav";
import { PublishButton } from "./PublishButton";

const CaseQuery = graphql(`
  query KnowhowCase($id: ID!) {
    caseStudy(id: $id) {
      id
      titleJa
      summaryJa
      place
      areaSizeClasses
      orgClassLabelJa
      leadershipModelLabelJa
      background
      goal
      phases {
        phase
        labelJa
        textJa
        sourceNote
      }
      devices {
        element
        textJa
      }
      stumblingPoints {
        fiscalYear
        problemJa
        responseJa
        detailJa
      }
      voices {
        speakerType
        speakerLabel
        textJa
        valueTags
      }
      outcomes {
        textJa
        period
      }
      plansAhead {
        fiscalYear
        period
        textJa
      }
      evolution {
        fiscalYear
        textJa
        activitiesJa
        structureJa
      }
      fiscalYears
      targetTalentKinds
      programKinds
      source
      status
      visibility
      intendedVisibility
      updatedAt
      operator {
        id
        nameJa
      }
      coOperators {
        id
        nameJa
      }
      programs {
        id
        nameJa
        kindLabelJa
        outcomes {
          metric
          valueText
          unit
          countingBasis
          basisNote
          period
          companies
          note
        }
      }
    }
  }
`);

type Case = NonNullable<KnowhowCaseQuery["caseStudy"]>;

/** Outcomes with their unit, how they were counted and the period: numbers of different bases are never added. */
export function OutcomeTable({ outcomes, testId }: { outcomes: Case["programs"][number]["outcomes"]; testId?: string }) {
  if (outcomes.length === 0) return <p className="meta">数値の成果は記載されていません。</p>;
  return (
    <div className="table-wrap">
      <table className="stack" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">指標</th>
            <th scope="col">値</th>
            <th scope="col">単位</th>
            <th scope="col">数え方</th>
            <th scope="col">期間</th>
            <th scope="col">備考</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o, i) => (
            <tr key={i}>
              <td data-label="指標">{o.metric}</td>
              <td data-label="値">{o.valueText}</td>
              <td data-label="単位">{o.unit}</td>
              <td data-label="数え方">
                {labelOf(COUNTING_BASES, o.countingBasis)}
                {o.basisNote ? <span className="meta">（{o.basisNote}）</span> : null}
              </td>
              <td data-label="期間">{o.period ?? "記載なし"}</td>
              <td data-label="備考">
                {o.companies !== null && o.companies !== undefined ? `対象企業 ${o.companies}社。` : ""}
                {o.note ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CasePage() {
  const { id = "" } = useParams();
  const session = useSession();
  const { data, error, loading, reload } = useQuery(CaseQuery, { id });
  const c = data?.caseStudy;
  if (loading && !data) return <Loading show />;
  if (!c) {
    return (
      <Page title="事例が見つかりません">
        <ErrorMessage message={error} />
        <p>この事例は存在しないか、閲覧できる範囲にありません（下書きは作成した事業者だけが見られます）。</p>
        <p>
          <Link to="/knowhow">ノウハウ検索に戻る</Link>
        </p>
      </Page>
    );
  }
  const mine = session?.role === "COORDINATOR" && session.operatorId === c.operator.id;
  const years = [...new Set(c.stumblingPoints.map((s) => s.fiscalYear))].sort((a, b) => a - b);
  return (
    <Page title={c.titleJa}>
      <KnowhowNav />
      <p className="meta" data-testid="case-meta">
        {c.operator.nameJa}
        {c.coOperators.length ? `・${c.coOperators.map((o) => o.nameJa).join("、")}` : ""}
        {c.place ? `・${c.place}` : ""}
      </p>
      <p>
        {c.status === "DRAFT" ? <span className="badge warn" data-testid="case-status">下書き（自事業者と全国管理者だけが閲覧できます）</span> : <span className="badge ok" data-testid="case-status">公開済み</span>}
        <span className="badge none">{VISIBILITY_BADGE[c.visibility]}</span>
        {c.leadershipModelLabelJa ? <span className="badge none">{c.leadershipModelLabelJa}</span> : null}
        {c.orgClassLabelJa ? <span className="badge none">{c.orgClassLabelJa}</span> : null}
        {c.areaSizeClasses.map((a) => (
          <span className="badge none" key={a}>
            {labelOf(AREA_SIZES, a)}
          </span>
        ))}
      </p>
      {mine ? (
        <div className="actions">
          <Link className="button secondary" to={`/knowhow/cases/${encodeURIComponent(c.id)}/edit`}>
            編集する
          </Link>
          {c.status === "DRAFT" ? <PublishButton id={c.id} intended={c.intendedVisibility} onDone={reload} /> : null}
          <span className="meta">最終更新 {formatDateTime(c.updatedAt)}</span>
        </div>
      ) : null}
      {c.summaryJa ? (
        <section aria-labelledby="sum-h">
          <h2 id="sum-h">取組の概要</h2>
          <p>{c.summaryJa}</p>
        </section>
      ) : null}
      {c.background || c.goal ? (
        <section aria-labelledby="asis-h">
          <h2 id="asis-h">背景と目指す姿</h2>
          <div className="asis-tobe">
            <div className="panel">
              <h3>As Is（背景・課題）</h3>
              <p>{c.background ?? "記載なし"}</p>
            </div>
            <div className="arrow" aria-hidden="true">→</div>
            <div className="panel">
              <h3>To Be（目指す姿）</h3>
              <p>{c.goal ?? "記載なし"}</p>
            </div>
          </div>
        </section>
      ) : null}
      {c.phases.length ? (
        <section aria-labelledby="ph-h">
          <h2 id="ph-h">段階ごとの取組</h2>
          <ol className="phases" data-testid="phases">
            {c.phases.map((p, i) => (
              <li key={i} className="panel">
                <h3>{p.labelJa ?? labelOf(PHASES, p.phase)}</h3>
                <p>{p.textJa}</p>
                {p.sourceNote ? <p className="hint">読み方の注: {p.sourceNote}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {c.devices.length ? (
        <section aria-labelledby="dev-h">
          <h2 id="dev-h">定着に向けた工夫（活動要素別）</h2>
          <dl className="devices" data-testid="devices">
            {ELEMENTS.filter(([e]) => c.devices.some((d) => d.element === e)).map(([e, label]) => (
              <div key={e}>
                <dt>{label}</dt>
                {c.devices
                  .filter((d) => d.element === e)
                  .map((d, i) => (
                    <dd key={i}>{d.textJa}</dd>
                  ))}
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {years.length ? (
        <section aria-labelledby="st-h">
          <h2 id="st-h">つまずきと対応（年度ごと）</h2>
          <ol className="timeline" data-testid="timeline">
            {years.map((y) => (
              <li key={y}>
                <h3 className="timeline-year">{fiscalYearJa(y)}</h3>
                {c.stumblingPoints
                  .filter((s) => s.fiscalYear === y)
                  .map((s, i) => (
                    <div className="timeline-item" key={i}>
                      <p>
                        <strong>つまずき:</strong> {s.problemJa}
                      </p>
                      <p>
                        <strong>対応:</strong> {s.responseJa}
                      </p>
                      {s.detailJa ? (
                        <details>
                          <summary>直面した課題とその対応（全文）</summary>
                          <p>{s.detailJa}</p>
                        </details>
                      ) : null}
                    </div>
                  ))}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {c.evolution.length ? (
        <section aria-labelledby="ev-h">
          <h2 id="ev-h">年度ごとの変化</h2>
          <ol className="timeline">
            {c.evolution.map((e) => (
              <li key={e.fiscalYear}>
                <h3 className="timeline-year">{fiscalYearJa(e.fiscalYear)}</h3>
                <div className="timeline-item">
                  <p>{e.textJa}</p>
                  {e.activitiesJa.length ? <p className="meta">活動: {e.activitiesJa.join("、")}</p> : null}
                  {e.structureJa ? <p className="meta">体制: {e.structureJa}</p> : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {c.voices.length ? (
        <section aria-labelledby="vo-h">
          <h2 id="vo-h">関係者の声</h2>
          <div className="voices" data-testid="voices">
            {c.voices.map((v, i) => (
              <figure key={i} className="voice">
                <blockquote>{v.textJa}</blockquote>
                <figcaption>
                  — {v.speakerLabel}（{labelOf(SPEAKER_TYPES, v.speakerType)}）
                  {v.valueTags.length ? <span className="meta"> {v.valueTags.map((t) => `#${t}`).join(" ")}</span> : null}
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
      ) : null}
      {c.outcomes.length || c.programs.some((p) => p.outcomes.length) ? (
        <section aria-labelledby="oc-h">
          <h2 id="oc-h">成果</h2>
          {c.outcomes.length ? (
            <ul>
              {c.outcomes.map((o, i) => (
                <li key={i}>
                  {o.textJa}
                  {o.period ? <span className="meta">（{o.period}）</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {c.programs
            .filter((p) => p.outcomes.length)
            .map((p) => (
              <div key={p.id}>
                <h3>
                  <Link to={`/knowhow/programs/${encodeURIComponent(p.id)}`}>{p.nameJa}</Link>
                  <span className="meta">（{p.kindLabelJa}）</span>
                </h3>
                <OutcomeTable outcomes={p.outcomes} testId="outcomes" />
              </div>
            ))}
          <p className="hint">数え方（延べ・実人数など）や単位が違う数値は足し合わせていません。</p>
        </section>
      ) : null}
      {c.plansAhead.length ? (
        <section aria-labelledby="pl-h">
          <h2 id="pl-h">今後の展開</h2>
          <ul>
            {c.plansAhead.map((p, i) => (
              <li key={i}>
                {p.fiscalYear ? `${fiscalYearJa(p.fiscalYear)}: ` : p.period ? `${p.period}: ` : ""}
                {p.textJa}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="at-h">
        <h2 id="at-h">この事例について</h2>
        <dl className="props">
          <dt>対象年度</dt>
          <dd>{c.fiscalYears.length ? c.fiscalYears.map((y) => `${y}年度`).join("、") : "記載なし"}</dd>
          <dt>対象の人材</dt>
          <dd>{c.targetTalentKinds.map((k) => labelOf(TALENT_KINDS, k)).join("、") || "記載なし"}</dd>
          <dt>事業の種類</dt>
          <dd>{c.programKinds.map((k) => labelOf(PROGRAM_KINDS, k)).join("、") || "記載なし"}</dd>
          <dt>関連する事業</dt>
          <dd>
            {c.programs.length
              ? c.programs.map((p, i) => (
                  <span key={p.id}>
                    {i ? "、" : ""}
                    <Link to={`/knowhow/programs/${encodeURIComponent(p.id)}`}>{p.nameJa}</Link>
                  </span>
                ))
              : "なし"}
          </dd>
          <dt>出典</dt>
          <dd>{c.source}</dd>
        </dl>
      </section>
    </Page>
  );
}
