/** The hub's domain rules, each written once as a TypeScript predicate and its SQL fragment side by side. */
export * from './running.rule';
export * from './agency-exists.rule';
export * from './active-partnership.rule';
export * from './agreement-in-force.rule';
export * from './countable-evidence.rule';
export * from './award-current.rule';
export * from './staff-in-place.rule';
