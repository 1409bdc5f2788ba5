import fc from 'fast-check';
import { seal } from '../../src/graphql/sealed';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLScalarType,
  GraphQLUnionType,
  isLeafType,
} from 'graphql';

/*
 * Builds, from the schema alone, one operation per root field (every argument a variable, nested fields with
 * arguments included down to a small depth) and a fast-check arbitrary for its variables: valid-shaped values
 * most of the time (real ids, codes, cursors, dates) and hostile ones otherwise (huge and negative numbers,
 * NUL and other control characters, unicode, long text, bad ids and cursors, dates out of range).
 */

/** Values the generator draws valid-shaped input from: real ids by type, cursors the API issued, codes. */
export interface FuzzPools {
  idsByType: Record<string, string[]>;
  cursors: string[];
  yotCodes: string[];
}

/** One operation to throw values at: its text and the arbitrary for its variables. */
export interface FuzzTarget {
  name: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

interface Variable {
  name: string;
  arg: GraphQLArgument;
}

/** Object levels below the root field whose fields are selected (arguments included). */
const MAX_DEPTH = 3;
/** Input objects nested deeper than this are left out (null) where they may be. */
const MAX_INPUT_DEPTH = 4;

const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\u0007\u001b[31m',
  "' OR 1=1 --",
  '%',
  '_',
  '\\',
  '%_\\%',
  'NaN',
  'Infinity',
  '-1',
  '1e20',
  '9223372036854775808',
  '0000-01-01',
  '2026-02-30',
  '10000-01-01',
  '\ud800',
  '🙂'.repeat(50),
  '=HYPERLINK("http://evil.example")',
  'x'.repeat(5_000),
  'y'.repeat(50_010),
];

const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
);

const hostileInt = fc.constantFrom(
  0,
  -1,
  1,
  101,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 31,
  1e20,
  -1e20,
  1.5,
  Number.MAX_SAFE_INTEGER,
);

const validDate = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('1900-01-01', '2999-12-31', '2024-02-29'),
);
const HOSTILE_DATES = [
  '3000-01-01',
  '9999-12-31',
  '0000-01-01',
  '1899-12-31',
  '2026-02-30',
  '2025-13-01',
  '+010000-01-01',
  'yesterday',
];

const PERIODS = ['2024-Q1', '2024-Q4', '2025-Q2', '1900-Q1', '2099-Q4', '2024-Q5', '2024-Q0', '24-Q1'];

/**
 * A global id that names nothing or is malformed: beyond int4, negative, another scheme, garbage; unsealed (the
 * encoding before ids were sealed) and sealed with the test hub's public development key (the checks behind the seal).
 */
const hostileId = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    '!!!',
    'WW90OjE=',
    Buffer.from('Yot:-1').toString('base64url'),
    Buffer.from('Yot:0').toString('base64url'),
    Buffer.from('Nope:1').toString('base64url'),
  ),
  fc
    .constantFrom('Yot:-1', 'Yot:0000000000', 'Yot:1', 'Nope:0000000001', 'Yot:00000000001')
    .map((text) => seal('id', text)),
  fc
    .constantFrom(2 ** 31, 2 ** 31 - 1, 2 ** 53, 1e20)
    .chain((n) =>
      fc
        .constantFrom('Yot', 'Evidence', 'Child', 'Agency')
        .chain((t) => fc.constantFrom(Buffer.from(`${t}:${n}`).toString('base64url'), seal('id', `${t}:${n}`))),
    ),
  hostileString,
);

/** Builds one fuzz target per field of `root` (the Query or Mutation type). */
export function fuzzTargets(root: GraphQLObjectType, kind: 'query' | 'mutation', pools: FuzzPools): FuzzTarget[] {
  return Object.values(root.getFields()).map((field) => {
    const variables: Variable[] = [];
    const selection = fieldSelection(field, variables, 0);
    const declared = variables.map((v) => `$${v.name}: ${String(v.arg.type)}`).join(', ');
    const document = `${kind} Fuzz_${field.name}${declared ? `(${declared})` : ''} { ${selection} }`;
    // Half the requests are valid-shaped throughout, so they reach the resolvers and SQL; the other half sprinkle
    // hostile values over every field. Variables left undefined are omitted; required ones always get a value.
    const request = (hostile: boolean) =>
      fc.record(
        Object.fromEntries(variables.map((v) => [v.name, argValue(v.arg.name, v.arg.type, pools, 0, hostile)])),
      ) as fc.Arbitrary<Record<string, unknown>>;
    return { name: `${kind} ${field.name}`, document, variables: fc.oneof(request(false), request(true)) };
  });
}

