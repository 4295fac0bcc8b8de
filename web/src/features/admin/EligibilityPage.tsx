import { useState } from "react";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { SubsidyFrame } from "../../gql/graphql";
import { useQuery } from "../../lib/hooks";
import { ELIGIBILITY_LABELS, fyLabel } from "./labels";
import { AdminNav, OperatorSelect, useAllOperators } from "./shared";

const Frames = graphql(`
  query AdminEligibilityFrames {
    subsidySchemes {
      fiscalYear
      frames {
        frame
        labelJa
      }
    }
  }
`);

const Eligibility = graphql(`
  query AdminEligibility($id: ID!, $fiscalYear: Int!, $frame: SubsidyFrame!) {
    operator(id: $id) {
      id
      nameJa
      adoptions {
        id
      }
      eligibility(fiscalYear: $fiscalYear, frame: $frame) {
        status
        adoptionCountBefore
        nextAdoptionNumber
        rate
        undecidedByJa
        reasonDetails {
          reasonCode
          reasonJa
        }
      }
    }
  }
`);

export function AdminEligibilityPage() {
  const { operators, error: operatorsError } = useAllOperators();
  const frames = useQuery(Frames, {});
  const [operatorId, setOperatorId] = useState("");
  const [fiscalYear, setFiscalYear] = useState(2026);
  const [frame, setFrame] = useState<SubsidyFrame>("RIGHT_ARM");
  const years = frames.data?.subsidySchemes ?? [];
  const offered = years.find((s) => s.fiscalYear === fiscalYear)?.frames ?? [];
  const ready = Boolean(operatorId) && offered.some((f) => f.frame === frame);
  const result = useQuery(Eligibility, { id: operatorId, fiscalYear, frame }, { skip: !ready });
  const e = result.data?.operator?.eligibility;
  return (
    <Page title="採択要件の確認" lead="事業者が、ある年度のある枠で採択され得るかを、登録された事実から判断します。事実が登録されていないときは「判断できない」と示し、推測はしません。">
      <AdminNav />
      <ErrorMessage message={operatorsError ?? frames.error ?? result.error} />
      <div className="toolbar">
        <OperatorSelect id="el-operator" label="事業者" value={operatorId} onChange={setOperatorId} operators={operators} />
        <div className="field">
          <label htmlFor="el-year">年度</label>
          <select
            id="el-year"
            value={fiscalYear}
            onChange={(ev) => {
              const y = Number(ev.target.value);
              setFiscalYear(y);
              setFrame(years.find((s) => s.fiscalYear === y)?.frames[0]?.frame ?? frame);
            }}
          >
            {years.map((s) => (
              <option key={s.fiscalYear} value={s.fiscalYear}>
                {fyLabel(s.fiscalYear)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="el-frame">枠</label>
          <select id="el-frame" value={frame} onChange={(ev) => setFrame(ev.target.value as SubsidyFrame)}>
            {offered.map((f) => (
              <option key={f.frame} value={f.frame}>
                {f.labelJa}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Loading show={result.loading && !result.data} />
      {e && result.data?.operator ? (
        <section className="panel" aria-labelledby="el-h" data-testid="el-result" data-status={e.status}>
          <h2 id="el-h">
            {result.data.operator.nameJa}・{fyLabel(fiscalYear)}・{offered.find((f) => f.frame === frame)?.labelJa}
          </h2>
          <p className={`status-pill status-${e.status.toLowerCase()}`} data-testid="el-status">
            {ELIGIBILITY_LABELS[e.status]}
          </p>
          <dl className="meta-list">
            <dt>それまでの採択回数</dt>
            <dd>{e.adoptionCountBefore}回</dd>
            <dt>今回の採択</dt>
            <dd>{e.nextAdoptionNumber ? `${e.nextAdoptionNumber}回目` : "上限に達しています"}</dd>
            <dt>補助率</dt>
            <dd>{e.rate ?? "示せません"}</dd>
          </dl>
          <h3>理由</h3>
          <ul className="reasons" data-testid="el-reasons">
            {e.reasonDetails.map((r) => (
              <li key={r.reasonCode + r.reasonJa}>{r.reasonJa}</li>
            ))}
          </ul>
          {e.undecidedByJa.length ? (
            <>
              <h3>判断に必要な事実</h3>
              <ul>
                {e.undecidedByJa.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : !operatorId ? (
        <p>事業者を選ぶと結果を表示します。</p>
      ) : null}
    </Page>
  );
}
