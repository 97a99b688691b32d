import { near, procedures } from './define-entries';

/**
 * Minimally invasive spine & vertebral procedures (catalog-reference §2.8). "VA" (Veterans
 * Affairs) and "PD" (program director) are never forms here.
 */
export const misSpineEntries = procedures('mis-spine', [
  {
    id: 'vertebral-augmentation',
    name: 'Vertebral augmentation',
    // No "kypho/vertebroplasty" form: left alone, it yields both children, the more specific reading.
    synonyms: [
      'vertebral augmentation',
      'vertebral body augmentation',
      'vcf augmentation',
      'cement augmentation',
    ],
  },
  {
    id: 'kyphoplasty',
    name: 'Balloon kyphoplasty',
    parent: 'vertebral-augmentation',
    // "Kyphosis" is a condition; word boundaries keep it from matching "kypho".
    synonyms: ['kyphoplasty', 'kyphoplasties', 'balloon kyphoplasty', 'kypho', 'kypoplasty'],
    abbreviations: ['BKP'],
    brands: ['Kyphon'],
  },
  {
    id: 'vertebroplasty',
    name: 'Percutaneous vertebroplasty',
    parent: 'vertebral-augmentation',
    synonyms: [
      'vertebroplasty',
      'vertebroplasties',
      'percutaneous vertebroplasty',
      'sacroplasty',
      'sacroplasties',
    ],
    abbreviations: [
      near('PVP', ['vertebr', 'kypho', 'fracture', 'cement', 'augment']),
      // Seen beside MILD and Vertiflex on a program page (reference: [verify], likely vertebroplasty).
      near('VTP', ['mild', 'vertiflex', 'superion', 'spacer', 'vertebro', 'kypho']),
    ],
    notes: 'Sacroplasty is stored here with site=sacrum. Bare "VP" is too ambiguous to list.',
  },
  {
    id: 'vertebral-bone-biopsy',
    name: 'Vertebral bone biopsy',
    synonyms: [
      'vertebral biopsy',
      'vertebral bone biopsy',
      'vertebral body biopsy',
      'vertebral biopsies',
      near('bone biopsy', ['spine', 'spinal', 'vertebr', 'kypho']),
      near('bone biopsies', ['spine', 'spinal', 'vertebr', 'kypho']),
    ],
  },
  {
    id: 'basivertebral-nerve-ablation',
    name: 'Basivertebral nerve ablation',
    synonyms: [
      'basivertebral',
      'basivertebral nerve ablation',
      'bvn ablation',
      'intraosseous ablation',
      'intraosseous nerve ablation',
    ],
    abbreviations: ['BVNA'],
    brands: ['Intracept'],
    notes: 'An RF procedure, filed here because it is marketed as minimally invasive spine.',
  },
  {
    id: 'mild-decompression',
    name: 'Minimally invasive lumbar decompression (mild®)',
    // The adjective "mild" ("mild pain") must never match: lowercase "mild" only with the device.
    synonyms: [
      'mild procedure',
      'mild decompression',
      'mild lumbar decompression',
      'minimally invasive lumbar decompression',
      'percutaneous image guided lumbar decompression',
    ],
    abbreviations: ['MILD', 'PILD'],
    // The normalizer strips ®, so "mild®" is plain "mild": it needs the device's own words nearby.
    brands: ['Vertos', near('mild', ['vertos', 'ligamentum', 'flavum'], 40)],
  },
  {
    id: 'interspinous-spacer',
    name: 'Interspinous spacer (indirect decompression)',
    synonyms: [
      'interspinous spacer',
      'interspinous process spacer',
      'interspinous device',
      'interspinous process device',
      'interspinous implant',
      'interspinous process decompression',
      'interspinous decompression',
      'indirect lumbar decompression',
      'indirect decompression',
    ],
    // IPD is also an inpatient department.
    abbreviations: [near('IPD', ['interspinous', 'spacer', 'vertiflex', 'superion'])],
    brands: ['Vertiflex', 'Superion', 'X STOP', 'XSTOP'],
    notes: '"Percutaneous decompression" alone is ambiguous (mild vs disc) and is not a form.',
  },
  {
    id: 'sij-fusion',
    name: 'Minimally invasive sacroiliac joint fusion',
    synonyms: [
      'sacroiliac joint fusion',
      'sacroiliac fusion',
      'sacroilliac joint fusion',
      'si joint fusion',
      'sij fusion',
      'si fusion',
      'mis sijf',
      'transiliac fusion',
    ],
    abbreviations: ['SIJF'],
    brands: ['iFuse', 'LinQ', 'PainTEQ', 'SI BONE'],
  },
  {
    id: 'vertebral-tumor-ablation',
    name: 'Vertebral tumor ablation',
    synonyms: [
      'vertebral tumor ablation',
      'vertebral tumour ablation',
      'spinal tumor ablation',
      'spinal metastasis ablation',
      'spinal metastasis rfa',
      'vertebral metastasis ablation',
      'vertebral body rfa',
      'vertebral body radiofrequency',
    ],
    abbreviations: [near('STAR', ['ablat', 'tumor', 'tumour', 'metast', 'vertebr'])],
    brands: ['OsteoCool'],
  },
  {
    id: 'discography',
    name: 'Provocative discography',
    synonyms: [
      'discography',
      'discographies',
      'discogram',
      'provocative discography',
      'provocation discography',
      'disc stimulation',
    ],
  },
  {
    id: 'percutaneous-disc-decompression',
    name: 'Percutaneous disc decompression',
    synonyms: [
      'percutaneous disc decompression',
      'disc decompression',
      'nucleoplasty',
      'nucleoplasties',
      'percutaneous discectomy',
    ],
    brands: ['Dekompressor'],
  },
  {
    id: 'intradiscal-thermal',
    name: 'Intradiscal thermal / radiofrequency treatment',
    synonyms: [
      'intradiscal electrothermal',
      'intradiscal thermal',
      'intradiscal radiofrequency',
      'intradiscal rf',
      'biacuplasty',
      'intradiscal biacuplasty',
    ],
    abbreviations: ['IDET'],
  },
]);
