// <sunto-drop-zone>: the visible drop target. The whole page accepts drops; while files are
// dragged over it the element carries the class `drag-over`. Files that are dropped or pasted
// anywhere on the page come out as one event:
//
//   zone.addEventListener("files", (e) => e.detail.files)   // File[]
//   zone.addEventListener("text",  (e) => e.detail.text)    // text dropped outside a text field
//
// Light DOM only (no shadow root), so style.css styles it and the page's CSP needs no inline style.

export class DropZone extends HTMLElement {
  #depth = 0;
  #controller = null;

  connectedCallback() {
    this.#controller = new AbortController();
    const options = { signal: this.#controller.signal };
    const doc = this.ownerDocument;
    doc.addEventListener("dragenter", (e) => this.#onDragEnter(e), options);
    doc.addEventListener("dragover", (e) => this.#onDragOver(e), options);
    doc.addEventListener("dragleave", () => this.#onDragLeave(), options);
    doc.addEventListener("drop", (e) => this.#onDrop(e), options);
    doc.addEventListener("paste", (e) => this.#onPaste(e), options);
  }

  disconnectedCallback() {
    this.#controller?.abort();
    this.#setDragging(false);
  }

  #onDragEnter(e) {
    if (!carriesFiles(e.dataTransfer)) return;
    this.#depth++;
    this.#setDragging(true);
  }

  #onDragOver(e) {
    const files = carriesFiles(e.dataTransfer);
    if (!files && !(carriesText(e.dataTransfer) && !isTextField(e.target))) return;
    e.preventDefault(); // allows the drop
    e.dataTransfer.dropEffect = "copy";
  }

  #onDragLeave() {
    this.#depth = Math.max(0, this.#depth - 1);
    if (this.#depth === 0) this.#setDragging(false);
  }

  #onDrop(e) {
    this.#depth = 0;
    this.#setDragging(false);
    const data = e.dataTransfer;
    if (!data) return;
    const files = [...(data.files ?? [])];
    if (files.length > 0) {
      e.preventDefault(); // keeps the browser from opening the file
      this.#emit("files", { files });
      return;
    }
    if (isTextField(e.target)) return; // let the field take the dropped text itself
    const text = data.getData("text/plain");
    if (text.trim() !== "") {
      e.preventDefault();
      this.#emit("text", { text });
    }
  }

  #onPaste(e) {
    const files = [...(e.clipboardData?.files ?? [])];
    if (files.length === 0) return; // ordinary text paste: leave it to the focused field
    e.preventDefault();
    this.#emit("files", { files });
  }

  #setDragging(on) {
    this.classList.toggle("drag-over", on);
    this.ownerDocument.documentElement.classList.toggle("dragging-files", on);
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

function carriesFiles(dataTransfer) {
  return Boolean(dataTransfer && [...dataTransfer.types].includes("Files"));
}

function carriesText(dataTransfer) {
  return Boolean(dataTransfer && [...dataTransfer.types].includes("text/plain"));
}

function isTextField(target) {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
}

if (!customElements.get("sunto-drop-zone")) customElements.define("sunto-drop-zone", DropZone);
