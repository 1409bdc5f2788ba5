import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { uniqueViolation } from '../db/dialect';
import { BadUserInputError, ConflictError } from './errors';

/** One rule an input broke: where (`input.outcomes[3].period`) and what to fix. */
export interface Violation {
  field: string;
  message: string;
}

/** Flattens class-validator's error tree into field paths: `outcomes` → `3` → `period` becomes `outcomes[3].period`. */
export function violations(errors: ValidationError[], prefix: string): Violation[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : prefix
        ? `${prefix}.${error.property}`
        : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...violations(error.children ?? [], field)];
  });
}

/**
 * Control characters no text in the hub may hold: C0 controls other than tab, line feed and carriage return,
 * DEL, and the C1 controls. NUL above all: PostgreSQL refuses it in text ("invalid byte sequence"), SQLite
 * truncates at it; the others only hide text from readers and spreadsheets.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * The path of the first string in `value` (walked through lists and input objects) holding a control
 * character, e.g. `input.criteria[2].note`, or null when there is none.
 */
export function controlCharacterPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL_CHARACTERS.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = controlCharacterPath(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = controlCharacterPath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** BAD_USER_INPUT naming the first argument path that holds a control character, if any. */
export function refuseControlCharacters(args: Record<string, unknown>): void {
  const field = controlCharacterPath(args, '');
  if (field)
    throw new BadUserInputError(`${field} contains a control character (such as NUL); send plain text.`, field);
}

/**
 * A unique-constraint violation that the checks before a write could not see (two requests writing the same
 * row at once) as CONFLICT, the same on both databases, instead of a driver error masked as a 500.
 */
export function conflictFromUniqueViolation(error: unknown): ConflictError | null {
  const found = uniqueViolation(error);
  if (!found) return null;
  const what = found.values
    ? `(${found.columns.join(', ')}) = (${found.values.join(', ')})`
    : `(${found.columns.join(', ')})`;
  return new ConflictError(
    `Another request wrote the same ${found.table ?? 'row'} ${what} first; reload and try again.`,
    { fields: found.columns },
  );
}

/**
 * What a resolver's error becomes for the caller (see field-guards.ts, which applies it to every root field and every
 * field with arguments): type-graphql's "Argument Validation Error" becomes a BAD_USER_INPUT error whose message
 * says what to fix and whose `extensions` name the offending field (and every violation, up to 50); a
 * unique-constraint violation becomes CONFLICT; anything else is returned as it was.
 */
export function inputError(error: unknown, args: Record<string, unknown>): unknown {
  if (!(error instanceof ArgumentValidationError)) return conflictFromUniqueViolation(error) ?? error;
  // Mutations take one `input` object and lists one `filter`: the first object argument is the one validated.
  const argName = Object.keys(args).find((name) => args[name] !== null && typeof args[name] === 'object') ?? '';
  const found = violations(error.extensions.validationErrors, argName);
  const first = found[0] ?? { field: argName, message: 'is invalid' };
  const more = found.length > 1 ? ` (and ${found.length - 1} more problem${found.length > 2 ? 's' : ''})` : '';
  // Rows of a batch (`input.outcomes[12].period`) are also reported by index, as batch errors are.
  const rows = found.flatMap((v) => {
    const match = /^\w+\.\w+\[(\d+)\]/.exec(v.field);
    return match ? [{ index: Number(match[1]), reason: `${v.field}: ${v.message}` }] : [];
  });
  const batch = rows.length ? { rejectedRows: new Set(rows.map((r) => r.index)).size, rows: rows.slice(0, 50) } : {};
  return new BadUserInputError(`${first.field}: ${first.message}${more}.`, first.field, {
    violations: found.slice(0, 50),
    ...batch,
  });
}

/** Refuses `later` before `earlier` (both `YYYY-MM-DD`), naming the later field: e.g. `endedOn` ≥ `startedOn`. */
export function requireDateOrder(
  earlier: string | null | undefined,
  later: string | null | undefined,
  field: string,
  earlierName: string,
): void {
  if (earlier && later && later < earlier) {
    throw new BadUserInputError(`${field} (${later}) must not be before ${earlierName} (${earlier}).`, field);
  }
}
