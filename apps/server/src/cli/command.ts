// How the backup and restore commands end: exit 0, or a message for the person and exit 1.
import { EnvError } from "../env.ts";

/** The command line itself is wrong: the usage follows the message. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Something the person can fix (a wrong path or DATABASE_URL): the message says what. */
export class InputError extends Error {
  override readonly name = "InputError";
}

type ErrorClass = abstract new (...args: never[]) => Error;

export function runCommand(
  main: () => Promise<void>,
  options: {
    usage: string;
    /** Failures whose message is enough: printed without a stack trace. */
    expectedErrors: ErrorClass[];
    /** Printed before an unexpected error, e.g. "The backup failed:". */
    failure: string;
  },
): void {
  const expected = [InputError, EnvError, ...options.expectedErrors];
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const badArguments = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
      if (error instanceof UsageError || badArguments) {
        console.error(`${(error as Error).message}\n\n${options.usage}`);
      } else if (expected.some((kind) => error instanceof kind)) {
        console.error((error as Error).message);
      } else {
        console.error(options.failure, error);
      }
      process.exit(1);
    },
  );
}
