import type { Detector, ValidatorResult } from '../../types';

function decodeBase64Url(part: string): string | undefined {
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/** A JWT's header is base64url JSON naming its algorithm; a signed one must not be `none`. */
function validateJwt(token: string): ValidatorResult {
  const [header, payload] = token.split('.');
  const json = decodeBase64Url(header);
  if (!json) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { alg?: unknown }).alg !== 'string') return false;
  const alg = (parsed as { alg: string }).alg;
  if (alg.toLowerCase() === 'none') return false;
  const claims = decodeBase64Url(payload) ?? '';
  // jwt.io's documented sample token ("John Doe", sub 1234567890) is an example, not a credential.
  if (/"sub"\s*:\s*"1234567890"/.test(claims) && /John Doe/.test(claims)) return false;
  return { note: `JWT header names alg ${alg.replace(/[^A-Za-z0-9-]/g, '').slice(0, 8)}` };
}

export const jsonWebToken: Detector = {
  id: 'jwt',
  type: 'SECRET_JWT',
  description: 'JSON Web Token',
  keywords: ['eyj'],
  pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{16,1000}(?![A-Za-z0-9_-])/g,
  confidence: 0.9,
  maxLength: 11000,
  check: 'JWT header',
  validate: validateJwt,
};
