/** Pure rules that turn indicator values into what the Board reads (no I/O). */
export * from "./benchmarks.ts";
export * from "./numbers.ts";
export * from "./projection.ts";
export * from "./rag.ts";
export * from "./spc.ts";
export * from "./suppression.ts";
export * from "./targets.ts";
