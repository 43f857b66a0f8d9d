import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FieldCrypto,
  FieldDecryptionError,
  kmsKeySource,
  localKeySource,
} from '../../../functions/adapters/fieldCrypto';
import type { KmsOperations } from '../../../functions/adapters/kms';

const ID_NUMBER = '140105195503120241';
const PHONE = '13903510001';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'field-crypto-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const localCrypto = (file = join(dir, 'master.key')) => new FieldCrypto(localKeySource(file));

/** Flips one character of the base64url part `index` of a dotted value. */
function tamper(value: string, index: number): string {
  const parts = value.split('.');
  const part = parts[index] ?? '';
  const flipped = part[2] === 'A' ? 'B' : 'A';
  parts[index] = `${part.slice(0, 2)}${flipped}${part.slice(3)}`;
  return parts.join('.');
}

describe('field encryption (local master key) — SPEC §6 envelope encryption', () => {
  it('round-trips every field of a container and never stores the clear value', async () => {
    const crypto = localCrypto();

    const sealed = await crypto.seal('PERSON#01', { idNumber: ID_NUMBER, phone: PHONE });
    const opened = await crypto.open('PERSON#01', sealed);

    expect(opened).toEqual({ idNumber: ID_NUMBER, phone: PHONE });
    const stored = JSON.stringify(sealed);
    expect(stored).not.toContain(ID_NUMBER);
    expect(stored).not.toContain(PHONE);
    expect(stored).not.toContain(Buffer.from(ID_NUMBER).toString('base64url'));
  });

  it('gives a different ciphertext each time, even for the same value', async () => {
    const crypto = localCrypto();

    const a = await crypto.seal('PERSON#01', { idNumber: ID_NUMBER });
    const b = await crypto.seal('PERSON#01', { idNumber: ID_NUMBER });

    expect(a.values.idNumber).not.toBe(b.values.idNumber);
    expect(a.dataKey).not.toBe(b.dataKey);
  });

  it('adds a field later under the container’s existing data key', async () => {
    const crypto = localCrypto();
    const sealed = await crypto.seal('USER#01', { idNumber: ID_NUMBER });

    const more = await crypto.sealMore('USER#01', sealed.dataKey, { phone: PHONE });

    expect(await crypto.open('USER#01', { dataKey: sealed.dataKey, values: more })).toEqual({ phone: PHONE });
  });

  it('creates the 32-byte master key file on first use, readable by its owner only', async () => {
    const file = join(dir, 'nested', 'master.key');

    await localCrypto(file).seal('PERSON#01', { idNumber: ID_NUMBER });

    expect(readFileSync(file)).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('agrees on one master key when several instances create it at once', async () => {
    const file = join(dir, 'master.key');
    const instances = Array.from({ length: 5 }, () => localCrypto(file));

    const sealed = await Promise.all(instances.map((c) => c.seal('PERSON#01', { idNumber: ID_NUMBER })));

    for (const s of sealed)
      await expect(localCrypto(file).open('PERSON#01', s)).resolves.toEqual({ idNumber: ID_NUMBER });
  });
});

describe('field encryption — tampering is detected', () => {
  it('refuses an altered ciphertext', async () => {
    const crypto = localCrypto();
    const sealed = await crypto.seal('PERSON#01', { idNumber: ID_NUMBER });

    const altered = { ...sealed, values: { idNumber: tamper(sealed.values.idNumber, 2) } };

    await expect(crypto.open('PERSON#01', altered)).rejects.toThrow(FieldDecryptionError);
  });

  it('refuses an altered authentication tag', async () => {
    const crypto = localCrypto();
    const sealed = await crypto.seal('PERSON#01', { idNumber: ID_NUMBER });

    const altered = { ...sealed, values: { idNumber: tamper(sealed.values.idNumber, 3) } };

    await expect(crypto.open('PERSON#01', altered)).rejects.toThrow(FieldDecryptionError);
  });

  it('refuses a ciphertext moved to another field of the same container', async () => {
    const crypto = localCrypto();
    const sealed = await crypto.seal('PERSON#01', { idNumber: ID_NUMBER, phone: PHONE });

    const swapped = { ...sealed, values: { idNumber: sealed.values.phone, phone: sealed.values.idNumber } };

    await expect(crypto.open('PERSON#01', swapped)).rejects.toThrow(FieldDecryptionError);
  });

  it('refuses a container’s fields copied into another container', async () => {
    const crypto = localCrypto();
    const sealed = await crypto.seal('PERSON#01', { idNumber: ID_NUMBER });

    await expect(localCrypto().open('PERSON#02', sealed)).rejects.toThrow(FieldDecryptionError);
  });

  it('refuses an altered wrapped data key', async () => {
    const crypto = localCrypto();
    const sealed = await crypto.seal('PERSON#01', { idNumber: ID_NUMBER });

    await expect(localCrypto().open('PERSON#01', { ...sealed, dataKey: tamper(sealed.dataKey, 3) })).rejects.toThrow(
      FieldDecryptionError,
    );
  });

  it('says so when the data was sealed under another master key file', async () => {
    const sealed = await localCrypto(join(dir, 'one.key')).seal('PERSON#01', { idNumber: ID_NUMBER });

    await expect(localCrypto(join(dir, 'two.key')).open('PERSON#01', sealed)).rejects.toThrow(
      /another local master key/,
    );
  });
});

describe('blind index — find by ID number without storing it', () => {
  it('is the same for the same value and key, and reveals nothing of the value', async () => {
    const crypto = localCrypto();

    const a = await crypto.blindIndex('idNumber', ID_NUMBER);
    const b = await localCrypto().blindIndex('idNumber', ID_NUMBER);

    expect(a).toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toContain(ID_NUMBER.slice(0, 6));
  });

  it('differs by purpose, by value and by key', async () => {
    const crypto = localCrypto();
    const base = await crypto.blindIndex('idNumber', ID_NUMBER);

    expect(await crypto.blindIndex('phone', ID_NUMBER)).not.toBe(base);
    expect(await crypto.blindIndex('idNumber', '14010519820719168X')).not.toBe(base);
    expect(await localCrypto(join(dir, 'other.key')).blindIndex('idNumber', ID_NUMBER)).not.toBe(base);
  });
});

/**
 * KMS has no local emulator, so this stands in for its three calls with AES-GCM under a key of its own — enough to
 * check what we ask KMS for (key id, encryption context) and how often (the data-key and index-key caches).
 */
function fakeKms() {
  const root = randomBytes(32);
  const calls = { generateDataKey: 0, decrypt: 0, generateMac: 0, keyIds: new Set<string>() };
  const context = (c: Record<string, string> | undefined) => JSON.stringify(c ?? {});
  const operations: KmsOperations = {
    async generateDataKey(input) {
      calls.generateDataKey += 1;
      calls.keyIds.add(String(input.KeyId));
      const plaintext = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', root, iv).setAAD(Buffer.from(context(input.EncryptionContext)));
      const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return { plaintext, ciphertext: Buffer.concat([iv, body, cipher.getAuthTag()]) };
    },
    async decrypt(input) {
      calls.decrypt += 1;
      calls.keyIds.add(String(input.KeyId));
      const blob = Buffer.from(input.CiphertextBlob ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', root, blob.subarray(0, 12));
      decipher.setAAD(Buffer.from(context(input.EncryptionContext)));
      decipher.setAuthTag(blob.subarray(blob.length - 16));
      return Buffer.concat([decipher.update(blob.subarray(12, blob.length - 16)), decipher.final()]);
    },
    async generateMac(input) {
      calls.generateMac += 1;
      calls.keyIds.add(String(input.KeyId));
      return randomBytes(32);
    },
  };
  return { operations, calls };
}

describe('field encryption (KMS) — data keys from GenerateDataKey, unwrapped by Decrypt', () => {
  const keys = { fieldKeyId: 'alias/field', blindIndexKeyId: 'alias/blind-index' };

  it('round-trips through KMS, binding each data key to its container', async () => {
    const kms = fakeKms();
    const sealed = await new FieldCrypto(kmsKeySource(kms.operations, keys)).seal('PERSON#01', { idNumber: ID_NUMBER });

    const reader = new FieldCrypto(kmsKeySource(kms.operations, keys));

    await expect(reader.open('PERSON#01', sealed)).resolves.toEqual({ idNumber: ID_NUMBER });
    await expect(reader.open('PERSON#02', sealed)).rejects.toThrow();
    expect([...kms.calls.keyIds].sort()).toEqual(['alias/field']);
  });

  it('calls Decrypt once per data key while it is cached, and again after the cache time', async () => {
    const kms = fakeKms();
    let now = 0;
    const sealed = await new FieldCrypto(kmsKeySource(kms.operations, keys)).seal('PERSON#01', { idNumber: ID_NUMBER });
    const reader = new FieldCrypto(kmsKeySource(kms.operations, keys), { cacheTtlMs: 1000, now: () => now });

    await reader.open('PERSON#01', sealed);
    await reader.open('PERSON#01', sealed);
    expect(kms.calls.decrypt).toBe(1);

    now = 1001;
    await reader.open('PERSON#01', sealed);
    expect(kms.calls.decrypt).toBe(2);
  });

  it('derives the blind-index key with one GenerateMac on the HMAC key', async () => {
    const kms = fakeKms();
    const crypto = new FieldCrypto(kmsKeySource(kms.operations, keys));

    const a = await crypto.blindIndex('idNumber', ID_NUMBER);
    const b = await crypto.blindIndex('idNumber', ID_NUMBER);

    expect(a).toBe(b);
    expect(kms.calls.generateMac).toBe(1);
    expect(kms.calls.keyIds).toEqual(new Set(['alias/blind-index']));
  });

  it('refuses a locally wrapped key in KMS mode', async () => {
    const sealed = await localCrypto().seal('PERSON#01', { idNumber: ID_NUMBER });

    await expect(new FieldCrypto(kmsKeySource(fakeKms().operations, keys)).open('PERSON#01', sealed)).rejects.toThrow(
      /not a KMS-wrapped key/,
    );
  });
});
