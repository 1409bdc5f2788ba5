import { DocumentNode, FragmentDefinitionNode, Kind, SelectionSetNode } from 'graphql';

/** What an operation asks for once every fragment spread is expanded in place. */
export interface DocumentShape {
  /** Deepest nesting of data fields (introspection not counted: its depth follows the schema, not data). */
  depth: number;
  /** Fields selected, each fragment counted as often as it is spread (aliases and `__typename` included). */
  fields: number;
  /** Aliased fields, counted the same way. */
  aliases: number;
}

const EMPTY: DocumentShape = { depth: 0, fields: 0, aliases: 0 };

/**
 * The largest shape among the document's operations, in one pass over the document: each fragment is measured
 * once and its measure reused wherever it is spread, so 21 fragments each spreading the next twice cost 21
 * steps, not 2²¹. The counts themselves may be astronomically large (they are what the document would expand
 * to); they are plain numbers, so they only ever compare as "too many". A fragment cycle (invalid, refused by
 * validation) counts as empty rather than looping.
 */
export function documentShape(document: DocumentNode): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, DocumentShape | 'measuring'>();

  const fragment = (name: string): DocumentShape => {
    const known = measured.get(name);
    if (known === 'measuring') return EMPTY; // a cycle
    if (known) return known;
    measured.set(name, 'measuring');
    const definition = fragments.get(name);
    const shape = definition ? selections(definition.selectionSet) : EMPTY;
    measured.set(name, shape);
    return shape;
  };

  const selections = (set: SelectionSetNode): DocumentShape => {
    let depth = 0;
    let fields = 0;
    let aliases = 0;
    for (const selection of set.selections) {
      let inner: DocumentShape;
      if (selection.kind === Kind.FIELD) {
        inner = selection.selectionSet ? selections(selection.selectionSet) : EMPTY;
        fields += 1;
        if (selection.alias) aliases += 1;
        if (!selection.name.value.startsWith('__') && selection.selectionSet) depth = Math.max(depth, 1 + inner.depth);
      } else {
        inner =
          selection.kind === Kind.INLINE_FRAGMENT ? selections(selection.selectionSet) : fragment(selection.name.value);
        depth = Math.max(depth, inner.depth);
      }
      fields += inner.fields;
      aliases += inner.aliases;
    }
    return { depth, fields, aliases };
  };

  let largest = EMPTY;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const shape = selections(d.selectionSet);
    largest = {
      // Levels of fields with selections: `{ yots { nodes { code } } }` nests 2 deep.
      depth: Math.max(largest.depth, shape.depth),
      fields: Math.max(largest.fields, shape.fields),
      aliases: Math.max(largest.aliases, shape.aliases),
    };
  }
  return largest;
}
