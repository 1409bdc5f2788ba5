import type { ValidationError } from 'class-validator';
import { ArgumentValidationError, MiddlewareFn } from 'type-graphql';
import { BadUserInputError } from './errors';

/** One rule an input broke: where (`input.outcomes[3].period`) and what to fix. */
export interface Violation {
  field: string;
  message: string;
}

/** Flattens class-validator's error tree into field paths: `outcomes` → `3` → `period` becomes `outcomes[3].period`. */
export function violations(errors: ValidationError[], prefix: string): Violation[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...violations(error.children ?? [], field)];
  });
}

/**
 * Global middleware turning type-graphql's "Argument Validation Error" into a BAD_USER_INPUT error whose
 * message says what to fix and whose `extensions` name the offending field (and every violation, up to 50).
 */
export const ValidationErrors: MiddlewareFn = async ({ args }, next) => {
  try {
    return await next();
  } catch (error) {
    if (!(error instanceof ArgumentValidationError)) throw error;
    // Mutations take one `input` object and lists one `filter`: the first object argument is the one validated.
    const argName = Object.keys(args).find((name) => args[name] !== null && typeof args[name] === 'object') ?? '';
    const found = violations(error.extensions.validationErrors as ValidationError[], argName);
    const first = found[0] ?? { field: argName, message: 'is invalid' };
    const more = found.length > 1 ? ` (and ${found.length - 1} more problem${found.length > 2 ? 's' : ''})` : '';
    // Rows of a batch (`input.outcomes[12].period`) are also reported by index, as batch errors are.
    const rows = found.flatMap((v) => {
      const match = /^\w+\.\w+\[(\d+)\]/.exec(v.field);
      return match ? [{ index: Number(match[1]), reason: `${v.field}: ${v.message}` }] : [];
    });
    const batch = rows.length ? { rejectedRows: new Set(rows.map((r) => r.index)).size, rows: rows.slice(0, 50) } : {};
    throw new BadUserInputError(`${first.field}: ${first.message}${more}.`, first.field, { violations: found.slice(0, 50), ...batch });
  }
};

/** Refuses `later` before `earlier` (both `YYYY-MM-DD`), naming the later field: e.g. `endedOn` ≥ `startedOn`. */
export function requireDateOrder(earlier: string | null | undefined, later: string | null | undefined, field: string, earlierName: string): void {
  if (earlier && later && later < earlier) {
    throw new BadUserInputError(`${field} (${later}) must not be before ${earlierName} (${earlier}).`, field);
  }
}
