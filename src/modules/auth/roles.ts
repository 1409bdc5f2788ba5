import { registerEnumType } from 'type-graphql';
import { unauthenticated } from '../../graphql/errors';

/** What a caller may do; see README "Access control" for the full matrix. */
export enum Role {
  ADMIN = 'ADMIN',
  ASSESSOR = 'ASSESSOR',
  YOT_MANAGER = 'YOT_MANAGER',
  PARTNER = 'PARTNER',
  ANALYST = 'ANALYST',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'The role of an API token.',
  valuesConfig: {
    ADMIN: { description: 'Everything.' },
    ASSESSOR: {
      description: 'Reads everything except child-level rows; reviews evidence, rates and decides assessments.',
    },
    YOT_MANAGER: {
      description:
        "Reads everything except other YOTs' children; writes its own YOT's data, children and outcomes included.",
    },
    PARTNER: {
      description: 'Reads the YOTs its agency partners with; records and updates the evidence its agency provides.',
    },
    ANALYST: { description: 'Reads everything except child-level rows; outcome summaries always suppressed.' },
  },
});

/** Who is calling, as the request's token (or its absence) says. */
export interface Caller {
  /** Token name (for the audit trail); `anonymous` without a token, `admin-token` for HUB_ADMIN_TOKEN. */
  name: string;
  /** Null for an anonymous caller with no role (production default). */
  role: Role | null;
  /** For YOT_MANAGER: the YOT it manages. */
  yotId: number | null;
  /** For PARTNER: the agency it speaks for. */
  agencyId: number | null;
  /** Short non-secret id of the caller's token (`tokenId` in token.service.ts); absent without a token. */
  tokenId?: string;
}

/** A caller that may do nothing; used when no token is sent and no anonymous role is configured. */
export const NOBODY: Caller = { name: 'anonymous', role: null, yotId: null, agencyId: null };

/**
 * The one "caller has no role" check (no token where anonymous access is off): UNAUTHENTICATED with 401. The limits
 * plugin runs it before any operation; the auth checker and the feed repeat it as a backstop.
 */
export function requireRole(caller: Caller): asserts caller is Caller & { role: Role } {
  if (!caller.role) throw unauthenticated('noToken');
}
