import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog';
import { compileMatcher } from './compile-matcher';

// The shipped catalog through the matcher: the phrasings the domain reference calls out.
const matcher = compileMatcher(painMedicineCatalog);
const found = (text: string) => matcher.match(text).map((m) => `${m.id}[${m.text}]`);

describe('the pain medicine catalog', () => {
  test.each([
    [
      'Spinal cord stimulation (trial and implant)',
      ['spinal-cord-stimulation[Spinal cord stimulation]', 'scs-trial[trial]', 'scs-implant[implant]'],
    ],
    [
      'Dorsal Column SCS: trial and permanent implantation',
      [
        'spinal-cord-stimulation[Dorsal Column SCS]',
        'scs-trial[trial]',
        'scs-implant[permanent implantation]',
      ],
    ],
    [
      'Intrathecal drug delivery systems (trial and implant)',
      [
        'intrathecal-drug-delivery[Intrathecal drug delivery systems]',
        'intrathecal-trial[trial]',
        'intrathecal-pump-implant[implant]',
      ],
    ],
    ['kypho/vertebroplasty', ['kyphoplasty[kypho]', 'vertebroplasty[vertebroplasty]']],
    [
      'cervical, thoracic, and lumbar epidural steroid injections',
      ['epidural-steroid-injection[epidural steroid injections]'],
    ],
    ['mild pain after the mild® procedure', ['mild-decompression[mild® procedure]']],
  ])('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });

  test('every match on the fixture pages is well formed', () => {
    const dir = join(__dirname, '../../tests/fixtures/pages');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    for (const page of pages) {
      const text = readFileSync(join(dir, page), 'utf8').replace(/<[^>]+>/g, ' ');
      let lastEnd = 0;
      for (const m of matcher.match(text)) {
        expect(m.text).toBe(text.slice(m.start, m.end));
        expect(m.start).toBeGreaterThanOrEqual(lastEnd);
        lastEnd = m.end;
      }
    }
    expect(pages.length).toBeGreaterThan(0);
  });
});
