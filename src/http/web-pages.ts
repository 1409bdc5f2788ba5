import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { projectRoot } from '../paths';

/** Where `npm run build` puts the browser pages (web/, bundled by Vite). */
export const WEB_DIR = join(projectRoot(), 'dist', 'web');

/**
 * Serves the bundled browser pages under /web, and GraphiQL at `GET /graphql` to a browser (one that accepts
 * HTML): everything comes from this server, so it works with no internet access. Other GET requests to
 * /graphql (GraphQL over HTTP) go on to Apollo.
 */
export function mountWebPages(app: Express): RequestHandler {
  app.use('/web', express.static(WEB_DIR, { index: false, immutable: true, maxAge: '1y' }));
  const page = join(WEB_DIR, 'graphiql', 'index.html');
  return (req, res, next) => {
    const wantsPage = req.method === 'GET' && !req.query.query && !req.query.extensions && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage) return next();
    if (!existsSync(page)) {
      res.status(503).type('text/plain').send('GraphiQL is not built: run `npm run build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  };
}
