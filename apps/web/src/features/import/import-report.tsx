import type { ImportCounts, ImportReport } from "@pledgewatch/domain";

const COUNT_LABELS: [keyof ImportCounts, string][] = [
  ["rows", "rows read"],
  ["create", "new"],
  ["update", "to update"],
  ["unchanged", "unchanged"],
  ["error", "with problems"],
];

/** What the file holds, in numbers. */
export function ImportCountList({ counts }: { counts: ImportCounts }) {
  return (
    <dl className="import-counts">
      {COUNT_LABELS.map(([key, label]) => (
        <div key={key} className={key === "error" && counts.error > 0 ? "has-problems" : undefined}>
          <dt>{label}</dt>
          <dd>{counts[key].toLocaleString("en")}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every problem by spreadsheet row and column (the first 200; the rest are counted). */
export function ImportIssueTable({ report }: { report: ImportReport }) {
  const more = report.issueCount - report.issues.length;
  return (
    <div className="import-issues">
      <h2>
        {report.issueCount === 1
          ? "1 problem"
          : `${report.issueCount.toLocaleString("en")} problems`}{" "}
        to fix
      </h2>
      <p className="field-hint">
        Nothing has been written. Correct these cells in your spreadsheet, save it as CSV and choose
        it again.
      </p>
      <div className="table-scroll">
        <table className="import-issue-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {report.issues.map((issue, index) => (
              <tr key={`${issue.row}-${issue.column}-${index}`}>
                <td>{issue.row}</td>
                <td>{issue.column ? <code>{issue.column}</code> : "—"}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <p className="field-hint">
          …and {more.toLocaleString("en")} more. Fix these first; the next preview lists the rest.
        </p>
      )}
    </div>
  );
}
