/**
 * Writes the whole-site data package (src/data/data-package.ts) into <site>/data/: one CSV per resource, streamed
 * resource by resource and part by part (a large site never holds a resource in memory), datapackage.json, and all
 * of them again as one ZIP.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from '../src/data/site-data.ts';
import { DATA_PACKAGE_DESCRIPTOR, DATA_PACKAGE_DIR, DATA_PACKAGE_ZIP, packageDescriptor, packageResources, resourceDescriptor, writeResource } from '../src/data/data-package.ts';
import { ZipWriter } from './zip-writer.ts';

export interface PackageWritten {
  readonly files: number;
  readonly resources: number;
  readonly rows: number;
}

export function writeDataPackage(siteDir: string, data: SiteData): PackageWritten {
  const dir = join(siteDir, DATA_PACKAGE_DIR);
  mkdirSync(dir, { recursive: true });
  const resources = packageResources(data);
  const descriptors: object[] = [];
  let rows = 0;
  for (const resource of resources) {
    const fd = openSync(join(dir, resource.path), 'w');
    try {
      const written = writeResource(resource, (text) => { writeSync(fd, text); });
      rows += written.rows;
      descriptors.push(resourceDescriptor(resource, written));
    } finally {
      closeSync(fd);
    }
  }
  const descriptor = JSON.stringify(packageDescriptor(data.site, descriptors), null, 2) + '\n';
  writeFileSync(join(dir, DATA_PACKAGE_DESCRIPTOR), descriptor);
  const zip = new ZipWriter(join(dir, DATA_PACKAGE_ZIP));
  zip.addBuffer(DATA_PACKAGE_DESCRIPTOR, Buffer.from(descriptor));
  for (const resource of resources) zip.addFile(resource.path, join(dir, resource.path));
  zip.close();
  return { files: resources.length + 2, resources: resources.length, rows };
}
