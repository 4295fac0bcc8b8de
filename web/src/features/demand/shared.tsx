import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { TypedDocumentString } from "../../gql/graphql";
import { request } from "../../lib/client";
import { problemOf, type FormProblem } from "./errors";

/** Demo data is flagged wherever it is shown. */
export function DemoBadge() {
  return <span className="badge demo">デモデータ</span>;
}

/** A label/value list, used on the detail pages; an item whose value is `false` does not apply and is left out. */
export function Props({ items, testId }: { items: Array<[string, ReactNode]>; testId?: string }) {
  return (
    <dl className="props" data-testid={testId}>
      {items.filter(([, value]) => value !== false).map(([term, value]) => (
        <div className="prop" key={term}>
          <dt>{term}</dt>
          <dd>{value === null || value === undefined || value === "" ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A mutation for the demand forms: one request at a time (a second submit while one is in flight is ignored; the
 * idempotency key makes a retry record once anyway), and its refusal as a Japanese sentence tied to the field concerned.
 */
export function useDemandMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const busy = useRef(false);
  const run = useCallback(
    async (variables: TVariables): Promise<TResult | null> => {
      if (busy.current) return null;
      busy.current = true;
      setPending(true);
      setProblem(null);
      try {
        return await (request as (d: typeof document, v: TVariables) => Promise<TResult>)(document, variables);
      } catch (e) {
        setProblem(problemOf(e));
        return null;
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [document],
  );
  return { run, pending, problem, setProblem };
}

/** The refusal shown under one field (and announced), when it concerns that field. */
export function FieldProblem({ id, problem, field }: { id: string; problem: FormProblem | null; field: string | string[] }) {
  const fields = Array.isArray(field) ? field : [field];
  if (!problem || !problem.field || !fields.includes(problem.field)) return null;
  return (
    <p className="error field-error" id={id} role="alert" data-testid={`problem-${fields[0]}`}>
      {problem.message}
    </p>
  );
}

/** The refusal shown above a form, when it names no field of it. */
export function FormProblemMessage({ problem, fields }: { problem: FormProblem | null; fields: string[] }) {
  if (!problem || (problem.field && fields.includes(problem.field))) return null;
  return (
    <p className="error" role="alert" data-testid="form-problem">
      {problem.message}
    </p>
  );
}

/** aria attributes of a control whose field the refusal concerns. */
export function invalidProps(problem: FormProblem | null, field: string, errorId: string) {
  return problem?.field === field ? { "aria-invalid": true as const, "aria-describedby": errorId } : {};
}

/** Moves the focus to the control a refusal concerns, so the sentence beside it is read and seen (it may be far above). */
export function useFocusProblem(problem: FormProblem | null, controlId: (field: string) => string) {
  const idOf = useRef(controlId);
  idOf.current = controlId;
  useEffect(() => {
    if (problem?.field) document.getElementById(idOf.current(problem.field))?.focus();
  }, [problem]);
}
