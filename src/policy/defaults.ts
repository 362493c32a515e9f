import type { EffectivePolicy } from './types';

/**
 * The built-in policy, and the one that stays in force when a policy file is broken:
 * secrets and financial data are blocked, other personal data and confidential
 * markers warn. Never weaker than this unless a valid policy says so.
 */
export const BUILTIN_POLICY: EffectivePolicy = {
  source: 'built-in',
  hash: 'builtin',
  classes: {
    secret: 'block',
    'pii.financial': 'block',
    'pii.contact': 'warn',
    'pii.identity': 'warn',
    confidential: 'warn',
  },
  types: {},
  minConfidence: 0.5,
  overrides: {
    secret: { allowed: false, reasonRequired: true },
    'pii.financial': { allowed: false, reasonRequired: true },
    'pii.contact': { allowed: true, reasonRequired: false },
    'pii.identity': { allowed: true, reasonRequired: false },
    confidential: { allowed: true, reasonRequired: false },
  },
  onTimeout: 'closed',
};
