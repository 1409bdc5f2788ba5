import { GraphQLResolveInfo, Kind } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { validateArguments } from '../src/graphql/argument-validation';
import { SetYotPopulationInput } from '../src/modules/comparator/comparator.inputs';

/** What type-graphql hands its `validateFn` for one field of one request. */
function resolverData(context: object, field: string) {
  const fieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: field } };
  return { root: {}, args: {}, context, info: { fieldNodes: [fieldNode] } as unknown as GraphQLResolveInfo };
}

const input = (year: number) =>
  Object.assign(new SetYotPopulationInput(), { yotId: 'x', year, population10To17: 10, source: 'ONS 2021' });

describe('argument validation, once per field of a request', () => {
  it('validates the same field of one request once, and every parent waits for that one answer', async () => {
    const data = resolverData({}, 'evidence');
    const first = validateArguments(input(2024), SetYotPopulationInput, data);
    // The same field under another parent: its arguments are the same ones, so the answer is shared.
    expect(validateArguments(input(2024), SetYotPopulationInput, data)).toBe(first);
    await expect(first).resolves.toBeUndefined();
  });

  it('fails every parent with the one validation error, and validates again for another request', async () => {
    const data = resolverData({}, 'population');
    const bad = validateArguments(input(1800), SetYotPopulationInput, data);
    await expect(bad).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validateArguments(input(1800), SetYotPopulationInput, data)).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
    // Another request (context) with valid arguments for a field of the same name is judged on its own.
    await expect(
      validateArguments(input(2024), SetYotPopulationInput, resolverData({}, 'population')),
    ).resolves.toBeUndefined();
  });

  it('checks each object of a list argument, and leaves scalars alone', async () => {
    const data = resolverData({}, 'batch');
    await expect(validateArguments([input(2024), input(1800)], SetYotPopulationInput, data)).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
    expect(validateArguments('E08000011', String, resolverData({}, 'yot'))).toBeUndefined();
  });
});
