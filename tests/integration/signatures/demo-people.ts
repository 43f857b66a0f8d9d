// People for the signature and proxy suites, from the shared factories (tests/support/people.ts). The demo proxy
// 李晓燕 logs in with her own demo code and binds through the real route (binding again answers as the first, so
// the binding suite may run before or after). The demo retiree is never bound here — the binding suite binds her
// and expects her unbound at its start — so a signer of their own letters is a fresh person, bound through the
// data layer with the true blind index of a generated ID number (the letters must name them by it).
import { demoBoundUser, idNumberFor, newApplicant, PROFILES, type Signer } from '../../support/people';

export type { Signer } from '../../support/people';

/** The demo proxy 李晓燕, logged in with `demo-proxy` and bound with her demo name, ID number and phone. */
export function demoProxy(): Promise<Signer> {
  return demoBoundUser('proxy');
}

/** A new Shanxi retiree named 王秀兰 (born 1955, 太原), with a fresh valid ID number, bound to a new WeChat user. */
export async function freshRetiree(): Promise<Signer> {
  const idNumber = idNumberFor('140105', '19550312', 300);
  const bound = await newApplicant(PROFILES.shanxiRetiree, idNumber, { label: 'signer', index: 'TRUE' });
  return { ...bound, person: { name: '王秀兰', idNumber, phone: '13903519999' } };
}
