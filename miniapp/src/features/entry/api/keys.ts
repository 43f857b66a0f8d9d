/** react-query keys of the entry journey's server state. */
export const entryKeys = {
  me: (userId: string) => ['me', userId] as const,
};
