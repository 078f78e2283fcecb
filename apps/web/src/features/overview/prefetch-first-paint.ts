import { filterOfView, parseCommitmentView } from "@pledgewatch/domain";
import type { LoaderFunctionArgs } from "react-router";
import { queryClient, trpcOptions } from "../../lib/trpc.ts";
import { loadStatusBars } from "./load-status-bars.ts";

/**
 * A route loader: asks for the figures of the first paint (the headline and the first chart), in a
 * request of their own before the slower rest, and for the chart code, while the page's own code
 * is still downloading.
 */
export function prefetchFirstPaint({ request }: LoaderFunctionArgs): null {
  const filter = filterOfView(parseCommitmentView(new URL(request.url).searchParams));
  void queryClient.prefetchQuery(trpcOptions.stats.headline.queryOptions(filter));
  void queryClient.prefetchQuery(trpcOptions.stats.byStatusAndTheme.queryOptions(filter));
  void loadStatusBars();
  return null;
}
