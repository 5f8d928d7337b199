/** The generated protobuf classes (see `npm run proto`) and the canonical codec. */

export * from "./codec.js";
export { poco } from "./generated/poco.js";
