// Tests only (it pulls zod's runtime): a small catalog that exercises every matcher rule.
import { Catalog, type CatalogInput } from '../catalog/schema';

type EntryInput = CatalogInput['entries'][number];

/** A procedure entry with defaults, for inline test catalogs. */
export function procedure(id: string, fields: Partial<EntryInput> = {}): EntryInput {
  return { id, kind: 'procedure', name: id, category: 'test', ...fields };
}

/** Parses a catalog made of the given entries (one "test" category). */
export function makeCatalog(entries: EntryInput[]): Catalog {
  return Catalog.parse({
    id: 'test',
    specialty: 'Test',
    version: 1,
    categories: [{ id: 'test', kind: 'procedure', name: 'Test' }],
    entries,
  });
}

/** The catalog most matcher tests share. */
export const testCatalog: Catalog = makeCatalog([
  procedure('epidural-steroid-injection', {
    synonyms: ['epidural steroid injection', 'epidural injection'],
    abbreviations: ['ESI'],
  }),
  procedure('transforaminal-esi', {
    synonyms: ['transforaminal epidural', 'transforaminal epidural steroid injection'],
    abbreviations: ['TFESI', 'TF ESI'],
  }),
  procedure('medial-branch-block', { synonyms: ['medial branch block'], abbreviations: ['MBB'] }),
  procedure('radiofrequency-ablation', {
    synonyms: ['radiofrequency ablation', 'radio frequency ablation', 'radiofrequency lesioning'],
    abbreviations: ['RFA'],
  }),
  procedure('pulsed-radiofrequency', { synonyms: ['pulsed radiofrequency'], abbreviations: ['PRF', 'pRF'] }),
  procedure('spinal-cord-stimulation', {
    synonyms: ['spinal cord stimulation', 'spinal cord stimulator', 'dorsal column SCS'],
    abbreviations: [{ text: 'SCS', context: ['stim', 'implant', 'trial', 'lead', 'neuromod'] }],
    phases: { trial: 'scs-trial', implant: 'scs-implant' },
  }),
  procedure('scs-trial', { parent: 'spinal-cord-stimulation', synonyms: ['scs trial'] }),
  procedure('scs-implant', { parent: 'spinal-cord-stimulation', synonyms: ['scs implant'] }),
  procedure('intrathecal-drug-delivery', {
    synonyms: ['intrathecal drug delivery', 'intrathecal pump'],
    abbreviations: ['ITDD'],
    phases: { trial: 'intrathecal-trial', implant: 'intrathecal-pump-implant' },
  }),
  procedure('intrathecal-trial', { synonyms: ['intrathecal trial'] }),
  procedure('intrathecal-pump-implant', { synonyms: ['pump implant'] }),
  procedure('drg-stimulation', {
    synonyms: ['dorsal root ganglion stimulation'],
    abbreviations: [{ text: 'DRG', context: ['stim'], window: 20 }],
  }),
  procedure('mild-decompression', { synonyms: ['mild procedure'], abbreviations: ['MILD'] }),
  procedure('mild-adjective-trap', { synonyms: ['mild case'] }),
  procedure('kyphoplasty', { synonyms: ['kyphoplasty'] }),
  procedure('vertebroplasty', { synonyms: ['vertebroplasty'] }),
  procedure('interspinous-spacer', { brands: ['Vertiflex®', 'Superion'] }),
  procedure('sacroiliac-joint-injection', { synonyms: ['sacroiliac joint injection', 'SI joint injection'] }),
  procedure('facet-joint-injection', { synonyms: ['facet injection', 'facet joint injection'] }),
  // One normalized form, two readings: "PNS" (case-exact abbreviation) and any-case "pns" (synonym).
  procedure('peripheral-nerve-stimulation', {
    synonyms: ['peripheral nerve stimulation'],
    abbreviations: ['PNS'],
  }),
  procedure('pns-any-case', { synonyms: ['pns'] }),
  // A long form that needs context, over a plain shorter one: a rejected hit must fall back.
  procedure('pump-trial', { synonyms: [{ text: 'pump trial', context: ['intrathecal', 'baclofen'] }] }),
  procedure('any-pump', { synonyms: ['pump'] }),
  // A context word starting with a Latin letter, which the regex `\b` does not see as a word char.
  procedure('ecole-lab', { abbreviations: [{ text: 'EL', context: ['école'] }] }),
  {
    id: 'vacation-days',
    kind: 'benefit',
    name: 'Vacation days',
    category: 'time-off',
    synonyms: ['vacation days', 'paid time off'],
    abbreviations: ['PTO'],
  },
]);
