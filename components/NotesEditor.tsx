import { sendRequest as request } from '../lib/messages/send';
import { MAX_TAGS } from '../lib/messages/limits';
import type { ProgramNotes } from '../lib/messages/schema';
import { TagInput } from './TagInput';
import { RatingInput } from './RatingInput';
import { useAutosave, type SaveStatus } from './useAutosave';

interface Draft {
  text: string;
  rating: number | null;
  tags: string[];
}

/**
 * The user's own note, rating and tags on one program, saved as they type. Mount it with
 * `key={programKey}`: its draft belongs to one program.
 */
export function NotesEditor({ programKey, saved }: { programKey: string; saved: ProgramNotes | undefined }) {
  const [draft, status, change] = useAutosave<Draft>(
    { text: saved?.text ?? '', rating: saved?.rating ?? null, tags: saved?.tags ?? [] },
    (d) => request({ type: 'save-program-notes', notes: { programKey, ...d } }),
    `program-notes:${programKey}`,
  );
  const update = (fields: Partial<Draft>) => change((d) => ({ ...d, ...fields }));
  const id = `notes-${programKey}`;
  return (
    <div class="notes-editor" data-testid="notes-editor">
      <div class="notes-editor__row">
        <RatingInput value={draft.rating} onChange={(rating) => update({ rating })} />
        <SaveState status={status} />
      </div>
      <TagInput tags={draft.tags} max={MAX_TAGS} onChange={(tags) => update({ tags })} />
      <label class="field-label" for={id}>
        My notes
      </label>
      <textarea
        id={id}
        class="notes-editor__text"
        data-testid="program-notes"
        rows={3}
        maxLength={20_000}
        placeholder="Interview impressions, questions to ask, what stood out…"
        value={draft.text}
        onInput={(e) => update({ text: e.currentTarget.value })}
      />
    </div>
  );
}

function SaveState({ status }: { status: SaveStatus }) {
  const text =
    status.state === 'failed'
      ? `Not saved: ${status.message} It will be tried again.`
      : status.state === 'saved'
        ? 'Saved'
        : status.state === 'idle'
          ? ''
          : 'Saving…';
  return (
    <span role="status" class={status.state === 'failed' ? 'error save-state' : 'muted save-state'}>
      {text}
    </span>
  );
}
