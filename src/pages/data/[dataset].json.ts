import { listPaths } from '../../lib/content/build-errors';
/** `/data/<name>.json`: the records of one file of the open data, validated before they are written. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenDataFile } from '../../lib/open-data/records';
import { datasetNames } from '../../schemas/open-data';
import { datasetOf, siteOf } from './_params';

export const getStaticPaths = listPaths('/data/[dataset].json', (() => datasetNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths);

export const GET: APIRoute = async ({ params, site }) => {
	return new Response(await getOpenDataFile(siteOf(site), datasetOf(params), 'json'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
