import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgencyType } from '../agency/agency.enums';
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
    HEALTH_NOMINEE: {
      description: 'A person nominated by the health body (ICB; CCG before 1 July 2022; Local Health Board in Wales).',
    },
    EDUCATION_NOMINEE: { description: 'A person nominated by the chief education officer.' },
  },
});

/**
 * What satisfies each member. `roles`: staff of these roles count whoever employs them (the YOT's own staff
 * included). `employerTypes`: any staff placed under a partnership with a body of these types count (the body
 * can nominate them). `relatedRoles`: professions that count only through `employerTypes`; found with no
 * qualifying employer they are reported as not counting, never as the nominee (the hub cannot tell who
 * nominated a speech and language therapist whose employer is not named).
 */
export const STATUTORY_TEAM: {
  member: StatutoryTeamMember;
  roles: StaffRole[];
  employerTypes: AgencyType[];
  relatedRoles: StaffRole[];
  inWords: string;
}[] = [
  {
    member: StatutoryTeamMember.PROBATION_OFFICER,
    roles: [StaffRole.PROBATION_OFFICER],
    employerTypes: [],
    relatedRoles: [],
    inWords: 'a probation officer',
  },
  {
    member: StatutoryTeamMember.SOCIAL_WORKER,
    roles: [StaffRole.SOCIAL_WORKER],
    employerTypes: [],
    relatedRoles: [],
    inWords: 'a social worker',
  },
  {
    member: StatutoryTeamMember.POLICE_OFFICER,
    roles: [StaffRole.POLICE_OFFICER],
    employerTypes: [],
    relatedRoles: [],
    inWords: 'a police officer',
  },
  {
    member: StatutoryTeamMember.HEALTH_NOMINEE,
    roles: [StaffRole.HEALTH_WORKER, StaffRole.CAMHS_PRACTITIONER],
    employerTypes: [
      AgencyType.HEALTH_COMMISSIONER,
      AgencyType.NHS_TRUST,
      AgencyType.CAMHS,
      AgencyType.LIAISON_AND_DIVERSION,
    ],
    relatedRoles: [StaffRole.SPEECH_AND_LANGUAGE_THERAPIST],
    inWords:
      'a health nominee (counting health workers, CAMHS practitioners, and staff placed under a partnership with a health body)',
  },
  {
    member: StatutoryTeamMember.EDUCATION_NOMINEE,
    roles: [StaffRole.EDUCATION_OFFICER, StaffRole.SEND_OFFICER],
    employerTypes: [AgencyType.LA_EDUCATION, AgencyType.LA_SEND_TEAM, AgencyType.VIRTUAL_SCHOOL],
    relatedRoles: [StaffRole.EDUCATIONAL_PSYCHOLOGIST],
    inWords:
      "an education nominee (counting education officers, SEND officers, and staff placed under a partnership with the local education authority's services)",
  },
];

@ObjectType({
  description: 'One member of the s.39(5) minimum team, checked by the roles of the staff in the YOT on a date.',
})
export class StatutoryTeamCheck {
  yotId!: number;

  @Field(() => StatutoryTeamMember, { description: 'The member the Act requires.' })
  member!: StatutoryTeamMember;

  @Field(() => [StaffRole], { description: 'The staff roles that count for this member.' })
  countingRoles!: StaffRole[];

  @Field(() => Boolean, {
    description:
      'True when staff of a counting role are in the team on `asOf`. False means not recorded, not necessarily absent.',
  })
  recorded!: boolean;

  @Field(() => Int, {
    description: 'Staff placements of a counting role running on `asOf` (any arrangement, YOT-employed included).',
  })
  staff!: number;

  @Field(() => Int, {
    description:
      "Of `staff`, partner staff whose employer is not named (the YOT's own YOT_EMPLOYED staff are employed by the host authority, so never counted here).",
  })
  staffWithoutNamedEmployer!: number;

  @Field(() => [StaffRole], {
    description:
      'The counting roles actually found in the team (with `countingEmployerTypes`, the roles of staff placed under such a body).',
  })
  rolesFound!: StaffRole[];

  @Field(() => [AgencyType], {
    description:
      'Staff of any role placed under a partnership with a body of these types count too (the body can nominate them); empty for the three named members.',
  })
  countingEmployerTypes!: AgencyType[];

  @Field(() => Int, {
    description:
      'Staff of a related profession in the team who do not count, because no qualifying employer is recorded (e.g. a speech and language therapist whose employer is not named, for the health nominee).',
  })
  staffNotCounted!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the member is not recorded although related staff are in the team; null otherwise.',
  })
  basis!: string | null;
}
