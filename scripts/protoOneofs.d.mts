/** Replaces every protobufjs oneof accessor in pbjs's static module by a straight-line form. */
export function fastOneofs(source: string): string;
