import type { Program } from '../lib/messages/schema';

/** The programs visited so far, most recent first. Page text is rendered as text, never markup. */
export function ProgramList({ programs, skipped }: { programs: Program[]; skipped: number }) {
  return (
    <section aria-label="Programs">
      {programs.length === 0 ? (
        <p class="muted">
          No programs yet. Open a fellowship program's page and Fellowship Lens will add it here.
        </p>
      ) : (
        <ul class="program-list" data-testid="program-list">
          {programs.map((p) => (
            <li key={p.programKey} data-program-key={p.programKey}>
              <div class="name">{p.name ?? p.programKey}</div>
              {p.institution && <div class="muted">{p.institution}</div>}
              <ProgramReasons program={p} />
              <div class="muted">
                {p.pages.length} {p.pages.length === 1 ? 'page' : 'pages'} ·{' '}
                <a href={p.pages[0]?.url} target="_blank" rel="noreferrer">
                  open
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
      {skipped > 0 && (
        <p role="status" class="error">
          {skipped} stored {skipped === 1 ? 'record was' : 'records were'} unreadable and skipped.
        </p>
      )}
    </section>
  );
}

/** Why the extension took the program's latest page for a program page: the detector's reasons. */
function ProgramReasons({ program }: { program: Program }) {
  const latest = [...program.pages].sort((a, b) => b.visitedAt - a.visitedAt)[0];
  if (!latest?.reasons.length) return null;
  return (
    <details class="why">
      <summary>Why this is a program page</summary>
      <ul>
        {latest.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}
