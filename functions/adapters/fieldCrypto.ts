// Field-level envelope encryption of sensitive personal information (PIPL; SPEC §6): ID numbers, bank cards, phones.
// Each container (one item: a person, a user, a claim's bank account) gets its own AES-256-GCM data key; the data
// key is stored wrapped beside the ciphertexts — by KMS in the cloud, by a local master key file in local mode —
// and every ciphertext is bound to its container and field name (GCM additional data), so a value copied into
// another item or field does not decrypt. A keyed blind index (HMAC-SHA256) finds a record by ID number without
// storing the number in clear.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { cryptoConfig } from '../config';
import { type KmsOperations, kmsOperations } from './kms';

/** Where data keys are wrapped and the blind-index key comes from. */
export interface KeySource {
  /** A fresh 32-byte data key and its wrapped (storable) form, bound to `context`. */
  generateDataKey(context: string): Promise<{ plaintext: Buffer; wrapped: string }>;
  /** The data key inside `wrapped`; fails when `wrapped` or `context` was altered. */
  unwrapDataKey(wrapped: string, context: string): Promise<Buffer>;
  /** The 32-byte key of the blind index, the same for every call. */
  indexKey(): Promise<Buffer>;
}

/** A container's sensitive fields, encrypted: the wrapped data key and one ciphertext per field. */
export type SealedFields<K extends string> = { dataKey: string; values: Record<K, string> };

/** What a blind index is computed for; each purpose gives unrelated index values for the same input. */
export type BlindIndexPurpose = 'idNumber' | 'phone' | 'bankCard';

/** Thrown when a ciphertext or wrapped key fails to decrypt: altered, moved, or under another key. */
export class FieldDecryptionError extends Error {
  override readonly name = 'FieldDecryptionError';
}

const FIELD_PREFIX = 'f1';
const LOCAL_WRAP_PREFIX = 'l1';
const KMS_WRAP_PREFIX = 'k1';
// Fixed label: the blind-index key is derived from the root key by one MAC over it, never stored.
const INDEX_KEY_LABEL = 'yidi-jiuyi blind index v1';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const unb64 = (text: string) => Buffer.from(text, 'base64url');

function gcmSeal(key: Buffer, plaintext: Buffer, aad: string): string[] {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [b64(iv), b64(ciphertext), b64(cipher.getAuthTag())];
}

function gcmOpen(key: Buffer, parts: readonly string[], aad: string): Buffer {
  const [iv, ciphertext, tag] = parts;
  if (!iv || ciphertext === undefined || !tag) throw new FieldDecryptionError('malformed ciphertext');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, unb64(iv));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(unb64(tag));
    return Buffer.concat([decipher.update(unb64(ciphertext)), decipher.final()]);
  } catch (error) {
    throw new FieldDecryptionError('ciphertext does not authenticate', { cause: error });
  }
}

const fieldAad = (container: string, field: string) => `field|${container}|${field}`;
const wrapAad = (context: string) => `data-key|${context}`;

/** Reads the local master key, creating it on first use; concurrent first uses agree on one key (link is atomic). */
export async function loadOrCreateMasterKey(file: string): Promise<Buffer> {
  try {
    return checkMasterKey(file, await readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, randomBytes(32), { mode: 0o600 });
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary);
  }
  return checkMasterKey(file, await readFile(file));
}

function checkMasterKey(file: string, key: Buffer): Buffer {
  if (key.length !== 32) throw new Error(`local field key ${file} must hold 32 bytes, has ${key.length}`);
  return key;
}

/** Local mode: a 32-byte master key file (created on first use) wraps the data keys and derives the index key. */
export function localKeySource(keyFile: string): KeySource {
  let master: Promise<Buffer> | undefined;
  const masterKey = () => {
    master ??= loadOrCreateMasterKey(keyFile).catch((error: unknown) => {
      master = undefined;
      throw error;
    });
    return master;
  };
  // A short fingerprint of the master key in every wrapped key: data from another key file fails with a clear error.
  const fingerprint = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);
  return {
    async generateDataKey(context) {
      const key = await masterKey();
      const plaintext = randomBytes(32);
      const wrapped = [LOCAL_WRAP_PREFIX, fingerprint(key), ...gcmSeal(key, plaintext, wrapAad(context))].join('.');
      return { plaintext, wrapped };
    },
    async unwrapDataKey(wrapped, context) {
      const key = await masterKey();
      const [prefix, print, ...parts] = wrapped.split('.');
      if (prefix !== LOCAL_WRAP_PREFIX) throw new FieldDecryptionError(`not a locally wrapped key (${prefix})`);
      if (print !== fingerprint(key)) throw new FieldDecryptionError('wrapped under another local master key');
      return gcmOpen(key, parts, wrapAad(context));
    },
    async indexKey() {
      return createHmac('sha256', await masterKey())
        .update(INDEX_KEY_LABEL)
        .digest();
    },
  };
}

/**
 * Cloud mode: KMS `GenerateDataKey` on the field key wraps each data key (the container is the encryption context,
 * so a wrapped key only unwraps for its own container); the blind-index key is one `GenerateMac` of a fixed label
 * on the HMAC key, kept in memory for the life of the function instance.
 */
