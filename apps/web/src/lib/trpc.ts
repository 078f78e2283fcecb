import type { AppRouter } from "@pledgewatch/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } });

export const createTrpcClient = () =>
  createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/trpc" })] });
