import { Link, Outlet } from "react-router";

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="site-nav" aria-label="Main">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Pledgewatch
        </Link>
        <span className="tagline">Tracking bilateral security cooperation</span>
      </nav>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
