/**
 * Runs a child process and measures its wall time and peak memory (maximum resident set size).
 * Uses GNU time (/usr/bin/time -f) when present; otherwise polls /proc/<pid>/status for VmHWM.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';

export interface Measured {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly wallSeconds: number;
  /** Peak resident memory of the child in MiB (undefined when it could not be measured). */
  readonly peakMB: number | undefined;
  /** User + system CPU seconds of the child (GNU time only): well below wall × 1 means the machine was busy. */
  readonly cpuSeconds: number | undefined;
  readonly stdoutFile: string;
  readonly stderrFile: string;
  readonly method: 'gnu-time' | 'proc-poll';
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Files receiving the child's output (kept for inspection, parsed afterwards). */
  readonly stdoutFile: string;
  readonly stderrFile: string;
  readonly timeFile: string;
}

const GNU_TIME = '/usr/bin/time';

function hasGnuTime(): boolean {
  if (!existsSync(GNU_TIME)) return false;
  try {
    return statSync(GNU_TIME).isFile();
  } catch {
    return false;
  }
}

/** Reads VmHWM (peak RSS) of a live process in KiB, or undefined. */
function readHighWaterKiB(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const gnu = hasGnuTime();
  const stdout = openSync(options.stdoutFile, 'w');
  const stderr = openSync(options.stderrFile, 'w');
  const [file, argv] = gnu
    ? [GNU_TIME, ['-f', '%e %M %U %S', '-o', options.timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', stdout, stderr] });
  let polledKiB = 0;
  const poll = !gnu && child.pid !== undefined
    ? setInterval(() => {
      const value = readHighWaterKiB(child.pid!);
      if (value !== undefined && value > polledKiB) polledKiB = value;
    }, 20)
    : undefined;
  return new Promise((resolvePromise, reject) => {
    child.on('error', (error) => {
      if (poll) clearInterval(poll);
      closeSync(stdout);
      closeSync(stderr);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      closeSync(stdout);
      closeSync(stderr);
      let peakMB: number | undefined;
      let cpuSeconds: number | undefined;
      let exitCode = code;
      if (gnu) {
        // GNU time writes "Command exited with non-zero status N" before the format line on failure.
        const lines = existsSync(options.timeFile) ? readFileSync(options.timeFile, 'utf8').trim().split('\n') : [];
        const last = lines[lines.length - 1] ?? '';
        const match = /^([\d.]+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)$/.exec(last.trim());
        if (match) {
          peakMB = Number(match[2]) / 1024;
          cpuSeconds = Number(match[3]) + Number(match[4]);
        }
        const status = lines.map((line) => /Command exited with non-zero status (\d+)/.exec(line)).find(Boolean);
        if (status) exitCode = Number(status[1]);
        const killed = lines.map((line) => /Command terminated by signal (\d+)/.exec(line)).find(Boolean);
        if (killed) exitCode = 128 + Number(killed[1]);
      } else if (polledKiB > 0) {
        peakMB = polledKiB / 1024;
      }
      resolvePromise({
        exitCode, signal, wallSeconds, peakMB, cpuSeconds, stdoutFile: options.stdoutFile, stderrFile: options.stderrFile,
        method: gnu ? 'gnu-time' : 'proc-poll',
      });
    });
  });
}

/** The last `bytes` of a file as text (for summaries at the end of long outputs). */
export function tail(path: string, bytes = 8192): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path);
  return text.subarray(Math.max(0, text.length - bytes)).toString('utf8');
}
