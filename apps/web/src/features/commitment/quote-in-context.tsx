import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";

const CONTEXT_CHARS = 280;
// A full stop after a title such as "Dr." does not end the sentence.
const NOT_A_TITLE = String.raw`(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|No))`;
const SENTENCE_START = new RegExp(`${NOT_A_TITLE}[.!?]\\s+\\S`);
const SENTENCE_END = new RegExp(`${NOT_A_TITLE}[.!?](\\s|$)`);

/** Up to CONTEXT_CHARS either side of the quote, cut at sentence ends so the context reads whole. */
function contextAround(text: string, start: number, end: number) {
  // The context stays within the quote's own paragraph.
  const paragraphStart = text.lastIndexOf("\n\n", start) + 1;
  const nextBreak = text.indexOf("\n\n", end);
  const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;

  const from = Math.max(paragraphStart, start - CONTEXT_CHARS);
  const before = text.slice(from, start);
  const sentenceStart = from === paragraphStart ? -1 : before.search(SENTENCE_START);
  const lead =
    from === paragraphStart
      ? before.trimStart()
      : sentenceStart === -1
        ? `…${before}`
        : before.slice(sentenceStart + 1).trimStart();

  const to = Math.min(paragraphEnd, end + CONTEXT_CHARS);
  const after = text.slice(end, to);
  const sentenceEnd = after.search(SENTENCE_END);
  const tail =
    sentenceEnd !== -1
      ? after.slice(0, sentenceEnd + 1)
      : to === paragraphEnd
        ? after.trimEnd()
        : `${after}…`;
  return { lead, tail };
}

/** A quote shown in its statement's text, with a link to the passage on the statement page. */
export function QuoteInContext({
  quote,
}: {
  quote: {
    id: string;
    start: number;
    end: number;
    text: string;
    statement: { id: string; title: string };
  };
}) {
  const trpc = useTRPC();
  const statement = useQuery(trpc.statement.get.queryOptions({ id: quote.statement.id }));
  const context = statement.data
    ? contextAround(statement.data.text, quote.start, quote.end)
    : { lead: "", tail: "" };
  return (
    <figure className="quote-context">
      <blockquote className="quote">
        {context.lead}
        <mark>{quote.text}</mark>
        {context.tail}
      </blockquote>
      <figcaption>
        From{" "}
        <Link to={`/statements/${quote.statement.id}#q-${quote.id}`}>{quote.statement.title}</Link>{" "}
        (see the passage in the full text)
      </figcaption>
    </figure>
  );
}
