/** True when the keyboard is typing into something: `/` must reach it as a character. */
function isTypingTarget(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

/** True for a key press that opens search: `/` outside a text field, or Ctrl+K / ⌘K anywhere. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
	if (event.defaultPrevented || event.isComposing || event.altKey) return false;
	if (event.key === '/' && !event.ctrlKey && !event.metaKey) return !isTypingTarget(event.target);
	return (event.key === 'k' || event.key === 'K') && !event.shiftKey && (event.ctrlKey || event.metaKey);
}

/** Calls `open` (instead of the browser's own action) when the reader presses `/` or Ctrl/⌘+K. */
export function onSearchShortcut(open: () => void): void {
	document.addEventListener('keydown', (event) => {
		if (!isSearchShortcut(event)) return;
		event.preventDefault();
		open();
	});
}

/** Focuses a search field and selects its text, so that typing replaces the last query. */
export function focusField(field: HTMLInputElement): void {
	field.focus();
	field.select();
}
