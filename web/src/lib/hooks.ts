import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { TypedDocumentString } from "../gql/graphql";
import { request } from "./client";
import { ApiError, messageOf } from "./errors";
import { getSession, subscribe, type Session } from "./session";

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}

export interface QueryState<T> {
  data: T | null;
  /** A Japanese sentence, when the request failed. */
  error: string | null;
  loading: boolean;
  reload(): void;
}

/** Runs one typed query whenever its variables change (one request per view). */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const [state, setState] = useState<{ data: TResult | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: !options.skip,
  });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables);
  const seq = useRef(0);
  useEffect(() => {
    if (options.skip) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    (request as (d: typeof document, v: TVariables) => Promise<TResult>)(document, variables).then(
      (data) => mine === seq.current && setState({ data, error: null, loading: false }),
      (error: unknown) => mine === seq.current && setState((s) => ({ data: s.data, error: messageOf(error), loading: false })),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, key, tick, options.skip]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

/** A mutation with its pending state and its Japanese error sentence. */
export function useMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<string[]>([]);
  const run = useCallback(
    async (variables: TVariables): Promise<TResult | null> => {
      setPending(true);
      setError(null);
      setFields([]);
      try {
        return await (request as (d: typeof document, v: TVariables) => Promise<TResult>)(document, variables);
      } catch (e) {
        setError(messageOf(e));
        setFields(e instanceof ApiError ? e.fields : []);
        return null;
      } finally {
        setPending(false);
      }
    },
    [document],
  );
  return { run, pending, error, fields, setError };
}

/** Formats an ISO 8601 instant as a Japanese date and time (Asia/Tokyo). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", dateStyle: "medium", timeStyle: "short" }).format(date);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", dateStyle: "medium" }).format(date);
}
