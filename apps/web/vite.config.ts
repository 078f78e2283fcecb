import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies of every asset at build time: the server sends them as they are,
    // spending no CPU on compression per request.
    compression({ algorithms: ["brotliCompress", "gzip"] }),
  ],
  // In development the API runs on the Node server; in production that server serves this build.
  server: { proxy: { "/trpc": "http://localhost:3000", "/api": "http://localhost:3000" } },
  build: { sourcemap: true },
});
