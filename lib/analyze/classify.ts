import { detectProgram, type Detection } from '../detect/detect-program';
import { programKey as keyOf } from '../detect/program-key';
import type { PageSignals } from '../detect/signals';
import type { PageReport } from '../messages/schema';

/** The detector's verdict on a page's signals, and what the store records when it is a program page. */
export interface Classification {
  detection: Detection;
  programKey: string | null;
  report: PageReport | null;
}

/** Classifies a page from its signals; builds the store's report for a program page. */
export function classify(signals: PageSignals): Classification {
  const detection = detectProgram(signals);
  if (!detection.isProgram) return { detection, programKey: null, report: null };
  const programKey = keyOf(signals.url, detection.specialty, detection.programName);
  return {
    detection,
    programKey,
    report: {
      url: signals.url,
      title: signals.title,
      programKey,
      programName: detection.programName,
      institution: detection.institution,
      specialty: detection.specialty,
      score: detection.score,
      reasons: detection.reasons,
    },
  };
}
