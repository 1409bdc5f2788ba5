import { registerEnumType } from 'type-graphql';

/** The ten key performance indicators the YJB asks youth justice services to report quarterly (from April 2023). */
export enum Kpi {
  ACCOMMODATION = 'ACCOMMODATION',
  ETE = 'ETE',
  SEND_ALN = 'SEND_ALN',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  SUBSTANCE_MISUSE = 'SUBSTANCE_MISUSE',
  OUT_OF_COURT_DISPOSALS = 'OUT_OF_COURT_DISPOSALS',
  MANAGEMENT_BOARD_ATTENDANCE = 'MANAGEMENT_BOARD_ATTENDANCE',
  WIDER_SERVICES = 'WIDER_SERVICES',
  SERIOUS_VIOLENCE = 'SERIOUS_VIOLENCE',
  VICTIMS = 'VICTIMS',
}

/** The YJB's number of each KPI. */
export const KPI_NUMBER: Record<Kpi, number> = {
  ACCOMMODATION: 1,
  ETE: 2,
  SEND_ALN: 3,
  MENTAL_HEALTH: 4,
  SUBSTANCE_MISUSE: 5,
  OUT_OF_COURT_DISPOSALS: 6,
  MANAGEMENT_BOARD_ATTENDANCE: 7,
  WIDER_SERVICES: 8,
  SERIOUS_VIOLENCE: 9,
  VICTIMS: 10,
};

/** KPIs 1–5 are measured per cohort (community, release from custody) at the start and end of an intervention. */
export const STAGED_KPIS: readonly Kpi[] = [
  Kpi.ACCOMMODATION,
  Kpi.ETE,
  Kpi.SEND_ALN,
  Kpi.MENTAL_HEALTH,
  Kpi.SUBSTANCE_MISUSE,
];

/** KPIs whose figures come from child observations in this module (KPI 7 comes from board attendance). */
export const CHILD_KPIS: readonly Kpi[] = Object.values(Kpi).filter((k) => k !== Kpi.MANAGEMENT_BOARD_ATTENDANCE);

/** Which children a KPI figure is about. */
export enum KpiCohort {
  COMMUNITY = 'COMMUNITY',
  RELEASED_FROM_CUSTODY = 'RELEASED_FROM_CUSTODY',
  ALL_CHILDREN = 'ALL_CHILDREN',
}

/** When in the intervention a KPI observation was made. */
export enum KpiStage {
  START = 'START',
  END = 'END',
  IN_QUARTER = 'IN_QUARTER',
}

/** One line of a KPI: a numerator over a denominator. */
export enum KpiIndicator {
  SUITABLE_ACCOMMODATION = 'SUITABLE_ACCOMMODATION',
  SUITABLE_ETE = 'SUITABLE_ETE',
  SEND_ALN_IDENTIFIED = 'SEND_ALN_IDENTIFIED',
  SEND_ALN_IN_SUITABLE_ETE = 'SEND_ALN_IN_SUITABLE_ETE',
  SEND_ALN_FORMAL_PLAN = 'SEND_ALN_FORMAL_PLAN',
  SEND_ALN_COMPOSITE = 'SEND_ALN_COMPOSITE',
  NEED_IDENTIFIED = 'NEED_IDENTIFIED',
  SUPPORT_OFFERED = 'SUPPORT_OFFERED',
  ATTENDING = 'ATTENDING',
  KPI_MET = 'KPI_MET',
  STATUTORY_PARTNER_ATTENDANCE = 'STATUTORY_PARTNER_ATTENDANCE',
}

const UNREAD =
  "The YJB's full wording of KPIs 6–9 was not read by the hub's authors (shared/domain-facts.md), so the hub records only a yes/no per child as the youth justice service's case system reports it, and defines nothing further.";

