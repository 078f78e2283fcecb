/**
 * A JSON document `{ ...head, [arrayKey]: [ ...items ] }` as text chunks, one item at a time, so a
 * document of any size streams in constant memory. Each item is on a line of its own.
 */
export async function* jsonDocument(
  head: Record<string, unknown>,
  arrayKey: string,
  items: AsyncIterable<unknown>,
): AsyncGenerator<string> {
  const opening = JSON.stringify(head).slice(0, -1);
  yield `${opening}${opening === "{" ? "" : ","}${JSON.stringify(arrayKey)}:[`;
  let separator = "\n";
  for await (const item of items) {
    yield separator + JSON.stringify(item);
    separator = ",\n";
  }
  yield "\n]}\n";
}

/** JSON Lines: one item per line. */
export async function* jsonLines(items: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const item of items) yield `${JSON.stringify(item)}\n`;
}
