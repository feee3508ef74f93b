// The page's entry point: the app, talking to the wasm in a module worker.
import { startApp } from "./app.js";
import { SummarizerClient } from "./client.js";

startApp(new SummarizerClient());
