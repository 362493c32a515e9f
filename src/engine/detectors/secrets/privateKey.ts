import type { Detector } from '../../types';

/** The body must look like real key material: long base64 lines, not `...` or a template. */
function hasKeyMaterial(block: string): boolean {
  const body = block
    .split(/\r?\n|\r/)
    .filter((line) => !line.startsWith('-----') && !/^[A-Za-z-]+: /.test(line))
    .join('')
    .replace(/\s/g, '');
  return body.length >= 40 && /^[A-Za-z0-9+/=]+$/.test(body) && !/(.)\1{15,}/.test(body);
}

export const pemPrivateKey: Detector = {
  id: 'private-key',
  type: 'SECRET_PRIVATE_KEY',
  description: 'PEM/OpenSSH private key block',
  keywords: ['-----begin'],
  pattern: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----[\s\S]{1,16384}?-----END \1-----/g,
  confidence: 0.99,
  maxLength: 16500,
  multiline: true,
  check: 'key material',
  validate: hasKeyMaterial,
};
