// Tests are written in TypeScript under tests/ and run from their compiled form in dist/ (native ESM).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/tests'],
  testMatch: ['**/*.test.js'],
  transform: {},
  testTimeout: 60000,
};
