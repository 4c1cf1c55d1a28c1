// @ts-check
// The provincial portal (built by scripts/portal.ts from a list of sites, never from their content). It shares the
// publisher's styles, public files and search client (src/), and is static like every site.
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  publicDir: fileURLToPath(new URL('../public', import.meta.url)),
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Never inline scripts or assets: the Content-Security-Policy allows only the portal's own files.
  vite: { build: { assetsInlineLimit: 0 } },
});
