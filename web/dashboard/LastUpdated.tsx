/**
 * When the data on screen was answered (first load or the last live change applied). A polite status region, so a
 * screen reader announces a live update without interrupting; the machine-readable time is to the millisecond.
 */
export function LastUpdated({ at }: { at: Date | undefined }) {
  return (
    <p className="last-updated" role="status" aria-live="polite" data-testid="last-updated">
      {at ? (
        <>
          Data last updated at{' '}
          <time dateTime={at.toISOString()}>
            {at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
          </time>
          .
        </>
      ) : null}
    </p>
  );
}
