/**
 * The provincial portal's list of sites (portal.yaml): the portal is built from this list alone, never from the sites'
 * content; its search merges each site's published index in the reader's browser.
 */
import { z } from 'zod';
import { doc, slug, text, webAddress } from './primitives.ts';

export const portalSite = z.strictObject({
  id: doc(slug, 'Stable id of the site in the portal (used in its filter)', '站点标识'),
  name: doc(text, 'Name shown with its results (county, city …)', '名称'),
  region: doc(text, 'Region it belongs to (used to narrow the search)', '所属地区'),
  base_url: doc(webAddress, 'Address of the site (its root: the site serves /search/ and /pagefind/ there)', '站点网址'),
});
export type PortalSite = z.infer<typeof portalSite>;

export const portalList = z.strictObject({
  name: doc(text, 'Portal name', '平台名称'),
  publisher: doc(text, 'Publishing government or office', '发布机关'),
  description: doc(text.optional(), 'One-sentence description', '平台简介'),
  sites: doc(z.array(portalSite).min(1, { message: '至少要列出一个站点' }), 'The sites the portal searches', '各站点'),
});
export type PortalList = z.infer<typeof portalList>;
