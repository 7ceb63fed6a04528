// Mocha settings. `npm test` runs the whole suite; naming test files runs only those
// (`npx mocha dist/test/framework/disputes.test.js`), since mocha would otherwise add them to the spec.
const named = process.argv.slice(2).some((arg) => !arg.startsWith('-') && arg.endsWith('.test.js'));

module.exports = {
  spec: named ? [] : ['dist/test/**/*.test.js'],
  timeout: 20000,
  reporter: 'spec',
  exit: true,
  require: ['dist/test/setup.js'],
  'node-option': ['no-deprecation'],
};
