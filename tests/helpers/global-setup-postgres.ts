import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { setupTemplate } from './global-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}

/** A template database named for this run, so two runs on one PostgreSQL server never drop each other's. */
export default function setup(project: TestProject) {
  const name = `broadsheet_test_template_${randomBytes(4).toString('hex')}`;
  project.provide('pgTemplate', name);
  return setupTemplate('postgres', name);
}
