import { Link, NavLink, Outlet } from "react-router";
import { AccountMenu } from "../features/auth/account-menu.tsx";
import { useSession } from "../lib/session.ts";

const SECTIONS = [
  { to: "/", label: "Overview", end: true },
  { to: "/commitments", label: "Commitments", end: false },
  { to: "/statements", label: "Statements", end: false },
  { to: "/about", label: "About the data", end: false },
];

export function Layout() {
  const { can } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-nav">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Pledgewatch
        </Link>
        <nav aria-label="Main" className="sections">
          {SECTIONS.map((section) => (
            <NavLink key={section.to} to={section.to} end={section.end}>
              {section.label}
            </NavLink>
          ))}
          {can("analyst") && <NavLink to="/import">Import CSV</NavLink>}
        </nav>
        <AccountMenu />
      </header>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
