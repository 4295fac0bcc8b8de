import { useEffect, useRef, useState, type FocusEvent, type ReactNode } from "react";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useSession } from "../lib/hooks";
import { clearSession, SIGNED_OUT_NOTICE } from "../lib/session";
import { signOutOidc } from "../lib/oidc";

const COORDINATOR_NAV: Array<[string, string]> = [
  ["/pool", "人材プール"],
  ["/search", "全国の人材検索"],
  ["/introductions", "紹介依頼"],
  ["/demand/companies", "企業・ニーズ"],
  ["/demand/matchings", "マッチング"],
  ["/demand/outcomes", "成果"],
  ["/records", "記録"],
  ["/import", "取り込み・書き出し"],
  ["/knowhow", "ノウハウ"],
  ["/self-assessment", "自己診断"],
];
const ADMIN_NAV: Array<[string, string]> = [
  ["/admin", "管理コンソール"],
  ["/records", "記録"],
  ["/demand/outcomes", "成果"],
  ["/knowhow", "ノウハウ"],
];

/** The frame of every signed-in page: skip link, header with who is signed in, navigation, and the page's main region. */
export function Layout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const first = useRef(true);
  // On a narrow screen the navigation folds behind one button; on a wide one the button is hidden and the list always shows.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    setMenuOpen(false);
    // After a client-side navigation, move focus to the new page so screen readers announce it.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    // Escape closes the open menu wherever focus is, and focus returns to the button that opened it.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [menuOpen]);
  if (!session) return null;
  // The open list lies over the page: once focus leaves the navigation (Tab past the last entry, a click elsewhere), it closes.
  const onNavBlur = (event: FocusEvent<HTMLElement>) => {
    if (menuOpen && !event.currentTarget.contains(event.relatedTarget as Node | null)) setMenuOpen(false);
  };
  const nav = session.role === "NATIONAL_ADMIN" ? ADMIN_NAV : COORDINATOR_NAV;
  const signOut = async () => {
    if (session.via === "oidc") {
      // The provider's session ends too: the browser leaves for it and comes back to sign-in, which shows the notice.
      clearSession(SIGNED_OUT_NOTICE, true);
      if (await signOutOidc().catch(() => false)) return;
    }
    clearSession(SIGNED_OUT_NOTICE);
    navigate("/sign-in", { replace: true });
  };
  return (
    <>
      <a className="skip-link" href="#main">
        本文へスキップ
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-name">地域の人事部ハブ</span>
          <span className="brand-sub">ワークスペース</span>
        </div>
        <div className="who" data-testid="who">
          <span className="who-name">
            <span>{session.role === "NATIONAL_ADMIN" ? "全国管理者（経済産業省）" : session.operatorNameJa ?? session.operatorId}</span>
            <span className="role">{session.role === "NATIONAL_ADMIN" ? "" : "コーディネーター"}</span>
          </span>
          <button type="button" className="button secondary small sign-out" onClick={() => void signOut()}>
            サインアウト
          </button>
        </div>
        <nav aria-label="メインメニュー" className="main-nav" onBlur={onNavBlur}>
          <button
            ref={menuButton}
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav-list"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-icon" aria-hidden="true" />
            メニュー
          </button>
          <ul id="main-nav-list" className={menuOpen ? "open" : undefined}>
            {nav.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to}>{label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>個人情報は本人の同意の範囲でのみ共有されます。閲覧と提供はすべて記録されます。</p>
      </footer>
    </>
  );
}

/** One page: sets the document title and renders the page's single `<h1>`. */
export function Page({ title, children, lead }: { title: string; lead?: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} | 地域の人事部ハブ ワークスペース`;
  }, [title]);
  return (
    <>
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </>
  );
}

export function ErrorMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

export function Loading({ show }: { show: boolean }) {
  return show ? (
    <p className="loading" role="status">
      読み込み中…
    </p>
  ) : null;
}
