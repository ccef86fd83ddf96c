/**
 * The click handler of a link that an opener may take over. Every such link keeps its real href
 * (visible, copyable, openable in a new tab by the browser), and only a plain click is handed to
 * `open`, which knows where the card runs: in a page it must ask the extension, in the popup it
 * may open a tab itself. Undefined when there is no `open`, so the browser follows the href.
 */
export function linkClick<T>(open: ((target: T) => void) | undefined, target: T): ((e: MouseEvent) => void) | undefined {
  if (!open) return undefined;
  return (e: MouseEvent) => {
    e.preventDefault();
    open(target);
  };
}
