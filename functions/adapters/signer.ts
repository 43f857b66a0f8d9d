// 电子签章的数字签名 — signs a result form's SHA-256 (ECDSA P-256 with SHA-256 over the 32-byte digest): in the cloud
// with the KMS asymmetric key (`SigningKey`, the private key never leaves KMS), locally with a key derived from the
// local master key (HKDF), so a local stack needs no second key file. Verification uses the public key only.
import { createECDH, createPrivateKey, createPublicKey, hkdfSync, type KeyObject, sign, verify } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand } from '@aws-sdk/client-kms';
import { config, cryptoConfig } from '../config';
import { loadOrCreateMasterKey } from './fieldCrypto';
import { kms } from './kms';

/** A signature and what verifies it. */
export type FormSignature = { algorithm: 'ECDSA_SHA_256'; keyId: string; signature: string };

const ALGORITHM = 'ECDSA_SHA_256' as const;
const LOCAL_KEY_ID = 'local:hkdf(master,result-form-signing)';

let localKeys: Promise<{ privateKey: KeyObject; publicKey: KeyObject }> | undefined;
let cloudPublicKey: Promise<KeyObject> | undefined;

const b64url = (bytes: Buffer) => bytes.toString('base64url');

async function deriveLocalKeys(keyFile: string) {
  const master = await loadOrCreateMasterKey(keyFile);
  // A P-256 scalar from the master key; the odds of it being out of range (≥ n) are about 2^-32.
  const scalar = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'result-form-signing', 32));
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(scalar);
  const point = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33, 65)) };
  return {
    privateKey: createPrivateKey({ key: { ...jwk, d: b64url(scalar) }, format: 'jwk' }),
    publicKey: createPublicKey({ key: jwk, format: 'jwk' }),
  };
}

function local(keyFile: string) {
  localKeys ??= deriveLocalKeys(keyFile);
  return localKeys;
}

/** Signs a document digest (hex SHA-256). */
export async function signDigest(sha256Hex: string): Promise<FormSignature> {
  const digest = Buffer.from(sha256Hex, 'hex');
  const crypto = cryptoConfig();
  if (crypto.mode === 'local') {
    const { privateKey } = await local(crypto.keyFile);
    return {
      algorithm: ALGORITHM,
      keyId: LOCAL_KEY_ID,
      signature: sign('sha256', digest, privateKey).toString('base64'),
    };
  }
  const keyId = config().signingKeyId;
  const out = await kms().send(
    new SignCommand({ KeyId: keyId, Message: digest, MessageType: 'RAW', SigningAlgorithm: ALGORITHM }),
  );
  if (!out.Signature) throw new Error('KMS Sign returned no signature');
  return { algorithm: ALGORITHM, keyId: out.KeyId ?? keyId, signature: Buffer.from(out.Signature).toString('base64') };
}

async function publicKey(): Promise<KeyObject> {
  const crypto = cryptoConfig();
  if (crypto.mode === 'local') return (await local(crypto.keyFile)).publicKey;
  cloudPublicKey ??= kms()
    .send(new GetPublicKeyCommand({ KeyId: config().signingKeyId }))
    .then((out) => {
      if (!out.PublicKey) throw new Error('KMS GetPublicKey returned no key');
      return createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' });
    });
  return cloudPublicKey;
}

/** Whether `signature` is this service's signature over the digest. */
export async function verifyDigest(sha256Hex: string, signature: FormSignature): Promise<boolean> {
  if (signature.algorithm !== ALGORITHM) return false;
  try {
    return verify(
      'sha256',
      Buffer.from(sha256Hex, 'hex'),
      await publicKey(),
      Buffer.from(signature.signature, 'base64'),
    );
  } catch {
    return false;
  }
}
