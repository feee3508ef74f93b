// The Vite app: the package as a bundler user gets it.
import init, { Summarizer, version } from "sunto";
import type { SummarizerOptions, Summary } from "sunto";
import { ARTICLE } from "./article";
import { render } from "./render";

const options: SummarizerOptions = { sentences: 2, language: "auto", keywords: 5 };

async function main(root: HTMLElement): Promise<void> {
  try {
    await init();
    const summarizer = new Summarizer(options);
    const summary: Summary = summarizer.summarize(ARTICLE, { name: "observatory.md" });
    render(root, summary, ARTICLE);
    root.dataset.version = version();
    root.dataset.state = "done";
  } catch (e) {
    root.dataset.state = "error";
    root.append(String(e));
  }
}

const root = document.getElementById("app");
if (root) void main(root);
