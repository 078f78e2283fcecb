// The statement the intake procedure tests read: two obvious pledges and a dateline.
import type { createCaller } from "../src/index.ts";

export const TRAINING = "Kenya will provide maritime security training to the Somali Coast Guard.";
export const INTELLIGENCE = "The two sides agreed to share intelligence on terrorist financing.";
export const TEXT = `Nairobi, 12 March 2025.\n\n${TRAINING} ${INTELLIGENCE}`;

/** Logs the statement as `analyst`; returns its id. */
export async function createPledgeStatement(analyst: ReturnType<typeof createCaller>) {
  const statement = await analyst.statement.create({
    title: "Joint communiqué on maritime cooperation",
    kind: "communique",
    speakerCountryId: "KE",
    text: TEXT,
  });
  return statement.id;
}
