import { dialectOf } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { YotService } from '../yot/yot.service';
import { normaliseYotCode } from '../yot/yot-code';
import { Gap, GapKind } from './gaps.types';
import { actionFinder } from './gaps/actions';
import { agreementFinder } from './gaps/agreements';
import { awardFinder } from './gaps/awards';
import { boardFinder } from './gaps/board';
import { criterionFinders } from './gaps/criteria';
import { evidenceFinder } from './gaps/evidence';
import { Add, GapFinder, Scope } from './gaps/finder';
import { partnerFinders } from './gaps/partners';

/** Every gap finder, one per family of gap kinds (src/modules/coverage/gaps/); each is a fixed number of statements. */
const FINDERS: readonly GapFinder[] = [
  ...partnerFinders,
  agreementFinder,
  ...criterionFinders,
  evidenceFinder,
  awardFinder,
  actionFinder,
  boardFinder,
];

/** The findings for one YOT on `asOf`, in the order of GapKind; a fixed number of statements. */
export async function findGaps(ctx: HubContext, yotCode: string, asOf: string): Promise<Gap[]> {
  const yot = await YotService.idForCode(ctx, normaliseYotCode(yotCode));
  return (await findGapsForYots(ctx, [yot], asOf)).get(yot)!;
}

/**
 * The findings for each YOT in `yotIds` on `asOf` (only of `kinds`, when given), each YOT's in the order of
 * GapKind. A fixed number of statements however many YOTs: every finder works on the whole list at once.
 */
export async function findGapsForYots(
  ctx: HubContext,
  yotIds: readonly number[],
  asOf: string,
  kinds?: ReadonlySet<GapKind>,
): Promise<Map<number, Gap[]>> {
  const byYot = new Map<number, Gap[]>(yotIds.map((id) => [id, []]));
  if (yotIds.length === 0) return byYot;
  const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
  const scope: Scope = { yots: yotIds, ids: dialectOf(ctx.db).listParam(yotIds), framework: framework.id, asOf };
  const add: Add = (yot, kind, typeName, key, message) => {
    if (!kinds || kinds.has(kind))
      byYot.get(Number(yot))!.push({ yotId: Number(yot), kind, typeName, key: Number(key), message });
  };
  for (const finder of FINDERS)
    if (!kinds || finder.kinds.some((k) => kinds.has(k))) await finder.find(ctx, scope, add);
  const order = Object.values(GapKind);
  for (const gaps of byYot.values()) gaps.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return byYot;
}
