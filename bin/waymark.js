#!/usr/bin/env node
// Waymark's command line. The source is TypeScript run through tsx, so a clone needs no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
await main(process.argv);
