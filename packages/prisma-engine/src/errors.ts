/** An error the Prisma CLI shows with its Prisma error code (P1001, P1003, …). */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The Prisma error code (P3005, …) the wasm engine or a provider attached to an error. */
export function errorCode(error: unknown): string | undefined {
  const code = error instanceof Object && "code" in error ? error.code : undefined;
  return typeof code === "string" ? code : undefined;
}
