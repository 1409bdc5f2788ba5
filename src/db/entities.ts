import { Agency } from '../modules/agency/agency.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AgreementParty } from '../modules/agreement/agreement-party.entity';
import { InformationSharingAgreement } from '../modules/agreement/agreement.entity';
import { Assessment } from '../modules/assessment/assessment.entity';
import { CriterionRating } from '../modules/assessment/criterion-rating.entity';
import { CriterionRatingRevision } from '../modules/assessment/criterion-rating-revision.entity';
import { RatingEvidence } from '../modules/assessment/rating-evidence.entity';
import { ChildOutcome } from '../modules/child/child-outcome.entity';
import { OutcomeRollup } from '../modules/coverage/outcome-rollup.entity';
import { CoverageRollup, YotGeneration } from '../modules/coverage/coverage-rollup.entity';
import { KpiObservation } from '../modules/kpi/kpi-observation.entity';
import { YotPopulation } from '../modules/comparator/yot-population.entity';
import { ComparatorGroup, ComparatorGroupMember } from '../modules/comparator/comparator-group.entity';
import { Child } from '../modules/child/child.entity';
import { EvidenceAgency } from '../modules/evidence/evidence-agency.entity';
import { EvidenceLink } from '../modules/evidence/evidence-link.entity';
import { Evidence } from '../modules/evidence/evidence.entity';
import { Criterion } from '../modules/framework/criterion.entity';
import { ExpectedPartner } from '../modules/framework/expected-partner.entity';
import { Framework } from '../modules/framework/framework.entity';
import { Partnership } from '../modules/partnership/partnership.entity';
import { StaffPlacement } from '../modules/partnership/staff-placement.entity';
import { SourceDocument } from '../modules/source/source-document.entity';
import { Yot } from '../modules/yot/yot.entity';
import { YotHostAuthority } from '../modules/yot/yot-host-authority.entity';
import { PartnerAbsence } from '../modules/partnership/partner-absence.entity';
import { HubRevision } from './hub-revision.entity';
import { Board, BoardAttendance, BoardMeeting, BoardMember } from '../modules/board/board.entity';
import { AwardingBody } from '../modules/assessment/awarding-body.entity';
import { AssessmentProcess, ModerationMeeting } from '../modules/assessment/moderation.entity';
import { ActionPlanItem } from '../modules/action-plan/action-plan.entity';
import { SelfAssessment, SelfAssessmentScore } from '../modules/self-assessment/self-assessment.entity';
import { ImportBatch } from '../import/import-batch.entity';

/** Every TypeORM entity of the hub; the DataSource and the migration generator both use this list. */
export const entities = [
  HubRevision,
  SourceDocument,
  Yot,
  Agency,
  YotHostAuthority,
  PartnerAbsence,
  Partnership,
  StaffPlacement,
  InformationSharingAgreement,
  AgreementParty,
  Framework,
  Criterion,
  ExpectedPartner,
  Evidence,
  EvidenceLink,
  EvidenceAgency,
  Assessment,
  CriterionRating,
  CriterionRatingRevision,
  RatingEvidence,
  Child,
  ChildOutcome,
  OutcomeRollup,
  CoverageRollup,
  YotGeneration,
  AuditEvent,
  ImportBatch,
  ApiToken,
  SelfAssessment,
  SelfAssessmentScore,
  ActionPlanItem,
  Board,
  BoardMember,
  BoardMeeting,
  BoardAttendance,
  AwardingBody,
  AssessmentProcess,
  ModerationMeeting,
  KpiObservation,
  YotPopulation,
  ComparatorGroup,
  ComparatorGroupMember,
];
