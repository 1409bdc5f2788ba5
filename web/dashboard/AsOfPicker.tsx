import { useEffect, useState } from 'react';
import { ISO_DAY, setAsOf } from './route';

/**
 * The day every view is judged on (partnerships running, agreements in force, evidence countable, awards current),
 * kept in the URL as `?asOf=YYYY-MM-DD`; empty means today.
 */
export function AsOfPicker({ asOf }: { asOf: string | undefined }) {
  const [value, setValue] = useState(asOf ?? '');
  useEffect(() => setValue(asOf ?? ''), [asOf]);
  return (
    <form className="as-of" onSubmit={(e) => e.preventDefault()}>
      <label>
        As of{' '}
        <input
          type="date"
          value={value}
          data-testid="as-of"
          onChange={(e) => {
            setValue(e.target.value);
            // A date input reports '' while a typed date is incomplete: only a whole day (or clearing it) moves the views.
            if (ISO_DAY.test(e.target.value)) setAsOf(e.target.value);
          }}
        />
      </label>
      {asOf && (
        <button type="button" onClick={() => setAsOf('')}>
          Today
        </button>
      )}
    </form>
  );
}
