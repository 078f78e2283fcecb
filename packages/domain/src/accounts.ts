import { z } from "zod";
import { roleSchema } from "./field-schemas.ts";
import type { Role } from "./roles.ts";

/** Long enough to resist guessing at our login rate limit; the upper bound caps hashing cost. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address, such as analyst@example.org" }));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use a password of at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use a password of at most ${PASSWORD_MAX_LENGTH} characters`);

/** A new account, as an admin creates it (the sign-up form uses the same fields minus the role). */
export const newAccountInputSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1, "Give a name").max(200),
  role: roleSchema,
});
export type NewAccountInput = z.infer<typeof newAccountInputSchema>;

export const setRoleInputSchema = z.object({
  userId: z.string().min(1),
  role: roleSchema,
});
export type SetRoleInput = z.infer<typeof setRoleInputSchema>;

/** Accounts store the role as text; anything that is not one of ours gets the least power. */
export const roleOrViewer = (value: unknown): Role => roleSchema.safeParse(value).data ?? "viewer";
