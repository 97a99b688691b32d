import { describe, expect, test } from 'vitest';
import { compileMatcher } from './compile-matcher';
import { findPhaseList } from './coordination';
import { testCatalog } from './test-catalog';

const matcher = compileMatcher(testCatalog);
const found = (text: string) => matcher.match(text).map((m) => `${m.id}[${m.text}]`);

describe('findPhaseList', () => {
  const phases = new Map([
    ['trial', 'scs-trial'],
    ['implant', 'scs-implant'],
    ['permanent', 'scs-implant'],
  ]);
  /** The phase words found after a match that ends where `text` starts. */
  const words = (text: string) =>
    findPhaseList(text, 0, phases).map((h) => `${h.childId}:${text.slice(h.start, h.end)}`);

  test.each([
    [' (trial and implant)', ['scs-trial:trial', 'scs-implant:implant']],
    [': trial and permanent implantation', ['scs-trial:trial', 'scs-implant:permanent implantation']],
    [' trial and implant', ['scs-trial:trial', 'scs-implant:implant']],
    [' trials, implants', ['scs-trial:trials', 'scs-implant:implants']],
    [' systems (trial & implant)', ['scs-trial:trial', 'scs-implant:implant']],
    [' (trial)', ['scs-trial:trial']],
    [' trial', []], // a lone "trial" is usually a research trial
    [' is a trial and implant', []], // words before the list need an opener
    [' (a b c trial and implant)', []],
    [' and the clinical trial implant', []],
    [' (' + 'x'.repeat(50) + ' trial and implant)', []], // too far
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('coordination in the matcher', () => {
  test.each([
    [
      'Spinal cord stimulation (trial and implant)',
      ['spinal-cord-stimulation[Spinal cord stimulation]', 'scs-trial[trial]', 'scs-implant[implant]'],
    ],
    [
      'Dorsal Column SCS: trial and permanent implantation',
      ['spinal-cord-stimulation[Dorsal Column SCS]', 'scs-trial[trial]', 'scs-implant[implantation]'],
    ],
    [
      'Intrathecal drug delivery systems (trial and implant)',
      [
        'intrathecal-drug-delivery[Intrathecal drug delivery]',
        'intrathecal-trial[trial]',
        'intrathecal-pump-implant[implant]',
      ],
    ],
    [
      'spinal cord stimulator trial and implant. Pump implant',
      [
        'spinal-cord-stimulation[spinal cord stimulator]',
        'scs-trial[trial]',
        'scs-implant[implant]',
        'intrathecal-pump-implant[Pump implant]',
      ],
    ],
    ['kypho/vertebroplasty', ['kyphoplasty[kypho]', 'vertebroplasty[vertebroplasty]']],
    ['Vertebro/Kyphoplasty', ['vertebroplasty[Vertebro]', 'kyphoplasty[Kyphoplasty]']],
    ['kypho / vertebroplasty', ['vertebroplasty[vertebroplasty]']],
    ['TF-ESI/MBB', ['transforaminal-esi[TF-ESI]', 'medial-branch-block[MBB]']],
    // Found by the property test: the word before the slash completes to the word after it.
    ['vertebro/vertebroplasty', ['vertebroplasty[vertebroplasty]']],
  ])('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });

  test('phase matches never overlap what follows', () => {
    const matches = matcher.match('SCS leads (trial and implant) implant');
    for (let i = 1; i < matches.length; i++)
      expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
  });
});
