/**
 * Builds the web shell from src/web into dist/web, which the server serves statically.
 *
 * GOV.UK Frontend's CSS refers to its fonts and images as root-relative URLs
 * (`/assets/fonts/...`, `/assets/images/...`). The aliases below point those URLs at the
 * package's own files, so Vite resolves them at build time, copies them into
 * dist/web/assets and rewrites the CSS to point there. Everything is self-hosted, as the
 * Content-Security-Policy (`'self'` only) requires.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const govukAssets = fromHere("./node_modules/govuk-frontend/dist/govuk/assets/");

export default defineConfig({
  root: fromHere("./src/web"),
  // No public folder: every asset is imported, so Vite knows and copies exactly what is used.
  publicDir: false,
  plugins: [react()],
  resolve: {
    alias: [{ find: /^\/assets\/(fonts|images)\//, replacement: `${govukAssets}$1/` }],
  },
  css: {
    // GOV.UK Frontend's CSS still carries old Internet Explorer hacks (`@media screen\0`)
    // that the minifier cannot parse; recovering drops just those rules, which no
    // supported browser uses.
    lightningcss: { errorRecovery: true },
  },
  build: {
    outDir: fromHere("./dist/web"),
    emptyOutDir: true,
    sourcemap: true,
    // Inlined assets would become data: URLs; keep fonts as real files for caching.
    assetsInlineLimit: 0,
    // One bundle for an internal app used on council networks: about 150 kB gzipped.
    chunkSizeWarningLimit: 700,
    // Stable file names. The server registers its static files when it starts and revalidates
    // them on every request (max-age=0 with an ETag), so content hashes would only make a
    // rebuilt bundle unreachable until a restart, without saving any requests.
    rolldownOptions: {
      output: {
        entryFileNames: "assets/[name].js",
        chunkFileNames: "assets/[name].js",
        assetFileNames: "assets/[name][extname]",
      },
    },
  },
  server: {
    // `npx vite` during development forwards the API to a running `waymark start`.
    proxy: { "/api": "http://127.0.0.1:3100" },
  },
});
