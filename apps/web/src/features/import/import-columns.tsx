import { IMPORT_COLUMNS, OUTPUT_ONLY_COLUMNS } from "@pledgewatch/domain";

export const TEMPLATE_URL = "/import/template.csv";
export const TEMPLATE_README_URL = "/import/template-readme.txt";

/** The columns the import reads, as the template has them. */
export function ImportColumns() {
  return (
    <details className="import-columns">
      <summary>Columns the import reads</summary>
      <dl>
        {IMPORT_COLUMNS.map((column) => (
          <div key={column.name}>
            <dt>
              <code>{column.name}</code>
            </dt>
            <dd>{column.description}</dd>
          </div>
        ))}
      </dl>
      <p className="field-hint">
        A commitments export imports as it is; its other columns ({OUTPUT_ONLY_COLUMNS.join(", ")})
        are read and ignored. A column you leave out stays as it is; an empty cell clears the field.
      </p>
    </details>
  );
}
