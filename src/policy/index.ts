/** The policy core's public surface: pure functions the extension and the CLI call. */
export { parsePolicy, type ParseOptions, type ParseResult } from './parse';
export { loadPolicyLayer, BUILTIN_POLICY_FILE, type LoadedLayer } from './load';
export { mergePolicyLayers, canonicalJson, type MergeInput, type PolicyLayer } from './merge';
export { decideAction } from './decide';
export { createPolicyRegistry, customDetectors } from './customDetectors';
export { renderEffectivePolicy, type RenderFormat } from './render';
export { expiredAllowlistEntries, isExpired } from './allowlist';
export { fingerprintValue, verifyPinnedSha256 } from './fingerprint';
export { runPolicyExamples, type ExampleResult } from './selfTest';
export { formatPolicyProblem, type PolicyProblem } from './problems';
export { categoryUnder, resolveRule, targetChain } from './resolve';
export { BUILTIN_POLICY } from './defaults';
export * from './types';
