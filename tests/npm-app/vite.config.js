// As the package README says: keep sunto out of dependency pre-bundling, so that in the dev server
// `new URL("sunto_bg.wasm", import.meta.url)` still points next to sunto.js. `vite build` copies
// the wasm into dist/assets/ either way.
import { defineConfig } from "vite";

export default defineConfig({
  optimizeDeps: { exclude: ["sunto"] },
});
