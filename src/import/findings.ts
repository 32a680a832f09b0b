/** What the import found in a capture, with its evidence: shared by the draft and its frontmatter. */
import type { FoundDate } from './metadata.ts';

export interface Finding {
  value: string;
  /** Why it is a candidate, in words. */
  evidence: string;
  /** 1-based line of the capture (absent for the address given on the command line). */
  line?: number | undefined;
}

export interface DateFinding extends Finding {
  date: FoundDate;
}
