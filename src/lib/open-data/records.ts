/**
 * The records of the open data (`/data/*.json` and `.csv`), built from the same collections and
 * analysis the pages use: the article metadata, the entity mentions the Markdown pipeline found,
 * the quotes and evidence sentences placed in their paragraphs, the timeline in its page's order, the
 * editors' findings as the analysis page shows them.
 * References become ids plus the absolute addresses of the pages they point at.
 */
import { getReferenceNames } from '../content/names';
import type { DatasetItem, DatasetName } from '../../schemas/open-data';
import { type Analysis, getAnalysis, type PlacedSentence } from '../analysis/analysis';
import { claimPages, quoteList, timelineList } from '../analysis/analysis-pages';
import { articleTextOf, readingTimeOf } from '../content/articles';
import { getEntities, getMentionIndex } from '../content/entities';
import { analysisEntryHref, articleHref, entityHref, genreHref, outletHref, paragraphHref, tagHref } from '../routing/routes';
import { coverageOf } from '../analysis/coverage';
import { getFindings } from '../analysis/findings';
import { totalsByEntity } from '../analysis/mentions';
import { datasetCsv, datasetJson } from './files';
import { claimPositions } from '../analysis/claim-positions';
import { oncePerBuildFor } from '../content/once-per-build';
import { plainTextOf } from '../text/article-text';
import { normaliseVerbatim } from '../text/verbatim';

/** Every file's records. */
export type OpenData = { [N in DatasetName]: DatasetItem<N>[] };

const openDataOn = oncePerBuildFor((siteHref: string) => load(new URL(siteHref)));

/** The records of every file, with page addresses on `site`; computed once per build. */
export function getOpenData(site: URL): Promise<OpenData> {
	return openDataOn(site.href);
}

const openDataFile = oncePerBuildFor((key: string) => {
	const [siteHref = '', form, name] = key.split(' ') as [string, 'json' | 'csv', DatasetName];
	const site = new URL(siteHref);
	return getOpenData(site).then((data) => (form === 'json' ? datasetJson(name, data[name], site) : datasetCsv(name, data[name])));
});

/**
 * The text of one open-data file, its JSON (validated against its schema) or its CSV form, made once per build:
 * its endpoint writes it and the data page weighs it, and at scale each is tens of megabytes.
 */
export function getOpenDataFile(site: URL, name: DatasetName, form: 'json' | 'csv'): Promise<string> {
	return openDataFile(`${site.href} ${form} ${name}`);
}

async function load(site: URL): Promise<OpenData> {
	const url = (path: string) => new URL(path, site).href;
	const [analysis, entities, mentionIndex, names] = await Promise.all([
		getAnalysis(),
		getEntities(),
		getMentionIndex(),
		getReferenceNames(),
	]);
	const { authors: authorName, outlets: outletName, tags: tagLabels } = names;
	const tagIds = new Set(tagLabels.keys());
	const missing = (what: string, id: string): never => {
		throw new Error(`Open data: no ${what} "${id}"`);
	};
	const placed = ({ sentence, paragraph, href }: PlacedSentence) => ({ sentence, paragraph: paragraph.number, url: url(href) });

	const articles = analysis.articles.map((article): DatasetItem<'articles'> => {
		const { slug: _slug, authors: credited, outlet, tags: filed, ...fields } = article.data;
		const { words, minutes } = readingTimeOf(article);
		return {
			id: article.id,
			url: url(articleHref(article.id)),
			...fields,
			authors: credited.map((author) => author.id),
			outlet: outlet?.id ?? null,
			tags: filed.map((tag) => tag.id),
			authorNames: credited.map((author) => authorName.get(author.id) ?? missing('author', author.id)),
			outletName: outlet ? (outletName.get(outlet.id) ?? missing('outlet', outlet.id)) : null,
			outletUrl: outlet ? url(outletHref(outlet.id)) : null,
			genreUrl: url(genreHref(fields.genre)),
			tagUrls: filed.map((tag) => (tagIds.has(tag.id) ? url(tagHref(tag.id)) : missing('tag', tag.id))),
			wordCount: words,
			readingMinutes: minutes,
			text: plainTextOf(articleTextOf(article)),
		};
	});

	const totals = totalsByEntity(mentionIndex.articles);
	const entityItems = entities.map(
		(entity): DatasetItem<'entities'> => ({
			id: entity.id,
			url: url(entityHref(entity.id)),
			...entity.data,
			mentions: totals.get(entity.id)?.mentions ?? 0,
			articleCount: totals.get(entity.id)?.articles ?? 0,
			mentionsByArticle: (mentionIndex.articlesOf.get(entity.id) ?? []).map((hit) => ({
				article: hit.slug,
				articleUrl: url(articleHref(hit.slug)),
				count: hit.count,
			})),
		}),
	);

	return {
		articles,
		entities: entityItems,
		quotes: quotesOf(analysis, url),
		claims: claimsOf(analysis, url, placed),
		timeline: timelineItemsOf(analysis, url, placed),
		coverage: coverageItemsOf(analysis, url),
		findings: (await getFindings(analysis)).map((finding) => ({
			id: finding.id,
			url: url(analysisEntryHref('finding', finding.id)),
			title: finding.title,
			statement: finding.statement,
			order: finding.order,
			claims: finding.claims.map((claim) => claim.id),
			claimUrls: finding.claims.map((claim) => url(claim.href)),
			quotes: finding.quotes.map((quote) => quote.id),
			quoteUrls: finding.quotes.map((quote) => url(quote.href)),
			evidence: finding.sentences.map((sentence) => ({ article: sentence.article.id, articleUrl: url(articleHref(sentence.article.id)), ...placed(sentence) })),
		})),
	};
}

