import { near, procedures } from './define-entries';

/** Neuraxial & epidural procedures (catalog-reference §2.1). */
export const neuraxialEntries = procedures('neuraxial', [
  {
    id: 'neuraxial-injection',
    name: 'Neuraxial injection (type unstated)',
    synonyms: ['neuraxial block', 'neuraxial injection', 'neuraxial procedure', 'neuraxial intervention'],
    notes:
      'Added beyond the reference: pages say "neuraxial blocks" without naming epidural, root or ' +
      'intrathecal, and no narrower id is supported by that text.',
  },
  {
    id: 'epidural-steroid-injection',
    name: 'Epidural steroid injection',
    parent: 'neuraxial-injection',
    synonyms: [
      'epidural steroid injection',
      'epidural steroid',
      'epidural injection',
      'spinal epidural',
      'epidural spinal injection',
      // Bare "epidural" on anesthesiology pages is often a labor epidural: only near spine words.
      near(
        'epidural',
        ['steroid', 'inject', 'lumbar', 'cervical', 'thoracic', 'caudal', 'fluoro', 'spine', 'spinal'],
        40,
      ),
    ],
    // Level-prefixed forms: CESI is cervical or caudal, TESI thoracic or transforaminal; all are ESIs.
    abbreviations: ['ESI', 'LESI', 'CESI', 'TESI'],
    notes: 'Umbrella for the approaches; level (cervical/thoracic/lumbar) is a mention attribute.',
  },
  {
    id: 'interlaminar-esi',
    name: 'Interlaminar epidural steroid injection',
    parent: 'epidural-steroid-injection',
    synonyms: [
      'interlaminar',
      'interlaminar epidural',
      'interlaminar esi',
      'interlaminar injection',
      'interlaminer',
      'translaminar',
      'il esi',
    ],
    abbreviations: ['ILESI'],
  },
  {
    id: 'transforaminal-esi',
    name: 'Transforaminal epidural steroid injection',
    parent: 'epidural-steroid-injection',
    synonyms: [
      'transforaminal',
      'transforaminal epidural',
      'transforaminal esi',
      'transforaminal injection',
      'trans foraminal',
      'transforminal',
      'foraminal injection',
      'tf esi',
    ],
    abbreviations: ['TFESI', 'TFE'],
  },
  {
    id: 'caudal-esi',
    name: 'Caudal epidural injection',
    parent: 'epidural-steroid-injection',
    synonyms: [
      'caudal esi',
      'caudal epidural',
      'caudal injection',
      // A caudal block in pediatric anesthesia is intraoperative analgesia, not a pain procedure.
      near('caudal block', ['steroid', 'epidural', 'lumbar', 'sacral', 'spine', 'fluoro']),
    ],
  },
  {
    id: 'selective-nerve-root-block',
    name: 'Selective nerve root block',
    parent: 'neuraxial-injection',
    synonyms: [
      'selective nerve root block',
      'selective nerve root injection',
      'nerve root block',
      'nerve root injection',
      'root block',
    ],
    // SNRI is also the antidepressant class: only next to procedure words.
    abbreviations: [
      'SNRB',
      near('SNRI', ['block', 'inject', 'fluoro', 'selective', 'root', 'transforaminal']),
    ],
  },
  {
    id: 'epidural-adhesiolysis',
    name: 'Percutaneous epidural lysis of adhesions',
    parent: 'neuraxial-injection',
    synonyms: [
      'epidural adhesiolysis',
      'adhesiolysis',
      'lysis of adhesion',
      'racz procedure',
      'racz catheter',
      'epidural neuroplasty',
      'epidural neurolysis',
    ],
    // On GME pages LOA is usually a leave of absence.
    abbreviations: [near('LOA', ['epidural', 'adhesi', 'racz', 'lysis', 'catheter'])],
  },
  {
    id: 'epidural-blood-patch',
    name: 'Epidural blood patch',
    parent: 'neuraxial-injection',
    synonyms: ['epidural blood patch', 'blood patch'],
    // EBP is also evidence-based practice.
    abbreviations: [near('EBP', ['blood', 'patch', 'epidural', 'dural', 'pdph', 'csf', 'leak'])],
  },
  {
    id: 'neuraxial-catheter',
    name: 'Epidural/intrathecal catheter (non-pump)',
    parent: 'neuraxial-injection',
    synonyms: [
      'epidural catheter',
      'tunneled epidural catheter',
      'tunnelled epidural catheter',
      'continuous epidural',
      'thoracic epidural catheter',
      'intraspinal catheter',
      'externalized epidural catheter',
      'externalized intrathecal catheter',
      'tunneled intrathecal catheter',
    ],
    abbreviations: [near('TEC', ['epidural', 'catheter', 'thoracic'])],
    notes: 'Mostly acute-pain or cancer-pain context.',
  },
]);
