// Worker threads cannot load TypeScript on their own: register tsx, then load the worker.
import { register } from "tsx/esm/api";

register();
await import("./embedded-worker.ts");
