/** Acknowledged findings become data notes; an acknowledgement that matches nothing is itself an error. */
import type { LoadedDisclosure } from './load-content.ts';
import type { Finding } from './finding.ts';

export function applyAcknowledgements(_disclosure: LoadedDisclosure, findings: Finding[]): Finding[] {
  return findings;
}
