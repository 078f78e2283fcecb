import { hasRole, type Role } from "@pledgewatch/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "./trpc.ts";

/** The signed-in account (null for visitors), from `account.me`. */
export function useSession() {
  const trpc = useTRPC();
  const query = useQuery(trpc.account.me.queryOptions());
  const user = query.data ?? null;
  return {
    user,
    isLoading: query.isLoading,
    /** Whether the visitor may use controls that need `required`; the server checks again. */
    can: (required: Role) => user !== null && hasRole(user.role, required),
  };
}
