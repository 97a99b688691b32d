import { useState } from 'preact/hooks';
import { sendRequest as request } from '../lib/messages/send';
import type { Note, Program, ProgramNotes } from '../lib/messages/schema';
import { programName } from '../lib/compare';
import { ManageProgram } from './ManageProgram';
import { NotesEditor } from './NotesEditor';
import { NoteList } from './NoteList';

interface Props {
  program: Program;
  others: Program[];
  notes: Note[];
  saved: ProgramNotes | undefined;
  itemNames: Map<string, string>;
  act: (change: () => Promise<unknown>) => Promise<void>;
  /** "This page" when the active tab is one of the program's pages. */
  heading: string;
}

/** One program up close: its name, pages, the user's notes, rating and tags, and what can be done with it. */
export function ProgramCard({ program, others, notes, saved, itemNames, act, heading }: Props) {
  return (
    <section
      class="card"
      aria-labelledby="card-title"
      data-testid="program-card"
      data-card-key={program.programKey}
    >
      <p class="card__eyebrow">{heading}</p>
      <ProgramTitle program={program} act={act} />
      {program.institution && <p class="muted card__sub">{program.institution}</p>}
      <PageLinks program={program} />
      <NotesEditor key={program.programKey} programKey={program.programKey} saved={saved} />
      <NoteList notes={notes} itemNames={itemNames} act={act} />
      <ManageProgram program={program} others={others} act={act} />
    </section>
  );
}

function ProgramTitle({ program, act }: Pick<Props, 'program' | 'act'>) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  if (!editing) {
    return (
      <div class="card__title-row">
        <h2 id="card-title" class="card__title">
          {programName(program)}
        </h2>
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setName(programName(program));
            setEditing(true);
          }}
        >
          Rename
        </button>
      </div>
    );
  }
  const save = (value: string | null) =>
    void act(() => request({ type: 'rename-program', programKey: program.programKey, name: value })).finally(
      () => setEditing(false),
    );
  return (
    <form
      class="card__title-row"
      onSubmit={(e) => {
        e.preventDefault();
        // Read the field itself: a submit can come before the last keystroke's render.
        save(e.currentTarget.querySelector('input')?.value ?? name);
      }}
    >
      <input
        class="input"
        aria-label="Program name"
        value={name}
        maxLength={200}
        autoFocus
        onInput={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
      />
      <button type="submit" class="btn">
        Save
      </button>
      {program.customName && (
        <button type="button" class="link-button" onClick={() => save(null)}>
          Use the page's name
        </button>
      )}
    </form>
  );
}

function PageLinks({ program }: { program: Program }) {
  const pages = [...program.pages].sort((a, b) => b.visitedAt - a.visitedAt);
  const latest = pages[0];
  return (
    <details class="card__pages">
      <summary>
        {pages.length} {pages.length === 1 ? 'page' : 'pages'} visited
      </summary>
      <ul>
        {pages.map((page) => (
          <li key={page.url}>
            <a href={page.url} target="_blank" rel="noreferrer">
              {page.title || page.url}
            </a>
          </li>
        ))}
      </ul>
      {latest && latest.reasons.length > 0 && (
        <div class="why">
          Why this is a program page:
          <ul>
            {latest.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
