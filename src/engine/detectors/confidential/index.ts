import type { Detector } from '../../types';

/** Confidential-data detectors (`CONFIDENTIAL_MARKER`, `INTERNAL_HOST`). */
export const confidentialDetectors: readonly Detector[] = [];
