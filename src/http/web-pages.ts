import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type RequestHandler, type Response } from 'express';
import { projectRoot } from '../paths';

/** Where `npm run build` puts the browser pages (web/, bundled by Vite). */
export const WEB_DIR = join(projectRoot(), 'dist', 'web');

/**
 * Serves the bundled browser pages: their assets under /web, the coverage dashboard at /dashboard, and (when
 * `graphiql` is on: it needs introspection) GraphiQL at `GET /graphql` to a browser, one that accepts HTML.
 * Everything comes from this server, so the pages work with no internet access. Returns the GraphiQL handler to
 * put in front of Apollo (other GET requests to /graphql, GraphQL over HTTP, go on to Apollo), or null.
 */
export function mountWebPages(app: Express, options: { graphiql: boolean }): RequestHandler | null {
  app.use('/web', express.static(WEB_DIR, { index: false, immutable: true, maxAge: '1y' }));
  // The dashboard keeps its place in the URL's hash (#/yot/E08000011), so one path serves every view.
  app.get(['/dashboard', '/dashboard/'], (_req, res) =>
    sendPage(res, join(WEB_DIR, 'dashboard', 'index.html'), 'The dashboard'),
  );
  if (!options.graphiql) return null;
  const graphiql = join(WEB_DIR, 'graphiql', 'index.html');
  return (req, res, next) => {
    const wantsPage =
      req.method === 'GET' &&
      !req.query.query &&
      !req.query.extensions &&
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage) {
      next();
      return;
    }
    sendPage(res, graphiql, 'GraphiQL');
  };
}

function sendPage(res: Response, page: string, what: string): void {
  if (!existsSync(page)) {
    res.status(503).type('text/plain').send(`${what} is not built: run \`npm run build\`.`);
    return;
  }
  // The page names its assets by content hash; the page itself is checked each time, so a new build shows at once.
  res.setHeader('Cache-Control', 'no-cache');
  res.sendFile(page);
}
