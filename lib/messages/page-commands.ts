/**
 * What the background tells an annotator in a page (not a request to the background): the user
 * chose "add a note" from the context menu of selected text.
 */
export const NOTE_SELECTION = 'fellowship-lens:note-selection';
