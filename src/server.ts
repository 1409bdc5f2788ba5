import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { DataSource } from 'typeorm';
import { Config } from './config';
import { createContext, HubContext } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { hubSchema } from './graphql/schema';

/** The running HTTP server and what must be stopped to shut it down cleanly. */
export interface HubServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<HubContext>;
}

/**
 * Builds the HTTP app: GraphQL on `/graphql`, liveness on `/health`. Does not listen; `main.ts` does.
 */
export async function createServer(dataSource: DataSource, config: Config): Promise<HubServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const development = config.nodeEnv === 'development';
  const apollo = new ApolloServer<HubContext>({
    schema: await hubSchema(),
    introspection: true,
    // main.ts owns shutdown: it stops Apollo (draining requests) and then closes the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError(development),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(dataSource, { suppressionThreshold: config.suppressionThreshold }) }),
  );
  return { app, httpServer, apollo };
}
