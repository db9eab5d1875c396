import { listPaths } from '../../lib/content/build-errors';
/** `/data/<name>.schema.json`: the JSON Schema of one file of the open data, derived from its zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetSchemaJson } from '../../lib/open-data/files';
import { datasetNames } from '../../schemas/open-data';
import { datasetOf, siteOf } from './_params';

// A schema shows its fields and the site's address, which are code and config: the key is the dataset's name alone.
export const getStaticPaths = listPaths('/data/[dataset].schema.json', (() => datasetNames.map((dataset) => ({ params: { dataset }, cacheKey: dataset }))) satisfies GetStaticPaths);

export const GET: APIRoute = ({ params, site }) =>
	new Response(datasetSchemaJson(datasetOf(params), siteOf(site)), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
