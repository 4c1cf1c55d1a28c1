// @ts-check
import { defineConfig } from 'astro/config';

// Static output only; the build script (scripts/build.ts) validates content first and builds into a staging folder.
export default defineConfig({
  output: 'static',
  site: process.env.BUDGET_SITE_URL || 'https://budget.example.gov.cn/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Never inline scripts or assets: the Content-Security-Policy allows only the site's own files.
  vite: { build: { assetsInlineLimit: 0 } },
});
