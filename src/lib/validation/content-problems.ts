/** One problem found in the content, phrased so that an editor can fix it without reading code. */
export interface ContentProblem {
	/** The file, relative to the project root, e.g. `content/articles/foo.md`. */
	file: string;
	/** The frontmatter field, as a dotted path (`published.date`), or `body` / `file` / `frontmatter`. */
	field: string;
	/** What is wrong, in the terms of the data. */
	problem: string;
	/** What a valid value looks like. */
	expected: string;
	/** What to do about it. */
	fix: string;
}

/** Formats problems as the block the build prints. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const blocks = problems.map(
		(p) => `✗ ${p.file}\n    field:    ${p.field}\n    problem:  ${p.problem}\n    expected: ${p.expected}\n    fix:      ${p.fix}`,
	);
	return `The content has ${count}; nothing was built.\n\n${blocks.join('\n\n')}\n`;
}

/** Thrown when the content is invalid; its message lists every problem. */
export class ContentValidationError extends Error {
	readonly problems: readonly ContentProblem[];
	/** Shown by Astro under the message, in place of a guess of its own. */
	readonly hint = 'Fix each problem above in the file it names, then run the build again; the previous build was left as it was.';
	constructor(problems: readonly ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentValidationError';
		this.problems = problems;
		// The message says everything: where in the guard's own code it was thrown is no help to an editor,
		// so Astro prints no stack trace for it.
		this.stack = '';
	}

	/**
	 * The short form. Astro guesses a hint from it and appends "Browser APIs are not available on the
	 * server" to any error whose text contains "document" or "window" (as "documented in" does).
	 */
	override toString(): string {
		return `${this.name}: ${this.problems.length === 1 ? '1 content problem' : `${this.problems.length} content problems`}`;
	}
}
