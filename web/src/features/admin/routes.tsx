import type { ReactNode } from "react";
import { Navigate, Route } from "react-router";
import { Page } from "../../components/Layout";
import { useSession } from "../../lib/hooks";
import { AdminAdoptionsPage } from "./AdoptionsPage";
import { AdminAuditPage } from "./AuditPage";
import { AdminCertificationsPage } from "./CertificationsPage";
import { AdminEligibilityPage } from "./EligibilityPage";
import { AdminLicencesPage } from "./LicencesPage";
import { AdminOverviewPage } from "./OverviewPage";

/** The console is the national administrator's: anyone else is sent to a page that says so (the API refuses them too). */
function AdminOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  if (!session) return <Navigate to="/sign-in" replace />;
  if (session.role !== "NATIONAL_ADMIN") return <Navigate to="/admin-only" replace />;
  return <>{children}</>;
}

/** Routes inside the signed-in layout. */
export function adminRoutes() {
  return (
    <>
      <Route path="/admin" element={<AdminOnly><AdminOverviewPage /></AdminOnly>} />
      <Route path="/admin/adoptions" element={<AdminOnly><AdminAdoptionsPage /></AdminOnly>} />
      <Route path="/admin/licences" element={<AdminOnly><AdminLicencesPage /></AdminOnly>} />
      <Route path="/admin/certifications" element={<AdminOnly><AdminCertificationsPage /></AdminOnly>} />
      <Route path="/admin/eligibility" element={<AdminOnly><AdminEligibilityPage /></AdminOnly>} />
      <Route path="/admin/audit" element={<AdminOnly><AdminAuditPage /></AdminOnly>} />
      <Route path="/admin-only" element={<AdminOnlyNotice />} />
    </>
  );
}

/** What a coordinator sees at a console address. */
function AdminOnlyNotice() {
  return (
    <Page title="管理コンソールは全国管理者専用です">
      <p data-testid="admin-only">このページは全国管理者（経済産業省）だけが開けます。コーディネーターの方はメニューから業務を選んでください。</p>
    </Page>
  );
}
