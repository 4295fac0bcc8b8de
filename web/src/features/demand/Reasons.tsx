/** One reason a suggestion is made, as the API words it, with the points it adds to the score. */
export interface Reason {
  kind: string;
  textJa: string;
  points: number;
}

/**
 * Why a person fits a need (or a need a person), in words, each with its points, and the score they add up to. The bar
 * compares the score with the best suggestion in the list (it is drawn, not read: the number is beside it).
 */
export function ReasonsList({ reasons, score, best, id }: { reasons: Reason[]; score: number; best: number; id: string }) {
  const share = best > 0 ? Math.max(0, Math.min(100, Math.round((score / best) * 100))) : 0;
  return (
    <div className="reasons-block">
      <p className="score" id={`${id}-score`}>
        <span className="score-label">一致度</span> <strong data-testid="suggestion-score">{score}</strong>
        <span className="score-unit">点</span>
        <span className="score-bar" aria-hidden="true">
          <span style={{ width: `${share}%` }} />
        </span>
      </p>
      {reasons.length === 0 ? (
        <p className="hint">条件の一致はありません。</p>
      ) : (
        <ul className="reasons" aria-label="提案の理由" data-testid="suggestion-reasons">
          {reasons.map((r, i) => (
            <li key={`${r.kind}-${i}`}>
              {r.textJa}
              <span className="points">（+{r.points}点）</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
