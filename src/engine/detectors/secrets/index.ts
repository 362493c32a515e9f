import type { Detector } from '../../types';
import { awsAccessKeyId } from './awsAccessKey';
import { githubClassicToken, githubFineGrainedToken } from './githubToken';
import { pemPrivateKey } from './privateKey';

/** Secret detectors (`SECRET_*`), in the order their findings win exact ties. */
export const secretDetectors: readonly Detector[] = [pemPrivateKey, awsAccessKeyId, githubClassicToken, githubFineGrainedToken];
