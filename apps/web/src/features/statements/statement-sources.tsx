import { STATEMENT_KIND_LABELS } from "@pledgewatch/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

/** The statements the listed commitments were logged from, with who said them, where and when. */
export function StatementSources() {
  const trpc = useTRPC();
  const data = useQuery(trpc.statement.list.queryOptions()).data?.items;
  if (!data || data.length === 0) return null;

  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="section-label">
        {data.length === 1 ? "Source" : `Sources (${data.length})`}
      </h2>
      <ul>
        {data.map((statement) => {
          const speaker = [
            statement.speakerName,
            statement.speakerTitle,
            statement.speakerOrganisation,
            statement.speakerCountry?.name,
          ]
            .filter(Boolean)
            .join(", ");
          const event = [statement.eventName, statement.eventLocation, statement.eventOn]
            .filter(Boolean)
            .join(" · ");
          return (
            <li key={statement.id} className="source" data-testid="statement-source">
              <p className="source-kind">{STATEMENT_KIND_LABELS[statement.kind]}</p>
              <p className="source-title">
                {statement.url ? <a href={statement.url}>{statement.title}</a> : statement.title}
              </p>
              {speaker && <p>Speaker: {speaker}</p>}
              {event && <p>Event: {event}</p>}
              <p className="source-meta">
                {[
                  statement.byline && `By ${statement.byline}`,
                  statement.publisher,
                  statement.publishedOn,
                ]
                  .filter(Boolean)
                  .join(" · ")}
                {" · "}
                {statement.quoteCount} quoted passages
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