/** `name(arg: $v1, …) { … }` for a field, registering its arguments as variables. */
function fieldSelection(field: GraphQLField<unknown, unknown>, variables: Variable[], depth: number): string {
  const args = field.args.map((arg) => {
    const name = `v${variables.length}_${arg.name}`;
    variables.push({ name, arg });
    return `${arg.name}: $${name}`;
  });
  const sub = subSelection(field.type, variables, depth + 1);
  return `${field.name}${args.length ? `(${args.join(', ')})` : ''}${sub}`;
}

/** The selection under an output type: every leaf field and, above MAX_DEPTH, every object field. */
function subSelection(type: GraphQLOutputType, variables: Variable[], depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (named instanceof GraphQLUnionType || named instanceof GraphQLInterfaceType) {
    const own =
      named instanceof GraphQLInterfaceType
        ? Object.values(named.getFields())
            .filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0)
            .map((f) => f.name)
        : [];
    return ` { __typename ${own.join(' ')} }`;
  }
  const fields = Object.values((named as GraphQLObjectType).getFields());
  const parts = ['__typename'];
  for (const field of fields) {
    const leaf = isLeafType(getNamedType(field.type));
    const requiredArgs = field.args.some((a) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined);
    if (leaf && !requiredArgs && field.args.length === 0) parts.push(field.name);
    else if (depth < MAX_DEPTH && (leaf || field.args.length > 0 || depth < 2))
      parts.push(fieldSelection(field, variables, depth));
  }
  return ` { ${parts.join(' ')} }`;
}

/** An arbitrary for one argument or input field, from its type and, for strings and ids, its name. */
function argValue(
  name: string,
  type: GraphQLInputType,
  pools: FuzzPools,
  depth: number,
  hostile: boolean,
): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return nonNull(name, type.ofType, pools, depth, hostile);
  if (depth >= MAX_INPUT_DEPTH) return fc.constant(undefined);
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: nonNull(name, type, pools, depth, hostile), weight: 4 },
  );
}

function nonNull(
  name: string,
  type: GraphQLInputType,
  pools: FuzzPools,
  depth: number,
  hostile: boolean,
): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLList)
    return fc.array(argValue(name, type.ofType, pools, depth + 1, hostile), { maxLength: 3 });
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((f) => [f.name, argValue(f.name, f.type, pools, depth + 1, hostile)])),
    );
  }
  if (type instanceof GraphQLEnumType) {
    const values = fc.constantFrom(...type.getValues().map((v) => v.name));
    return hostile ? fc.oneof({ arbitrary: values, weight: 9 }, { arbitrary: hostileString, weight: 1 }) : values;
  }
  return scalar(name, type as GraphQLScalarType, pools, hostile);
}

function scalar(name: string, type: GraphQLScalarType, pools: FuzzPools, sprinkle: boolean): fc.Arbitrary<unknown> {
  const valid = (arbitrary: fc.Arbitrary<unknown>) =>
    sprinkle ? fc.oneof({ arbitrary, weight: 7 }, { arbitrary: hostile(type.name), weight: 3 }) : arbitrary;
  switch (type.name) {
    case 'Int':
      // `last` is left out of valid-shaped requests: with `first` it is refused, which would hide the rest.
      if (name === 'last' && !sprinkle) return fc.constant(undefined);
      return valid(intFor(name));
    case 'Float':
      return valid(
        /fte/i.test(name)
          ? fc.double({ min: 0.01, max: 2, noNaN: true })
          : fc.double({ min: -2, max: 50, noNaN: true }),
      );
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return valid(validId(name, pools, sprinkle));
    case 'Date':
      return valid(validDate);
    case 'DateTime':
      return valid(
        fc
          .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString()),
      );
    case 'String':
      // Cursors are valid only for the connection and ordering that issued them: sprinkled requests only.
      if (/^(after|before)$/.test(name))
        return sprinkle
          ? fc.oneof(fc.constant(undefined), fc.constantFrom(...pools.cursors), hostileString)
          : fc.constant(undefined);
      return valid(validString(name, pools));
    default:
      return valid(fc.constant({}));
  }
}

