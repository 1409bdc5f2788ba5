/**
 * Stand-in for relay-runtime's `graphql` tag: relay-compiler reads the tagged documents in this folder as a
 * Relay app would write them; nothing here runs.
 */
export function graphql(strings: TemplateStringsArray): string {
  return strings.join('');
}
