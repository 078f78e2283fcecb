// The production server as one JavaScript file (dist/main.js): `npm start` and the benchmarks run
// it with plain node, without tsx compiling TypeScript at start-up (~60 MB less resident memory).
// Our workspace packages are bundled (they export TypeScript source); npm packages stay external
// and load from node_modules as they do under tsx.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const serverDir = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(serverDir, "dist/main.js");

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

await build({
  entryPoints: [path.join(serverDir, "src/main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [npmPackagesExternal, sourceFileUrls],
});
console.log(`Built ${pathToFileURL(outfile).href}`);
