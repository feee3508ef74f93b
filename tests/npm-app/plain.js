// The plain ES modules page: the package straight from node_modules, no bundler. Type-checked
// through JSDoc by tsconfig.json (checkJs).
import init, { Summarizer } from "./node_modules/sunto/sunto.js";

const ARTICLE = `Il comune ha presentato ieri il nuovo piano per la mobilità sostenibile.
Il progetto prevede quaranta chilometri di piste ciclabili entro il 2028.
Secondo l'assessore ai trasporti, le nuove corsie collegheranno le periferie al centro storico.
I lavori partiranno in primavera dai quartieri a nord della stazione.
Il costo complessivo del piano è stimato in diciotto milioni di euro.
Le associazioni dei ciclisti hanno accolto la notizia con entusiasmo.
Il piano sarà discusso in consiglio comunale alla fine del mese.
`;

const root = /** @type {HTMLElement} */ (document.getElementById("app"));

try {
  await init();
  /** @type {import("./node_modules/sunto/sunto.js").Summary} */
  const summary = new Summarizer({ sentences: 2, language: "it" }).summarize(ARTICLE, { format: "text" });
  const list = document.createElement("ol");
  for (const sentence of summary.sentences) {
    const item = document.createElement("li");
    item.dataset.testid = "sentence";
    item.textContent = sentence.text;
    list.append(item);
  }
  const keywords = document.createElement("p");
  keywords.dataset.testid = "keywords";
  keywords.textContent = summary.keywords.map((k) => k.text).join(" · ");
  root.append(list, keywords);
  root.dataset.language = summary.language;
  root.dataset.state = "done";
} catch (e) {
  root.dataset.state = "error";
  root.append(String(e));
}
