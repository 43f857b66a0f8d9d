import {
  DecryptCommand,
  type DecryptCommandInput,
  GenerateDataKeyCommand,
  type GenerateDataKeyCommandInput,
  GenerateMacCommand,
  type GenerateMacCommandInput,
  KMSClient,
} from '@aws-sdk/client-kms';

/** The three KMS operations field encryption uses, as plain functions (so a test can stand in for KMS). */
export interface KmsOperations {
  generateDataKey(input: GenerateDataKeyCommandInput): Promise<{ plaintext: Uint8Array; ciphertext: Uint8Array }>;
  decrypt(input: DecryptCommandInput): Promise<Uint8Array>;
  generateMac(input: GenerateMacCommandInput): Promise<Uint8Array>;
}

let client: KMSClient | undefined;

/** The KMS client, created on first use (only the functions that encrypt fields import this module). */
export function kms(): KMSClient {
  client ??= new KMSClient({});
  return client;
}

/** KMS itself, through the SDK. */
export const kmsOperations: KmsOperations = {
  async generateDataKey(input) {
    const out = await kms().send(new GenerateDataKeyCommand(input));
    if (!out.Plaintext || !out.CiphertextBlob) throw new Error('KMS GenerateDataKey returned no key');
    return { plaintext: out.Plaintext, ciphertext: out.CiphertextBlob };
  },
  async decrypt(input) {
    const out = await kms().send(new DecryptCommand(input));
    if (!out.Plaintext) throw new Error('KMS Decrypt returned no plaintext');
    return out.Plaintext;
  },
  async generateMac(input) {
    const out = await kms().send(new GenerateMacCommand(input));
    if (!out.Mac) throw new Error('KMS GenerateMac returned no MAC');
    return out.Mac;
  },
};
