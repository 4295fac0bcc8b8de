import type { ReactNode } from "react";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router";
import { Layout, Page } from "./components/Layout";
import { adminRoutes } from "./features/admin/routes";
import { demandRoutes } from "./features/demand/routes";
import { ImportPage } from "./features/import/ImportPage";
import { knowhowRoutes } from "./features/knowhow/routes";
import { SelfAssessmentPage } from "./features/self-assessment/SelfAssessmentPage";
import { useSession } from "./lib/hooks";
import { CallbackPage } from "./pages/Callback";
import { IntroductionPage, IntroductionsPage } from "./pages/Introductions";
import { NewPersonPage, PersonPage, PoolPage } from "./pages/Pool";
import { RecordsPage } from "./pages/Records";
import { SearchPage } from "./pages/Search";
import { SignInPage } from "./pages/SignIn";

function RequireSession({ children, coordinator }: { children: ReactNode; coordinator?: boolean }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (coordinator && session.role !== "COORDINATOR") return <Navigate to="/records" replace />;
  return <>{children}</>;
}

function Home() {
  const session = useSession();
  return <Navigate to={session?.role === "NATIONAL_ADMIN" ? "/records" : "/pool"} replace />;
}

function NotFound() {
  return (
    <Page title="ページが見つかりません">
      <p>アドレスを確認するか、メニューから選んでください。</p>
    </Page>
  );
}

export function App() {
  return (
    <BrowserRouter basename="/workspace">
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/callback" element={<CallbackPage />} />
        {knowhowRoutes()}
        <Route
          element={
            <RequireSession>
              <Layout />
            </RequireSession>
          }
        >
          <Route index element={<Home />} />
          <Route path="/pool" element={<RequireSession coordinator><PoolPage /></RequireSession>} />
          <Route path="/pool/new" element={<RequireSession coordinator><NewPersonPage /></RequireSession>} />
          <Route path="/pool/:id" element={<RequireSession coordinator><PersonPage /></RequireSession>} />
          <Route path="/search" element={<RequireSession coordinator><SearchPage /></RequireSession>} />
          <Route path="/introductions" element={<RequireSession coordinator><IntroductionsPage /></RequireSession>} />
          <Route path="/introductions/:id" element={<RequireSession coordinator><IntroductionPage /></RequireSession>} />
          <Route path="/records" element={<RecordsPage />} />
          <Route path="/import" element={<RequireSession coordinator><ImportPage /></RequireSession>} />
          {demandRoutes()}
          <Route path="/self-assessment" element={<RequireSession coordinator><SelfAssessmentPage /></RequireSession>} />
          {adminRoutes()}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
