/**
 * The editors' findings as `/analysis/` shows them: in their order, each with its cited claims, quotations
 * and sentences resolved to the rows and paragraphs that show them. The content guard has already checked
 * that every citation exists (`src/lib/validation/finding-checks.ts`).
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { oncePerBuildFor } from '../content/once-per-build';
import { claimPages, quoteList } from './analysis-pages';
import type { Analysis, PlacedSentence } from './analysis';

export type Finding = CollectionEntry<'findings'>;

/** A claim a finding cites: its neutral statement and its row on the claims page. */
export interface CitedClaim {
	id: string;
	statement: string;
	href: string;
}

/** A quotation a finding cites: the words, the speaker, and its row on the quotes page. */
export interface CitedQuote {
	id: string;
	text: string;
	speaker: string;
	href: string;
}

export interface ResolvedFinding {
	id: string;
	title: string;
	statement: string;
	/** Where the finding stands among the others: lower numbers first. */
	order: number;
	claims: CitedClaim[];
	quotes: CitedQuote[];
	/** The cited sentences, each placed in its article's paragraph. */
	sentences: PlacedSentence[];
}

/**
 * The findings in their `order`, with every citation resolved; worked out once per analysis (once per
 * build), for the analysis page and the open data.
 */
export const getFindings: (analysis: Analysis) => Promise<ResolvedFinding[]> = oncePerBuildFor(resolveFindings);

async function resolveFindings(analysis: Analysis): Promise<ResolvedFinding[]> {
	const findings = await getCollection('findings');
	const claims = claimPages(analysis);
	const quotes = quoteList(analysis);
	const claimById = new Map(analysis.claims.map((claim) => [claim.id, claim]));
	const quoteById = new Map(analysis.quotes.map((quote) => [quote.id, quote]));
	return findings
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id, 'en'))
		.map((finding) => ({
			id: finding.id,
			title: finding.data.title,
			statement: finding.data.statement,
			order: finding.data.order,
			claims: finding.data.claims.map(({ id }) => ({
				id,
				statement: claimById.get(id)?.data.statement ?? id,
				href: claims.claimHref(id),
			})),
			quotes: finding.data.quotes.map(({ id }) => {
				const quote = quoteById.get(id);
				return {
					id,
					text: quote?.data.text ?? id,
					speaker: quote?.data.speaker ? analysis.nameOf(quote.data.speaker.id) : quote ? 'Speaker not named' : '',
					href: quotes.quoteHref(id),
				};
			}),
			sentences: finding.data.evidence.flatMap((evidence) =>
				evidence.text.map((sentence) => analysis.place(evidence.article.id, sentence, `content/findings/${finding.id}.yaml`)),
			),
		}));
}
