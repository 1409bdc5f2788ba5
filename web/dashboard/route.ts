import { useEffect, useState } from 'react';

/** Where the dashboard is: `#/partners?region=London`, `#/yot/E08000011?criterion=S3`. */
export interface Route {
  path: string[];
  params: Record<string, string>;
}

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  return {
    path: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: Object.fromEntries(new URLSearchParams(query)),
  };
}

export function routeHash(route: Route): string {
  const query = new URLSearchParams(Object.entries(route.params).filter(([, v]) => v)).toString();
  return `#/${route.path.map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** A day written YYYY-MM-DD: what `?asOf=` accepts (anything else is ignored, so the views show today). */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The date every view is judged on, from `?asOf=`: undefined for today. */
export const asOfOf = (route: Route): string | undefined =>
  route.params.asOf && ISO_DAY.test(route.params.asOf) ? route.params.asOf : undefined;

/** The quarter holding a day, `YYYY-Qn`: outcomes are shown up to the quarter of `asOf`. */
export const quarterOf = (day: string): string => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;

/**
 * The chosen `asOf` stays chosen: a link or a navigation that does not mention it (`#/yot/E08000011`) keeps it,
 * so every view answers for the same day until the picker changes it.
 */
let chosenAsOf = asOfOf(parseRoute(window.location.hash)) ?? '';

/** Sets (or, with '', clears) the date every view is judged on, in the URL. */
export function setAsOf(day: string): void {
  chosenAsOf = day;
  const route = parseRoute(window.location.hash);
  navigate({ path: route.path, params: { ...route.params, asOf: day } });
}

function withChosenAsOf(route: Route): Route {
  const given = route.params.asOf as string | undefined;
  if (given || !chosenAsOf) {
    chosenAsOf = given ?? '';
    return route;
  }
  const kept = { ...route, params: { ...route.params, asOf: chosenAsOf } };
  window.history.replaceState(null, '', routeHash(kept));
  return kept;
}

/** The current route, following the browser's back and forward buttons. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(withChosenAsOf(parseRoute(window.location.hash)));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
