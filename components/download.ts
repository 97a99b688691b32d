/** Saves `content` as a file the browser downloads (no permission needed from an extension page). */
export function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "fellowship-lens-2026-11-21.csv" */
export function datedName(extension: string, now = new Date()): string {
  return `fellowship-lens-${now.toISOString().slice(0, 10)}.${extension}`;
}
