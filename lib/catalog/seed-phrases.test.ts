import { expect, test } from 'vitest';
import { compileMatcher } from '../match';
import { entryById } from './entry-by-id';
import { painMedicineCatalog as catalog } from './pain-medicine';

const matcher = compileMatcher(catalog);

/** Whether `id` is `ancestor` or one of its descendants. */
function isWithin(id: string, ancestor: string): boolean {
  for (let at: string | undefined = id; at !== undefined; at = entryById(catalog, at)?.parent) {
    if (at === ancestor) return true;
  }
  return false;
}

/**
 * Lines of the Rush and WUSTL program pages (shared/seeds) with the entries a reader finds in
 * them. A match may also name a child of an expected entry (coordinated phases), nothing else.
 */
const SEED_LINES: [line: string, ids: string[]][] = [
  ['fluoroscopic and ultrasound-guided procedures', ['fluoroscopic-guidance', 'ultrasound-guidance']],
  ['Epidural steroid injections (cervical, thoracic, lumbar)', ['epidural-steroid-injection']],
  ['Medial branch blocks and radiofrequency ablation', ['medial-branch-block', 'radiofrequency-ablation']],
  ['Regional and peripheral nerve blocks', ['peripheral-nerve-block']],
  ['Stellate ganglion and sympathetic chain blocks', ['stellate-ganglion-block', 'sympathetic-block']],
  ['Spinal cord stimulation (trial and implant)', ['spinal-cord-stimulation', 'scs-trial', 'scs-implant']],
  ['Dorsal root ganglion (DRG) stimulation', ['drg-stimulation']],
  ['Peripheral nerve stimulation (PNS)', ['peripheral-nerve-stimulation']],
  [
    'Intrathecal drug delivery systems (trial and implant)',
    ['intrathecal-drug-delivery', 'intrathecal-trial', 'intrathecal-pump-implant'],
  ],
  ['Intrathecal drug delivery (ITDD)', ['intrathecal-drug-delivery']],
  ['Indirect lumbar decompression techniques', ['interspinous-spacer']],
  ['Regional anesthesia and neurolytic techniques', ['chemical-neurolysis']],
  ['Advanced Neuromodulation & Innovation', ['neuromodulation']],
  ['Spinal cord stimulation (SCS)', ['spinal-cord-stimulation']],
  ['Basivertebral nerve ablation', ['basivertebral-nerve-ablation']],
  ['Sacroiliac Joint Fusion', ['sij-fusion']],
  ['Minimally invasive and regenerative options', ['regenerative-medicine']],
  [
    'various nerve blocks, neuraxial blocks, joint injections, neurolytic procedures, and radiofrequency lesioning',
    [
      'peripheral-nerve-block',
      'neuraxial-injection',
      'joint-injection',
      'chemical-neurolysis',
      'radiofrequency-ablation',
    ],
  ],
  [
    'trial and permanent placement of dorsal column SCS, DRG and peripheral stimulator, MILD, VTP, Vertiflex, and intrathecal pump',
    [
      'spinal-cord-stimulation',
      'drg-stimulation',
      'peripheral-nerve-stimulation',
      'mild-decompression',
      'vertebroplasty',
      'interspinous-spacer',
      'intrathecal-drug-delivery',
    ],
  ],
  ['acupuncture, biofeedback, physical therapy, psychotherapy', ['acupuncture']],
  [
    'local anesthetic and neurolytic nerve blocks, implantable pumps, and spinal cord stimulators',
    ['chemical-neurolysis', 'intrathecal-drug-delivery', 'spinal-cord-stimulation'],
  ],
  ['Peripheral Nerve Stimulation: trial and permanent implantation', ['peripheral-nerve-stimulation']],
  ['DRG Stimulation: trial and permanent implantation', ['drg-stimulation']],
  [
    'Dorsal Column SCS: trial and permanent implantation',
    ['spinal-cord-stimulation', 'scs-trial', 'scs-implant'],
  ],
  ['Vertebroplasty and bone biopsy', ['vertebroplasty', 'vertebral-bone-biopsy']],
  ['Neuraxial Procedures:', ['neuraxial-injection']],
  ['Epidural steroid injection: caudal, lumbar, thoracic, and cervical', ['epidural-steroid-injection']],
  ['Selective nerve root blocks: lumbar, thoracic, and cervical', ['selective-nerve-root-block']],
  ['Epidural blood patches', ['epidural-blood-patch']],
  ['Medial Branch Nerves Blocks', ['medial-branch-block']],
  ['Sympathetic nerve block', ['sympathetic-block']],
  ['Ganglion Impar', ['ganglion-impar-block']],
  ['Superior hypogastric nerve plexus block', ['superior-hypogastric-block']],
  ['Lumbar Sympathetic nerve block', ['lumbar-sympathetic-block']],
  ['Celiac plexus block', ['celiac-plexus-block']],
  ['Stellate ganglion nerve block', ['stellate-ganglion-block']],
  ['Sphenopalatine Ganglion block', ['sphenopalatine-ganglion-block']],
  ['Gasserian Block', ['gasserian-ganglion-block']],
  ['Bursa Injection', ['bursa-soft-tissue-injection']],
  [
    'Minor and Major Joints injection: Anatomical landmark, ultrasound, and fluoroscopy guidance',
    ['joint-injection', 'ultrasound-guidance', 'fluoroscopic-guidance'],
  ],
  ['Radiofrequency ablation of shoulder, knee, and hip', ['shoulder-rfa', 'genicular-rfa', 'hip-rfa']],
  ['Facet Joint injection', ['facet-joint-injection']],
  [
    'Radiofrequency Ablation: medial branches of cervical, thoracic, lumbar, and lateral branches of the SI joint.',
    ['radiofrequency-ablation', 'facet-rfa', 'sij-rfa'],
  ],
  ['Targeted Drug Delivery Therapy', ['intrathecal-drug-delivery']],
  ['Intrathecal pump trial', ['intrathecal-trial']],
  ['Intrathecal pump implant', ['intrathecal-pump-implant']],
  ['Occipital nerve block', ['occipital-nerve-block']],
  ['Trigeminal nerve block', ['trigeminal-branch-block']],
  ['Medial branch nerve block', ['medial-branch-block']],
  ['Suprascapular nerve block', ['suprascapular-nerve-block']],
  ['Intercostal nerve block', ['intercostal-nerve-block']],
  ['PEC I/II block', ['fascial-plane-block']],
  ['TAP Block', ['fascial-plane-block']],
  ['Erector Spinae Plane Block', ['fascial-plane-block']],
  ['Ilioinguinal/iliohypogastric nerve block', ['groin-nerve-block']],
  ['Genitofemoral nerve block', ['groin-nerve-block']],
  ['Lateral femoral cutaneous nerve block', ['lfcn-block']],
  ['Lidocaine infusion', ['lidocaine-infusion']],
  ['Topical 8% capsaicin (Qutenza)', ['capsaicin-8-patch']],
  ['Stipends (July 1, 2024-June 30, 2025)', ['stipend']],
  ['PGY LevelAnnual Stipend', ['stipend']],
  ['Discretionary Fund: $2,000 – for books and educational expenses', ['education-fund']],
  [
    'Medical, dental, vision, and pharmacy insurance benefits',
    ['insurance-medical', 'insurance-dental', 'insurance-vision', 'insurance-pharmacy'],
  ],
  [
    'Life, accident, and disability insurance',
    ['insurance-life', 'insurance-accident', 'insurance-disability'],
  ],
  ['Access to WUCare and Employee Assistance Program', ['wellness']],
  ['Monthly parking reimbursement', ['parking']],
  ['White coat and departmental jacket', ['apparel']],
  ['ASRA membership', ['society-membership']],
  ['15 vacation days', ['vacation-days']],
  ['5 meeting days', ['meeting-days']],
  ['iPhone provided for professional use during fellowship', ['devices']],
  ['Non-clinical days', ['wellness']],
  ['Wellness resources and subscriptions', ['wellness']],
];

test.each(SEED_LINES)('"%s"', (line, expected) => {
  const found = matcher.match(line).map((m) => m.id);
  expect(found).toEqual(expect.arrayContaining(expected));
  const unexpected = found.filter((id) => !expected.some((ancestor) => isWithin(id, ancestor)));
  expect(unexpected).toEqual([]);
});
