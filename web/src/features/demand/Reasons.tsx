/** One reason a suggestion is made, as the API words it. */
export interface Reason {
  kind: string;
  textJa: string;
}

/** Why a person fits a need (or a need a person), in words, with the score beside them. */
export function ReasonsList({ reasons, score, id }: { reasons: Reason[]; score: number; id: string }) {
  const percent = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div className="reasons-block">
      <p className="score" id={`${id}-score`}>
        <span className="score-label">一致度</span> <strong data-testid="suggestion-score">{percent}</strong>
        <span className="score-unit">点（100点満点）</span>
        <span className="score-bar" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
      </p>
      {reasons.length === 0 ? (
        <p className="hint">条件の一致はありません。</p>
      ) : (
        <ul className="reasons" aria-label="提案の理由" data-testid="suggestion-reasons">
          {reasons.map((r, i) => (
            <li key={`${r.kind}-${i}`}>{r.textJa}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
