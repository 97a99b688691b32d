/**
 * What the background tells an annotator in a page (not a request to the background): the user
 * chose "add a note" from the context menu of selected text.
 */
export const NOTE_SELECTION = 'fellowship-lens:note-selection';

/**
 * What the background tells the annotator when its note frame is done: `note` saved, or null
 * (cancelled). The annotator closes the frame that `token` opened.
 */
export const NOTE_FRAME_DONE = 'fellowship-lens:note-frame-done';
