import type { Detector } from '../../types';
import { internalHostName } from './internalHost';
import { classificationLevel, confidentialMarker, tlpMarker } from './markers';

/** Confidential-data detectors (`CONFIDENTIAL_MARKER`, `INTERNAL_HOST`); `CUSTOM_*` ones come from a policy. */
export const confidentialDetectors: readonly Detector[] = [confidentialMarker, classificationLevel, tlpMarker, internalHostName];
