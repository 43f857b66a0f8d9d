// People for the signature and proxy suites. The demo proxy 李晓燕 logs in with her own demo code and binds through
// the real route (binding again answers as the first: same user, person and phone, so the binding suite may run
// before or after). The demo retiree is never bound here — the binding suite binds her and expects her unbound at
// its start — so a signer of their own letters is a fresh person, bound through the data layer with the true blind
// index of a generated ID number (the letters must name them by it).
import { randomInt } from 'node:crypto';
import { BindingResponseSchema } from '@shared/api/me';
import { idCheckCharacter } from '@shared/domain/validation/identity';
import { maskIdNumber } from '@shared/domain/validation/mask';
import { fieldCrypto } from '../../../functions/adapters/fieldCrypto';
import { bindNewPerson } from '../../../functions/data/binding';
import { ulid } from '../../../functions/lib/ids';
import { type DemoPerson, demoPersons } from '../../../local/seed/demo';
import { call, login, newUserCode } from '../../support/api';

/** A bound user who signs: token, user id, insured person id, and who they are. */
export type Signer = {
  token: string;
  userId: string;
  personId: string;
  person: Pick<DemoPerson, 'name' | 'idNumber' | 'phone'>;
};

/** The demo proxy 李晓燕, logged in with `demo-proxy` and bound with her demo name, ID number and phone. */
export async function demoProxy(): Promise<Signer> {
  const person = demoPersons.proxy;
  const session = await login('demo-proxy');
  const answer = await call('POST', '/v1/me/binding', {
    token: session.accessToken,
    body: { name: person.name, idNumber: person.idNumber, phone: person.phone },
  });
  if (answer.status !== 200) throw new Error(`binding demo-proxy failed: ${answer.status} ${answer.text}`);
  const bound = BindingResponseSchema.parse(answer.body);
  return { token: bound.accessToken, userId: session.userId, personId: bound.me.insuredPerson?.personId ?? '', person };
}

/** A new Shanxi retiree named 王秀兰 (born 1955, 太原), with a fresh valid ID number, bound to a new WeChat user. */
export async function freshRetiree(): Promise<Signer> {
  const session = await login(newUserCode('signer'));
  const first17 = `14010519550312${String(randomInt(300, 1000)).padStart(3, '0')}`;
  const idNumber = first17 + idCheckCharacter(first17);
  const now = new Date();
  const personId = ulid(now.getTime());
  const crypto = fieldCrypto();
  const sealed = await crypto.seal(`PERSON#${personId}`, { idNumber });
  const outcome = await bindNewPerson(
    {
      personId,
      name: '王秀兰',
      dataKey: sealed.dataKey,
      idNumberEnc: sealed.values.idNumber,
      idNumberMasked: maskIdNumber(idNumber),
      idNumberIndex: await crypto.blindIndex('idNumber', idNumber),
      gender: 'F',
      insuranceType: 'EMPLOYEE',
      insuredRegion: 'SHANXI',
      insuredCity: '140100',
      insuredCityName: '太原市',
      insuredStatus: 'INSURED',
      personCategory: 'RETIRED',
      registryCheckedAt: now.toISOString(),
      createdAt: now.toISOString(),
    },
    { personId, userId: session.userId, boundAt: now.toISOString() },
    undefined,
  );
  if (!outcome.ok) throw new Error(`test binding failed: ${outcome.reason}`);
  return {
    token: session.accessToken,
    userId: session.userId,
    personId,
    person: { name: '王秀兰', idNumber, phone: '13903519999' },
  };
}