type Url = (path: string) => string;
type Placed = (sentence: PlacedSentence) => { sentence: string; paragraph: number; url: string };

/** The coverage grid's cells, topic by topic in the analysis's order, each with every article oldest first. */
function coverageItemsOf(analysis: Analysis, url: Url): DatasetItem<'coverage'>[] {
	const { columns, rowHref } = coverageOf(analysis);
	return analysis.topics.flatMap((topic) =>
		columns.map(({ article, coverage }): DatasetItem<'coverage'> => {
			const cell = coverage.get(topic.id)?.paragraphs ?? [];
			return {
				id: `${topic.id}/${article.id}`,
				url: url(rowHref(topic.id, article.id)),
				topic: topic.id,
				topicLabel: topic.data.label,
				article: article.id,
				articleUrl: url(articleHref(article.id)),
				articleParagraphs: analysis.paragraphsOf(article.id).length,
				keywords: [...new Set(cell.flatMap((entry) => entry.keywords))],
				paragraphs: cell.map(({ paragraph, evidence }) => ({
					paragraph: paragraph.number,
					url: url(paragraph.id ? paragraphHref(article.id, paragraph.id) : articleHref(article.id)),
					evidence,
				})),
			};
		}),
	);
}

/** The quotations, oldest article first, then in reading order. */
function quotesOf(analysis: Analysis, url: Url): DatasetItem<'quotes'>[] {
	const oldestFirst = new Map(analysis.chronological.map((article, index) => [article.id, index]));
	const { quoteHref } = quoteList(analysis);
	return analysis.quotes
		.map((quote) => {
			const where = analysis.placeQuote(quote);
			const { speaker, ...data } = quote.data;
			const item: DatasetItem<'quotes'> = {
				id: quote.id,
				url: url(quoteHref(quote.id)),
				...data,
				...(speaker ? { speaker: speaker.id, speakerName: analysis.nameOf(speaker.id), speakerUrl: url(entityHref(speaker.id)) } : {}),
				article: quote.data.article.id,
				articleTitle: where.article.data.title,
				articleUrl: url(articleHref(where.article.id)),
				paragraph: where.paragraph.number,
				paragraphUrl: url(where.href),
			};
			const order = [oldestFirst.get(where.article.id) ?? 0, where.paragraph.number, where.paragraph.text.indexOf(normaliseVerbatim(quote.data.text))];
			return { item, order };
		})
		.sort((a, b) => a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]! || a.order[2]! - b.order[2]! || a.item.id.localeCompare(b.item.id, 'en'))
		.map(({ item }) => item);
}

/** The claims in the order of the claims page (by topic, then statement); positions oldest article first. */
function claimsOf(analysis: Analysis, url: Url, placed: Placed): DatasetItem<'claims'>[] {
	const topicLabel = new Map(analysis.topics.map((topic) => [topic.id, topic.data.label]));
	const { claimHref, topicHref } = claimPages(analysis);
	return analysis.claims.map((claim) => ({
		id: claim.id,
		url: url(claimHref(claim.id)),
		statement: claim.data.statement,
		topic: claim.data.topic.id,
		topicLabel: topicLabel.get(claim.data.topic.id) ?? claim.data.topic.id,
		topicUrl: url(topicHref(claim.data.topic.id)),
		keyTerms: { entities: claim.data.keyTerms.entities.map((entity) => entity.id), words: claim.data.keyTerms.words },
		positions: claimPositions(analysis, claim).map(({ article, status, attributedTo, source, note, evidence }) => ({
			article: article.id,
			status,
			...(source !== undefined ? { source } : {}),
			...(note !== undefined ? { note } : {}),
			...(attributedTo ? { attributedTo: attributedTo.id, attributedToName: attributedTo.name, attributedToUrl: url(attributedTo.href) } : {}),
			articleTitle: article.data.title,
			articleUrl: url(articleHref(article.id)),
			evidence: evidence.map(placed),
		})),
	}));
}

/** The timeline entries in the order of the timeline page, numbered as there. */
function timelineItemsOf(analysis: Analysis, url: Url, placed: Placed): DatasetItem<'timeline'>[] {
	const eventById = new Map(analysis.events.map((event) => [event.id, event]));
	const { entries, eventHref, publishedHref } = timelineList(analysis);
	return entries.map((entry): DatasetItem<'timeline'> => {
		const common = { number: entry.number, id: entry.id, title: entry.title, placedAt: new Date(entry.at).toISOString() };
		if (entry.kind === 'article') {
			const article = analysis.articleById.get(entry.id);
			if (!article) throw new Error(`Open data: the timeline names no article "${entry.id}"`);
			return {
				...common,
				kind: 'article',
				url: url(publishedHref(entry.id)),
				date: article.data.published,
				articleUrl: url(articleHref(entry.id)),
			};
		}
		const event = eventById.get(entry.id);
		if (!event) throw new Error(`Open data: the timeline names no event "${entry.id}"`);
		const { before, ...date } = event.data.date;
		return {
			...common,
			kind: 'event',
			url: url(eventHref(entry.id)),
			date: { ...date, ...(before ? { before: before.id } : {}) },
			description: event.data.description,
			participants: event.data.participants.map((participant) => participant.id),
			participantUrls: event.data.participants.map((participant) => url(entityHref(participant.id))),
			evidence: event.data.evidence.flatMap((evidence, e) =>
				evidence.text.map((sentence, n) => ({
					article: evidence.article.id,
					articleUrl: url(articleHref(evidence.article.id)),
					...placed(analysis.place(evidence.article.id, sentence, `content/events/${event.id}.yaml, evidence.${e}.text.${n}`)),
				})),
			),
		};
	});
}
