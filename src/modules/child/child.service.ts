import { dialectOf } from '../../db/dialect';
import { ConnectionArgs, Page, paginateGroups, SortDirection, SortKey } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { Child } from './child.entity';
import { SendStatus } from './child.enums';

const BY_REF: SortKey<Child>[] = [
  { expr: 'child.ref', direction: SortDirection.ASC, read: (c) => c.ref },
  { expr: 'child.id', direction: SortDirection.ASC, type: 'int', read: (c) => c.id },
];

/** Reads of pseudonymised children. */
export class ChildService {
  /** A page of each YOT's children (ordered by reference), optionally only those with one of `sendStatuses`. */
  static pagesForYots(
    ctx: HubContext,
    yotIds: readonly number[],
    sendStatuses: SendStatus[] | undefined,
    args: ConnectionArgs,
  ): Promise<Page<Child>[]> {
    const dialect = dialectOf(ctx.db);
    const build = () => {
      const qb = ctx.db
        .getRepository(Child)
        .createQueryBuilder('child')
        .where(dialect.inList('child.yotId', 'yots'), { yots: dialect.listParam(yotIds) });
      if (sendStatuses)
        qb.andWhere(dialect.inList('child.sendStatus', 'send'), { send: dialect.listParam(sendStatuses) });
      return qb;
    };
    return paginateGroups(build, 'child.yotId', yotIds, BY_REF, args, (ids) =>
      loadExisting(ctx.loaders.byId(Child), ids),
    );
  }
}
