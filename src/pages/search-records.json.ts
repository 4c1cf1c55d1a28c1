import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { siteRecords } from '../data/search-records.ts';

/** Build artefact: the search records scripts/build.ts hands to Pagefind (and then removes from the output). */
export const GET: APIRoute = () => new Response(JSON.stringify(siteRecords(getSiteData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
