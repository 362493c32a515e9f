import { createRegistry, type DetectorRegistry } from '../registry';
import type { Detector } from '../types';
import { awsAccessKeyId } from './awsAccessKey';
import { creditCard } from './creditCard';
import { emailAddress } from './email';
import { githubClassicToken, githubFineGrainedToken } from './githubToken';
import { ibanCode } from './iban';
import { pemPrivateKey } from './privateKey';

/** Every built-in detector, in the order their findings win ties. */
export const builtinDetectors: readonly Detector[] = [
  pemPrivateKey,
  awsAccessKeyId,
  githubClassicToken,
  githubFineGrainedToken,
  ibanCode,
  creditCard,
  emailAddress,
];

export const defaultRegistry: DetectorRegistry = createRegistry(builtinDetectors);
