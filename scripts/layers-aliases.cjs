// The SvelteKit aliases, for dependency-cruiser's resolver (it reads webpack-style resolve.alias).
const path = require('node:path');
const root = path.resolve(__dirname, '..');

module.exports = {
	resolve: {
		alias: {
			$lib: path.join(root, 'src/lib'),
			$plugins: path.join(root, 'plugins'),
			$templates: path.join(root, 'templates')
		}
	}
};
