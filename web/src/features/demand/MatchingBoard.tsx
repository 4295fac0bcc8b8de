import { Link } from "react-router";
import { formatDate } from "../../lib/hooks";
import { MATCHING_STATUSES, type MatchingState } from "./labels";
import { DemoBadge } from "./shared";

/** One matching as the board shows it. */
export interface BoardItem {
  id: string;
  status: MatchingState;
  needTitle: string;
  companyName: string;
  /** The person's card, in words (kinds, prefecture): never a name. */
  talentSummary: string;
  /** The operator on the other side of the matching. */
  otherOperatorName: string;
  /** NEED: our company's need; TALENT: our person. */
  side: "NEED" | "TALENT";
  updatedAt: string;
  isDemo: boolean;
}

/** One column: the matchings in one state (the most recently changed of them) and how many there are in all. */
export interface BoardColumn {
  status: MatchingState;
  count: number;
  items: BoardItem[];
}

/**
 * The matchings by state, one column per state in the order of the lifecycle (提案 → 紹介済み → 面談中 → 成立 / 不成立).
 * Each column is a list with its own heading and count; each item links to the matching, so the board is read and used
 * with the keyboard like any list. On a phone the columns stack.
 */
export function MatchingBoard({ columns }: { columns: BoardColumn[] }) {
  return (
    <div className="board" data-testid="matching-board">
      {MATCHING_STATUSES.map(([state, label]) => {
        const column = columns.find((c) => c.status === state) ?? { status: state, count: 0, items: [] };
        const headingId = `board-${state.toLowerCase()}`;
        return (
          <section key={state} className={`board-column state-${state.toLowerCase()}`} aria-labelledby={headingId} data-testid={`board-column-${state}`}>
            <h2 id={headingId}>
              {label} <span className="board-count" data-testid="board-count">{column.count}件</span>
            </h2>
            {column.items.length === 0 ? (
              <p className="hint">この状態のマッチングはありません。</p>
            ) : (
              <ul className="board-items">
                {column.items.map((item) => (
                  <li key={item.id} className="board-item" data-testid="board-item">
                    <Link to={`/demand/matchings/${item.id}`} className="board-link">
                      {item.needTitle}
                    </Link>
                    <p className="meta">{item.companyName}</p>
                    <p className="meta">{item.talentSummary}</p>
                    <p className="meta">
                      {item.side === "NEED" ? "人材: " : "ニーズ: "}
                      {item.otherOperatorName}
                    </p>
                    <p className="meta">更新: {formatDate(item.updatedAt)}</p>
                    <p>
                      <span className="badge none">{item.side === "TALENT" ? "自地域の人材" : "自地域の企業"}</span>
                      {item.isDemo ? <DemoBadge /> : null}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {column.count > column.items.length ? <p className="hint">ほか{column.count - column.items.length}件</p> : null}
          </section>
        );
      })}
    </div>
  );
}

/** A matching's state as a badge (the same words as the board's columns). */
export function StatusBadge({ status, label }: { status: MatchingState; label?: string }) {
  return <span className={`badge state state-${status.toLowerCase()}`}>{label ?? MATCHING_STATUSES.find((s) => s[0] === status)?.[1] ?? status}</span>;
}
