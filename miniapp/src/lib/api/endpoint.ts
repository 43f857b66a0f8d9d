import type { ROUTES } from '@shared/api/routes';
import type { z } from 'zod';

type Routes = typeof ROUTES;
/** A route of the shared table (shared/api/routes.ts) by its handler name. */
export type RouteName = keyof Routes;

type BodyOf<N extends RouteName> = Routes[N] extends { body: infer B extends z.ZodType } ? B : undefined;

/** The `{name}`s of a path, as an object of strings. */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name]: string } & PathParams<Rest>
  : Record<never, never>;

/**
 * One endpoint as the app calls it: method, path, auth and schemas are the shared route table's own — checked by
 * the compiler against `typeof ROUTES`, a type-only import, so the table and the other journeys' schemas stay out
 * of the bundle and each feature pulls in only the schemas of the routes it calls.
 */
export interface Endpoint<N extends RouteName = RouteName> {
  route: N;
  method: Routes[N]['method'];
  path: Routes[N]['path'];
  /** Sends the caller's token: every route that is not `public`. */
  auth: Routes[N]['auth'] extends 'public' ? false : true;
  /** The request body's schema (the handler's own; the form layer checks it before anything is sent). */
  body: BodyOf<N>;
  /** The 2xx answer's schema. */
  response: Routes[N]['response'];
}

/** Declares the endpoint of `route`: the compiler refuses a method, path, auth or schema that differs from the table. */
export function endpoint<N extends RouteName>(route: N, definition: Omit<Endpoint<N>, 'route'>): Endpoint<N> {
  return { route, ...definition };
}
