import type { EntityType } from './types';

const ELLIPSIS = '…';

/**
 * A preview that lets a person recognise which value was meant without revealing it:
 * at most a quarter of the characters, and never more than four, on each side.
 * E-mail addresses keep their domain (`max.m…@firma.de`); PEM blocks only their header.
 */
export function maskValue(type: EntityType, value: string): string {
  if (type === 'SECRET_PRIVATE_KEY') {
    const header = /^-----BEGIN [A-Z ]+-----/.exec(value);
    return header ? `${header[0]}${ELLIPSIS}` : ELLIPSIS;
  }
  if (type === 'EMAIL_ADDRESS') {
    const at = value.lastIndexOf('@');
    if (at > 0) {
      const local = value.slice(0, at);
      const shown = Math.min(5, Math.floor(local.length / 2));
      return `${local.slice(0, shown)}${ELLIPSIS}${value.slice(at)}`;
    }
  }
  const chars = [...value.replace(/\s+/g, ' ')];
  const side = Math.min(4, Math.floor(chars.length / 4));
  if (side === 0) return ELLIPSIS;
  return `${chars.slice(0, side).join('')}${ELLIPSIS}${chars.slice(-side).join('')}`;
}
