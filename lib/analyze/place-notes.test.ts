import { describe, expect, test } from 'vitest';
import { describeAnchor } from '../anchor';
import type { Note } from '../messages/schema';
import { placeNotes } from './place-notes';

const page =
  'Pain Medicine Fellowship\nFellows perform spinal cord stimulator trials and implants. Salary is $80,372 at PGY-5.';

function noteOn(quote: string, text = page): Note {
  const start = text.indexOf(quote);
  return {
    id: quote,
    programKey: 'a/pain',
    text: `about ${quote}`,
    itemId: null,
    url: 'https://a.example/',
    anchor: describeAnchor(text, start, start + quote.length),
    createdAt: 1,
    updatedAt: 1,
  };
}

describe('placeNotes', () => {
  test('places notes on the unchanged page where they were written', () => {
    const [placed] = placeNotes(page, [noteOn('spinal cord stimulator trials')]);
    expect(placed!.place).toMatchObject({ exact: true });
    expect(page.slice(placed!.place!.start, placed!.place!.end)).toBe('spinal cord stimulator trials');
  });

  test('after the page changed around it the note still attaches; a removed passage is kept, unplaced', () => {
    const changed = `New: applications open in July.\n${page.replace('$80,372', '$82,000').replace('trials and implants', 'trials and permanent implants')}`;
    const placed = placeNotes(changed, [
      noteOn('Salary is $80,372 at PGY-5'),
      noteOn('Pain Medicine Fellowship'),
      noteOn('nowhere to be found', 'A page that said nowhere to be found once.'),
    ]);
    expect(placed.map((p) => p.place && changed.slice(p.place.start, p.place.end))).toEqual([
      'Salary is $82,000 at PGY-5',
      'Pain Medicine Fellowship',
      null,
    ]);
    expect(placed[2]!.note.text).toBe('about nowhere to be found');
  });

  test('notes without a passage are not placed at all', () => {
    expect(placeNotes(page, [{ ...noteOn('Salary'), anchor: null }])).toEqual([]);
  });
});
