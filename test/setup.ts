// Loaded by mocha before any test file (.mocharc.json "require"): quiet logs, no .env surprises.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
