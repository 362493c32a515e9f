import type { Detector } from '../../types';
import { creditCard } from './creditCard';
import { dateOfBirth, dateOfBirthColumn, dateOfBirthReply } from './dateOfBirth';
import { deHealthInsurance } from './deHealthInsurance';
import { deIdCard } from './deIdCard';
import { deSocialSecurity } from './deSocialSecurity';
import { deTaxId } from './deTaxId';
import { emailAddress } from './email';
import { ibanCode } from './iban';
import { ipv4Address, ipv6Address } from './ipAddress';
import { personInContext, personName } from './person';
import { personMention } from './personMentions';
import { personAfterLabel, personColumn, personKey } from './personStructured';
import { phoneNumber, phoneNumberColumn, phoneNumberUs } from './phone';
import { postalAddressDe, postalAddressEn, postalAddressPoBox } from './postalAddress';
import { usSsn, usSsnColumn, usSsnInContext } from './usSsn';

/**
 * Personal-data detectors (`pii.*` classes). Checked identifiers come first so that
 * they win exact ties against the looser shapes (a phone-like run that is a Steuer-ID).
 */
export const piiDetectors: readonly Detector[] = [
  ibanCode,
  creditCard,
  deTaxId,
  deSocialSecurity,
  deHealthInsurance,
  deIdCard,
  usSsn,
  usSsnInContext,
  usSsnColumn,
  dateOfBirth,
  dateOfBirthColumn,
  dateOfBirthReply,
  emailAddress,
  ipv4Address,
  ipv6Address,
  phoneNumber,
  phoneNumberUs,
  phoneNumberColumn,
  postalAddressDe,
  postalAddressEn,
  postalAddressPoBox,
  personName,
  personInContext,
  personColumn,
  personKey,
  personAfterLabel,
  // After the other name detectors: it reuses person-name's pairs for the same regions
  // and looks for later mentions of every name they found.
  personMention,
];
