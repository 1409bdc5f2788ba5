import { registerEnumType } from 'type-graphql';

/** How senior a board member is in their own agency. */
export enum Seniority {
  EXECUTIVE = 'EXECUTIVE',
  SENIOR_MANAGER = 'SENIOR_MANAGER',
  MANAGER = 'MANAGER',
  PRACTITIONER = 'PRACTITIONER',
}

registerEnumType(Seniority, {
  name: 'Seniority',
  description: "How senior a management board member is in their own agency (the hub's own scale).",
  valuesConfig: {
    EXECUTIVE: {
      description: "Chief officer or director (e.g. Director of Children's Services, chief superintendent).",
    },
    SENIOR_MANAGER: { description: 'Head of service or assistant director.' },
    MANAGER: { description: 'Service or team manager.' },
    PRACTITIONER: { description: 'Practitioner or officer.' },
  },
});
