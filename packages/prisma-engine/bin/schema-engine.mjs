#!/usr/bin/env node
// Entry point the Prisma CLI spawns through PRISMA_SCHEMA_ENGINE_BINARY.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
