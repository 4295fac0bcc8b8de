import { Link, Outlet } from "react-router";
import { Layout } from "../../components/Layout";
import { useSession } from "../../lib/hooks";

/**
 * Know-how pages are open to visitors who have not signed in (they see PUBLIC cases and programs only, as the API decides):
 * signed-in people get the workspace's layout, visitors a plain frame with a way to sign in.
 */
export function KnowhowFrame() {
  const session = useSession();
  if (session) return <Layout />;
  return (
    <>
      <a className="skip-link" href="#main">
        本文へスキップ
      </a>
      <header className="site-header simple">
        <div className="brand">
          <span className="brand-name">地域の人事部ハブ</span>
          <span className="brand-sub">公開ノウハウ</span>
        </div>
        <div className="who">
          <Link className="button secondary small" to="/sign-in">
            サインイン
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <p className="notice" data-testid="public-notice">
          サインインしていないため、公開されている事例と事業だけを表示しています。
        </p>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>地域の人事部の事例は、各事業者が公開範囲を決めて掲載しています。</p>
      </footer>
    </>
  );
}
