import { Arg, Args, Authorized, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, Page } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { decodeGlobalId, encodeGlobalId } from '../../graphql/relay';
import { Evidence } from '../evidence/evidence.entity';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';
import { CAN } from '../auth/auth-checker';

@ObjectType({ description: 'A page of audit events.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}

/** The audit trail, per object or for everything. */
@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(...CAN.audit)
  @Query(() => AuditEventConnection, {
    nullable: true,
    description: 'Every change made through the API, oldest first; only those of one object when `entityId` is given.',
  })
  auditTrail(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('entityId', () => ID, { nullable: true, description: 'Global id of the object whose changes to list.' })
    entityId?: string,
  ) {
    return AuditService.trail(ctx, entityId ? decodeGlobalId(entityId, undefined, 'entityId') : undefined, args);
  }

  @FieldResolver(() => ID, { description: 'Global id of the changed object.' })
  entityId(@Root() event: AuditEvent) {
    return encodeGlobalId(event.entityType, event.entityKey);
  }
}

/** `Evidence.history`: an item's own audit trail (including its criterion links). */
@Resolver(() => Evidence)
export class EvidenceHistoryResolver {
  @FieldResolver(() => AuditEventConnection, {
    description:
      'Changes to this item, oldest first: recorded, updated, reviewed, linked, unlinked, withdrawn. Audit events follow the rule of `auditTrail`: for roles that may not read the audit trail (PARTNER, YOT_MANAGER, ANALYST) this list is always empty.',
  })
  history(@Root() evidence: Evidence, @Ctx() ctx: HubContext, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return ctx.loaders
      .custom<number, Page<AuditEvent>>(`history:Evidence:${JSON.stringify(args)}`, (keys) =>
        AuditService.trails(ctx, 'Evidence', keys, args),
      )
      .load(evidence.id);
  }
}
