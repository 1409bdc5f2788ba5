import { FieldNode, GraphQLResolveInfo, Kind } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { validateArguments } from '../src/graphql/argument-validation';
import { SetYotPopulationInput } from '../src/modules/comparator/comparator.inputs';

const field = (name: string): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } });

/** What type-graphql hands its `validateFn` for one field in one execution (`variables`: that execution's). */
function resolverData(fieldNode: FieldNode, variables: object = {}, context: object = {}) {
  return {
    root: {},
    args: {},
    context,
    info: { fieldNodes: [fieldNode], variableValues: variables } as unknown as GraphQLResolveInfo,
  };
}

const input = (year: number) =>
  Object.assign(new SetYotPopulationInput(), { yotId: 'x', year, population10To17: 10, source: 'ONS 2021' });

describe('argument validation, once per field of an execution', () => {
  it('validates the same field and arguments once, and every parent waits for that one answer', async () => {
    const data = resolverData(field('evidence'));
    const first = validateArguments(input(2024), SetYotPopulationInput, data);
    // The same field under another parent: its arguments are the same ones, so the answer is shared.
    expect(validateArguments(input(2024), SetYotPopulationInput, data)).toBe(first);
    await expect(first).resolves.toBeUndefined();
  });

  it('fails every parent with the one validation error', async () => {
    const data = resolverData(field('population'));
    await expect(validateArguments(input(1800), SetYotPopulationInput, data)).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
    await expect(validateArguments(input(1800), SetYotPopulationInput, data)).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
  });

  it('judges each execution on its own, even two sharing a context and a document (an HTTP batch)', async () => {
    const context = {};
    const node = field('population');
    await expect(
      validateArguments(input(2024), SetYotPopulationInput, resolverData(node, { year: 2024 }, context)),
    ).resolves.toBeUndefined();
    await expect(
      validateArguments(input(1800), SetYotPopulationInput, resolverData(node, { year: 1800 }, context)),
    ).rejects.toBeInstanceOf(ArgumentValidationError);
  });

  it('validates two arguments of one input type on one field separately', async () => {
    const data = resolverData(field('compare'));
    await expect(validateArguments(input(2024), SetYotPopulationInput, data)).resolves.toBeUndefined();
    await expect(validateArguments(input(1800), SetYotPopulationInput, data)).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
  });

  it('checks each object of a list argument, and leaves scalars alone', async () => {
    await expect(
      validateArguments([input(2024), input(1800)], SetYotPopulationInput, resolverData(field('batch'))),
    ).rejects.toBeInstanceOf(ArgumentValidationError);
    expect(validateArguments('E08000011', String, resolverData(field('yot')))).toBeUndefined();
  });
});
