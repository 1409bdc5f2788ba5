import { InformationSharingAgreement } from './agreement.entity';
import { AgreementStatus } from './agreement.enums';

/** Statuses under which an agreement is in force. */
export const IN_FORCE_STATUSES: readonly AgreementStatus[] = [AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW];

/** An agreement is current on `asOf` when it is in force and its review date (if any) is not before `asOf`. */
export function isAgreementCurrent(agreement: Pick<InformationSharingAgreement, 'status' | 'reviewDue'>, asOf: string): boolean {
  return IN_FORCE_STATUSES.includes(agreement.status) && (agreement.reviewDue == null || agreement.reviewDue >= asOf);
}
