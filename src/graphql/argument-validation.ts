import { FieldNode } from 'graphql';
import { validateOrReject, ValidationError, ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, ValidatorFn } from 'type-graphql';
import { getOrInsert } from '../collections';

/*
 * Input validation (class-validator) as type-graphql runs it with `validate: { forbidUnknownValues: false }`, but
 * once per field of the document and request: the same nested field under 100 parents (`yots { nodes { evidence(…)
 * } }`) has the same arguments each time, and was validated 100 times (issue 16's Q4). Every parent still waits for
 * that one validation, and fails with it.
 */

const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

/**
 * Per execution (its coerced variables, a new object for every operation run, even two of one HTTP batch sharing a
 * context), per field of the document, per argument type and value: the one validation.
 */
const validations = new WeakMap<object, WeakMap<FieldNode, Map<unknown, Map<string, Promise<void>>>>>();

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

async function validate(value: object): Promise<void> {
  try {
    await Promise.all(
      (Array.isArray(value) ? value.filter(isObject) : [value]).map((item) => validateOrReject(item, OPTIONS)),
    );
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/** type-graphql's `validateFn`: validates object arguments (inputs, filters, args classes), once per field and request. */
export const validateArguments: ValidatorFn = (value, type, { info }) => {
  if (!isObject(value)) return;
  const byField = getOrInsert(validations, info.variableValues, () => new WeakMap());
  const byType = getOrInsert(byField, info.fieldNodes[0], () => new Map<unknown, Map<string, Promise<void>>>());
  // The value too: two arguments of one input type on one field are two validations.
  return getOrInsert(
    getOrInsert(byType, type, () => new Map<string, Promise<void>>()),
    JSON.stringify(value),
    () => validate(value),
  );
};
