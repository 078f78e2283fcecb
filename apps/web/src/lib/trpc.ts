import type { AppRouter } from "@pledgewatch/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import { createTRPCContext, createTRPCOptionsProxy } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The page's one query cache: the provider's, and the route loaders' that fill it early. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1 } },
});

// One request for the reads a page starts together, answered as a stream: each chart draws as
// soon as its own figures are ready instead of waiting for the slowest query of the batch.
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchStreamLink({ url: "/trpc" })],
});

/** The query options `useTRPC()` gives components, for code outside React (route loaders). */
export const trpcOptions = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
