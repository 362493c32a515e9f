import { isDeIdDocumentNumberValid } from '../../checksums/idCard731';
import type { Detector } from '../../types';

/**
 * Personalausweis and Reisepass serial numbers with their 7-3-1 check digit. Ten
 * characters from a restricted alphabet pass the check one time in ten by chance, so
 * the detector runs only near a document word and requires one.
 */
export const deIdCard: Detector = {
  id: 'de-id-card',
  type: 'DE_ID_CARD',
  description: 'German ID card or passport number',
  keywords: ['ausweis', 'reisepass', 'passport', 'pass-nr', 'passnummer', 'id card', 'id-card', 'identity card', 'document number', 'dokumentennummer', 'seriennummer', 'perso'],
  pattern: /(?<![A-Za-z0-9])[CFGHJKLMNPRTVWXYZ0-9]{9}\d(?![A-Za-z0-9])/g,
  confidence: 0.75,
  // Reaches from a document word up to 60 characters before the number.
  maxLength: 75,
  check: 'ICAO 7-3-1 check digit',
  validate: (value) => /[0-9]/.test(value.slice(1, 9)) && isDeIdDocumentNumberValid(value),
  context: {
    words: ['ausweis', 'reisepass', 'passport', 'pass-nr', 'passnummer', 'id card', 'id-card', 'identity card', 'document number', 'dokumentennummer', 'seriennummer', 'perso'],
    window: 60,
    boost: 0.2,
    required: true,
  },
};
