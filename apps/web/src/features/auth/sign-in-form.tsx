import { zodResolver } from "@hookform/resolvers/zod";
import { newAccountInputSchema } from "@pledgewatch/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormField } from "../../components/form-field.tsx";
import { useTRPC } from "../../lib/trpc.ts";

// Every account's password met these rules when it was created, so shorter ones cannot match.
const signInSchema = newAccountInputSchema.pick({ email: true, password: true });
type SignIn = z.infer<typeof signInSchema>;

const messageFor = (status: number) =>
  status === 429
    ? "Too many attempts. Wait a minute, then try again."
    : status === 401 || status === 400
      ? "That email and password do not match an account."
      : "Signing in failed on the server. Please try again.";

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<SignIn>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    let response: Response;
    try {
      response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
    } catch {
      form.setError("root.server", { message: "Could not reach the server." });
      return;
    }
    if (!response.ok) {
      form.setError("root.server", { message: messageFor(response.status) });
      return;
    }
    // Every cached answer was fetched without the session's permissions.
    await queryClient.invalidateQueries();
    await queryClient.fetchQuery(trpc.account.me.queryOptions());
    onSignedIn();
  });

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <FormError message={errors.root?.server?.message} />
      <FormField id="email" label="Email" error={errors.email}>
        <input
          id="email"
          type="email"
          autoComplete="username"
          aria-invalid={Boolean(errors.email)}
          {...form.register("email")}
        />
      </FormField>
      <FormField id="password" label="Password" error={errors.password}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(errors.password)}
          {...form.register("password")}
        />
      </FormField>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
