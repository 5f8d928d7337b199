#!/usr/bin/env node
// The `poco` command. Sources are TypeScript run through tsx's loader, so no build step is needed.
import { register } from "tsx/esm/api";

register();
await import("../node/cli/main.ts");
