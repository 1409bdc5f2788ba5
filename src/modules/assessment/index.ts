import { HubModule } from '../hub-module';
import { AssessmentWriteResolver, CriterionRatingHistoryResolver, CriterionRatingRevisionResolver } from './assessment-write.resolver';
import { Assessment } from './assessment.entity';
import { AssessmentResolver, CriterionRatingResolver } from './assessment.resolver';
import { AwardStateResolver } from './award-state.resolver';
import { AwardingBody } from './awarding-body.entity';
import { CriterionRatingRevision } from './criterion-rating-revision.entity';
import { CriterionRating } from './criterion-rating.entity';
import { AssessmentProcess, ModerationMeeting } from './moderation.entity';
import { AssessmentProcessResolver, AssessmentSubmissionResolver, ModerationAttendanceResolver, ModerationMeetingResolver, RedesignationReminderResolver } from './moderation.resolver';
import { RatingEvidence } from './rating-evidence.entity';

/** The assessment module: what it adds to the schema and the database. */
export const assessmentModule: HubModule = {
  resolvers: [
    AssessmentResolver,
    CriterionRatingResolver,
    AssessmentWriteResolver,
    CriterionRatingHistoryResolver,
    CriterionRatingRevisionResolver,
    AwardStateResolver,
    AssessmentProcessResolver,
    AssessmentSubmissionResolver,
    ModerationMeetingResolver,
    ModerationAttendanceResolver,
    RedesignationReminderResolver,
  ],
  entities: [
    Assessment,
    CriterionRating,
    CriterionRatingRevision,
    RatingEvidence,
    AwardingBody,
    AssessmentProcess,
    ModerationMeeting,
  ],
  sourced: [
    Assessment,
    CriterionRating,
    AwardingBody,
    ModerationMeeting,
  ],
};
