// Staff sign-in for the integration suites: the demo accounts (local/seed/demo.ts › demoStaff) are seeded into
// the stack's table at start-up, each with the password `Demo@<username>`.
import { StaffSessionSchema } from '@shared/api/staff';
import { call } from './api';

const tokens = new Map<string, string>();

/** Signs a demo staff member in through `POST /v1/staff/auth/login` (once per test file); the bearer token. */
export async function loginStaff(username: string): Promise<string> {
  const known = tokens.get(username);
  if (known) return known;
  const answer = await call('POST', '/v1/staff/auth/login', { body: { username, password: `Demo@${username}` } });
  if (answer.status !== 200) throw new Error(`staff login ${username}: ${answer.status} ${answer.text.slice(0, 300)}`);
  const { token } = StaffSessionSchema.parse(answer.body);
  tokens.set(username, token);
  return token;
}
