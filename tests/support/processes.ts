/**
 * The processes running on this machine as Linux lists them under /proc: the tests that watch a
 * build's child processes (one killed mid-step, one left behind, the priority one runs at) read
 * them here.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  /** The parent's pid. */
  ppid: number;
  /** Its main thread's niceness (0 normal, 19 the lowest priority). */
  nice: number;
  /** Its command line, the arguments joined by NUL characters. */
  cmdline: string;
}

/** Every process listed now; one that ends while it is read is left out. */
export function processes(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        // The fields after the parenthesised command name: state, ppid, … (nice is the 17th).
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
        return [{ pid: Number(pid), ppid: Number(fields[1]), nice: Number(fields[16]), cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8') }];
      } catch {
        return []; // ended while listed
      }
    });
}

/** This process's children whose command line contains every one of `parts`. */
export const childrenRunning = (...parts: string[]): ProcessInfo[] => processes().filter((p) => p.ppid === process.pid && parts.every((part) => p.cmdline.includes(part)));

/** The pid of the first process whose command line contains every one of `parts`, once one runs; undefined after `timeoutMs`. */
export async function waitForProcess(parts: string[], timeoutMs: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = processes().find((p) => parts.every((part) => p.cmdline.includes(part)));
    if (found) return found.pid;
    await new Promise((r) => setTimeout(r, 5));
  }
  return undefined;
}
