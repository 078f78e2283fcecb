import { Link } from "react-router";
import { FileDrop } from "../../features/import/file-drop.tsx";
import {
  ImportColumns,
  TEMPLATE_README_URL,
  TEMPLATE_URL,
} from "../../features/import/import-columns.tsx";
import { ImportProgress } from "../../features/import/import-progress.tsx";
import { ImportCountList, ImportIssueTable } from "../../features/import/import-report.tsx";
import { useCsvImport, type ImportState } from "../../features/import/use-csv-import.ts";
import { useSession } from "../../lib/session.ts";

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

export function Component() {
  const { can, isLoading, user } = useSession();
  const { state, choose, confirm, reset } = useCsvImport();

  if (isLoading) return <div className="skeleton-card" aria-label="Loading" />;
  if (!can("analyst")) {
    return (
      <section className="empty-state">
        <h1>Importing commitments needs an analyst account</h1>
        <p>
          {user
            ? `Your account is a ${user.role}. Ask an admin to make you an analyst to import spreadsheets.`
            : "Analysts can bring in the commitments they already track in a spreadsheet."}
        </p>
        {!user && <Link to="/sign-in?from=/import">Sign in</Link>}
      </section>
    );
  }

  const busy =
    state.phase === "reading" || state.phase === "validating" || state.phase === "writing";
  return (
    <section className="import-page">
      <header className="page-header">
        <h1>Import commitments from a spreadsheet</h1>
        <p className="lede">
          Upload a CSV: Pledgewatch checks every row and shows what it would change before anything
          is written. Rows are matched on <code>external_id</code>: a known one updates that
          commitment, a new one creates it.
        </p>
      </header>
      <div className="import-start">
        <FileDrop onFile={(file) => void choose(file)} disabled={busy} />
        <div className="import-template">
          <h2>Starting from scratch?</h2>
          <p>
            <a href={TEMPLATE_URL} download>
              Download the template
            </a>{" "}
            (the column names and one example row) and its{" "}
            <a href={TEMPLATE_README_URL} download>
              column notes
            </a>
            . A commitments CSV exported from the list imports as it is.
          </p>
          <ImportColumns />
        </div>
      </div>
      <ImportStep state={state} onConfirm={() => void confirm()} onReset={reset} />
    </section>
  );
}

function ImportStep({
  state,
  onConfirm,
  onReset,
}: {
  state: ImportState;
  onConfirm: () => void;
  onReset: () => void;
}) {
  switch (state.phase) {
    case "idle":
      return null;
    case "reading":
      return <ImportProgress label={`Reading ${state.fileName}…`} />;
    case "validating":
      return (
        <ImportProgress
          label={`Checking every row of ${state.fileName} (${(state.size / 1000).toLocaleString("en", { maximumFractionDigits: 0 })} kB)…`}
        />
      );
    case "writing":
      return (
        <ImportProgress
          label={`Writing ${plural(state.rows, "row", "rows")} in one transaction. Keep this page open…`}
        />
      );
    case "failed":
      return (
        <div className="form-error" role="alert">
          <p>
            <strong>{state.fileName}</strong> could not be checked: {state.message}
          </p>
        </div>
      );
    case "previewed": {
      const { counts, issueCount } = state.report;
      const changes = counts.create + counts.update;
      return (
        <section className="import-result" aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">Preview of {state.fileName}</h2>
          <ImportCountList counts={counts} />
          {issueCount > 0 ? (
            <ImportIssueTable report={state.report} />
          ) : changes === 0 ? (
            <p className="notice">
              Every row matches what Pledgewatch already has: there is nothing to import.
            </p>
          ) : (
            <div className="form-actions">
              <button type="button" onClick={onConfirm}>
                Import {plural(changes, "row", "rows")}
              </button>
              <button type="button" className="button-quiet" onClick={onReset}>
                Cancel
              </button>
            </div>
          )}
        </section>
      );
    }
    case "done": {
      const { counts } = state.report;
      return (
        <section
          className="import-result is-done"
          role="status"
          aria-labelledby="import-done-title"
        >
          <h2 id="import-done-title">Imported {state.fileName}</h2>
          <p>
            {plural(counts.create, "commitment", "commitments")} created,{" "}
            {plural(counts.update, "commitment", "commitments")} updated and{" "}
            {counts.unchanged.toLocaleString("en")} left unchanged. Every change is in each
            commitment's history.
          </p>
          <div className="form-actions">
            <Link to="/commitments" className="button">
              See the commitments
            </Link>
            <button type="button" className="button-quiet" onClick={onReset}>
              Import another file
            </button>
          </div>
        </section>
      );
    }
  }
}
