import { STATEMENT_KIND_LABELS, type StatementKind } from "@pledgewatch/domain";

interface StatementMetadata {
  kind: StatementKind;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  byline: string | null;
  eventName: string | null;
  eventLocation: string | null;
  eventOn: string | null;
  speakerName: string | null;
  speakerTitle: string | null;
  speakerOrganisation: string | null;
  speakerCountry: { id: string; name: string } | null;
}

const joined = (parts: (string | null | undefined)[], separator: string) =>
  parts.filter(Boolean).join(separator);

/** Who said it, where, when, and where it was published. */
export function StatementMeta({ statement }: { statement: StatementMetadata }) {
  const rows: [string, string][] = [
    ["Kind", STATEMENT_KIND_LABELS[statement.kind]],
    [
      "Speaker",
      joined(
        [
          statement.speakerName,
          statement.speakerTitle,
          statement.speakerOrganisation,
          statement.speakerCountry?.name,
        ],
        ", ",
      ),
    ],
    ["Event", joined([statement.eventName, statement.eventLocation, statement.eventOn], " · ")],
    [
      "Published",
      joined(
        [statement.publisher, statement.publishedOn, statement.byline && `by ${statement.byline}`],
        " · ",
      ),
    ],
  ];
  return (
    <dl className="meta-list">
      {rows
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      {statement.url && (
        <div>
          <dt>Source</dt>
          <dd>
            <a href={statement.url} rel="noopener noreferrer nofollow">
              {new URL(statement.url).hostname}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
