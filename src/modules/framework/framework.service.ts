import { HubContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { Framework } from './framework.entity';

/** The framework the hub assesses against unless a caller names another. */
export const DEFAULT_FRAMEWORK_CODE = 'YJ_SEND';

/** Reads of award frameworks. */
export class FrameworkService {
  /**
   * The edition `version` of framework `code`, or its current edition; NOT_FOUND when there is none.
   * Looked up once per request: the coverage views and gaps all ask for it.
   */
  static async find(ctx: HubContext, code: string, version?: string | null): Promise<Framework> {
    const key = `${code}|${version ?? ''}`;
    const framework = await ctx.loaders
      .custom<string, Framework | null>('framework', (keys) =>
        Promise.all(
          keys.map((k) => {
            const [c, v] = k.split('|');
            return ctx.db
              .getRepository(Framework)
              .findOne({ where: v ? { code: c, version: v } : { code: c, current: true }, order: { id: 'DESC' } });
          }),
        ),
      )
      .load(key);
    if (!framework) throw new NotFoundError('framework', version ? `${code} ${version}` : code);
    return framework;
  }
}
