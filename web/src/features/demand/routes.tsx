import type { ReactNode } from "react";
import { Navigate, Route } from "react-router";
import { useSession } from "../../lib/hooks";
import { BoardPage } from "./BoardPage";
import { CompaniesPage } from "./CompaniesPage";
import { CompanyPage } from "./CompanyPage";
import { MatchingPage } from "./MatchingPage";
import { NeedEditPage, NeedFormPage } from "./NeedFormPage";
import { NeedPage } from "./NeedPage";
import { OutcomesPage } from "./OutcomesPage";

function CoordinatorOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  if (!session) return <Navigate to="/sign-in" replace />;
  if (session.role !== "COORDINATOR") return <Navigate to="/demand/outcomes" replace />;
  return <>{children}</>;
}

/** The demand side (issue 15): companies, needs, suggestions, matchings, outcomes. Rendered inside the signed-in Layout. */
export function demandRoutes() {
  return (
    <>
      <Route path="/demand/companies" element={<CoordinatorOnly><CompaniesPage /></CoordinatorOnly>} />
      <Route path="/demand/companies/:id" element={<CoordinatorOnly><CompanyPage /></CoordinatorOnly>} />
      <Route path="/demand/companies/:id/needs/new" element={<CoordinatorOnly><NeedFormPage /></CoordinatorOnly>} />
      <Route path="/demand/needs/:id" element={<CoordinatorOnly><NeedPage /></CoordinatorOnly>} />
      <Route path="/demand/needs/:id/edit" element={<CoordinatorOnly><NeedEditPage /></CoordinatorOnly>} />
      <Route path="/demand/matchings" element={<CoordinatorOnly><BoardPage /></CoordinatorOnly>} />
      <Route path="/demand/matchings/:id" element={<CoordinatorOnly><MatchingPage /></CoordinatorOnly>} />
      <Route path="/demand/outcomes" element={<OutcomesPage />} />
    </>
  );
}
