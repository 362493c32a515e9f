import type { Category, EntityType } from './types';

const FIXED: Readonly<Record<string, Category>> = {
  EMAIL_ADDRESS: 'pii.contact',
  PHONE_NUMBER: 'pii.contact',
  POSTAL_ADDRESS: 'pii.contact',
  IP_ADDRESS: 'pii.contact',
  PERSON: 'pii.identity',
  DATE_OF_BIRTH: 'pii.identity',
  DE_TAX_ID: 'pii.identity',
  DE_ID_CARD: 'pii.identity',
  DE_SOCIAL_SECURITY: 'pii.identity',
  DE_HEALTH_INSURANCE: 'pii.identity',
  US_SSN: 'pii.identity',
  IBAN_CODE: 'pii.financial',
  CREDIT_CARD: 'pii.financial',
  CONFIDENTIAL_MARKER: 'confidential',
  INTERNAL_HOST: 'confidential',
};

/**
 * The policy class of an entity type. `SECRET_*` types are secrets; `CUSTOM_*` types
 * belong to the class their policy names and default to confidential.
 */
export function categoryOf(type: EntityType): Category {
  const fixed = FIXED[type];
  if (fixed) return fixed;
  if (type.startsWith('SECRET_')) return 'secret';
  return 'confidential';
}
