// Post-processing of pbjs's static module (run by genProto.mjs; test protoOneofs checks that the
// committed proto/generated/poco.js is exactly what pbjs + this step produce).
//
// pbjs makes every oneof's virtual name property (`tx.kind`) an accessor built by protobufjs's
// util.oneOfGetter / oneOfSetter: the getter allocates `Object.keys(this)` on every read and the
// setter (run by every decode) deletes each other member through a loop of keyed deletes. A node
// reads `tx.kind` several times per transaction (admission, field checks, gas, execution), so the
// getter was ≈ 7% of the allocations on a transfer's path. The property is defined non-configurable,
// so it cannot be replaced at run time: this step rewrites the definition instead, with straight-line
// code over the oneof's members that answers exactly as protobufjs's does. When more than one member
// is set (never for a decoded message: the codec refuses non-canonical bytes, but possible for an
// object built by hand), the answer depends on own-key insertion order, so the getter defers to
// protobufjs's own.

const DEFINITION =
  /get: \$util\.oneOfGetter\(\$oneOfFields = \[((?:"[A-Za-z_$][\w$]*"(?:, )?)+)\]\),\n(\s*)set: \$util\.oneOfSetter\(\$oneOfFields\)/g;

/** Replaces every protobufjs oneof accessor in `source` by the straight-line form. Idempotent. */
export function fastOneofs(source) {
  let count = 0;
  const out = source.replace(DEFINITION, (_, list, indent) => {
    count++;
    const names = JSON.parse(`[${list}]`);
    const inner = `${indent}    `;
    const getter = [
      `get: (function ($byKeys) { // scripts/protoOneofs.mjs: no Object.keys per read`,
      `${inner}return function () {`,
      `${inner}    let $name, $set = 0;`,
      ...names.map((n) => `${inner}    if (this.${n} != null) { $name = "${n}"; ++$set; }`),
      `${inner}    return $set > 1 ? $byKeys.call(this) : $name;`,
      `${inner}};`,
      `${indent}})($util.oneOfGetter($oneOfFields = [${list}])),`,
    ];
    const setter = [
      `set: function ($name) {`,
      ...names.map((n) => `${inner}if ($name !== "${n}") delete this.${n};`),
      `${indent}}`,
    ];
    return `${getter.join("\n")}\n${indent}${setter.join("\n")}`;
  });
  if (count === 0 && !source.includes("scripts/protoOneofs.mjs") && source.includes("oneOfGetter"))
    throw new Error("protoOneofs: pbjs's oneof accessors not recognized (protobufjs changed its output?)");
  return out;
}
