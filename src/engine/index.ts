/** The engine's public surface: the extension, the CLI and the benchmarks import from here only. */
export { scanText, resolveOverlaps } from './scan';
export { createRegistry, type DetectorRegistry } from './registry';
export { builtinDetectors, defaultRegistry } from './detectors';
export { maskValue } from './mask';
export { redactText } from './redact';
export { createLocator, type Position } from './position';
export { categoryOf } from './entities';
export * from './types';
