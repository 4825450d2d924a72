/**
 * The layers of design.md, enforced by `npm test` (scripts/check-layers.mjs):
 *   routes → components → state → db, check, checking, export, packs, import (and editor, the
 *   CodeMirror adapters state uses). Imports point down only; the pure modules (check, checking,
 *   export, packs, import) import neither the database nor Svelte, so the same code runs in the
 *   command line. text/ holds the shared text basics (numerals) the others build on.
 */
const path = require('node:path');

const PURE = '^src/lib/(check|checking|export|packs|import|text)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'pure-no-db',
			comment: 'check, checking, export, packs and import are pure: the database is the state layer’s',
			severity: 'error',
			from: { path: PURE },
			to: { path: '^src/lib/db/' }
		},
		{
			name: 'pure-no-svelte',
			comment: 'check, checking, export, packs and import are plain TypeScript, without Svelte',
			severity: 'error',
			from: { path: PURE },
			to: { path: ['(^|/)node_modules/svelte/', '\\.svelte(\\.ts|\\.js)?$', '^svelte$'] }
		},
		{
			name: 'pure-not-up',
			comment: 'the pure modules do not reach up into state, editor, components or routes',
			severity: 'error',
			from: { path: PURE },
			to: { path: '^src/(lib/(state|editor|components|backup|cli)|routes)/' }
		},
		{
			name: 'editor-no-db',
			comment: 'the CodeMirror adapters get data passed; only state calls the database',
			severity: 'error',
			from: { path: '^src/lib/editor/' },
			to: { path: '^src/(lib/(db|state|components)|routes)/' }
		},
		{
			name: 'state-not-up',
			comment: 'state does not import components or routes',
			severity: 'error',
			from: { path: '^src/lib/state/' },
			to: { path: '^src/(lib/components|routes)/' }
		},
		{
			name: 'components-no-db',
			comment: 'components are thin: they get state passed or by context, never the database',
			severity: 'error',
			from: { path: '^src/lib/components/' },
			to: { path: ['^src/lib/db/', '^src/routes/'] }
		},
		{
			name: 'db-not-up',
			comment: 'the database layer knows nothing above it',
			severity: 'error',
			from: { path: '^src/lib/db/' },
			to: { path: '^src/(lib/(state|editor|components|checking|export|import)|routes)/' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '(^|/)(\\.svelte-kit|build|dist-cli|node_modules)/' },
		tsConfig: process.env.LAYERS_NO_TSCONFIG ? undefined : { fileName: 'tsconfig.json' },
		tsPreCompilationDeps: true,
		// Svelte files are resolved without the tsconfig paths: the kit aliases spelt out there.
		webpackConfig: { fileName: path.join(__dirname, 'scripts/layers-aliases.cjs') },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types', 'svelte'],
			extensions: ['.ts', '.js', '.svelte', '.json', '.mjs', '.cjs']
		}
	}
};
