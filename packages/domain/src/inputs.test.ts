import { describe, expect, it } from "vitest";
import { commitmentInputSchema, statementInputSchema } from "./inputs.ts";

describe("input schemas", () => {
  it("reports each problem on its own field", () => {
    const result = statementInputSchema.safeParse({
      title: " ",
      kind: "speech",
      text: "",
      url: "ftp://example.org",
    });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["title", "text", "url"]));
  });

  it("normalises country codes and refuses unknown ones and themes", () => {
    const base = { title: "Share intelligence", direction: "mutual", stage: "pledge" } as const;
    expect(
      commitmentInputSchema.parse({ ...base, committingCountryId: "ke" }).committingCountryId,
    ).toBe("KE");
    expect(commitmentInputSchema.safeParse({ ...base, committingCountryId: "XX" }).success).toBe(
      false,
    );
    expect(
      commitmentInputSchema.safeParse({
        ...base,
        committingCountryId: "KE",
        themes: ["piracy-ish"],
      }).success,
    ).toBe(false);
  });
});
