import { Assessment } from './assessment.entity';
import { AwardingBody } from './awarding-body.entity';
import { CriterionRatingRevision } from './criterion-rating-revision.entity';
import { CriterionRating } from './criterion-rating.entity';
import { AssessmentProcess, ModerationMeeting } from './moderation.entity';
import { RatingEvidence } from './rating-evidence.entity';

/** The assessment module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const assessmentEntities = [
  Assessment,
  CriterionRating,
  CriterionRatingRevision,
  RatingEvidence,
  AwardingBody,
  AssessmentProcess,
  ModerationMeeting,
];