export function kmsKeySource(kms: KmsOperations, keys: { fieldKeyId: string; blindIndexKeyId: string }): KeySource {
  let indexKey: Promise<Buffer> | undefined;
  const encryptionContext = (context: string) => ({ purpose: 'field', container: context });
  return {
    async generateDataKey(context) {
      const out = await kms.generateDataKey({
        KeyId: keys.fieldKeyId,
        KeySpec: 'AES_256',
        EncryptionContext: encryptionContext(context),
      });
      return { plaintext: Buffer.from(out.plaintext), wrapped: `${KMS_WRAP_PREFIX}.${b64(out.ciphertext)}` };
    },
    async unwrapDataKey(wrapped, context) {
      const [prefix, blob] = wrapped.split('.');
      if (prefix !== KMS_WRAP_PREFIX || !blob) throw new FieldDecryptionError(`not a KMS-wrapped key (${prefix})`);
      // KeyId given so a ciphertext of another key is refused instead of being decrypted with it.
      const plaintext = await kms.decrypt({
        KeyId: keys.fieldKeyId,
        CiphertextBlob: unb64(blob),
        EncryptionContext: encryptionContext(context),
      });
      return Buffer.from(plaintext);
    },
    indexKey() {
      indexKey ??= kms
        .generateMac({
          KeyId: keys.blindIndexKeyId,
          MacAlgorithm: 'HMAC_SHA_256',
          Message: Buffer.from(INDEX_KEY_LABEL),
        })
        .then((mac) => Buffer.from(mac))
        .catch((error: unknown) => {
          indexKey = undefined;
          throw error;
        });
      return indexKey;
    },
  };
}

type CacheEntry = { key: Buffer; expiresAt: number };

/** Envelope encryption of a container's fields, with unwrapped data keys cached briefly (fewer KMS Decrypt calls). */
export class FieldCrypto {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly cacheTtlMs: number;
  private readonly cacheSize: number;
  private readonly now: () => number;

  constructor(
    private readonly source: KeySource,
    options: { cacheTtlMs?: number; cacheSize?: number; now?: () => number } = {},
  ) {
    this.cacheTtlMs = options.cacheTtlMs ?? 5 * 60_000;
    this.cacheSize = options.cacheSize ?? 500;
    this.now = options.now ?? Date.now;
  }

  /** Encrypts `values` under a fresh data key for `container` (e.g. `PERSON#01J…`). */
  async seal<K extends string>(container: string, values: Record<K, string>): Promise<SealedFields<K>> {
    const { plaintext, wrapped } = await this.source.generateDataKey(container);
    this.remember(wrapped, container, plaintext);
    return { dataKey: wrapped, values: this.encryptWith(plaintext, container, values) };
  }

  /** Encrypts more fields of a container under its existing data key (a field added to an item later). */
  async sealMore<K extends string>(
    container: string,
    dataKey: string,
    values: Record<K, string>,
  ): Promise<Record<K, string>> {
    return this.encryptWith(await this.dataKey(dataKey, container), container, values);
  }

  /** Decrypts the fields of a container; throws FieldDecryptionError when anything was altered or moved. */
  async open<K extends string>(container: string, sealed: SealedFields<K>): Promise<Record<K, string>> {
    const key = await this.dataKey(sealed.dataKey, container);
    const out = {} as Record<K, string>;
    for (const field of Object.keys(sealed.values) as K[]) {
      const [prefix, ...parts] = sealed.values[field].split('.');
      if (prefix !== FIELD_PREFIX) throw new FieldDecryptionError(`field ${field}: unknown format ${prefix}`);
      out[field] = gcmOpen(key, parts, fieldAad(container, field)).toString('utf8');
    }
    return out;
  }

  /** The keyed blind index of a (normalised) value: equal inputs give equal indexes; nothing reveals the input. */
  async blindIndex(purpose: BlindIndexPurpose, value: string): Promise<string> {
    const key = await this.source.indexKey();
    return createHmac('sha256', key).update(`${purpose}\u0000${value}`, 'utf8').digest('base64url');
  }

  private encryptWith<K extends string>(key: Buffer, container: string, values: Record<K, string>): Record<K, string> {
    const out = {} as Record<K, string>;
    for (const field of Object.keys(values) as K[]) {
      const sealed = gcmSeal(key, Buffer.from(values[field], 'utf8'), fieldAad(container, field));
      out[field] = [FIELD_PREFIX, ...sealed].join('.');
    }
    return out;
  }

  private async dataKey(wrapped: string, container: string): Promise<Buffer> {
    const id = `${container}\u0000${wrapped}`;
    const hit = this.cache.get(id);
    if (hit && hit.expiresAt > this.now()) return hit.key;
    const key = await this.source.unwrapDataKey(wrapped, container);
    this.remember(wrapped, container, key);
    return key;
  }

  private remember(wrapped: string, container: string, key: Buffer): void {
    const id = `${container}\u0000${wrapped}`;
    this.cache.delete(id);
    this.cache.set(id, { key, expiresAt: this.now() + this.cacheTtlMs });
    // Map keeps insertion order: the first entry is the least recently stored.
    while (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }
}

let instance: FieldCrypto | undefined;

/** The function's field crypto: a local master key file in local mode, KMS otherwise. */
export function fieldCrypto(): FieldCrypto {
  if (instance) return instance;
  const settings = cryptoConfig();
  instance = new FieldCrypto(
    settings.mode === 'local' ? localKeySource(settings.keyFile) : kmsKeySource(kmsOperations, settings),
  );
  return instance;
}
