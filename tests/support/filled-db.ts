import {
  addNote,
  mergePrograms,
  recordAnalysis,
  recordVisit,
  renameProgram,
  saveProgramNotes,
  saveWeights,
  type LensDatabase,
} from '../../lib/store';
import { fact, fakeFacts, fakeItem, fakeReport } from './factories';

const rush = 'rush.example.edu/pain-medicine';
const wustl = 'wustl.example.edu/pain-medicine';
const wustlOld = 'wustl.example.edu/old-pain';

/**
 * Fills a database the way weeks of use would: three programs (one merged into another, so an
 * alias), pages with catalog items and facts (a stipend table, tracks, benefits), passage, item
 * and general notes, the user's note, rating and tags, a custom name and priorities.
 */
export async function fillDb(db: LensDatabase): Promise<void> {
  const visit = (programKey: string, url: string, at: number) =>
    recordVisit(db, fakeReport({ programKey, url, programName: `${programKey} fellowship` }), at);
  await visit(rush, 'https://rush.example.edu/pain/', 1);
  await visit(rush, 'https://rush.example.edu/pain/benefits', 2);
  await visit(wustl, 'https://wustl.example.edu/pain/', 3);
  await visit(wustlOld, 'https://wustl.example.edu/old/pain', 4);
  await recordAnalysis(db, {
    url: 'https://rush.example.edu/pain/benefits',
    programKey: rush,
    items: [fakeItem(), fakeItem({ id: 'cme-fund', kind: 'benefit', name: 'CME fund', forms: ['CME'] })],
    facts: fakeFacts({
      vacationDays: fact(20),
      educationFundUsd: fact(2500),
      stipend: {
        ...fact(80_372),
        pgy: 5,
        byPgy: { 4: 76_000, 5: 80_372 },
        academicYear: '2025-2026',
      },
      tracks: [fact({ name: 'Research', months: 24 })],
      trainingSites: [fact('Rush University Medical Center')],
      benefits: [
        {
          ...fact<string[] | null>(['dental', 'vision']),
          id: 'insurance',
          name: 'Insurance',
          status: 'present',
        },
        { ...fact<boolean | null>(false), id: 'parking', name: 'Parking', status: 'absent' },
      ],
    }),
  });
  await recordAnalysis(db, {
    url: 'https://wustl.example.edu/pain/',
    programKey: wustl,
    items: [fakeItem({ count: 7, forms: ['SCS', 'spinal cord stimulator'] })],
    facts: fakeFacts({ acgmeAccredited: fact(true), positionsPerYear: fact(4) }),
  });
  await addNote(
    db,
    {
      programKey: rush,
      text: 'Three hospitals — good variety 🩺',
      itemId: null,
      url: 'https://rush.example.edu/pain/',
      anchor: { quote: 'three hospitals', prefix: 'across ', suffix: '.', start: 120, end: 135 },
    },
    5,
  );
  await addNote(
    db,
    { programKey: rush, text: 'Ask about SCS', itemId: 'spinal-cord-stimulation', url: null, anchor: null },
    6,
  );
  await addNote(
    db,
    { programKey: wustlOld, text: 'Old page note', itemId: null, url: null, anchor: null },
    7,
  );
  await saveProgramNotes(
    db,
    { programKey: rush, text: 'Top choice', rating: 5, tags: ['chicago', 'top'] },
    8,
  );
  await saveProgramNotes(
    db,
    { programKey: wustlOld, text: 'Visited in May', rating: 3, tags: ['st-louis'] },
    9,
  );
  await mergePrograms(db, wustlOld, wustl);
  await renameProgram(db, rush, 'Rush (interventional)');
  await saveWeights(db, { vacationDays: 2, stipend: 3 });
}
