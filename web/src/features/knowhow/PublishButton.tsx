import { useState } from "react";
import { graphql } from "../../gql";
import type { ContentVisibility } from "../../gql/graphql";
import { VISIBILITIES } from "./labels";
import { useFormMutation } from "./shared";

const Publish = graphql(`
  mutation KnowhowPublish($id: ID!, $visibility: ContentVisibility) {
    publishCaseStudy(id: $id, visibility: $visibility) {
      id
      status
      visibility
    }
  }
`);

/** Publishes a draft with the visibility chosen here (default: the one set on the draft). Publishing twice is harmless. */
export function PublishButton({ id, intended, onDone }: { id: string; intended: ContentVisibility; onDone(): void }) {
  const [visibility, setVisibility] = useState<ContentVisibility>(intended);
  const publish = useFormMutation(Publish);
  return (
    <form
      className="publish"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await publish.run({ id, visibility })) onDone();
      }}
    >
      <label htmlFor="pub-visibility">公開範囲</label>
      <select id="pub-visibility" value={visibility} onChange={(e) => setVisibility(e.target.value as ContentVisibility)}>
        {VISIBILITIES.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={publish.pending}>
        {publish.pending ? "公開しています…" : "公開する"}
      </button>
      {publish.error ? (
        <p className="error" role="alert">
          {publish.error.message}
        </p>
      ) : null}
    </form>
  );
}
