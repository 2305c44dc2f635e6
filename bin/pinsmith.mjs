#!/usr/bin/env node
// Node 20 cannot run TypeScript: tsx compiles the CLI on the fly (no build step to forget).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
