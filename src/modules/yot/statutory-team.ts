import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '../partnership/partnership.enums';

/** The members every YOT must include (Crime and Disorder Act 1998 s.39(5)). */
export enum StatutoryTeamMember {
  PROBATION_OFFICER = 'PROBATION_OFFICER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  POLICE_OFFICER = 'POLICE_OFFICER',
  HEALTH_NOMINEE = 'HEALTH_NOMINEE',
  EDUCATION_NOMINEE = 'EDUCATION_NOMINEE',
}

registerEnumType(StatutoryTeamMember, {
  name: 'StatutoryTeamMember',
  description: 'A member of the minimum YOT team of the Crime and Disorder Act 1998 s.39(5).',
  valuesConfig: {
    PROBATION_OFFICER: { description: 'A probation officer.' },
    SOCIAL_WORKER: { description: 'A social worker of the local authority.' },
    POLICE_OFFICER: { description: 'A police officer.' },
    HEALTH_NOMINEE: { description: 'A person nominated by the health body (ICB; CCG before 1 July 2022; Local Health Board in Wales).' },
    EDUCATION_NOMINEE: { description: 'A person nominated by the chief education officer.' },
  },
});

/**
 * The staff roles that satisfy each member, checked by role in the team whoever employs them. For the two
 * nominees the check is by profession: the hub cannot tell who nominated a health or education worker.
 */
export const STATUTORY_TEAM: { member: StatutoryTeamMember; roles: StaffRole[]; inWords: string }[] = [
  { member: StatutoryTeamMember.PROBATION_OFFICER, roles: [StaffRole.PROBATION_OFFICER], inWords: 'a probation officer' },
  { member: StatutoryTeamMember.SOCIAL_WORKER, roles: [StaffRole.SOCIAL_WORKER], inWords: 'a social worker' },
  { member: StatutoryTeamMember.POLICE_OFFICER, roles: [StaffRole.POLICE_OFFICER], inWords: 'a police officer' },
  {
    member: StatutoryTeamMember.HEALTH_NOMINEE,
    roles: [StaffRole.HEALTH_WORKER, StaffRole.CAMHS_PRACTITIONER, StaffRole.SPEECH_AND_LANGUAGE_THERAPIST],
    inWords: 'a health nominee (counting health workers, CAMHS practitioners and speech and language therapists)',
  },
  {
    member: StatutoryTeamMember.EDUCATION_NOMINEE,
    roles: [StaffRole.EDUCATION_OFFICER, StaffRole.EDUCATIONAL_PSYCHOLOGIST, StaffRole.SEND_OFFICER],
    inWords: 'an education nominee (counting education officers, educational psychologists and SEND officers)',
  },
];

@ObjectType({ description: 'One member of the s.39(5) minimum team, checked by the roles of the staff in the YOT on a date.' })
export class StatutoryTeamCheck {
  yotId!: number;

  @Field(() => StatutoryTeamMember, { description: 'The member the Act requires.' })
  member!: StatutoryTeamMember;

  @Field(() => [StaffRole], { description: 'The staff roles that count for this member.' })
  countingRoles!: StaffRole[];

  @Field(() => Boolean, { description: 'True when staff of a counting role are in the team on `asOf`. False means not recorded, not necessarily absent.' })
  recorded!: boolean;

  @Field(() => Int, { description: 'Staff placements of a counting role running on `asOf` (any arrangement, YOT-employed included).' })
  staff!: number;

  @Field(() => Int, { description: 'Of `staff`, those whose employer is not named.' })
  staffWithoutNamedEmployer!: number;

  @Field(() => [StaffRole], { description: 'The counting roles actually found in the team.' })
  rolesFound!: StaffRole[];
}
