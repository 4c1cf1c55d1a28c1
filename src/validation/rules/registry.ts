/** Site-wide rules: the department registry, glossary ids, and disclosures that point at departments. */
import type { LoadedContent } from '../load-content.ts';
import type { Finding } from '../finding.ts';

export function registryFindings(_content: LoadedContent): Finding[] {
  return [];
}
