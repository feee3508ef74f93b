// What the benchmarks share: the articles they read, and the page opened in Chromium.
import { readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, launch } from "../tests/e2e/static-server.mjs";

/** The repository's root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The articles to time: the files given, else the samples of ../shared/samples when present, else
 * three of the test fixtures.
 */
export function articleFiles(given = process.argv.slice(2)) {
  if (given.length > 0) return given;
  const samples = join(ROOT, "..", "shared", "samples");
  return existsSync(samples)
    ? readdirSync(samples).filter((f) => f.endsWith(".txt")).sort().map((f) => join(samples, f))
    : ["it_plain.txt", "it_pasted_web.txt", "en_pasted_web.txt"].map((f) => join(ROOT, "tests", "fixtures", f));
}

/**
 * The page (www/) served from the repository and opened in headless Chromium, its engine ready:
 * `{ page, close }`.
 */
export async function openPage() {
  const server = await serve(ROOT);
  const browser = await launch();
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${server.origin}/www/`);
    await page.waitForFunction(() => document.documentElement.dataset.engine === "ready");
    return { page, close };
  } catch (e) {
    await close();
    throw e;
  }
}
