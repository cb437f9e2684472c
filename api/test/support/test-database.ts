import { randomBytes } from 'node:crypto';

/** Names shared between the global setup, the test files and the teardown, via the environment. */
export const ENV_SERVER_URL = 'HIRFA_TEST_SERVER_URL';
export const ENV_TEMPLATE = 'HIRFA_TEST_TEMPLATE_DATABASE';
export const ENV_RUN_PREFIX = 'HIRFA_TEST_RUN_PREFIX';

export function newRunPrefix(): string {
  return `hirfa_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export function testSettings(): { serverUrl: string; template: string; prefix: string } {
  const serverUrl = process.env[ENV_SERVER_URL];
  const template = process.env[ENV_TEMPLATE];
  const prefix = process.env[ENV_RUN_PREFIX];
  if (!serverUrl || !template || !prefix) {
    throw new Error('The end-to-end tests run through jest --selectProjects e2e (global setup)');
  }
  return { serverUrl, template, prefix };
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}
