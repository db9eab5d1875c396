/** What the open-data endpoints share: reading the file name from the route, and the site's address. */
import { type DatasetName, datasetNames } from '../../schemas/open-data';

/** The file an endpoint was asked for, from its `[dataset]` parameter. */
export function datasetOf(params: Record<string, string | undefined>): DatasetName {
	const name = params.dataset;
	if (!datasetNames.includes(name as DatasetName)) throw new Error(`No open-data file "${String(name)}"`);
	return name as DatasetName;
}

/** The site's address (`site` in astro.config.mjs), which the files' links are made absolute with. */
export function siteOf(site: URL | undefined): URL {
	if (!site) throw new Error('The open data needs `site` in astro.config.mjs: its links are absolute');
	return site;
}
