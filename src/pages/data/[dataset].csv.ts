import { listPaths } from '../../lib/content/build-errors';
/** `/data/<name>.csv`: one file of the open data as CSV (RFC 4180, UTF-8, header row). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenDataFile } from '../../lib/open-data/records';
import { datasetNames } from '../../schemas/open-data';
import { getContentStamp } from '../../lib/content/shown';
import { datasetOf, siteOf } from './_params';

// The key: the whole content (src/lib/content/shown.ts), so that every edit writes the file again.
export const getStaticPaths = listPaths('/data/[dataset].csv', (async () => {
	const content = await getContentStamp();
	return datasetNames.map((dataset) => ({ params: { dataset }, cacheKey: `${dataset}:${content}` }));
}) satisfies GetStaticPaths);

export const GET: APIRoute = async ({ params, site }) => {
	return new Response(await getOpenDataFile(siteOf(site), datasetOf(params), 'csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
