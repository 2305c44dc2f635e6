export * from './types.ts';
export { runChecks, effectiveRule, CheckSession, DEFAULT_REPORT_CAP, type RunOptions, type RunResult } from './runner.ts';
export { PROFILES, DEFAULT_PROFILE, findProfile, type Profile } from './profiles.ts';
export { CHECKS } from './registry.ts';
export { waiverFor, waiverKey, applyWaivers } from './waivers.ts';
export { Derived } from './derived.ts';
