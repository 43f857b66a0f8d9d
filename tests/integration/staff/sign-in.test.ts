// Issue 5 deliverable 1 — staff accounts: sign-in with scrypt passwords, lockout after five failures, tokens that
// are not applicants' tokens, sign-out ending every token issued before it. Lockout and sign-out use accounts of
// their own (written through the data layer), so the demo accounts other suites sign in with stay usable.
import { randomBytes } from 'node:crypto';
import { StaffProfileSchema, StaffSessionSchema } from '@shared/api/staff';
import { putStaffIfAbsent } from '../../../functions/data/staff';
import { hashPassword } from '../../../functions/support/password';
import { call, errorOf, login, newUserCode } from '../../support/api';
import { loginStaff } from '../../support/staff';
import { useStackEnvironment } from '../claims/people';

jest.setTimeout(60_000);

/** A fresh Shanxi intake account with the demo password rule (`Demo@<username>`). */
async function freshAccount(): Promise<string> {
  const username = `t-${randomBytes(5).toString('hex')}`;
  await putStaffIfAbsent({
    username,
    displayName: '测试员',
    roles: ['intake'],
    agencyRegion: 'SHANXI',
    agencyName: '山西省医疗保障事业管理中心',
    passwordHash: await hashPassword(`Demo@${username}`),
    createdAt: new Date().toISOString(),
  });
  return username;
}

function signIn(username: string, password: string) {
  return call('POST', '/v1/staff/auth/login', { body: { username, password } });
}

beforeAll(() => useStackEnvironment());

describe('staff sign-in (经办人员登录)', () => {
  it('signs a demo member in: a token and the profile with roles and agency', async () => {
    const answer = await signIn('sx-reviewer-a', 'Demo@sx-reviewer-a');

    expect(answer.status).toBe(200);
    const session = StaffSessionSchema.parse(answer.body);
    expect(session.staff).toEqual({
      username: 'sx-reviewer-a',
      displayName: '李伟',
      roles: ['reviewer', 'second_reviewer'],
      agencyRegion: 'SHANXI',
      agencyName: expect.any(String),
    });
    const me = await call('GET', '/v1/staff/me', { token: session.token });
    expect(StaffProfileSchema.parse(me.body)).toEqual(session.staff);
  });

  it('answers a wrong password and an unknown username alike (401, same message)', async () => {
    const wrong = await signIn('sx-finance', 'Demo@wrong');
    const unknown = await signIn('nobody-here', 'Demo@nobody-here');

    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(errorOf(wrong)).toEqual({ code: 'STAFF_LOGIN_FAILED', message: '用户名或密码错误' });
    expect(errorOf(unknown)).toEqual(errorOf(wrong));
  });

  it('refuses an empty username with a Chinese message for the field', async () => {
    const answer = await signIn('', 'x');

    expect(answer.status).toBe(400);
    expect(errorOf(answer).fields?.username).toBe('请输入用户名');
  });

  it('locks the account after five wrong passwords; while locked even the right password is refused (423)', async () => {
    const username = await freshAccount();

    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await signIn(username, 'wrong'));
    const right = await signIn(username, `Demo@${username}`);

    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 423]);
    expect(right.status).toBe(423);
    expect(errorOf(right).code).toBe('STAFF_ACCOUNT_LOCKED');
    expect(errorOf(right).message).toContain('15分钟后再试');
  });

  it('counts concurrent wrong guesses exactly: five at once lock the account once', async () => {
    const username = await freshAccount();

    const answers = await Promise.all(Array.from({ length: 5 }, () => signIn(username, 'wrong')));
    const right = await signIn(username, `Demo@${username}`);

    expect(answers.filter((a) => a.status === 423)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(4);
    expect(right.status).toBe(423);
  });
});

describe('staff tokens are not applicant tokens', () => {
  it('refuses an applicant token on a staff route and a staff token on an applicant route (401)', async () => {
    const applicant = await login(newUserCode('staff-probe'));
    const staffToken = await loginStaff('sx-intake');

    const onStaff = await call('GET', '/v1/staff/me', { token: applicant.accessToken });
    const onApplicant = await call('GET', '/v1/me', { token: staffToken });
    const none = await call('GET', '/v1/staff/queues/ACCEPTANCE');

    expect(onStaff.status).toBe(401);
    expect(onApplicant.status).toBe(401);
    expect(none.status).toBe(401);
  });
});

describe('staff sign-out (退出登录)', () => {
  it('ends every token issued before it; a new sign-in works', async () => {
    const username = await freshAccount();
    const first = StaffSessionSchema.parse((await signIn(username, `Demo@${username}`)).body).token;
    const second = StaffSessionSchema.parse((await signIn(username, `Demo@${username}`)).body).token;

    const out = await call('POST', '/v1/staff/auth/logout', { token: first, body: {} });
    const afterFirst = await call('GET', '/v1/staff/me', { token: first });
    const afterSecond = await call('GET', '/v1/staff/me', { token: second });
    // Token times are whole seconds: a sign-in in the second of the sign-out would still count as before it.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const again = StaffSessionSchema.parse((await signIn(username, `Demo@${username}`)).body).token;

    expect(out.status).toBe(200);
    expect(afterFirst.status).toBe(401);
    expect(afterSecond.status).toBe(401);
    expect((await call('GET', '/v1/staff/me', { token: again })).status).toBe(200);
  });
});
