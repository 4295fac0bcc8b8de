import { useId, type ReactNode } from "react";

/** What every labelled control takes: a visible label, an optional hint and an error, both tied to the control. */
interface FieldBase {
  /** The control's id (default: a generated one). The label points at it. */
  id?: string;
  /** The visible label; it is the control's accessible name. */
  label: ReactNode;
  /** A short help text under the label, read out with the control (aria-describedby). */
  hint?: ReactNode;
  /** A Japanese sentence saying what is wrong; marks the control invalid and is read out with it. */
  error?: string | null;
  required?: boolean;
  disabled?: boolean;
  name?: string;
  /** Extra class names for the wrapping `.field`. */
  className?: string;
}

/** One choice of a Select: the value, its Japanese label, and anything else a list of labels carries. */
export type SelectOption<V extends string> = readonly [V, string, ...unknown[]];

export interface SelectProps<V extends string> extends FieldBase {
  value: V | "";
  onChange(value: V | ""): void;
  options: ReadonlyArray<SelectOption<V>>;
  /** When given, a first choice with the value "" and this label (e.g. すべて). */
  emptyLabel?: string;
}

export interface TextFieldProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  type?: "text" | "search" | "date" | "email" | "tel" | "datetime-local";
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  maxLength?: number;
  autoComplete?: string;
  placeholder?: string;
  /** Show how many characters are left when `maxLength` is set (announced politely). */
  showCount?: boolean;
}

function useFieldIds(id: string | undefined, hint: ReactNode, error: string | null | undefined) {
  const generated = useId();
  const controlId = id ?? `f${generated.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const hintId = hint ? `${controlId}-hint` : null;
  const errorId = error ? `${controlId}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { controlId, hintId, errorId, describedBy };
}

function FieldFrame(props: { className?: string; controlId: string; label: ReactNode; hint?: ReactNode; hintId: string | null; error?: string | null; errorId: string | null; children: ReactNode; after?: ReactNode }) {
  return (
    <div className={props.className ? `field ${props.className}` : "field"}>
      <label htmlFor={props.controlId}>{props.label}</label>
      {props.hint ? (
        <p className="hint" id={props.hintId!}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.after}
      {props.error ? (
        <p className="error field-error" id={props.errorId!}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled `<select>`: one accessible name, hint and error read with it, keyboard use as the browser gives it. */
export function Select<V extends string>(props: SelectProps<V>) {
  const { controlId, hintId, errorId, describedBy } = useFieldIds(props.id, props.hint, props.error);
  return (
    <FieldFrame className={props.className} controlId={controlId} label={props.label} hint={props.hint} hintId={hintId} error={props.error} errorId={errorId}>
      <select
        id={controlId}
        name={props.name}
        value={props.value}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => props.onChange(e.target.value as V | "")}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A labelled text input (or textarea with `rows`), with hint, error and an optional count of characters left. */
export function TextField(props: TextFieldProps) {
  const { controlId, hintId, errorId, describedBy } = useFieldIds(props.id, props.hint, props.error);
  const common = {
    id: controlId,
    name: props.name,
    value: props.value,
    required: props.required,
    disabled: props.disabled,
    maxLength: props.maxLength,
    autoComplete: props.autoComplete,
    placeholder: props.placeholder,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": describedBy,
  } as const;
  const left = props.showCount && props.maxLength ? props.maxLength - props.value.length : null;
  return (
    <FieldFrame
      className={props.className}
      controlId={controlId}
      label={props.label}
      hint={props.hint}
      hintId={hintId}
      error={props.error}
      errorId={errorId}
      after={
        left !== null ? (
          <p className="hint" aria-live="polite">
            残り{left}文字
          </p>
        ) : null
      }
    >
      {props.rows ? (
        <textarea {...common} rows={props.rows} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? "text"} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </FieldFrame>
  );
}
