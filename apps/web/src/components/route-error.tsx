import { isRouteErrorResponse, Link, useRouteError } from "react-router";

/** What a page shows when it fails to load or render: a readable message, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : "An unexpected error occurred.";
  return (
    <section className="error-state" role="alert">
      <h1>This page could not be shown</h1>
      <p>{message}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>{" "}
        or <Link to="/">go to the overview</Link>.
      </p>
    </section>
  );
}
