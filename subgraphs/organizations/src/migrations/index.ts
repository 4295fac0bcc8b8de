import { CreateOrganizations1764000000000 } from "./1764000000000-create-organizations";
import { CreateAdminAudit1764000001000 } from "./1764000001000-create-admin-audit";
import { AlignAdminAudit1764400000000 } from "./1764400000000-align-admin-audit";
import { CreateSiteApiKey1765100000000 } from "./1765100000000-create-site-api-key";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [CreateOrganizations1764000000000, CreateAdminAudit1764000001000, AlignAdminAudit1764400000000, CreateSiteApiKey1765100000000];
