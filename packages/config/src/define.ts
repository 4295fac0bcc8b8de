import { z } from "zod";

export type Environment = Readonly<Record<string, string | undefined>>;

/** One environment variable that failed validation: its name and what is allowed. */
export interface ConfigIssue {
  variable: string;
  problem: string;
}

/** Thrown when the environment does not validate; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(
      `${service}: ${issues.length === 1 ? "1 environment variable is" : `${issues.length} environment variables are`} not valid:\n` +
        issues.map((issue) => `  ${issue.variable}: ${issue.problem}`).join("\n"),
    );
    this.name = "ConfigError";
  }
}

type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

function freeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const inner of Object.values(value as Record<string, unknown>)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Empty strings mean "not set", so `FOO= npm start` falls back to the default instead of failing on "". */
function withoutEmpty(env: Environment): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== "") out[key] = value;
  return out;
}

/**
 * Parses the environment once against `schema` (an object of variable name → zod type; give each `.describe(meaning)`),
 * reporting EVERY invalid variable by name and what it allows, and returns a deeply frozen, typed object.
 */
export function defineConfig<S extends z.ZodObject>(
  service: string,
  schema: S,
  env: Environment = process.env,
  /** Rules across variables (e.g. "one of A or B"), run on the raw environment even when other variables failed. */
  crossChecks: (env: Readonly<Record<string, string>>) => ConfigIssue[] = () => [],
): DeepReadonly<z.output<S>> {
  const raw = withoutEmpty(env);
  const result = schema.safeParse(raw);
  const issues: ConfigIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => ({
        variable: issue.path.map(String).join(".") || "(environment)",
        problem: describeProblem(issue, schema),
      }));
  issues.push(...crossChecks(raw));
  if (!result.success || issues.length > 0) {
    throw new ConfigError(service, issues);
  }
  return freeze(result.data) as DeepReadonly<z.output<S>>;
}

function describeProblem(issue: z.core.$ZodIssue, schema: z.ZodObject): string {
  const key = String(issue.path[0] ?? "");
  const meaning = (schema.shape as Record<string, z.ZodType>)[key]?.description;
  const base = issue.code === "invalid_type" && issue.input === undefined ? "is required but not set" : issue.message;
  return meaning ? `${base} (${meaning})` : base;
}

/** A TCP port: an integer 0–65535 written in decimal. */
export const port = () =>
  z
    .string()
    .regex(/^\d{1,5}$/, "expected a port number (an integer 0–65535)")
    .transform(Number)
    .refine((n) => n <= 65_535, "expected a port number (an integer 0–65535)");

/** A positive whole number of milliseconds (or another unit the description names). */
export const positiveInt = (what = "a positive integer") =>
  z
    .string()
    .regex(/^\d+$/, `expected ${what}`)
    .transform(Number)
    .refine((n) => n > 0, `expected ${what}`);

/** A URL with one of the given protocols (e.g. "postgres:", "http:"). */
export const url = (...protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.length === 0 || protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `expected a URL${protocols.length ? ` starting with ${protocols.map((p) => `${p}//`).join(" or ")}` : ""}`);
