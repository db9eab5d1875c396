/**
 * Checks a content directory with the site's own validator (`findContentProblems`, the check the
 * content guard runs before every build) and exits non-zero, listing the problems, if it is invalid.
 *
 * Usage: node --import ./scripts/ts-hooks.mjs scripts/bench/validate.ts <contentDir>
 */
import { findContentProblems } from '../../src/lib/validation/content-validation.ts';
import { formatProblems } from '../../src/lib/validation/content-problems.ts';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: validate.ts <contentDir>');
	process.exit(2);
}
const started = performance.now();
const problems = await findContentProblems(dir);
if (problems.length > 0) {
	console.error(formatProblems(problems.slice(0, 20)));
	if (problems.length > 20) console.error(`… and ${problems.length - 20} more problems.`);
	process.exit(1);
}
console.log(JSON.stringify({ valid: true, seconds: Math.round((performance.now() - started) / 10) / 100 }));
