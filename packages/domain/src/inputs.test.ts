import { describe, expect, it } from "vitest";
import { commitmentInputSchema, commitmentUpdateSchema, statementInputSchema } from "./inputs.ts";

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

  it("says how long a text may be when it is too long", () => {
    const base = { committingCountryId: "KE", direction: "unilateral", stage: "pledge" } as const;
    const messages = (input: object) =>
      commitmentInputSchema
        .safeParse({ ...base, ...input })
        .error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(messages({ title: "T".repeat(301), counterpartOther: "O".repeat(301) })).toEqual([
      ["title", "Use at most 300 characters"],
      ["counterpartOther", "Use at most 300 characters"],
    ]);
    expect(
      commitmentUpdateSchema.safeParse({ id: "c1", version: 1, description: "D".repeat(5_001) })
        .error?.issues[0]?.message,
    ).toBe("Use at most 5,000 characters");
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

  it("leaves absent fields out of an update (no defaults) and lets null clear optional ones", () => {
    expect(commitmentUpdateSchema.parse({ id: "c1", version: 3, targetOn: null })).toEqual({
      id: "c1",
      version: 3,
      targetOn: null,
    });
    expect(commitmentUpdateSchema.safeParse({ id: "c1", version: 3, title: null }).success).toBe(
      false,
    );
    expect(commitmentUpdateSchema.safeParse({ id: "c1", version: 0 }).success).toBe(false);
  });
});
