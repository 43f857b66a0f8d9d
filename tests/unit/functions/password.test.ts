import { hashPassword, verifyPassword } from '../../../functions/support/password';

describe('staff password hashing (scrypt, salted, parameters stored)', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Demo@sx-intake');
    expect(stored.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('Demo@sx-intake', stored)).toBe(true);
    expect(await verifyPassword('Demo@sx-intakf', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords hash differently', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('never matches a malformed stored hash', async () => {
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});
