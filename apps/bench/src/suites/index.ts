// Every suite `npm run bench` runs, in order. --only takes their names.
import type { BenchSuite } from "../context.ts";
import { exportSuite } from "./export.ts";
import { httpSuite } from "./http.ts";
import { importSuite } from "./import.ts";
import { intakeSuite } from "./intake.ts";
import { queriesSuite } from "./queries.ts";
import { webSuite } from "./web.ts";

export const SUITES: BenchSuite[] = [
  queriesSuite,
  exportSuite,
  importSuite,
  httpSuite,
  webSuite,
  intakeSuite,
];
