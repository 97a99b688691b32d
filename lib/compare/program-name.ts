import type { Program } from '../messages/schema';

/** The name to show for a program: the user's own, else the detected one, else its key. */
export function programName(program: Pick<Program, 'customName' | 'name' | 'programKey'>): string {
  return program.customName ?? program.name ?? program.programKey;
}
