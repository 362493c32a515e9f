import { isLowEntropy, looksLikePlaceholder } from '../../placeholders';
import type { Detector } from '../../types';

/** Entra ID client secrets: three characters, a digit, `Q~`, then 31–34 more. */
export const azureClientSecret: Detector = {
  id: 'azure-ad-client-secret',
  type: 'SECRET_AZURE_CLIENT_SECRET',
  description: 'Microsoft Entra (Azure AD) client secret',
  keywords: ['q~'],
  pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
  confidence: 0.9,
  maxLength: 40,
  isPlaceholder: (v) => looksLikePlaceholder(v) || isLowEntropy(v, 3.5),
};
