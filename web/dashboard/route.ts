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

/** The current route, following the browser's back and forward buttons. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
