import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  // In development the API runs on the Node server; in production that server serves this build.
  server: { proxy: { "/trpc": "http://localhost:3000" } },
  build: { sourcemap: true },
});
