// A tiny static file server and the Chromium launch shared by every browser test (the page's
// through tests/e2e/page-support.mjs, the embedding tests, tests/npm-app/app.test.mjs).

import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * Serves `root` on 127.0.0.1 at a free port. `headers` go on every response (e.g. CORS);
 * `routes` maps a path to `{ type, body }` or to a function of the URL returning one, served
 * before files; `onSend({ path, status, bytes })` hears of every response (for byte counts).
 * Resolves to `{ origin, close() }`.
 */
export function serve(root, { headers = {}, routes = {}, onSend } = {}) {
  const base = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    const send = (status, body, extra = {}) => {
      res.writeHead(status, { "cache-control": "no-store", ...headers, ...extra });
      const sent = req.method === "HEAD" ? undefined : body;
      res.end(sent);
      onSend?.({ path: req.url, status, bytes: sent ? Buffer.byteLength(sent) : 0 });
    };
    try {
      if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");
      const url = new URL(req.url, "http://localhost");
      const route = routes[url.pathname];
      if (route) {
        const { type, body, status = 200 } = typeof route === "function" ? route(url) : route;
        return send(status, body, { "content-type": type });
      }
      const file = path.join(base, path.normalize(decodeURIComponent(url.pathname)));
      if (file !== base && !file.startsWith(base + path.sep)) return send(403, "forbidden");
      let target = file;
      let stat = await fs.promises.stat(target).catch(() => null);
      if (stat?.isDirectory()) {
        if (!url.pathname.endsWith("/")) return send(301, "", { location: `${url.pathname}/` });
        target = path.join(target, "index.html");
        stat = await fs.promises.stat(target).catch(() => null);
      }
      if (!stat?.isFile()) return send(404, "not found");
      const type = MIME[path.extname(target).toLowerCase()] ?? "application/octet-stream";
      send(200, await fs.promises.readFile(target), { "content-type": type });
    } catch (e) {
      send(500, String(e));
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/**
 * A headless Chromium with a fresh profile; `options` go to launchPersistentContext; `close()`
 * also removes the profile.
 */
export async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sunto-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1000, height: 900 },
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records into `sink` every console error (the page's and its workers'), page error, failed
 * request and Content-Security-Policy violation of `page`. Call before `page.goto`.
 */
export async function watch(page, sink) {
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") sink.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => sink.push(`page error on ${page.url()}: ${error.message}`));
  page.on("requestfailed", (request) => {
    sink.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on("worker", (worker) => {
    worker.on?.("console", (message) => {
      if (message.type() === "error") sink.push(`worker console error (${worker.url()}): ${message.text()}`);
    });
  });
}
