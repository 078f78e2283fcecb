import { Link } from "react-router";

export function Component() {
  return (
    <section className="empty-state">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <Link to="/">Go to the overview</Link>
    </section>
  );
}
