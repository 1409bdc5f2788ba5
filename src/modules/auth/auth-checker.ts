import { AuthChecker } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import { requireRole, Role } from './roles';

/** type-graphql's `@Authorized(roles)` check: the caller's role must be listed (any role when none are). */
export const authChecker: AuthChecker<HubContext, Role> = ({ context, info }, roles) => {
  const { caller } = context;
  requireRole(caller);
  if (roles.length === 0 || roles.includes(caller.role)) return true;
  throw forbidden(caller.role, `use ${info.parentType.name}.${info.fieldName}`);
};

/** Role lists used by `@Authorized`, named for what they allow. */
export const CAN = {
  /** Read child-level rows (also limited to the manager's own YOT in the resolvers). */
  readChildren: [Role.ADMIN, Role.YOT_MANAGER],
  /** Change YOTs' directory data: partnerships, placements, agreements (managers: own YOT). */
  editYotData: [Role.ADMIN, Role.YOT_MANAGER],
  /** Create YOTs and agencies, change agencies. */
  administer: [Role.ADMIN],
  /** Record and change evidence (managers: own YOT; partners: evidence their agency provides). */
  editEvidence: [Role.ADMIN, Role.YOT_MANAGER, Role.PARTNER],
  /** Review evidence, start, rate and decide assessments. */
  assess: [Role.ADMIN, Role.ASSESSOR],
  /** Read the audit trail. */
  audit: [Role.ADMIN, Role.ASSESSOR],
  /** Outcome summaries (suppressed except for administrators and a manager's own YOT). */
  summariseOutcomes: [Role.ADMIN, Role.ASSESSOR, Role.YOT_MANAGER, Role.ANALYST],
} as const;
