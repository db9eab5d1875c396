import { z } from 'astro/zod';

/** How finely a publication date is known. */
export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

const shapeByPrecision: Record<DatePrecision, { pattern: RegExp; example: string }> = {
	day: { pattern: /^\d{4}-\d{2}-\d{2}$/, example: '2025-12-08' },
	month: { pattern: /^\d{4}-\d{2}$/, example: '2025-12' },
	year: { pattern: /^\d{4}$/, example: '2025' },
};

/**
 * On whose word a date stands, for articles and events alike: `stated` when the text prints it to its
 * precision, `estimated` when the editors inferred it (and then say how, in `reason`).
 */
export const dateBases = ['stated', 'estimated'] as const;
export type DateBasis = (typeof dateBases)[number];

/** YAML reads `2025-12-08` as a date and `2025` as a number; both are taken back to text. */
export const dateText = z.preprocess(
	(value) =>
		value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
	z.string().trim(),
);

/** Whether "YYYY", "YYYY-MM" or "YYYY-MM-DD" names a real month and day (2025-02-30 does not). */
function isCalendarDate(text: string): boolean {
	const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reports, on `date`, a date written to another precision than `precision` says ("2025-12" for "day"), or one
 * that is not in the calendar (2025-02-30). Shared by every date-with-precision field (publication, events).
 */
export function checkDateShape(value: { date: string; precision: DatePrecision }, ctx: z.RefinementCtx): void {
	const shape = shapeByPrecision[value.precision];
	if (!shape.pattern.test(value.date)) {
		ctx.addIssue({
			code: 'custom',
			path: ['date'],
			message: `with precision "${value.precision}" the date must look like "${shape.example}", got "${value.date}"`,
		});
	} else if (!isCalendarDate(value.date)) {
		ctx.addIssue({ code: 'custom', path: ['date'], message: `"${value.date}" is not a calendar date` });
	}
}

/**
 * Reports what {@link checkDateShape} reports, and a `reason` that does not fit the `basis`: an estimated
 * date needs one, a stated date takes none. The one rule of every date with a basis (publication, events).
 */
export function checkDate(value: { date: string; precision: DatePrecision; basis: DateBasis; reason?: string | undefined }, ctx: z.RefinementCtx): void {
	checkDateShape(value, ctx);
	if (value.basis === 'estimated' && !value.reason) {
		ctx.addIssue({
			code: 'custom',
			path: ['reason'],
			message: 'an estimated date needs a reason: say what in the text it was inferred from',
		});
	}
	if (value.basis === 'stated' && value.reason) {
		ctx.addIssue({
			code: 'custom',
			path: ['reason'],
			message: 'a stated date takes no reason; set basis to "estimated" if the editors inferred it',
		});
	}
}

/**
 * The fields every date with a basis has, articles' publication and events alike; `checkDate` is their rule.
 * Each schema adds its own `asPrinted` (what may be quoted differs) and documents `basis` for its case.
 */
export const datedFields = {
	/** The date written to its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Quote it in YAML. */
	date: dateText,
	/** Whether the day, only the month, or only the year is known. */
	precision: z.enum(datePrecisions),
	/** `stated` when the text gives the date to this precision; `estimated` when the editors inferred it (then `reason` says how). */
	basis: z.enum(dateBases),
	/** For an estimate: what in the text the editors inferred it from. Required when `basis` is `estimated`. */
	reason: z.string().trim().min(1).optional(),
};

/** When an article was published, as precisely as is known, and who says so (`stated`: the source prints it). */
export const publishedSchema = z
	.strictObject({
		...datedFields,
		/**
		 * The date exactly as the source prints it, e.g. "December 08, 2025"; only for stated dates (an
		 * estimated publication date has no printed date to quote). Events use the same field name.
		 */
		asPrinted: z.string().trim().min(1).optional(),
	})
	.superRefine(checkDate);

export type Published = z.infer<typeof publishedSchema>;
