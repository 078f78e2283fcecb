import { useNavigate, useSearchParams } from "react-router";
import { SignInForm } from "../../features/auth/sign-in-form.tsx";

/** Only paths on this site: an open redirect through `?from=` would help phishing. */
const safeReturnPath = (from: string | null) =>
  from && from.startsWith("/") && !from.startsWith("//") ? from : "/";

export function Component() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <section className="narrow">
      <header className="page-header">
        <h1>Sign in</h1>
        <p className="lede">
          Analysts, editors and administrators sign in to log commitments and record their status.
          Everyone can read the data without an account.
        </p>
      </header>
      <SignInForm
        onSignedIn={() => void navigate(safeReturnPath(params.get("from")), { replace: true })}
      />
    </section>
  );
}
