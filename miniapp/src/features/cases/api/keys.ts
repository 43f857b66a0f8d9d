/** react-query keys of the case-tracking journey's server state. */
export const caseKeys = {
  all: ['cases'] as const,
  list: () => ['cases', 'list'] as const,
  one: (id: string) => ['cases', 'one', id] as const,
};
