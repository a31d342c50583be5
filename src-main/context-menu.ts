import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** What the context menu's own items do; Electron's webContents in the app, records in tests. */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

const MAX_SUGGESTIONS = 5;

type MenuParams = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

/**
 * The right-click menu: spelling suggestions from the system's dictionary when the word under the
 * pointer is misspelt, then Cut, Copy, Paste and Select all in a text box, or Copy and Select all
 * over selected text. Pure, so the boot test and unit tests can read it; empty means no menu.
 */
export function contextMenuTemplate(params: MenuParams, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const word of suggestions) items.push({ label: word, click: () => actions.replaceMisspelling(word) });
    items.push({ label: 'Add to dictionary', click: () => actions.addToDictionary(params.misspelledWord) });
    items.push({ type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: 'Cut', enabled: params.editFlags.canCut },
      { role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy },
      { role: 'paste', label: 'Paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Select all', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy }, { role: 'selectAll', label: 'Select all' });
  }
  return items;
}
