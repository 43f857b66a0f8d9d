/** react-query keys of the filing journey's server state. */
export const filingKeys = {
  all: ['filings'] as const,
  list: () => ['filings', 'list'] as const,
  one: (id: string) => ['filings', 'one', id] as const,
  options: (personId: string) => ['filings', 'options', personId] as const,
  persons: () => ['filings', 'persons'] as const,
  letter: (request: string) => ['filings', 'letter', request] as const,
};
