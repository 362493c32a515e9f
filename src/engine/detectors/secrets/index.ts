import type { Detector } from '../../types';
import { aiDetectors } from './ai';
import { azureClientSecret } from './azureClientSecret';
import { cloudDetectors } from './cloud';
import { connectionStringDetectors } from './connectionStrings';
import { devtoolsDetectors } from './devtools';
import { genericSecret } from './generic';
import { jsonWebToken } from './jwt';
import { messagingDetectors } from './messaging';
import { passwordDetectors } from './passwords';
import { paymentsDetectors } from './payments';
import { pemPrivateKey, puttyPrivateKey, truncatedPrivateKey } from './privateKey';
import { vcsDetectors } from './vcs';

/**
 * Secret detectors (`SECRET_*`). Provider formats come first; the generic rules last,
 * so that where both match the same span at equal confidence the specific one is named.
 */
export const secretDetectors: readonly Detector[] = [
  pemPrivateKey,
  truncatedPrivateKey,
  puttyPrivateKey,
  ...cloudDetectors,
  azureClientSecret,
  ...vcsDetectors,
  ...messagingDetectors,
  ...paymentsDetectors,
  ...aiDetectors,
  ...devtoolsDetectors,
  jsonWebToken,
  ...connectionStringDetectors,
  ...passwordDetectors,
  genericSecret,
];
