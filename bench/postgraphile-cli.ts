/**
 * Starts PostGraphile v4's CLI with one copy of graphql 15 for all of it. npm installs PostGraphile's graphql 15
 * twice (under postgraphile/ and under graphile-build-pg/, because the hub's own graphql is 16; helpers such as
 * graphql-parse-resolve-info even get 16), and graphql-js refuses types made by another copy ("Unexpected input
 * type"). Every `graphql` import in this process goes to the copy under postgraphile/: nothing of the hub runs here.
 */
import Module from 'node:module';
import { dirname, join } from 'node:path';

const postgraphileDir = dirname(require.resolve('postgraphile/package.json'));
const graphqlDir = join(postgraphileDir, 'node_modules', 'graphql');
const modules = Module as unknown as {
  _resolveFilename: (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
};
const resolve = modules._resolveFilename;
modules._resolveFilename = function (request, parent, ...rest) {
  if (request === 'graphql' || request.startsWith('graphql/')) {
    return resolve.call(this, join(graphqlDir, request.slice('graphql'.length)), parent, ...rest);
  }
  return resolve.call(this, request, parent, ...rest);
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- must run after the resolver patch above; an import would be hoisted before it
require(join(postgraphileDir, 'cli.js'));
