import type { Detector } from '../../types';

/** Domains reserved for documentation and testing (RFC 2606, RFC 6761). */
const RESERVED_DOMAIN = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost|local)$/i;

export const emailAddress: Detector = {
  id: 'email-address',
  type: 'EMAIL_ADDRESS',
  description: 'e-mail address',
  keywords: ['@'],
  pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/gu,
  confidence: 0.9,
  maxLength: 330,
  isPlaceholder: (value) => {
    const [local, domain] = [value.slice(0, value.lastIndexOf('@')), value.slice(value.lastIndexOf('@') + 1)];
    if (RESERVED_DOMAIN.test(domain)) return true;
    // npm-style scoped package specifiers and CSS/decorator noise are not addresses.
    if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return true;
    return /^(user|name|someone|your[._-]?(name|email)|email|vorname\.nachname)$/i.test(local) && /^(domain|company|firma|email|mail)\.\w+$/i.test(domain);
  },
};
