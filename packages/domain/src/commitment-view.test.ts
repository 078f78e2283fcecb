import { describe, expect, it } from "vitest";
import { parseCommitmentView, serialiseCommitmentView } from "./commitment-view.ts";
import { AppError } from "./errors.ts";
import { parseCommitmentViewStrictly } from "./view-params.ts";

// The dashboard reads a link without zod; the API reads it with the list schema. Both must accept
// the same values, normalised the same way: the dashboard drops what the API refuses.
const both = (query: string) => {
  const params = new URLSearchParams(query);
  return {
    lenient: parseCommitmentView(params),
    strict: () => parseCommitmentViewStrictly(params),
  };
};

describe("reading a view from a link", () => {
  it("accepts every parameter, trimmed and with country codes upper-cased", () => {
    const query =
      "countries=ke, cn&pair=cn-KE&themes=training,maritime-security&statuses=in_progress,stalled" +
      "&stages=pledge&kind=initiative&announcedFrom=2023&announcedTo=2023-09-12&targetFrom= 2024 " +
      "&targetTo=2030-02&overdue=true&stale=1&text=  coast guard &sort=title&order=asc";
    const expected = {
      countries: ["KE", "CN"],
      pair: ["CN", "KE"],
      themes: ["training", "maritime-security"],
      statuses: ["in_progress", "stalled"],
      stages: ["pledge"],
      kind: "initiative",
      announcedFrom: "2023",
      announcedTo: "2023-09-12",
      targetFrom: "2024",
      targetTo: "2030-02",
      overdue: true,
      stale: true,
      text: "coast guard",
      sort: "title",
      order: "asc",
    };
    const { lenient, strict } = both(query);
    expect(lenient).toEqual(expected);
    expect(strict()).toEqual(expected);
  });

  it("keeps an empty list and reads any flag value but true and 1 as false", () => {
    const { lenient, strict } = both("countries=&overdue=yes&stale=false");
    expect(lenient).toEqual({ countries: [], overdue: false, stale: false });
    expect(strict()).toEqual(lenient);
  });

  it("adds no defaults: an empty link is the whole, default-sorted list", () => {
    expect(both("").lenient).toEqual({});
    expect(both("").strict()).toEqual({});
  });

  it.each([
    ["countries", "countries=KE,XX"],
    ["countries", `countries=${"KE,".repeat(21)}`],
    ["pair", "pair=CN"],
    ["pair", "pair=CN-KE-TZ"],
    ["pair", "pair=CN-XX"],
    ["themes", "themes=training,piracy"],
    ["statuses", "statuses=done"],
    ["stages", "stages=pledge,pledge,pledge,pledge,pledge"],
    ["kind", "kind=project"],
    ["announcedFrom", "announcedFrom=2023-02-30"],
    ["targetTo", "targetTo=2023-13"],
    ["text", "text=%20%20"],
    ["text", `text=${"a".repeat(201)}`],
    ["sort", "sort=priority"],
    ["order", "order=up"],
  ])("drops an invalid %s the API refuses (%s)", (field, query) => {
    const { lenient, strict } = both(`${query}&statuses=fulfilled&stages=agreement`);
    const kept = { statuses: ["fulfilled"], stages: ["agreement"] };
    expect(lenient).toEqual(
      Object.fromEntries(Object.entries(kept).filter(([key]) => key !== field)),
    );
    expect(strict).toThrow(AppError);
    expect(strict).toThrow(expect.objectContaining({ field }));
  });

  it("writes back the link it read", () => {
    const query = "countries=KE%2CCN&pair=CN-KE&overdue=true&sort=title";
    expect(serialiseCommitmentView(both(query).lenient).toString()).toBe(query);
  });
});
