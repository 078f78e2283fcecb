import type { ExportedCommitment } from "@pledgewatch/db";

/** Who promised whom, in words: "Kenya to China, international partners". */
export function describeParties(row: ExportedCommitment): string {
  const counterparts = [
    ...row.counterparts.map((country) => country.name),
    ...(row.counterpartOther ? [row.counterpartOther] : []),
  ];
  return `${row.committingCountry.name} to ${counterparts.join(", ")}`;
}
