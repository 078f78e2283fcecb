import { useQueryClient } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";
import { useSession } from "../../lib/session.ts";
import { useTRPC } from "../../lib/trpc.ts";

/** "Sign in" for visitors; the account's name, role and "Sign out" once signed in. */
export function AccountMenu() {
  const { user, isLoading } = useSession();
  const location = useLocation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  if (isLoading) return <div className="account-menu" aria-busy="true" />;

  if (!user) {
    const from = location.pathname === "/sign-in" ? "/" : location.pathname + location.search;
    return (
      <div className="account-menu">
        <Link to={`/sign-in?from=${encodeURIComponent(from)}`} className="button button-quiet">
          Sign in
        </Link>
      </div>
    );
  }

  const signOut = async () => {
    await fetch("/api/auth/sign-out", { method: "POST", credentials: "include" });
    // Everything cached was fetched with the old session's permissions.
    await queryClient.resetQueries();
    await queryClient.invalidateQueries({ queryKey: trpc.account.me.queryKey() });
  };

  return (
    <div className="account-menu">
      <span className="account-name">
        {user.name || user.email} <span className="account-role">{user.role}</span>
      </span>
      <button type="button" className="button button-quiet" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}
