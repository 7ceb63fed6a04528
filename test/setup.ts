// Loaded by mocha before any test file (.mocharc.json "require"): quiet logs, no .env surprises.
import { configureAnswering } from '../src/services/english-words';

process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
// Answers in tests use the same English word list as the app (read lazily by the services layer).
configureAnswering();
