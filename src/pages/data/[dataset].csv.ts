/** `/data/<name>.csv`: one file of the open data as CSV (RFC 4180, UTF-8, header row). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../lib/open-data';
import { datasetCsv } from '../../lib/open-data-files';
import { datasetNames } from '../../schemas/open-data';
import { datasetOf, siteOf } from './_params';

export const getStaticPaths = (() => datasetNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const name = datasetOf(params);
	const data = await getOpenData(siteOf(site));
	return new Response(datasetCsv(name, data[name]), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
