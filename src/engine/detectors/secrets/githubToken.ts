import { isLowEntropy, looksLikePlaceholder } from '../../placeholders';
import type { Detector } from '../../types';

const notGenerated = (value: string) => looksLikePlaceholder(value) || isLowEntropy(value.slice(value.indexOf('_') + 1), 3.5);

export const githubClassicToken: Detector = {
  id: 'github-token',
  type: 'SECRET_GITHUB_TOKEN',
  description: 'GitHub token (ghp_, gho_, ghu_, ghs_, ghr_)',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  valueGroup: 1,
  confidence: 0.95,
  maxLength: 40,
  isPlaceholder: notGenerated,
};

export const githubFineGrainedToken: Detector = {
  id: 'github-fine-grained-token',
  type: 'SECRET_GITHUB_TOKEN',
  description: 'GitHub fine-grained personal access token',
  keywords: ['github_pat_'],
  pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g,
  valueGroup: 1,
  confidence: 0.97,
  maxLength: 93,
  isPlaceholder: notGenerated,
};
