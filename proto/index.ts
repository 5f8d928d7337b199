/** The generated protobuf classes (see `npm run proto`) and the canonical codec. */
export { poco } from "./generated/poco.js";
export * from "./codec.js";
