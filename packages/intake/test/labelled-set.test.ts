import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isCountryCode, THEMES } from "@pledgewatch/domain";
import { afterAll, describe, expect, it } from "vitest";
import {
  loadLabelledSet,
  loadSecondLabelling,
  STATEMENTS_DIR,
  UNSEEN_DIR,
  type LabelledStatement,
} from "../eval/labelled-set.ts";
import { suggestCommitments } from "../src/index.ts";

const tuningSet = loadLabelledSet(STATEMENTS_DIR);
const heldOutSet = loadLabelledSet(UNSEEN_DIR);
const statements = [...tuningSet, ...heldOutSet];
const secondLabelling = loadSecondLabelling();
const THEME_SLUGS: readonly string[] = THEMES.map((theme) => theme.slug);

/** The text no labelled sentence and no listed heading or dateline covers, whitespace apart. */
function unlabelledText({ text, sentences, notSentences }: LabelledStatement): string {
  const covered = new Array<boolean>(text.length).fill(false);
  for (const { start, end } of [...sentences, ...notSentences]) covered.fill(true, start, end);
  return [...text].filter((char, i) => !covered[i] && /\S/.test(char)).join("");
}

describe("the labelled set", () => {
  it("holds the seed and others to tune on, a held-out set without the seed, no statement in both", () => {
    expect(tuningSet.length).toBeGreaterThanOrEqual(6);
    expect(heldOutSet.length).toBeGreaterThanOrEqual(3);
    expect(tuningSet.filter((s) => s.seedCommitments.length > 0)).toHaveLength(1);
    expect(heldOutSet.filter((s) => s.seedCommitments.length > 0)).toHaveLength(0);
    expect(new Set(statements.map((s) => s.slug)).size).toBe(statements.length);
  });

  it.each([
    ["tuning", tuningSet],
    ["held-out", heldOutSet],
  ])("has pledges and non-pledges in the %s set", (_name, set) => {
    const sentences = set.flatMap((s) => s.sentences);
    expect(sentences.some((s) => s.pledge)).toBe(true);
    expect(sentences.some((s) => !s.pledge)).toBe(true);
  });

  it("keeps the seed statement's text identical to packages/db's", () => {
    const seed = statements.find((s) => s.seedCommitments.length > 0);
    const seedFile = new URL(
      "../../db/src/seed/kenya-china-security-cooperation-2023.txt",
      import.meta.url,
    );
    expect(seed?.text).toBe(readFileSync(seedFile, "utf8"));
    expect(seed?.seedCommitments).toHaveLength(16);
  });

  it("has a second labelling only of labelled statements", () => {
    expect(secondLabelling.length).toBeGreaterThan(0);
    const slugs = statements.map((s) => s.slug);
    for (const { slug } of secondLabelling) expect(slugs).toContain(slug);
  });

  describe.each([
    ...statements.map((statement) => [statement.slug, statement] as const),
    ...secondLabelling.map(
      (statement) => [`${statement.slug}, second labelling`, statement] as const,
    ),
  ])("%s", (_slug, statement) => {
    it("labels sentences that each occur exactly once, in text order", () => {
      let previousEnd = 0;
      for (const sentence of statement.sentences) {
        expect(statement.text.indexOf(sentence.text)).toBe(sentence.start);
        expect(statement.text.lastIndexOf(sentence.text)).toBe(sentence.start);
        expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = sentence.end;
      }
    });

    it("labels every sentence of the text", () => {
      expect(unlabelledText(statement)).toBe("");
    });
  });

  describe.each(statements.map((statement) => [statement.slug, statement] as const))(
    "%s",
    (_slug, statement) => {
      it("gets candidates whose quotes, reasons, themes and countries hold", () => {
        const { text } = statement;
        const candidates = suggestCommitments(text, {
          speakerCountryId: statement.speakerCountryId,
        });
        for (const candidate of candidates) {
          expect(candidate.start).toBeGreaterThanOrEqual(0);
          expect(candidate.start).toBeLessThan(candidate.end);
          expect(candidate.end).toBeLessThanOrEqual(text.length);
          expect(candidate.quote).toBe(text.slice(candidate.start, candidate.end));
          for (const reason of candidate.reasons) {
            expect(reason.text).toBe(text.slice(reason.start, reason.end));
          }
          for (const theme of candidate.themes) expect(THEME_SLUGS).toContain(theme);
          const countries = [candidate.committingCountryId, ...candidate.counterpartCountryIds];
          for (const code of countries.filter((c) => c !== null)) {
            expect(isCountryCode(code), code).toBe(true);
          }
        }
      });
    },
  );
});

describe("loading labels", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pledgewatch-labels-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const loadWith = (sentence: Record<string, unknown>) => {
    writeFileSync(
      path.join(dir, "sample.txt"),
      "Kenya will train. Kenya will train. China agreed.",
    );
    const labels = {
      title: "Sample",
      source: "https://example.org",
      kind: "speech",
      speakerCountryId: "KE",
      sentences: [sentence],
    };
    writeFileSync(path.join(dir, "sample.labels.json"), JSON.stringify(labels));
    return () => loadLabelledSet(pathToFileURL(`${dir}/`));
  };

  const notPledge = (text: string) => ({ text, pledge: false });

  it("names the file and the sentence when a sentence is missing or occurs twice", () => {
    expect(loadWith(notPledge("China signed."))).toThrow(
      /sample\.labels\.json.*not found.*China signed/,
    );
    expect(loadWith(notPledge("Kenya will train."))).toThrow(
      /sample\.labels\.json.*more than once/,
    );
    expect(loadWith(notPledge("China agreed."))().map((s) => s.sentences[0]?.start)).toEqual([36]);
  });

  it("names the field of a label outside the vocabularies", () => {
    const pledge = {
      text: "China agreed.",
      pledge: true,
      committingCountryId: "CN",
      counterpartCountryIds: ["KE"],
      direction: "mutual",
      stage: "agreement",
    };
    expect(loadWith({ ...pledge, themes: ["cooking"] })).toThrow(/\(themes\).*China agreed/);
    expect(loadWith({ ...pledge, themes: [], committingCountryId: "XX" })).toThrow(
      /\(committingCountryId\)/,
    );
    expect(loadWith({ ...pledge, themes: ["training"] })()[0]?.sentences[0]?.pledge).toMatchObject({
      committingCountryId: "CN",
      themes: ["training"],
    });
  });
});
