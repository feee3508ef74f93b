// embed.html: the Copy buttons. Each names the <code> element whose text it copies.

const announcer = document.getElementById("copy-status");

async function copy(button) {
  const code = document.getElementById(button.dataset.copy);
  if (!code) return;
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(code.textContent);
    button.textContent = "Copied";
    announcer.textContent = "Copied to the clipboard.";
  } catch {
    // No clipboard permission (or an insecure page): select the text so Ctrl+C copies it.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    button.textContent = "Press Ctrl+C";
    announcer.textContent = "Could not copy: the snippet is selected, press Ctrl+C to copy it.";
  }
  setTimeout(() => {
    button.textContent = label;
  }, 2000);
}

document.addEventListener("click", (event) => {
  const button = event.target.closest?.("button.copy[data-copy]");
  if (button) copy(button);
});
