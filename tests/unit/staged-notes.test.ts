import { describe, expect, test } from 'vitest';
import { createStagedNotes, fromNoteFrame } from '../../entrypoints/background/staged-notes';
import { fakeNoteDraft } from '../support/factories';

const draft = fakeNoteDraft();

describe('staged notes', () => {
  test('a staged draft is read by its token as often as needed, and taken once', () => {
    const staged = createStagedNotes();
    const token = staged.stage(draft, 7, 3);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(staged.get(token)).toEqual({ draft, tabId: 7, frameId: 3 });
    expect(staged.get(token)).toBeDefined();
    expect(staged.take(token)).toEqual({ draft, tabId: 7, frameId: 3 });
    expect(staged.take(token)).toBeUndefined();
    expect(staged.get('guess')).toBeUndefined();
  });

  test('drafts older than ten minutes are dropped when the next is staged', () => {
    let now = 0;
    const staged = createStagedNotes(() => now);
    const old = staged.stage(draft, 1, 0);
    now = 10 * 60_000 + 1;
    const fresh = staged.stage(draft, 1, 0);
    expect(staged.get(old)).toBeUndefined();
    expect(staged.get(fresh)).toBeDefined();
  });

  test('only the extension’s note frame counts as the note frame', () => {
    expect(fromNoteFrame('chrome-extension://abcdef/note-frame.html#t')).toBe(true);
    expect(fromNoteFrame('moz-extension://1234-uuid/note-frame.html')).toBe(true);
    expect(fromNoteFrame('https://a.edu/note-frame.html')).toBe(false);
    expect(fromNoteFrame('chrome-extension://abcdef/popup.html')).toBe(false);
    expect(fromNoteFrame(undefined)).toBe(false);
  });
});
