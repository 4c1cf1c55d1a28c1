/**
 * Writes every disclosure's table downloads (every format; each project's tables too), data.json and its source
 * document, the site-wide index of disclosures and the whole-site data package, from the view models the pages were
 * rendered from (same process), straight to disk: one Astro route per file would cost far more.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import type { SiteData } from '../src/data/site-data.ts';
import { DOWNLOAD_FORMATS, disclosureDownloads, projectDownloads } from '../src/data/downloads.ts';
import { disclosureJson, disclosureIndexJson } from '../src/data/json-export.ts';
import { writeDataPackage } from './write-data-package.ts';

export function writeDownloads(siteDir: string, data: SiteData): number {
  let files = 0;
  for (const d of data.disclosures) {
    const dir = join(siteDir, d.url);
    mkdirSync(dir, { recursive: true });
    for (const download of [...disclosureDownloads(d), ...projectDownloads(d)]) {
      const table = download.table();
      for (const format of DOWNLOAD_FORMATS) {
        writeFileSync(join(dir, `${download.name}.${format.extension}`), format.write(table));
        files++;
      }
    }
    writeFileSync(join(dir, 'data.json'), JSON.stringify(disclosureJson(d, data.site.base_url), null, 2));
    files++;
    // The published document, as the editor dropped it into the folder (its hash was computed from these bytes).
    if (d.source.file) {
      const target = join(siteDir, d.source.file.output);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(d.source.file.path, target);
      files++;
    }
  }
  writeFileSync(join(siteDir, 'disclosures.json'), JSON.stringify(disclosureIndexJson(data), null, 2));
  return files + 1 + writeDataPackage(siteDir, data).files;
}
