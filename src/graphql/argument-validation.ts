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

/** Per request (its context), per field of the document, per argument type: the one validation. */
const validations = new WeakMap<object, WeakMap<FieldNode, Map<unknown, Promise<void>>>>();

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
export const validateArguments: ValidatorFn = (value, type, { context, info }) => {
  if (!isObject(value)) return;
  const byField = getOrInsert(validations, context, () => new WeakMap<FieldNode, Map<unknown, Promise<void>>>());
  const byType = getOrInsert(byField, info.fieldNodes[0], () => new Map<unknown, Promise<void>>());
  return getOrInsert(byType, type, () => validate(value));
};
