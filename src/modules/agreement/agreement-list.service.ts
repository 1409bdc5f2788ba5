import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { dialectOf } from '../../db/dialect';
import { agreementInForceSql } from '../../domain/rules';
import { ConnectionArgs, Page, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { dateRangeSql } from '../../graphql/date-range';
import { decodeGlobalId } from '../../graphql/relay';
import { AgreementAggregateFilter } from '../aggregate/aggregate.filters';
import { visibleYotsCondition } from '../auth/scope';
import { canonicalRegions } from '../yot/regions';
import { normaliseYotCode } from '../yot/yot-code';
import { InformationSharingAgreement } from './agreement.entity';
import { AgreementOrder, AgreementOrderField } from './agreement-list.inputs';

/** The root `agreements` list: every information-sharing agreement of the YOTs the caller may see, filtered and ordered. */
export class AgreementListService {
  static async list(
    ctx: HubContext,
    filter: AgreementAggregateFilter | undefined,
    orderBy: AgreementOrder[] | undefined,
    asOf: string,
    args: ConnectionArgs,
  ): Promise<Page<InformationSharingAgreement>> {
    const qb = ctx.db
      .getRepository(InformationSharingAgreement)
      .createQueryBuilder('i')
      .innerJoin('yot', 'y', 'y.id = i."yotId"')
      .setParameters({ asOf });
    await applyAgreementFilter(ctx, qb, filter);
    const fields = {
      [AgreementOrderField.SIGNED_ON]: {
        expr: 'i.signedOn',
        nullable: true,
        type: 'date' as const,
        read: (i: InformationSharingAgreement) => i.signedOn,
      },
      [AgreementOrderField.REVIEW_DUE]: {
        expr: 'i.reviewDue',
        nullable: true,
        type: 'date' as const,
        read: (i: InformationSharingAgreement) => i.reviewDue,
      },
      [AgreementOrderField.TITLE]: { expr: 'i.title', read: (i: InformationSharingAgreement) => i.title },
    };
    return paginate(
      qb,
      sortKeys(orderBy, fields, 'i', [{ field: AgreementOrderField.SIGNED_ON, direction: SortDirection.DESC }]),
      args,
    );
  }
}

/**
 * The caller's scope and an agreement filter on a query over agreement `i` joined to its YOT `y` (`:asOf`
 * bound); the list and `agreementAggregate` share it, so their counts agree.
 */
export async function applyAgreementFilter<T extends ObjectLiteral>(
  ctx: HubContext,
  qb: SelectQueryBuilder<T>,
  filter: AgreementAggregateFilter | undefined | null,
): Promise<void> {
  const dialect = dialectOf(ctx.db);
  const scope = await visibleYotsCondition(ctx, 'y.id', 'iScope');
  if (scope) qb.andWhere(scope.sql, scope.params);
  const inList = (expr: string, param: string, values: readonly (string | number)[] | null | undefined) => {
    if (values)
      qb.andWhere(new Brackets((w) => w.where(dialect.inList(expr, param), { [param]: dialect.listParam(values) })));
  };
  inList('y.code', 'iCodes', filter?.yotCodes?.map(normaliseYotCode));
  inList('y.region', 'iRegions', await canonicalRegions(ctx, filter?.regions, 'filter.regions'));
  inList('y.nation', 'iNations', filter?.nations);
  inList('i.status', 'iStatuses', filter?.statuses);
  // Party conditions as EXISTS, so an agreement with several matching parties is still one row.
  const party = (condition: string) =>
    `EXISTS (SELECT 1 FROM agreement_party fp JOIN agency fa ON fa.id = fp."agencyId" WHERE fp."agreementId" = i.id AND ${condition})`;
  if (filter?.partyTypes)
    qb.andWhere(party(dialect.inList('fa.type', 'iPartyTypes')), { iPartyTypes: dialect.listParam(filter.partyTypes) });
  if (filter?.partyIds) {
    const ids = filter.partyIds.map((id) => decodeGlobalId(id, 'Agency', 'filter.partyIds').key);
    qb.andWhere(party(dialect.inList('fa.id', 'iPartyIds')), { iPartyIds: dialect.listParam(ids) });
  }
  if (filter?.inForce != null)
    qb.andWhere(filter.inForce ? agreementInForceSql('i') : `NOT ${agreementInForceSql('i')}`);
  for (const range of [
    filter?.signedOn ? dateRangeSql('i."signedOn"', filter.signedOn, 'iSigned', 'filter.signedOn') : null,
    filter?.reviewDue ? dateRangeSql('i."reviewDue"', filter.reviewDue, 'iReview', 'filter.reviewDue') : null,
  ]) {
    if (range) qb.andWhere(range.sql, range.params);
  }
}
