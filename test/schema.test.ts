import { readFileSync } from 'node:fs';
import { GraphQLEnumType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hubSchema, printHubSchema, SCHEMA_FILE } from '../src/graphql/schema';

describe('the committed schema', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(printHubSchema(await hubSchema())).toBe(committed);
  });

  it('describes every type, field, argument and enum value for analysts reading it in GraphiQL', async () => {
    const schema = await hubSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('follows the contract names of DESIGN.md', async () => {
    const schema = await hubSchema();
    for (const name of [
      'Yot',
      'Agency',
      'Partnership',
      'StaffPlacement',
      'InformationSharingAgreement',
      'Framework',
      'Criterion',
      'Evidence',
      'EvidenceLink',
      'Assessment',
      'CriterionRating',
      'Child',
      'ChildOutcome',
    ]) {
      const type = schema.getType(name);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toEqual(['Node']);
    }
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values('StaffRole')).toEqual(
      expect.arrayContaining([
        'SOCIAL_WORKER',
        'YOUTH_JUSTICE_OFFICER',
        'POLICE_OFFICER',
        'PROBATION_OFFICER',
        'FORENSIC_PSYCHOLOGIST',
        'SPEECH_AND_LANGUAGE_THERAPIST',
        'EDUCATIONAL_PSYCHOLOGIST',
        'YOUTH_WORKER',
        'RESTORATIVE_JUSTICE_WORKER',
        'HEALTH_WORKER',
        'EDUCATION_OFFICER',
        'CAMHS_PRACTITIONER',
        'OTHER',
      ]),
    );
    expect(values('EvidenceKind')).toEqual(
      expect.arrayContaining([
        'PROTOCOL',
        'INFORMATION_SHARING_AGREEMENT',
        'BOARD_MINUTES',
        'PANEL_MINUTES',
        'TRAINING_RECORD',
        'SCREENING_TOOL',
        'CASE_STUDY',
        'CHILD_AND_FAMILY_VOICE',
        'OUTCOME_DATA',
        'PLAN',
        'SELF_ASSESSMENT',
        'INSPECTION_REPORT',
        'PRESS_RELEASE',
        'OTHER',
      ]),
    );
    expect(values('OutcomeMeasure')).toEqual([
      'SUITABLE_ACCOMMODATION',
      'SUITABLE_ETE',
      'FORMAL_SEND_PLAN',
      'SEND_SCREENED',
      'MENTAL_HEALTH_SUPPORT_OFFERED',
      'MENTAL_HEALTH_SUPPORT_ATTENDED',
      'SUBSTANCE_MISUSE_SUPPORT_OFFERED',
      'SUBSTANCE_MISUSE_SUPPORT_ATTENDED',
      'FIRST_TIME_ENTRANT',
      'REOFFENDED',
      'CUSTODY',
    ]);
    expect(values('RatingBand')).toEqual([
      'NOT_EVIDENCED',
      'EMERGING',
      'ESTABLISHED',
      'WIDESPREAD_EFFECTIVE_PRACTICE',
      'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
    ]);
    // Extended for Wales (ALN: an IDP maintained by a school or by the local authority), never renamed.
    expect(values('SendStatus')).toEqual([
      'NONE',
      'SEN_SUPPORT',
      'EHC_ASSESSMENT',
      'EHCP',
      'IDP',
      'IDP_SCHOOL',
      'IDP_LOCAL_AUTHORITY',
      'UNKNOWN',
    ]);
  });
});
