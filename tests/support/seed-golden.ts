/**
 * The shape of a seed's golden reading (tests/golden/*.json): a person's reading of the source
 * document, written without running the reader. The corpus's goldens have their own, richer
 * shape (tests/support/corpus.ts).
 */
import type { Target } from '../../src/core/types';

export interface SeedGoldenIndicator {
  code: string;
  section: string;
  text: string;
  targets: Target[];
  lead: string[];
  cooperating: string[];
  monitor: string[];
  tier: string | null;
  unit: string | null;
  targetText?: string;
  method?: string;
}

export interface SeedGolden {
  file: string;
  sections: Array<{ title: string; count: number }>;
  indicators: SeedGoldenIndicator[];
  expectedWarnings?: Array<{ code: string; kind: string }>;
}
