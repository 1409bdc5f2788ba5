import { HubContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { Framework } from './framework.entity';

/** The framework the hub assesses against unless a caller names another. */
export const DEFAULT_FRAMEWORK_CODE = 'YJ_SEND';

/** Reads of award frameworks. */
export class FrameworkService {
  /** The edition `version` of framework `code`, or its current edition; NOT_FOUND when there is none. */
  static async find(ctx: HubContext, code: string, version?: string | null): Promise<Framework> {
    const framework = await ctx.db.getRepository(Framework).findOne({
      where: version ? { code, version } : { code, current: true },
      order: { id: 'DESC' },
    });
    if (!framework) throw new NotFoundError('framework', version ? `${code} ${version}` : code);
    return framework;
  }
}
