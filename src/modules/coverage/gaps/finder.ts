import { dialectOf, RawInteger } from '../../../db/dialect';
import { HubContext } from '../../../graphql/context';
import { GapKind } from '../gaps.types';

/** What each finder needs: the YOTs, the framework and the date, as SQL parameters (`ids` for the YOT list). */
export type Scope = {
  yots: readonly number[];
  ids: unknown;
  framework: number;
  asOf: string;
};

/** Records one finding for a YOT; the object it concerns is `typeName` with database key `key`. */
export type Add = (yot: RawInteger, kind: GapKind, typeName: string, key: RawInteger, message: string) => void;

/** A gap finder: the kinds it reports, and how it finds them for every YOT of the scope at once. */
export interface GapFinder {
  kinds: readonly GapKind[];
  find(ctx: HubContext, scope: Scope, add: Add): Promise<void>;
}

/** `scope` as a CTE of YOT ids, for the shared coverage SQL. */
export function scopeCte(ctx: HubContext): string {
  return `scope AS (SELECT id FROM yot WHERE ${dialectOf(ctx.db).inList('id', 'ids')})`;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
