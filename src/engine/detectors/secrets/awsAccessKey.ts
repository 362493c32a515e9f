import { looksLikePlaceholder } from '../../placeholders';
import type { Detector } from '../../types';

export const awsAccessKeyId: Detector = {
  id: 'aws-access-key-id',
  type: 'SECRET_AWS_ACCESS_KEY',
  description: 'AWS access key id',
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  pattern: /(?<![A-Za-z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/g,
  valueGroup: 1,
  confidence: 0.95,
  maxLength: 20,
  isPlaceholder: (value) => looksLikePlaceholder(value),
};
