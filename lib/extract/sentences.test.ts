import { describe, expect, test } from 'vitest';
import { sentenceAt, splitSentences } from './sentences';
import { htmlPage } from './test-page';

const split = (text: string, breaks?: number[]) =>
  splitSentences(text, breaks).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['two sentences', 'Fellows rotate. They learn.', ['Fellows rotate.', 'They learn.']],
    ['? and !', 'Why Rush? Because! We train.', ['Why Rush?', 'Because!', 'We train.']],
    [
      'a digit starts a sentence',
      'We train fellows. 17 faculty teach.',
      ['We train fellows.', '17 faculty teach.'],
    ],
    [
      'a closing quote stays',
      'It is “hands-on.” Labs are monthly.',
      ['It is “hands-on.”', 'Labs are monthly.'],
    ],
    ['"Dr." is no end', 'Ask Dr. Rao about it. She directs.', ['Ask Dr. Rao about it.', 'She directs.']],
    ['"St. Louis" is no end', 'We love St. Louis. It is home.', ['We love St. Louis.', 'It is home.']],
    ['an initial is no end', 'Lesley A. Rao directs. Apply now.', ['Lesley A. Rao directs.', 'Apply now.']],
    ['"U.S." is no end', 'Ranked by U.S. News for years.', ['Ranked by U.S. News for years.']],
    ['"a.m." before a lowercase word', 'From 6:30-7:30 a.m. we meet.', ['From 6:30-7:30 a.m. we meet.']],
    [
      '"p.m." ends a sentence before a capital',
      'Lectures end at 6 p.m. Fellows present.',
      ['Lectures end at 6 p.m.', 'Fellows present.'],
    ],
    [
      'decimals',
      'The fund is $2,000.50 per year. It renews.',
      ['The fund is $2,000.50 per year.', 'It renews.'],
    ],
    ['"No. 1" is no end', 'Ranked No. 1 in the region.', ['Ranked No. 1 in the region.']],
    [
      'a lowercase word after a period continues',
      'Includes e.g. blocks etc. and more.',
      ['Includes e.g. blocks etc. and more.'],
    ],
    [
      'bullets split items',
      '• Medical insurance • 15 vacation days',
      ['Medical insurance', '15 vacation days'],
    ],
    ['a middle dot splits', '660 S. Euclid Ave. · St. Louis, MO', ['660 S. Euclid Ave.', 'St. Louis, MO']],
  ])('%s', (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('every line is its own block: list items never run together', () => {
    const text = 'Benefits\n  • 15 vacation days\n  • 5 meeting days\n\nStipends';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Benefits',
      '15 vacation days',
      '5 meeting days',
      'Stipends',
    ]);
    expect(new Set(sentences.map((s) => s.block)).size).toBe(4);
  });

  test('a line that dangles on "for" goes on in the next line (a <br> inside a sentence)', () => {
    const text = 'Location: Barnes and Jewish Center for\nAdvanced Medicine\nNext';
    expect(split(text)).toEqual(['Location: Barnes and Jewish Center for\nAdvanced Medicine', 'Next']);
  });

  test('only the given breaks split: source newlines inside a paragraph do not', () => {
    const text = 'One sentence\n   wrapped in the source.\nNext block';
    expect(split(text, [text.lastIndexOf('\n')])).toEqual([
      'One sentence\n   wrapped in the source.',
      'Next block',
    ]);
  });

  test('sentenceAt finds the sentence around an offset, and nothing between sentences', () => {
    const text = 'First one.   Second one.';
    const sentences = splitSentences(text);
    expect(sentenceAt(sentences, text.indexOf('Second') + 3)).toEqual(sentences[1]);
    expect(sentenceAt(sentences, text.indexOf('one.') + 5)).toBeUndefined();
  });
});

describe('collectText breaks', () => {
  test('marks the separators collectText inserted between blocks, not source newlines', () => {
    const { page } = htmlPage(
      '<p>Wrapped\n  line.</p><ul><li>15 vacation days</li><li>5 meeting days</li></ul>',
    );
    const breaks = page.breaks;
    expect(breaks.every((b) => page.text[b] === '\n')).toBe(true);
    expect(split(page.text, breaks)).toEqual(['Wrapped\n  line.', '15 vacation days', '5 meeting days']);
  });

  test('table cells are blocks: a row is split into its cells', () => {
    const { page } = htmlPage('<table><tr><td>PGY 5</td><td>$80,372</td></tr></table>');
    expect(split(page.text, page.breaks)).toEqual(['PGY 5', '$80,372']);
  });
});
