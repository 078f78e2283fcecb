/** An indeterminate bar: the server writes every row in one transaction and reports at the end. */
export function ImportProgress({ label }: { label: string }) {
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p>{label}</p>
      <div className="import-progress-bar" role="progressbar" aria-label={label}>
        <span />
      </div>
    </div>
  );
}
