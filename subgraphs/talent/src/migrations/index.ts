import { CreateTalent1764100000000 } from "./1764100000000-create-talent";
import { SharedCardReadModel1764200000000 } from "./1764200000000-shared-card-read-model";
import { SharedCardWorkStyleTerms1764250000000 } from "./1764250000000-shared-card-work-style-terms";
import { TalentImport1764350000000 } from "./1764350000000-talent-import";
import { Demand1765000000000 } from "./1765000000000-demand";
import { IntroductionDeclineReason1765300000000 } from "./1765300000000-introduction-decline-reason";
import { EventInbox1766100000002 } from "./1766100000002-event-inbox";
import { ProgramRef1766100000003 } from "./1766100000003-program-ref";
import { PoliciesOncePerStatement1766200000000 } from "./1766200000000-policies-once-per-statement";
import { PurposeAudienceTerms1766300000000 } from "./1766300000000-purpose-audience-terms";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [
  CreateTalent1764100000000,
  SharedCardReadModel1764200000000,
  SharedCardWorkStyleTerms1764250000000,
  TalentImport1764350000000,
  Demand1765000000000,
  IntroductionDeclineReason1765300000000,
  EventInbox1766100000002,
  ProgramRef1766100000003,
  PoliciesOncePerStatement1766200000000,
  PurposeAudienceTerms1766300000000,
];
