// The production server bundled as JavaScript (dist/main.js, and beside it the chunks it loads on
// first use): `npm start` and the benchmarks run it with plain node, without tsx compiling
// TypeScript at start-up (~60 MB less resident memory).
// Our workspace packages are bundled (they export TypeScript source); npm packages stay external
// and load from node_modules as they do under tsx.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const serverDir = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(serverDir, "dist");
const outfile = path.join(outdir, "main.js");

/**
 * Bare imports other than our own packages (`@pledgewatch/*`) are left to node, except JSON data
 * (country names), which is bundled: node 20 would need the import attribute esbuild drops.
 */
const npmPackagesExternal: Plugin = {
  name: "npm-packages-external",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) =>
      specifier.startsWith("@pledgewatch/") || specifier.endsWith(".json")
        ? undefined
        : { path: specifier, external: true },
    );
  },
};

/**
 * Modules find their files next to their source (migrations, seed texts, the JSON Schema) through
 * `import.meta.url`; in the bundle that would be dist/main.js. Each module's `import.meta.url`
 * becomes its source file's address, relative to the bundle so that the checkout can move.
 */
const sourceFileUrls: Plugin = {
  name: "source-file-urls",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const relative = path.relative(path.dirname(outfile), args.path).split(path.sep).join("/");
      const ownUrl = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: source.replaceAll("import.meta.url", ownUrl), loader: "ts" };
    });
  },
};

// Chunks carry hashes in their names: last build's would pile up.
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(serverDir, "src/main.ts") },
  outdir,
  // Modules the server imports on first use (statement intake, page extraction) become chunks
  // beside main.js, with their npm packages, so that a start does not load them.
  splitting: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [npmPackagesExternal, sourceFileUrls],
});
console.log(`Built ${pathToFileURL(outfile).href}`);
