import { registerEnumType } from "type-graphql";

/** Who may see a case study or program. */
export enum ContentVisibility {
  PUBLIC = "PUBLIC",
  NETWORK = "NETWORK",
  PRIVATE = "PRIVATE",
}
registerEnumType(ContentVisibility, {
  name: "ContentVisibility",
  description:
    "Who may see a case study or program: PUBLIC (anyone, anonymous included), NETWORK (any signed-in viewer of the hub), PRIVATE (only its own operator's viewers and the national administrator).",
});
