export interface Passage {
  start: number;
  end: number;
  text: string;
}

/** Characters from the container's start to a DOM point: exactly the statement's string offset. */
function offsetOf(container: Node, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * The passage of `text` the user selected inside `container`, which renders `text` verbatim (in
 * spans and marks, nothing else). Range.toString() counts the text nodes' own characters, so the
 * offsets hold across highlight elements. A selection reaching outside the container is clipped to
 * it, and surrounding whitespace is trimmed so the quote reads cleanly.
 */
export function selectedPassage(container: HTMLElement, text: string): Passage | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;

  const whole = document.createRange();
  whole.selectNodeContents(container);
  const startsInside = range.compareBoundaryPoints(Range.START_TO_START, whole) >= 0;
  const endsInside = range.compareBoundaryPoints(Range.END_TO_END, whole) <= 0;
  let start = startsInside ? offsetOf(container, range.startContainer, range.startOffset) : 0;
  let end = endsInside ? offsetOf(container, range.endContainer, range.endOffset) : text.length;

  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}