registerEnumType(Kpi, {
  name: 'Kpi',
  description:
    'The ten key performance indicators of the Youth Justice Board for youth justice services (from April 2023), reported quarterly. KPIs 1–5 are measured for children in the community and on release from custody, at the start and the end of an intervention.',
  valuesConfig: {
    ACCOMMODATION: { description: 'KPI 1: suitable accommodation.' },
    ETE: {
      description:
        'KPI 2: education, training and employment (ETE): in suitable ETE, and the hours offered and attended.',
    },
    SEND_ALN: {
      description:
        'KPI 3: SEND/ALN: a child with identified SEND (England) or ALN (Wales), in suitable ETE, with a formal learning plan for the current academic year.',
    },
    MENTAL_HEALTH: {
      description:
        'KPI 4: mental health care and emotional wellbeing, as a funnel: need identified → support planned or offered → attending.',
    },
    SUBSTANCE_MISUSE: {
      description: 'KPI 5: substance misuse, as a funnel: need identified → support planned or offered → attending.',
    },
    OUT_OF_COURT_DISPOSALS: { description: `KPI 6: out-of-court disposals. ${UNREAD}` },
    MANAGEMENT_BOARD_ATTENDANCE: {
      description:
        'KPI 7: management board attendance by statutory partners. Computed from board meetings and attendance (the management board module, `Yot.boardAttendance`), not from child observations: its figure (indicator STATUTORY_PARTNER_ATTENDANCE, cohort ALL_CHILDREN, stage IN_QUARTER) counts partner seats, not children, so it is exact for every caller.',
    },
    WIDER_SERVICES: { description: `KPI 8: wider services. ${UNREAD}` },
    SERIOUS_VIOLENCE: { description: `KPI 9: serious violence. ${UNREAD}` },
    VICTIMS: {
      description:
        "KPI 10: victims (restorative justice). The hub records, per child, whether the YOT's case system counts the KPI as met; the YJB's full wording was not read.",
    },
  },
});

registerEnumType(KpiCohort, {
  name: 'KpiCohort',
  description: 'Which children a KPI observation or figure is about.',
  valuesConfig: {
    COMMUNITY: { description: 'Children on a community intervention (KPIs 1–5).' },
    RELEASED_FROM_CUSTODY: { description: 'Children released from custody (KPIs 1–5).' },
    ALL_CHILDREN: {
      description:
        'All children the KPI counts, without the community/custody split (KPIs 6, 8, 9, 10, for which the split is not known to apply); for KPI 7, which counts no children, the whole board.',
    },
  },
});

registerEnumType(KpiStage, {
  name: 'KpiStage',
  description: 'When in the intervention a KPI observation was made.',
  valuesConfig: {
    START: { description: 'At the start of the intervention (KPIs 1–5).' },
    END: { description: 'At the end of the intervention (KPIs 1–5).' },
    IN_QUARTER: { description: 'During the quarter, without start/end (KPIs 6–10).' },
  },
});

registerEnumType(KpiIndicator, {
  name: 'KpiIndicator',
  description:
    'One line of a KPI figure: a numerator over its denominator. Funnel lines (KPIs 3–5) have the children with the identified need as denominator.',
  valuesConfig: {
    SUITABLE_ACCOMMODATION: { description: 'KPI 1: in suitable accommodation / children observed.' },
    SUITABLE_ETE: {
      description: 'KPI 2: in suitable ETE / children observed; the figure also carries hours offered and attended.',
    },
    SEND_ALN_IDENTIFIED: { description: 'KPI 3: with identified SEND/ALN / children observed.' },
    SEND_ALN_IN_SUITABLE_ETE: { description: 'KPI 3: in suitable ETE / children with identified SEND/ALN.' },
    SEND_ALN_FORMAL_PLAN: {
      description:
        'KPI 3: with a formal learning plan for the current academic year (EHCP in England, IDP in Wales, or another formal plan) / children with identified SEND/ALN.',
    },
    SEND_ALN_COMPOSITE: {
      description:
        'KPI 3 composite: in suitable ETE AND with a formal learning plan / children with identified SEND/ALN.',
    },
    NEED_IDENTIFIED: { description: 'KPIs 4 and 5: need identified / children observed.' },
    SUPPORT_OFFERED: { description: 'KPIs 4 and 5: support planned or offered / children with the need identified.' },
    ATTENDING: { description: 'KPIs 4 and 5: attending the support / children with the need identified.' },
    KPI_MET: { description: 'KPIs 6, 8, 9, 10: the KPI is met (as the case system reports it) / children observed.' },
    STATUTORY_PARTNER_ATTENDANCE: {
      description:
        'KPI 7: statutory-partner attendances at management board meetings held in the quarter / statutory partners × meetings held (each meeting counts the statutory partner agencies with a member serving that day). Not child data: never perturbed or withheld.',
    },
  },
});
