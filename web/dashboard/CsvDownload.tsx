import type { MouseEvent } from 'react';
import { viewCsv } from './csv';

/** A button that downloads the tables of the view it sits in (its nearest article or section) as CSV. */
export function CsvDownload({ name, what }: { name: string; what: string }) {
  const download = (event: MouseEvent<HTMLButtonElement>) => {
    const view = event.currentTarget.closest<HTMLElement>('article, section');
    if (!view) return;
    const url = URL.createObjectURL(new Blob([viewCsv(view)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${name.replace(/[^\w.-]+/g, '-')}.csv`;
    link.click();
    // After the browser has taken the file.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="csv-download" onClick={download} data-testid="csv-download">
      Download {what} as CSV
    </button>
  );
}
