import { useState } from 'preact/hooks';
import { sendRequest as request } from '../lib/messages/send';
import { MAX_IMPORT_BYTES } from '../lib/transfer/limits';
import { datedName, download } from './download';
import { messageOf } from './useDesk';

type Outcome = { ok: boolean; text: string } | null;

/**
 * Export (CSV for a spreadsheet, JSON for everything) and import (JSON, checked first: a bad
 * file changes nothing and says why). Lives in the full view: a file picker closes a popup.
 */
export function ExportImport({
  csv,
  onImported,
}: {
  csv: () => Promise<string>;
  onImported: () => Promise<void>;
}) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const exportJson = async () => {
    try {
      const file = await request({ type: 'export-data' });
      download(datedName('json'), JSON.stringify(file, null, 2), 'application/json');
      setOutcome({ ok: true, text: 'Exported everything as JSON.' });
    } catch (error) {
      setOutcome({ ok: false, text: `Export failed: ${messageOf(error)}` });
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // Checked before reading: a file far past any export would be read whole into memory, and past
    // 64 MB the browser refuses the message with an error of its own.
    if (file.size > MAX_IMPORT_BYTES) {
      return setOutcome({
        ok: false,
        text: `This file is too large to be an export (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Nothing was imported.`,
      });
    }
    try {
      const { programs, notes } = await request({ type: 'import-data', text: await file.text() });
      await onImported();
      setOutcome({ ok: true, text: `Imported ${programs} programs and ${notes} notes from ${file.name}.` });
    } catch (error) {
      setOutcome({ ok: false, text: messageOf(error) });
    }
  };
  return (
    <section class="transfer" aria-label="Export and import">
      <button
        type="button"
        class="btn"
        data-testid="export-csv"
        onClick={() =>
          void csv().then(
            (text) => {
              download(datedName('csv'), text, 'text/csv;charset=utf-8');
              setOutcome({ ok: true, text: 'Exported the comparison as CSV.' });
            },
            (error: unknown) => setOutcome({ ok: false, text: `Export failed: ${messageOf(error)}` }),
          )
        }
      >
        Export CSV
      </button>
      <button type="button" class="btn" data-testid="export-json" onClick={() => void exportJson()}>
        Export JSON
      </button>
      <label class="btn">
        Import JSON…
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          data-testid="import-json"
          onChange={(e) => {
            const input = e.currentTarget;
            void importFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </label>
      {outcome && (
        <p
          role={outcome.ok ? 'status' : 'alert'}
          class={outcome.ok ? 'muted' : 'error'}
          data-testid="transfer-outcome"
        >
          {outcome.text}
        </p>
      )}
    </section>
  );
}
