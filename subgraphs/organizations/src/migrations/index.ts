import { CreateOrganizations1764000000000 } from "./1764000000000-create-organizations";
import { CreateAdminAudit1764000001000 } from "./1764000001000-create-admin-audit";
import { AlignAdminAudit1764400000000 } from "./1764400000000-align-admin-audit";
import { RegionalCompany1765000000000 } from "./1765000000000-regional-company";
import { CreateSiteApiKey1765100000000 } from "./1765100000000-create-site-api-key";
import { CreateRelations1765200000000 } from "./1765200000000-create-relations";
import { DomainEventOutbox1766100000001 } from "./1766100000001-domain-event-outbox";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [
  CreateOrganizations1764000000000,
  CreateAdminAudit1764000001000,
  AlignAdminAudit1764400000000,
  RegionalCompany1765000000000,
  CreateSiteApiKey1765100000000,
  CreateRelations1765200000000,
  DomainEventOutbox1766100000001,
];
