import { FormEvent, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { requestLog, token } from './api';
import { DrillDownPage } from './DrillDown';
import { EvidenceRecordPage } from './EvidenceRecord';
import { KpiDrillDown } from './KpiDrillDown';
import { LastUpdated } from './LastUpdated';
import { useLiveChanges, type LiveBurst } from './live';
import { OutcomeDrillDown } from './OutcomeDrillDown';
import { RatioDrillDown } from './RatioDrillDown';
import { useNational } from './national-data';
import { NationalView } from './NationalView';
import { RegionView } from './RegionView';
import { AsOfPicker } from './AsOfPicker';
import { asOfOf, routeHash, useRoute } from './route';
import { YotView } from './YotView';
import './dashboard.css';
import './print.css';

const VIEWS = [
  { path: 'partners', label: 'Partners' },
  { path: 'criteria', label: 'Criteria' },
  { path: 'regions', label: 'Regions' },
];

function Dashboard() {
  const route = useRoute();
  const [reload, setReload] = useState(0);
  // Live: each burst of committed changes that may move coverage refetches the national view in place; the YOT page
  // follows every change to its YOT (its award journey too).
  const [changes, setChanges] = useState<LiveBurst>({ count: 0, coverageCount: 0, yotCodes: [] });
  const live = useLiveChanges(
    (yotCodes, coverage) =>
      setChanges((c) => ({ count: c.count + 1, coverageCount: c.coverageCount + (coverage ? 1 : 0), yotCodes })),
    reload,
  );
  const asOf = asOfOf(route);
  const national = useNational(reload, changes.coverageCount, asOf);
  const view = route.path[0] ?? 'partners';

  return (
    <>
      <header className="top">
        <h1>Youth Justice SEND partnership coverage</h1>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.path}>
                <a href={`#/${v.path}`} aria-current={view === v.path ? 'page' : undefined}>
                  {v.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <AsOfPicker asOf={asOf} />
        <TokenForm onChange={() => setReload((n) => n + 1)} />
      </header>
      <main>
        <p
          className="status"
          aria-live="polite"
          data-testid="status"
          data-live={live}
          data-loading={national.loading}
          data-requests={national.requests}
          data-elapsed={national.elapsedMs?.toFixed(0)}
        >
          {national.loading
            ? 'Loading national coverage…'
            : national.error
              ? ''
              : `${national.yots.length} YOTs in ${national.regions.length} regions, loaded in ${((national.elapsedMs ?? 0) / 1000).toFixed(2)} s (${national.requests} GraphQL ${national.requests === 1 ? 'request' : 'requests'}).${asOf ? ` As of ${asOf}.` : ''}`}
        </p>
        {view !== 'yot' && <LastUpdated at={national.updatedAt} />}
        {national.error && (
          <p role="alert" className="error">
            {national.error} {/token|role|authent/i.test(national.error) ? 'Enter a bearer token above.' : ''}
          </p>
        )}
        {view === 'evidence' && route.path[1] ? (
          <EvidenceRecordPage id={route.path[1]} />
        ) : view === 'yot' && route.path[1] && route.path[2] === 'evidence' ? (
          <DrillDownPage route={route} />
        ) : view === 'yot' && route.path[1] && route.path[2] === 'outcomes' ? (
          // Keyed by the route: another figure or day starts its list afresh, never appended to the last one's pages.
          <OutcomeDrillDown key={routeHash(route)} route={route} />
        ) : view === 'yot' && route.path[1] && route.path[2] === 'kpi' ? (
          <KpiDrillDown key={routeHash(route)} route={route} />
        ) : view === 'yot' && route.path[1] && route.path[2] === 'ratio' ? (
          <RatioDrillDown route={route} />
        ) : view === 'yot' && route.path[1] ? (
          <YotView code={route.path[1]} route={route} asOf={asOf} live={changes} />
        ) : view === 'regions' ? (
          !national.loading && <RegionView national={national} asOf={asOf} />
        ) : (
          !national.loading &&
          !national.error && (
            <NationalView national={national} view={view === 'criteria' ? 'criteria' : 'partners'} route={route} />
          )
        )}
      </main>
    </>
  );
}

/** The caller's bearer token: the dashboard sees what that token may see. */
function TokenForm({ onChange }: { onChange: () => void }) {
  const [value, setValue] = useState(token.get());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    token.set(value.trim());
    onChange();
  };
  return (
    <form className="token" onSubmit={submit}>
      <label>
        Bearer token{' '}
        <input
          type="password"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="off"
          placeholder="none: anonymous"
        />
      </label>
      <button type="submit">Use</button>
    </form>
  );
}

// The browser tests read how many GraphQL requests the page has sent.
Object.assign(window, { hubRequests: requestLog });

createRoot(document.getElementById('dashboard')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);
