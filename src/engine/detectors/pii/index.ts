import type { Detector } from '../../types';
import { creditCard } from './creditCard';
import { emailAddress } from './email';
import { ibanCode } from './iban';

/** Personal-data detectors (`pii.*` classes). */
export const piiDetectors: readonly Detector[] = [ibanCode, creditCard, emailAddress];
