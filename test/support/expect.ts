import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';

/** Asserts a response failed with exactly one error of `code` at `path`, and returns that error. */
export function expectError(
  errors: readonly GraphQLFormattedError[] | undefined,
  code: string,
  path?: (string | number)[],
): GraphQLFormattedError {
  expect(errors, 'expected a GraphQL error').toBeDefined();
  expect(errors!.map((e) => e.extensions?.code)).toEqual([code]);
  if (path) expect(errors![0].path).toEqual(path);
  expect(errors![0].extensions).not.toHaveProperty('stacktrace');
  return errors![0];
}
