import type { ReactNode } from "react";
import { Navigate, Route } from "react-router";
import { useSession } from "../../lib/hooks";
import { CaseEditorPage } from "./CaseEditorPage";
import { CasePage } from "./CasePage";
import { KnowhowFrame } from "./KnowhowFrame";
import { LikeMinePage } from "./LikeMinePage";
import { MyCasesPage } from "./MyCasesPage";
import { ProgramPage } from "./ProgramPage";
import { KnowhowSearchPage } from "./SearchPage";

function CoordinatorOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  if (!session) return <Navigate to="/sign-in" replace />;
  if (session.role !== "COORDINATOR") return <Navigate to="/knowhow" replace />;
  return <>{children}</>;
}

/** The know-how routes: search and reading are open to visitors (PUBLIC content only); writing needs a coordinator. */
export function knowhowRoutes() {
  return (
    <Route element={<KnowhowFrame />}>
      <Route path="/knowhow" element={<KnowhowSearchPage />} />
      <Route path="/knowhow/cases/:id" element={<CasePage />} />
      <Route path="/knowhow/programs/:id" element={<ProgramPage />} />
      <Route path="/knowhow/like-mine" element={<CoordinatorOnly><LikeMinePage /></CoordinatorOnly>} />
      <Route path="/knowhow/mine" element={<CoordinatorOnly><MyCasesPage /></CoordinatorOnly>} />
      <Route path="/knowhow/new" element={<CoordinatorOnly><CaseEditorPage /></CoordinatorOnly>} />
      <Route path="/knowhow/cases/:id/edit" element={<CoordinatorOnly><CaseEditorPage /></CoordinatorOnly>} />
    </Route>
  );
}
