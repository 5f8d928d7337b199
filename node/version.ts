/** The node's version, in a module of its own so that `poco --version` loads nothing else. */
export const NODE_VERSION = "0.1.0";
