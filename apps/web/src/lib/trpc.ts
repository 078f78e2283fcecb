import type { AppRouter } from "@pledgewatch/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } });

// One request for the reads a page starts together, answered as a stream: each chart draws as
// soon as its own figures are ready instead of waiting for the slowest query of the batch.
export const createTrpcClient = () =>
  createTRPCClient<AppRouter>({ links: [httpBatchStreamLink({ url: "/trpc" })] });
