// Lets Node 24 run the bench's TypeScript, and the site's own TypeScript modules it imports
// (src/lib/validation/content-validation.ts, src/integrations/pagefind.ts), without a build step:
// Node strips the types itself; this hook only resolves extensionless relative imports
// ("./published" → "./published.ts", "./dir" → "./dir/index.ts") the way Vite and TypeScript do.
// Usage: node --import ./scripts/ts-hooks.mjs scripts/bench/run.ts
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
	resolve(specifier, context, next) {
		if ((specifier.startsWith('./') || specifier.startsWith('../')) && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.startsWith('file:')) {
			for (const suffix of ['.ts', '/index.ts']) {
				const url = new URL(specifier + suffix, context.parentURL);
				if (existsSync(fileURLToPath(url))) return next(url.href, context);
			}
		}
		return next(specifier, context);
	},
});
