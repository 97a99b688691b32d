import { useState } from 'preact/hooks';
import { sendRequest as request } from '../lib/messages/send';
import type { Program } from '../lib/messages/schema';
import { programName } from '../lib/compare';
import { messageOf } from './useDesk';

/**
 * Merge (two records that are one program, e.g. two sites of one department) and delete. Both ask
 * for a second click instead of a browser dialog, which a popup may not show.
 */
export function ManageProgram({
  program,
  others,
  act,
}: {
  program: Program;
  others: Program[];
  act: (change: () => Promise<unknown>) => Promise<void>;
}) {
  // Built when opened: the merge picker lists every other program (a thousand options, otherwise
  // built with every popup that opens).
  const [open, setOpen] = useState(false);
  const [into, setInto] = useState('');
  const [confirming, setConfirming] = useState<'merge' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (change: () => Promise<unknown>) =>
    act(change).then(
      () => setConfirming(null),
      (e: unknown) => setError(messageOf(e)),
    );
  const target = others.find((p) => p.programKey === into);
  return (
    <details class="manage" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Merge or delete</summary>
      {open && others.length > 0 && (
        <div class="manage__row">
          <label class="field-label" for="merge-into">
            Merge into
          </label>
          <select id="merge-into" class="input" value={into} onChange={(e) => setInto(e.currentTarget.value)}>
            <option value="">Choose a program…</option>
            {others.map((p) => (
              <option key={p.programKey} value={p.programKey}>
                {programName(p)}
              </option>
            ))}
          </select>
          {confirming === 'merge' && target ? (
            <button
              type="button"
              class="btn btn--danger"
              onClick={() =>
                void run(() =>
                  request({ type: 'merge-programs', from: program.programKey, into: target.programKey }),
                )
              }
            >
              Merge into {programName(target)}
            </button>
          ) : (
            <button type="button" class="btn" disabled={!target} onClick={() => setConfirming('merge')}>
              Merge…
            </button>
          )}
        </div>
      )}
      <div class="manage__row">
        {confirming === 'delete' ? (
          <>
            <span>Delete {programName(program)}, its notes, rating and tags?</span>
            <button
              type="button"
              class="btn btn--danger"
              onClick={() =>
                void run(() => request({ type: 'delete-program', programKey: program.programKey }))
              }
            >
              Delete
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" class="btn" onClick={() => setConfirming('delete')}>
            Delete program…
          </button>
        )}
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </details>
  );
}
