// The results table: printed to the terminal and written as docs/benchmarks.md.
import type { BenchResult } from "./context.ts";

const verdict = (met: boolean | null) => (met === null ? "—" : met ? "met" : "NOT MET");

const cell = (text: string | undefined) =>
  (text ?? "").replaceAll("|", "\\|").replaceAll("\n", " ");

export function markdownTable(results: BenchResult[]): string {
  const lines = [
    "| Suite | Measure | Figure | Reference (same run) | Target | Verdict | Note |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...results.map((r) =>
      [r.suite, r.name, r.value, r.baseline ?? "", r.target, verdict(r.met), r.note ?? ""]
        .map(cell)
        .join(" | "),
    ),
  ];
  return lines.map((line) => (line.startsWith("|") ? line : `| ${line} |`)).join("\n");
}

export function consoleTable(results: BenchResult[]): string {
  const rows = results.map((r) => [
    r.suite,
    r.name,
    r.value,
    r.baseline ?? "",
    r.target,
    verdict(r.met),
  ]);
  const header = ["Suite", "Measure", "Figure", "Reference", "Target", "Verdict"];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] as string).length)),
  );
  const line = (row: string[]) => row.map((text, i) => text.padEnd(widths[i] as number)).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
