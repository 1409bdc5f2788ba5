import { HubModule } from '../hub-module';
import { assessmentEntities } from './entities';
import {
  AssessmentWriteResolver,
  CriterionRatingHistoryResolver,
  CriterionRatingRevisionResolver,
} from './assessment-write.resolver';
import { Assessment } from './assessment.entity';
import { AssessmentResolver, CriterionRatingResolver } from './assessment.resolver';
import { AwardStateResolver } from './award-state.resolver';
import { AwardingBody } from './awarding-body.entity';
import { CriterionRating } from './criterion-rating.entity';
import { ModerationMeeting } from './moderation.entity';
import {
  AssessmentProcessResolver,
  AssessmentSubmissionResolver,
  ModerationAttendanceResolver,
  ModerationMeetingResolver,
  RedesignationReminderResolver,
} from './moderation.resolver';

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
  entities: assessmentEntities,
  sourced: [Assessment, CriterionRating, AwardingBody, ModerationMeeting],
};
