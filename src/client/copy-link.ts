/**
 * "Copy link" buttons: `<button data-copy-link="<url>" hidden>` next to a
 * `[data-copy-status]` live region. The button is revealed only when the Clipboard API is
 * there (it needs JavaScript and a secure context); without it the permalink stays on the
 * page as text to select by hand.
 */

/** Copies the button's URL and says so in the live region; on failure, selects the permalink text instead. */
async function copy(button: HTMLButtonElement, status: HTMLElement | null, text: HTMLElement | null): Promise<void> {
  const url = button.dataset.copyLink ?? '';
  try {
    await navigator.clipboard.writeText(url);
    if (status) status.textContent = `Link copied: ${url}`;
  } catch {
    if (text) {
      const range = document.createRange();
      range.selectNodeContents(text);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    if (status) status.textContent = 'Could not copy automatically: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

/** Wires up every copy-link button on the page. */
export function initCopyLinks(doc: Document = document): void {
  if (!navigator.clipboard?.writeText) return;
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    const box = button.closest('[data-copy-box]');
    const status = box?.querySelector<HTMLElement>('[data-copy-status]') ?? null;
    const text = box?.querySelector<HTMLElement>('[data-copy-text]') ?? null;
    button.addEventListener('click', () => void copy(button, status, text));
    button.hidden = false;
  }
}
