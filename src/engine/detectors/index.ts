import { createRegistry, type DetectorRegistry } from '../registry';
import type { Detector } from '../types';
import { confidentialDetectors } from './confidential';
import { piiDetectors } from './pii';
import { secretDetectors } from './secrets';

/** Every built-in detector, in the order their findings win exact ties. */
export const builtinDetectors: readonly Detector[] = [...secretDetectors, ...piiDetectors, ...confidentialDetectors];

export const defaultRegistry: DetectorRegistry = createRegistry(builtinDetectors);
