// The entry point of the single-file build (dist/sunto.html, made by scripts/build-dist.mjs):
// the same app, with the wasm inlined as base64 in the page and run on the page's thread.
import { startApp } from "./app.js";
import { InlineClient } from "./inline-client.js";

function inlinedWasm() {
  const base64 = document.getElementById("sunto-wasm")?.textContent.trim() ?? "";
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

startApp(new InlineClient(inlinedWasm()));
