import { IN_FORCE_STATUSES as IN_FORCE, isAgreementInForce } from '../../domain/rules';
import { InformationSharingAgreement } from './agreement.entity';
import { AgreementStatus } from './agreement.enums';

/** Statuses under which an agreement can be in force (the rule lives in src/domain/rules). */
export const IN_FORCE_STATUSES: readonly AgreementStatus[] = IN_FORCE.map((s) => AgreementStatus[s]);

/** An agreement is current on `asOf` when it is in force then: the one rule the coverage SQL also uses. */
export function isAgreementCurrent(
  agreement: Pick<InformationSharingAgreement, 'status' | 'signedOn' | 'reviewDue'>,
  asOf: string,
): boolean {
  return isAgreementInForce(agreement, asOf);
}
