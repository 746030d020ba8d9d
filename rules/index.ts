// Every family's rules. Adding a phrasing = adding an example and a pattern to its family module.
import { bts } from './bts.js';
import { dossier } from './dossier.js';
import { esign } from './esign.js';
import { subs } from './subs.js';
import type { FamilyRules } from './types.js';

export const FAMILIES: FamilyRules[] = [dossier, bts, esign, subs];
export type { FamilyRules, MetricRule, Example, ExpectedFact, Indicator, FigureKind } from './types.js';
