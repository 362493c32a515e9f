import { isDeSocialSecurityValid } from '../../checksums/deSocialSecurity';
import type { Detector } from '../../types';

/** Rentenversicherungsnummer, compact or grouped "15 070649 C 103". The embedded date, letter and check make it distinctive enough to run everywhere. */
export const deSocialSecurity: Detector = {
  id: 'de-social-security',
  type: 'DE_SOCIAL_SECURITY',
  description: 'German pension insurance number',
  keywords: [],
  digitRun: true,
  pattern: /(?<![\w-])\d{2} ?\d{6} ?[A-Z] ?\d{3}(?![\w-])/g,
  confidence: 0.8,
  maxLength: 15,
  check: 'area, date and weighted check digit',
  validate: (value) => isDeSocialSecurityValid(value.replace(/ /g, '')),
  context: {
    words: ['rentenversicherung', 'versicherungsnummer', 'versicherungsnr', 'sozialversicherung', 'rv-nummer', 'sv-nummer', 'rv-nr', 'sv-nr', 'rvnr', 'svnr', 'social security'],
    window: 60,
    boost: 0.15,
  },
};
