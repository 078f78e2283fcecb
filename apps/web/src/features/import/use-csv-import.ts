import { MAX_IMPORT_CHARS, type ImportReport } from "@pledgewatch/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../lib/trpc.ts";

/** Where an import stands: each step the analyst waits for is its own phase, shown as progress. */
export type ImportState =
  | { phase: "idle" }
  | { phase: "reading"; fileName: string }
  | { phase: "validating"; fileName: string; size: number }
  | { phase: "previewed"; fileName: string; csv: string; report: ImportReport }
  | { phase: "writing"; fileName: string; rows: number }
  | { phase: "done"; fileName: string; report: ImportReport }
  | { phase: "failed"; fileName: string; message: string };

const UNREACHABLE = "Could not reach the server. Check your connection and try again.";
const messageOf = (error: unknown) => (error instanceof Error ? error.message : UNREACHABLE);

/** Choose a file → preview (nothing written) → commit (all rows in one transaction, or none). */
export function useCsvImport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useMutation(trpc.import.preview.mutationOptions());
  const commit = useMutation(trpc.import.commit.mutationOptions());
  const [state, setState] = useState<ImportState>({ phase: "idle" });

  async function choose(file: File) {
    const fileName = file.name;
    // Characters ≤ bytes for UTF-8, so a file within the byte limit is within the server's too.
    if (file.size > MAX_IMPORT_CHARS) {
      const megabytes = (file.size / 1_000_000).toFixed(1);
      setState({
        phase: "failed",
        fileName,
        message: `This file is ${megabytes} MB; the limit is 10 MB. Split it into several files and import them one by one.`,
      });
      return;
    }
    setState({ phase: "reading", fileName });
    try {
      const csv = await file.text();
      setState({ phase: "validating", fileName, size: file.size });
      const report = await preview.mutateAsync({ csv });
      setState({ phase: "previewed", fileName, csv, report });
    } catch (error) {
      setState({ phase: "failed", fileName, message: messageOf(error) });
    }
  }

  async function confirm() {
    if (state.phase !== "previewed") return;
    const { fileName, csv, report } = state;
    setState({ phase: "writing", fileName, rows: report.counts.create + report.counts.update });
    try {
      const result = await commit.mutateAsync({ csv });
      // Commits that found a problem at the last moment come back like a preview, to be fixed.
      setState(
        result.committed
          ? { phase: "done", fileName, report: result }
          : { phase: "previewed", fileName, csv, report: result },
      );
      if (result.committed) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.commitment.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.stats.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.followUp.pathKey() }),
        ]);
      }
    } catch (error) {
      setState({ phase: "failed", fileName, message: messageOf(error) });
    }
  }

  return { state, choose, confirm, reset: () => setState({ phase: "idle" }) };
}
