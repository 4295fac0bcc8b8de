import { NavLink } from "react-router";
import { useSession } from "../../lib/hooks";

/** The know-how section's own links (search, regions like mine, the operator's own cases). */
export function KnowhowNav() {
  const session = useSession();
  const coordinator = session?.role === "COORDINATOR";
  return (
    <nav className="subnav" aria-label="ノウハウのメニュー">
      <NavLink to="/knowhow" end>
        検索
      </NavLink>
      {coordinator ? <NavLink to="/knowhow/like-mine">似た地域の事例</NavLink> : null}
      {coordinator ? <NavLink to="/knowhow/mine">自事業者の事例</NavLink> : null}
    </nav>
  );
}
