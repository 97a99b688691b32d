import { describe, expect, test } from 'vitest';
import { compileMatcher } from './compile-matcher';
import { makeCatalog, procedure, testCatalog } from './test-catalog';

const matcher = compileMatcher(testCatalog);
/** `id[text]` for each match: compact, and shows exactly what was highlighted. */
const found = (text: string) => matcher.match(text).map((m) => `${m.id}[${m.text}]`);

describe('compileMatcher', () => {
  test('reports original offsets, the original text and the entry', () => {
    const input = 'We do MEDIAL BRANCH blocks and take 15 vacation days.';
    expect(matcher.match(input)).toEqual([
      {
        kind: 'procedure',
        id: 'medial-branch-block',
        name: 'medial-branch-block',
        category: 'test',
        text: 'MEDIAL BRANCH blocks',
        start: 6,
        end: 26,
      },
      {
        kind: 'benefit',
        id: 'vacation-days',
        name: 'Vacation days',
        category: 'time-off',
        text: 'vacation days',
        start: 39,
        end: 52,
      },
    ]);
  });

  test.each([
    ['abbreviations keep their case', 'MBB, mbb, Mbb', ['medial-branch-block[MBB]']],
    [
      'an abbreviation takes a plural in any case',
      'MBBs and TFESIs',
      ['medial-branch-block[MBBs]', 'transforaminal-esi[TFESIs]'],
    ],
    [
      'mixed-case abbreviations match exactly',
      'PRF, pRF, Prf, prf',
      ['pulsed-radiofrequency[PRF]', 'pulsed-radiofrequency[pRF]'],
    ],
    [
      'one form, an abbreviation and a synonym',
      'PNS, pns, Pns',
      ['peripheral-nerve-stimulation[PNS]', 'pns-any-case[pns]', 'pns-any-case[Pns]'],
    ],
    [
      '"MILD" but not the adjective',
      'mild pain; MILD, or the mild procedure',
      ['mild-decompression[MILD]', 'mild-decompression[mild procedure]'],
    ],
    ['synonyms ignore case', 'SPINAL CORD stimulators', ['spinal-cord-stimulation[SPINAL CORD stimulators]']],
    ['a plural "es"', 'vertebroplastyes?', ['vertebroplasty[vertebroplastyes]']],
    [
      'brands ignore case and ®',
      'VERTIFLEX®, superion™',
      ['interspinous-spacer[VERTIFLEX]', 'interspinous-spacer[superion]'],
    ],
    [
      'a hyphen or dash is a space',
      'Radio-frequency ablation, radio–frequency ablation',
      [
        'radiofrequency-ablation[Radio-frequency ablation]',
        'radiofrequency-ablation[radio–frequency ablation]',
      ],
    ],
    [
      'the closed form is its own form',
      'radiofrequency ablation',
      ['radiofrequency-ablation[radiofrequency ablation]'],
    ],
    ['"radio frequency" is not "radiofrequency"', 'pulsed radio frequency', []],
    [
      'whitespace runs and NBSP count as one space',
      'medial\u00a0 \n branch   block',
      ['medial-branch-block[medial\u00a0 \n branch   block]'],
    ],
    ['"®" between words is a separator', 'mild® procedure', ['mild-decompression[mild® procedure]']],
    ['a form inside a word is no match', 'premedial branch blocker', []],
    ['a Latin letter is part of the word', 'éMBB MBBé', []],
  ])('%s', (_, input, expected) => {
    expect(found(input)).toEqual(expected);
  });

  test('the longest form wins, and matches never overlap', () => {
    expect(found('transforaminal epidural steroid injections and epidural steroid injection')).toEqual([
      'transforaminal-esi[transforaminal epidural steroid injections]',
      'epidural-steroid-injection[epidural steroid injection]',
    ]);
  });

  test('coordinated levels simply match the shared phrase', () => {
    expect(found('cervical, thoracic, and lumbar epidural steroid injections')).toEqual([
      'epidural-steroid-injection[epidural steroid injections]',
    ]);
  });

  describe('context forms', () => {
    test.each([
      ['a context word after', 'SCS leads', ['spinal-cord-stimulation[SCS]']],
      ['a context word before', 'neuromodulation: SCS', ['spinal-cord-stimulation[SCS]']],
      ['no context word', 'The SCS committee meets', []],
      ['a context word must start a word', 'the SCS restimulated', []],
      ['a context word may be a prefix of a longer word', 'DRG stimulators', ['drg-stimulation[DRG]']],
      ['within the window (20 for DRG)', 'DRG is a target for stim', ['drg-stimulation[DRG]']],
      ['outside the window', 'DRG is a target in some cases for stim', []],
      [
        'the window counts normalized chars',
        'DRG\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n is stim',
        ['drg-stimulation[DRG]'],
      ],
    ])('%s', (_, input, expected) => {
      expect(found(input)).toEqual(expected);
    });

    test('the window edges are exact, in normalized chars', () => {
      // DRG's window is 20: a context word may start up to 19 chars after "DRG", and may start 20
      // chars before it (ending before it). Whitespace runs count as one char.
      const after = (gap: number) => found(`DRG${' '.repeat(gap)}stim`);
      expect(after(19)).toEqual(['drg-stimulation[DRG]']);
      expect(after(20)).toEqual(['drg-stimulation[DRG]']); // the run of 20 spaces is one char
      expect(found(`DRG ${'x'.repeat(17)} stim`)).toEqual(['drg-stimulation[DRG]']); // starts at 19
      expect(found(`DRG ${'x'.repeat(18)} stim`)).toEqual([]); // starts at 20
      expect(found(`stim ${'x'.repeat(14)}DRG`)).toEqual([]); // glued: DRG is inside a word
      expect(found(`stim ${'x'.repeat(14)} DRG`)).toEqual(['drg-stimulation[DRG]']); // starts 20 before
      expect(found(`stim ${'x'.repeat(15)} DRG`)).toEqual([]); // starts 21 before
    });

    test('a form is not its own context', () => {
      const own = compileMatcher(
        makeCatalog([procedure('x', { synonyms: [{ text: 'stim trial', context: ['stim'] }] })]),
      );
      expect(own.match('a stim trial')).toEqual([]);
      expect(own.match('stim: a stim trial').map((m) => m.text)).toEqual(['stim trial']);
    });
  });

  test('a rejected hit falls back to a shorter form at the same place', () => {
    expect(found('an insulin pump trial')).toEqual(['any-pump[pump]']);
    expect(found('baclofen: pump trial')).toEqual(['pump-trial[pump trial]']);
    // Leftmost first: "intrathecal pump" takes the pump, and "trial" alone is no form.
    expect(found('intrathecal pump trial')).toEqual(['intrathecal-drug-delivery[intrathecal pump]']);
  });

  test('a rejected hit does not hide a later match inside it', () => {
    expect(found('tf ESI and Tf Esi')).toEqual(['epidural-steroid-injection[ESI]']);
  });

  test('chars that hide inside words are seen through (normalized scan)', () => {
    expect(found('Verti®flex, radio\u00adfrequency ablation, x_MBB')).toEqual([
      'interspinous-spacer[Verti®flex]',
      'radiofrequency-ablation[radio\u00adfrequency ablation]',
      'medial-branch-block[MBB]',
    ]);
  });

  test('empty and matchless texts', () => {
    expect(matcher.match('')).toEqual([]);
    expect(matcher.match('nothing to see here')).toEqual([]);
  });

  test('a catalog too big for one regex is split, and matches the same', () => {
    const many = Array.from({ length: 1600 }, (_, i) =>
      procedure(`term-${i}`, { synonyms: [`term${i} procedure`] }),
    );
    const big = compileMatcher(makeCatalog(many));
    expect(big.match('TERM7 procedures, term1599 procedure, term1600 procedure').map((m) => m.id)).toEqual([
      'term-7',
      'term-1599',
    ]);
  });
});
