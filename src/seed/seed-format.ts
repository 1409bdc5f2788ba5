/** The shape of the JSON files under `seeds/`; `checkEnum` rejects any value the domain does not know. */

export interface SourceSeed {
  key: string;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
  url: string | null;
  file: string | null;
}

export interface FrameworkSeed {
  code: string;
  version: string;
  name: string;
  description: string;
  developedBy: string[];
  supportedBy: string[];
  ratingScale: string;
  validityMonths: number;
  source: string;
  criteria: {
    code: string;
    title: string;
    wording: string;
    wordingSource: string;
    numberingSource: string;
    sourceNote: string;
    source: string;
  }[];
  expectedPartners: { agencyType: string; statutory: boolean; hostProvided: boolean; reason: string; source: string }[];
}

export interface YotSeed {
  source: string;
  yot: {
    code: string;
    name: string;
    localAuthorities: string[];
    region: string;
    nation: string;
    description: string | null;
    minAge: number | null;
    maxAge: number | null;
    website: string | null;
    /** Keys of the agencies (type LOCAL_AUTHORITY) that establish the YOT. */
    hostAuthorities: string[];
  };
  agencies: {
    key: string;
    name: string;
    type: string;
    notes: string | null;
    basis?: string;
    /** A public source other than the YOT's document, for a body the document does not name (e.g. a successor). */
    source?: string;
    ceasedOn?: string;
    /** Key of the agency that took over on `ceasedOn`. */
    successor?: string;
    ceasedSource?: string;
  }[];
  partnerships: { agency: string; statutory: boolean; notes: string | null; basis?: string }[];
  staffPlacements: {
    role: string;
    arrangement: string;
    partnership: string | null;
    notes: string | null;
    basis?: string;
  }[];
  agreements: {
    title: string;
    purpose: string;
    lawfulBasis: string[];
    dataCategories: string[];
    status: string;
    signedOn: string | null;
    reviewDue: string | null;
    parties: string[];
  }[];
  evidence: {
    key: string;
    kind: string;
    review: string;
    title: string;
    summary: string;
    agencies: string[];
    providedBy?: string | null;
    criteria: { code: string; note: string; excerpt?: string | null }[];
  }[];
  assessments: {
    key?: string;
    /** A source other than the YOT's document that reports this assessment. */
    source?: string;
    /** Key of the assessment this one redesignates. */
    baseline?: string;
    /** `YYYY-MM` (month precision) or `YYYY-MM-DD`; null when no source dates it. */
    decidedOn?: string | null;
    /** The public source of `decidedOn`. */
    dateSource?: string;
    level: string;
    kind: string;
    /** `INFERRED` when the source does not say whether this was a first award or a redesignation. */
    kindBasis?: string;
    status: string;
    commendations: string[];
    assessedBy: string | null;
    summary: string;
    ratings: {
      criteria: string[];
      band: string;
      score: number | null;
      rationale: string;
      citeLinkedAcceptedEvidence?: boolean;
    }[];
  }[];
}

/** Returns `value` typed as the enum's member, or throws naming the file and field. */
export function checkEnum<E extends Record<string, string>>(enumeration: E, value: string, where: string): E[keyof E] {
  if (!Object.values(enumeration).includes(value)) {
    throw new Error(`${where}: "${value}" is not one of ${Object.values(enumeration).join(', ')}`);
  }
  return value as E[keyof E];
}
