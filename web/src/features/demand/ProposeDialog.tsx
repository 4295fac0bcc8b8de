import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { graphql } from "../../gql";
import { useIdempotencyKey } from "../knowhow/shared";
import { FieldProblem, FormProblemMessage, invalidProps, useDemandMutation } from "./shared";

const Propose = graphql(`
  mutation DemandProposeMatching($needId: ID!, $cardId: ID, $talentId: ID, $message: String, $idempotencyKey: String) {
    proposeMatching(needId: $needId, cardId: $cardId, talentId: $talentId, message: $message, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

/** Whom to propose for which need: a card of another region (need side) or a person of the own pool (person side). */
export interface ProposeTarget {
  needId: string;
  cardId?: string;
  talentId?: string;
  /** What the matching is called in the success message, e.g. 「北海道・兼業・副業人材の人材」. */
  summary: string;
  /** The sentence that says what the proposal does, above the message field. */
  explanation: ReactNode;
}

/**
 * The one dialog that proposes a matching, from a need's suggestions and from a person's page: an optional message to the
 * other side, the refusal as a Japanese sentence (under the message when it concerns it), one idempotency key per proposal.
 * Opens while `target` is set; `onClose` is called when it closes (cancelled, Escape, or proposed).
 */
export function ProposeDialog({ target, onClose, onProposed }: { target: ProposeTarget | null; onClose: () => void; onProposed: (matchingId: string, target: ProposeTarget) => void }) {
  const formId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const propose = useDemandMutation(Propose);
  const [key, renewKey] = useIdempotencyKey();
  const [message, setMessage] = useState("");
  const { setProblem } = propose;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (target && !d.open) {
      setMessage("");
      setProblem(null);
      d.showModal();
    } else if (!target && d.open) {
      d.close();
    }
  }, [target, setProblem]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    if (message.length > 1000) {
      propose.setProblem({ field: "message", message: "メッセージは1000文字までで入力してください。", rule: null });
      document.getElementById(`${formId}-message`)?.focus();
      return;
    }
    const result = await propose.run({
      needId: target.needId,
      cardId: target.cardId ?? null,
      talentId: target.talentId ?? null,
      message: message.trim() || null,
      idempotencyKey: key,
    });
    if (result) {
      renewKey();
      onProposed(result.proposeMatching.id, target);
      dialog.current?.close();
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby={`${formId}-h`} onClose={onClose}>
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        <h2 id={`${formId}-h`}>マッチングを提案する</h2>
        <p>{target?.explanation}</p>
        <FormProblemMessage problem={propose.problem} fields={["message"]} />
        <div className="field">
          <label htmlFor={`${formId}-message`}>相手の事業者へのメッセージ（任意・1000文字まで）</label>
          <textarea id={`${formId}-message`} value={message} onChange={(e) => setMessage(e.target.value)} {...invalidProps(propose.problem, "message", `${formId}-message-error`)} />
          <FieldProblem id={`${formId}-message-error`} problem={propose.problem} field="message" />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={propose.pending}>
            提案する
          </button>
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
            やめる
          </button>
        </div>
      </form>
    </dialog>
  );
}
