/** `/data/<name>.json`: the records of one file of the open data, validated before they are written. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../lib/open-data';
import { datasetJson } from '../../lib/open-data-files';
import { datasetNames } from '../../schemas/open-data';
import { datasetOf, siteOf } from './_params';

export const getStaticPaths = (() => datasetNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const name = datasetOf(params);
	const data = await getOpenData(siteOf(site));
	return new Response(datasetJson(name, data[name], siteOf(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