/** Plausible numbers by argument name: page sizes, versions, ages, scores. */
function intFor(name: string): fc.Arbitrary<number> {
  if (name === 'first') return fc.integer({ min: 0, max: 100 });
  if (/version/i.test(name)) return fc.integer({ min: 1, max: 3 });
  if (/age/i.test(name)) return fc.integer({ min: 10, max: 18 });
  if (/score/i.test(name)) return fc.integer({ min: 0, max: 10 });
  return fc.integer({ min: -5, max: 100 });
}

function hostile(scalarName: string): fc.Arbitrary<unknown> {
  if (scalarName === 'Int' || scalarName === 'Float') return fc.oneof(hostileInt, hostileString);
  if (scalarName === 'ID') return hostileId;
  if (scalarName === 'Date') return fc.oneof(fc.constantFrom(...HOSTILE_DATES), hostileString);
  return fc.oneof({ arbitrary: hostileString, weight: 5 }, { arbitrary: hostileInt, weight: 1 });
}

/** A real id, of the type the argument's name suggests (`yotId` → Yot, `partyIds` → Agency) when there is one. */
function validId(name: string, pools: FuzzPools, anyType: boolean): fc.Arbitrary<string> {
  const all = Object.values(pools.idsByType).flat();
  const hinted = /yot/i.test(name)
    ? 'Yot'
    : /agenc|provided|part(y|ies)|recorded/i.test(name)
      ? 'Agency'
      : /child/i.test(name)
        ? 'Child'
        : /criteri/i.test(name)
          ? 'Criterion'
          : /assessment/i.test(name)
            ? 'Assessment'
            : /evidence/i.test(name)
              ? 'Evidence'
              : /partnership/i.test(name)
                ? 'Partnership'
                : undefined;
  const typed = hinted ? (pools.idsByType[hinted] ?? []) : [];
  if (!typed.length) return fc.constantFrom(...all);
  return anyType
    ? fc.oneof({ arbitrary: fc.constantFrom(...typed), weight: 4 }, { arbitrary: fc.constantFrom(...all), weight: 1 })
    : fc.constantFrom(...typed);
}

/** A plausible value for a text argument, by its name: codes, periods, cursors, refs, searches, titles. */
function validString(name: string, pools: FuzzPools): fc.Arbitrary<string> {
  if (/yotCode|^code$|codes$/i.test(name))
    return fc.constantFrom(...pools.yotCodes, 'E99999999', 'S1', 'S10', 'e09000003 ');
  if (/criterion/i.test(name)) return fc.constantFrom('S1', 'S3', 'S10', 'S11');
  if (/period/i.test(name)) return fc.constantFrom(...PERIODS);
  if (/^ref$/.test(name)) return fc.integer({ min: 1, max: 99999 }).map((n) => `FZ-${n}`);
  if (/region/i.test(name)) return fc.constantFrom('London', 'North West', 'Nowhere');
  if (/website|source|url/i.test(name)) return fc.constantFrom('https://example.org/a', 'ftp://x', 'not a url');
  if (/odsCode/i.test(name)) return fc.constantFrom('RT1', 'QYG', 'bad');
  if (/schoolUrn/i.test(name)) return fc.constantFrom('123456', '1');
  if (/ukprn/i.test(name)) return fc.constantFrom('10001234', '9');
  return fc.oneof(
    fc.constantFrom('team', 'Knowsley', 'SEND', 'Quality Lead', 'Joint protocol'),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }),
  );
}
