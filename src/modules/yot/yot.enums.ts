import { registerEnumType } from 'type-graphql';

/** Nations a youth justice service can be in (the award covers England and Wales). */
export enum Nation {
  ENGLAND = 'ENGLAND',
  WALES = 'WALES',
}

registerEnumType(Nation, {
  name: 'Nation',
  description:
    'The nation a youth justice service is in; it decides, for example, whether a SEND plan is an EHCP or an IDP.',
  valuesConfig: {
    ENGLAND: { description: 'England: SEND plans are Education, Health and Care Plans (EHCPs).' },
    WALES: { description: 'Wales: additional learning needs plans are Individual Development Plans (IDPs).' },
  },
});
