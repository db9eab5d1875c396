import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type MeasuredNode, Renderer } from '@takumi-rs/core';
import { container, type Declarations, type Node, text } from '@takumi-rs/helpers';
import type { ArticleData } from '../../content/articles';
import { describePublished } from '../../content/dates';
import { genreInfo } from '../../content/genres';
import { type ArchiveFacts, articlesInWords } from '../../content/archive-facts';
import { archiveTitle, siteName } from '../../site/metadata';

/** The size of every social image: the 1.91:1 card that Open Graph and Twitter previews expect. */
export const socialImageSize = { width: 1200, height: 630 } as const;

/** What a social image shows, besides the site name it always carries. */
export interface SocialCard {
	/** The headline: the article's title, or the site's tagline. Long titles get a smaller type and wrap. */
	title: string;
	/** A short label above the title, e.g. the genre ("Opinion"). */
	kicker?: string;
	/** Short facts along the bottom, e.g. the date and the outlet; shown in this order, separated by dots. */
	details?: readonly string[];
}

/** The site-wide card: what the site is, with how many articles of which years from the data. */
export function siteSocialCard(facts: Pick<ArchiveFacts, 'count' | 'firstYear' | 'lastYear'>): SocialCard {
	return {
		title: `${archiveTitle(facts)}: ${articlesInWords(facts.count)}, copied faithfully from their sources`,
		kicker: 'Articles and analysis',
		details: ['Dates, outlets and headlines marked as stated, estimated or supplied'],
	};
}

/**
 * An article's card: its genre, its headline, its date at its precision (with “(estimated)” when the editors
 * inferred it) and its outlet, or “Outlet unknown” when the source does not name one.
 */
export function articleSocialCard(data: Pick<ArticleData, 'title' | 'genre' | 'published'>, outletName: string | undefined): SocialCard {
	return { title: data.title, kicker: genreInfo[data.genre].label, details: [describePublished(data.published), outletName ?? 'Outlet unknown'] };
}

/** The alternative text of a card's image: everything it shows, in reading order. */
export function socialCardAlt({ title, kicker, details = [] }: SocialCard): string {
	return [siteName, kicker, title, ...details].filter(Boolean).join(' — ');
}

const padding = { x: 72, y: 56 } as const;
/** The accent rule along the top edge. */
const accentRule = 12;
/** The box the title is set in; with the header and the footer around it, it fills the card. */
export const titleBox = { left: padding.x, top: 168, width: socialImageSize.width - 2 * padding.x, height: 300 } as const;
const titleLineHeight = 1.16;

const colours = { paper: '#fdfcfa', ink: '#1c1b19', soft: '#55524c', accent: '#0b5cad', rule: '#d9d5cc' } as const;

/**
 * The title's type size: as large as a short headline allows, smaller for long ones, so that most headlines fit
 * whole. A headline that still has more lines than the box holds is cut at the last line with an ellipsis.
 */
export function titleFontSize(title: string): number {
	const length = [...title].length;
	if (length <= 45) return 72;
	if (length <= 80) return 62;
	if (length <= 120) return 52;
	return 44;
}

/** How many lines of the title the box holds at a type size. */
export const titleLines = (fontSize: number): number => Math.floor(titleBox.height / (fontSize * titleLineHeight));

/** The fonts bundled by @fontsource/source-serif-4: read from node_modules, never fetched. Latin first, then the other scripts. */
const fontSubsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
const fontFiles = fontSubsets.flatMap((subset) => ([400, 700] as const).map((weight) => ({ subset, weight })));
/** Each subset is registered as a family of its own, named in order in `font-family`, so that the others are fallbacks. */
const familyOf = (subset: string) => `Source Serif 4 ${subset}`;
let rendererReady: Promise<Renderer> | undefined;

/** One takumi renderer per process, with Source Serif 4 (.woff2) registered once. */
function renderer(): Promise<Renderer> {
	const require = createRequire(import.meta.url);
	rendererReady ??= (async () => {
		const instance = new Renderer();
		for (const { subset, weight } of fontFiles) {
			const data = await readFile(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff2`));
			await instance.registerFont({ name: familyOf(subset), weight, style: 'normal', data });
		}
		return instance;
	})();
	return rendererReady;
}

const box = (style: Declarations, children: Node[]): Node => container({ style, children });

function layout({ title, kicker, details = [] }: SocialCard): Node {
	const fontSize = titleFontSize(title);
	const header = box({ display: 'flex', flexDirection: 'column', height: titleBox.top - accentRule - padding.y }, [
		text(siteName, { display: 'flex', fontSize: 30, fontWeight: 700, color: colours.accent }),
		text(kicker ?? '', { display: 'flex', marginTop: 20, fontSize: 26, color: colours.soft, textTransform: 'uppercase', letterSpacing: 2 }),
	]);
	const headline = text(title, {
		display: 'block',
		width: titleBox.width,
		height: titleBox.height,
		fontSize,
		fontWeight: 700,
		lineHeight: titleLineHeight,
		color: colours.ink,
		overflow: 'hidden',
		wordBreak: 'break-word',
		lineClamp: titleLines(fontSize),
		textOverflow: 'ellipsis',
	});
	const footer = box(
		{ display: 'flex', flexWrap: 'wrap', marginTop: 'auto', paddingTop: 20, borderTop: `2px solid ${colours.rule}`, fontSize: 28, color: colours.soft },
		details.flatMap((detail, index) => [...(index > 0 ? [text('·', { display: 'flex', margin: '0 14px' })] : []), text(detail, { display: 'flex' })]),
	);
	return box(
		{
			display: 'flex',
			flexDirection: 'column',
			boxSizing: 'border-box',
			width: socialImageSize.width,
			height: socialImageSize.height,
			padding: `${padding.y}px ${padding.x}px`,
			backgroundColor: colours.paper,
			borderTop: `${accentRule}px solid ${colours.accent}`,
			fontFamily: fontSubsets.map((subset) => `'${familyOf(subset)}'`).join(', '),
		},
		[header, headline, footer],
	);
}

/**
 * Renders a social image (Open Graph / Twitter card): the site name, an optional kicker, the title and the
 * details, as a 1200×630 PNG. Runs at build time with takumi, a native renderer (layout, text and PNG encoding
 * in one call, off the JavaScript thread, so pages keep rendering meanwhile); the fonts come from node_modules,
 * and nothing is fetched from the network.
 */
export async function renderSocialImage(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
	const png = await (await renderer()).render(layout(card), { ...socialImageSize, format: 'png' });
	return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** One line of text as the card lays it out, in pixels from the card's top left corner. */
export interface LaidOutText {
	text: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Every line of text on the card, where the renderer puts it: for tests of the layout. */
export async function laidOutText(card: SocialCard): Promise<LaidOutText[]> {
	const measured = await (await renderer()).measure(layout(card), socialImageSize);
	const lines: LaidOutText[] = [];
	const walk = (node: MeasuredNode) => {
		const [, , , , x, y] = node.transform;
		for (const run of node.runs) lines.push({ text: run.text, left: x + run.x, top: y + run.y, right: x + run.x + run.width, bottom: y + run.y + run.height });
		node.children.forEach(walk);
	};
	walk(measured);
	return lines;
}
