/** What the progress dialog receives after each execution of a long generation. */
export interface GenerationStep {
  ok: boolean;
  total: number;
  done: number;
  remaining: number;
  /** Progress while remaining > 0; the generation's summary (or the problem) when it stops. */
  message: string;
}
