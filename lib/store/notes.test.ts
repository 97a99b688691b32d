import { describe, expect, test } from 'vitest';
import { addNote, deleteNote, loadDesk, mergePrograms, passageNotesOf, recordVisit, updateNote } from '.';
import { fakeReport } from '../../tests/support/factories';
import { freshDb } from '../../tests/support/test-db';

const programKey = fakeReport().programKey;
const anchor = {
  quote: 'spinal cord stimulation',
  prefix: 'We teach ',
  suffix: ' trials',
  start: 9,
  end: 32,
};

describe('notes', () => {
  test('a note on a stored program is kept across later visits, and listed with the desk', async () => {
    const db = await freshDb();
    await recordVisit(db, fakeReport(), 1);
    const note = await addNote(
      db,
      {
        programKey,
        text: 'Ask about SCS volume',
        itemId: 'spinal-cord-stimulation',
        url: fakeReport().url,
        anchor: null,
      },
      5,
    );
    await recordVisit(db, fakeReport(), 6);
    expect((await loadDesk(db)).notes).toEqual([note]);
    expect(note).toMatchObject({ programKey, text: 'Ask about SCS volume', createdAt: 5, updatedAt: 5 });
  });

  test('refuses a note on a program that is not stored, and stores nothing', async () => {
    const db = await freshDb();
    await expect(
      addNote(db, { programKey: 'nowhere/pain', text: 'x', itemId: null, url: null, anchor: null }),
    ).rejects.toThrow(/not stored/);
    expect((await loadDesk(db)).notes).toEqual([]);
  });

  test('edits and deletes a note; editing a deleted note says so', async () => {
    const db = await freshDb();
    await recordVisit(db, fakeReport(), 1);
    const note = await addNote(db, { programKey, text: 'first', itemId: null, url: null, anchor: null }, 2);
    await updateNote(db, note.id, 'second', 3);
    expect((await loadDesk(db)).notes[0]).toMatchObject({ text: 'second', createdAt: 2, updatedAt: 3 });
    expect(await deleteNote(db, note.id)).toBe(true);
    expect(await deleteNote(db, note.id)).toBe(false);
    await expect(updateNote(db, note.id, 'third')).rejects.toThrow(/no longer stored/);
  });

  test('passage notes of a page are found by its URL; notes without an anchor are not among them', async () => {
    const db = await freshDb();
    const url = fakeReport().url;
    await recordVisit(db, fakeReport(), 1);
    const passage = await addNote(db, { programKey, text: 'good sign', itemId: null, url, anchor }, 2);
    await addNote(db, { programKey, text: 'general', itemId: null, url, anchor: null }, 3);
    await addNote(
      db,
      { programKey, text: 'other page', itemId: null, url: 'https://other.example/', anchor },
      4,
    );
    expect(await passageNotesOf(db, url)).toEqual([passage]);
  });

  test('a note added under the key of a merged program lands in the program it was merged into', async () => {
    const db = await freshDb();
    await recordVisit(db, fakeReport({ programKey: 'a/pain' }), 1);
    await recordVisit(db, fakeReport({ programKey: 'b/pain', url: 'https://b.example/' }), 1);
    await mergePrograms(db, 'b/pain', 'a/pain');
    const note = await addNote(db, {
      programKey: 'b/pain',
      text: 'x',
      itemId: null,
      url: null,
      anchor: null,
    });
    expect(note.programKey).toBe('a/pain');
  });
});
