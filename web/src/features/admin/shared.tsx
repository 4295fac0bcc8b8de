import { useEffect, useState } from "react";
import "./admin.css";
import { NavLink } from "react-router";
import { graphql } from "../../gql";
import type { AdminOperatorsQuery } from "../../gql/graphql";
import { request } from "../../lib/client";
import { messageOf } from "../../lib/errors";

/** The console's own links. */
export function AdminNav() {
  return (
    <nav className="subnav" aria-label="管理コンソールのメニュー">
      <NavLink to="/admin" end>
        概要とグラフ
      </NavLink>
      <NavLink to="/admin/adoptions">採択</NavLink>
      <NavLink to="/admin/licences">ロゴマーク利用</NavLink>
      <NavLink to="/admin/certifications">法制度の認定</NavLink>
      <NavLink to="/admin/eligibility">採択要件の確認</NavLink>
      <NavLink to="/admin/audit">変更の記録</NavLink>
    </nav>
  );
}

const OperatorsPage = graphql(`
  query AdminOperators($after: String) {
    operators(first: 100, after: $after) {
      edges {
        node {
          id
          nameJa
          prefecture {
            nameJa
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export interface OperatorOption {
  id: string;
  nameJa: string;
  prefectureJa: string | null;
}

/** Every operator (all pages), for the console's pickers. */
export function useAllOperators(): { operators: OperatorOption[]; error: string | null } {
  const [operators, setOperators] = useState<OperatorOption[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const all: OperatorOption[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const page: AdminOperatorsQuery = await request(OperatorsPage, { after });
        all.push(...page.operators.edges.map(({ node }) => ({ id: node.id, nameJa: node.nameJa, prefectureJa: node.prefecture?.nameJa ?? null })));
        if (!page.operators.pageInfo.hasNextPage) break;
        after = page.operators.pageInfo.endCursor ?? null;
      }
      if (live) setOperators(all);
    })().catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, []);
  return { operators, error };
}

export const operatorLabel = (o: OperatorOption) => `${o.nameJa}${o.prefectureJa ? `（${o.prefectureJa}）` : ""}`;

/** A labelled operator picker. */
export function OperatorSelect({
  id,
  label,
  value,
  onChange,
  operators,
  describedBy,
  invalid,
  empty = "選んでください",
}: {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  operators: OperatorOption[];
  describedBy?: string;
  invalid?: boolean;
  empty?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
        <option value="">{empty}</option>
        {operators.map((o) => (
          <option key={o.id} value={o.id}>
            {operatorLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Today in Japan as YYYY-MM-DD. */
export function todayJa(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());
}
