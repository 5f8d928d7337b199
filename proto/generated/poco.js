/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const poco = $root.poco = (() => {

    /**
     * Namespace poco.
     * @exports poco
     * @namespace
     */
    const poco = {};

    poco.Transfer = (function() {

        /**
         * Properties of a Transfer.
         * @typedef {Object} poco.Transfer.$Properties
         * @property {Uint8Array|null} [to] Transfer to
         * @property {Uint8Array|null} [amount] Transfer amount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Transfer.
         * @memberof poco
         * @interface ITransfer
         * @augments poco.Transfer.$Properties
         * @deprecated Use poco.Transfer.$Properties instead.
         */

        /**
         * Shape of a Transfer.
         * @typedef {poco.Transfer.$Properties} poco.Transfer.$Shape
         */

        /**
         * Constructs a new Transfer.
         * @memberof poco
         * @classdesc Represents a Transfer.
         * @constructor
         * @param {poco.Transfer.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Transfer = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Transfer to.
         * @member {Uint8Array} to
         * @memberof poco.Transfer
         * @instance
         */
        Transfer.prototype.to = $util.newBuffer([]);

        /**
         * Transfer amount.
         * @member {Uint8Array} amount
         * @memberof poco.Transfer
         * @instance
         */
        Transfer.prototype.amount = $util.newBuffer([]);

        /**
         * Creates a new Transfer instance using the specified properties.
         * @function create
         * @memberof poco.Transfer
         * @static
         * @param {poco.Transfer.$Properties=} [properties] Properties to set
         * @returns {poco.Transfer} Transfer instance
         * @type {{
         *   (properties: poco.Transfer.$Shape): poco.Transfer & poco.Transfer.$Shape;
         *   (properties?: poco.Transfer.$Properties): poco.Transfer;
         * }}
         */
        Transfer.create = function(properties) {
            return new Transfer(properties);
        };

        /**
         * Encodes the specified Transfer message. Does not implicitly {@link poco.Transfer.verify|verify} messages.
         * @function encode
         * @memberof poco.Transfer
         * @static
         * @param {poco.Transfer.$Properties} message Transfer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Transfer.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.to);
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.amount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Transfer message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Transfer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Transfer & poco.Transfer.$Shape} Transfer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Transfer.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Transfer();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.to = value;
                        else
                            delete message.to;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.amount = value;
                        else
                            delete message.amount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Transfer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Transfer
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Transfer} Transfer
         */
        Transfer.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Transfer)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Transfer: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Transfer();
            if (object.to != null)
                if (object.to.length)
                    if (typeof object.to === "string")
                        $util.base64.decode(object.to, message.to = $util.newBuffer($util.base64.length(object.to)), 0);
                    else if (object.to.length >= 0)
                        message.to = object.to;
            if (object.amount != null)
                if (object.amount.length)
                    if (typeof object.amount === "string")
                        $util.base64.decode(object.amount, message.amount = $util.newBuffer($util.base64.length(object.amount)), 0);
                    else if (object.amount.length >= 0)
                        message.amount = object.amount;
            return message;
        };

        /**
         * Creates a plain object from a Transfer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Transfer
         * @static
         * @param {poco.Transfer} message Transfer
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Transfer.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.to = "";
                else {
                    object.to = [];
                    if (options.bytes !== $Array)
                        object.to = $util.newBuffer(object.to);
                }
                if (options.bytes === $String)
                    object.amount = "";
                else {
                    object.amount = [];
                    if (options.bytes !== $Array)
                        object.amount = $util.newBuffer(object.amount);
                }
            }
            if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                object.to = options.bytes === $String ? $util.base64.encode(message.to, 0, message.to.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.to) : message.to;
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                object.amount = options.bytes === $String ? $util.base64.encode(message.amount, 0, message.amount.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.amount) : message.amount;
            return object;
        };

        /**
         * Converts this Transfer to JSON.
         * @function toJSON
         * @memberof poco.Transfer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Transfer.prototype.toJSON = function() {
            return Transfer.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Transfer;
    })();

    poco.Stake = (function() {

        /**
         * Properties of a Stake.
         * @typedef {Object} poco.Stake.$Properties
         * @property {Uint8Array|null} [amount] Stake amount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Stake.
         * @memberof poco
         * @interface IStake
         * @augments poco.Stake.$Properties
         * @deprecated Use poco.Stake.$Properties instead.
         */

        /**
         * Shape of a Stake.
         * @typedef {poco.Stake.$Properties} poco.Stake.$Shape
         */

        /**
         * Constructs a new Stake.
         * @memberof poco
         * @classdesc Represents a Stake.
         * @constructor
         * @param {poco.Stake.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Stake = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Stake amount.
         * @member {Uint8Array} amount
         * @memberof poco.Stake
         * @instance
         */
        Stake.prototype.amount = $util.newBuffer([]);

        /**
         * Creates a new Stake instance using the specified properties.
         * @function create
         * @memberof poco.Stake
         * @static
         * @param {poco.Stake.$Properties=} [properties] Properties to set
         * @returns {poco.Stake} Stake instance
         * @type {{
         *   (properties: poco.Stake.$Shape): poco.Stake & poco.Stake.$Shape;
         *   (properties?: poco.Stake.$Properties): poco.Stake;
         * }}
         */
        Stake.create = function(properties) {
            return new Stake(properties);
        };

        /**
         * Encodes the specified Stake message. Does not implicitly {@link poco.Stake.verify|verify} messages.
         * @function encode
         * @memberof poco.Stake
         * @static
         * @param {poco.Stake.$Properties} message Stake message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Stake.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.amount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Stake message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Stake
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Stake & poco.Stake.$Shape} Stake
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Stake.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Stake();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.amount = value;
                        else
                            delete message.amount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Stake message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Stake
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Stake} Stake
         */
        Stake.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Stake)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Stake: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Stake();
            if (object.amount != null)
                if (object.amount.length)
                    if (typeof object.amount === "string")
                        $util.base64.decode(object.amount, message.amount = $util.newBuffer($util.base64.length(object.amount)), 0);
                    else if (object.amount.length >= 0)
                        message.amount = object.amount;
            return message;
        };

        /**
         * Creates a plain object from a Stake message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Stake
         * @static
         * @param {poco.Stake} message Stake
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Stake.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.amount = "";
                else {
                    object.amount = [];
                    if (options.bytes !== $Array)
                        object.amount = $util.newBuffer(object.amount);
                }
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                object.amount = options.bytes === $String ? $util.base64.encode(message.amount, 0, message.amount.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.amount) : message.amount;
            return object;
        };

        /**
         * Converts this Stake to JSON.
         * @function toJSON
         * @memberof poco.Stake
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Stake.prototype.toJSON = function() {
            return Stake.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Stake;
    })();

    poco.Unstake = (function() {

        /**
         * Properties of an Unstake.
         * @typedef {Object} poco.Unstake.$Properties
         * @property {Uint8Array|null} [amount] Unstake amount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Unstake.
         * @memberof poco
         * @interface IUnstake
         * @augments poco.Unstake.$Properties
         * @deprecated Use poco.Unstake.$Properties instead.
         */

        /**
         * Shape of an Unstake.
         * @typedef {poco.Unstake.$Properties} poco.Unstake.$Shape
         */

        /**
         * Constructs a new Unstake.
         * @memberof poco
         * @classdesc Represents an Unstake.
         * @constructor
         * @param {poco.Unstake.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Unstake = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Unstake amount.
         * @member {Uint8Array} amount
         * @memberof poco.Unstake
         * @instance
         */
        Unstake.prototype.amount = $util.newBuffer([]);

        /**
         * Creates a new Unstake instance using the specified properties.
         * @function create
         * @memberof poco.Unstake
         * @static
         * @param {poco.Unstake.$Properties=} [properties] Properties to set
         * @returns {poco.Unstake} Unstake instance
         * @type {{
         *   (properties: poco.Unstake.$Shape): poco.Unstake & poco.Unstake.$Shape;
         *   (properties?: poco.Unstake.$Properties): poco.Unstake;
         * }}
         */
        Unstake.create = function(properties) {
            return new Unstake(properties);
        };

        /**
         * Encodes the specified Unstake message. Does not implicitly {@link poco.Unstake.verify|verify} messages.
         * @function encode
         * @memberof poco.Unstake
         * @static
         * @param {poco.Unstake.$Properties} message Unstake message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Unstake.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.amount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Unstake message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Unstake
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Unstake & poco.Unstake.$Shape} Unstake
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Unstake.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Unstake();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.amount = value;
                        else
                            delete message.amount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates an Unstake message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Unstake
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Unstake} Unstake
         */
        Unstake.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Unstake)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Unstake: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Unstake();
            if (object.amount != null)
                if (object.amount.length)
                    if (typeof object.amount === "string")
                        $util.base64.decode(object.amount, message.amount = $util.newBuffer($util.base64.length(object.amount)), 0);
                    else if (object.amount.length >= 0)
                        message.amount = object.amount;
            return message;
        };

        /**
         * Creates a plain object from an Unstake message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Unstake
         * @static
         * @param {poco.Unstake} message Unstake
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Unstake.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.amount = "";
                else {
                    object.amount = [];
                    if (options.bytes !== $Array)
                        object.amount = $util.newBuffer(object.amount);
                }
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                object.amount = options.bytes === $String ? $util.base64.encode(message.amount, 0, message.amount.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.amount) : message.amount;
            return object;
        };

        /**
         * Converts this Unstake to JSON.
         * @function toJSON
         * @memberof poco.Unstake
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Unstake.prototype.toJSON = function() {
            return Unstake.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Unstake;
    })();

    poco.Bond = (function() {

        /**
         * Properties of a Bond.
         * @typedef {Object} poco.Bond.$Properties
         * @property {Uint8Array|null} [amount] Bond amount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Bond.
         * @memberof poco
         * @interface IBond
         * @augments poco.Bond.$Properties
         * @deprecated Use poco.Bond.$Properties instead.
         */

        /**
         * Shape of a Bond.
         * @typedef {poco.Bond.$Properties} poco.Bond.$Shape
         */

        /**
         * Constructs a new Bond.
         * @memberof poco
         * @classdesc Represents a Bond.
         * @constructor
         * @param {poco.Bond.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Bond = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Bond amount.
         * @member {Uint8Array} amount
         * @memberof poco.Bond
         * @instance
         */
        Bond.prototype.amount = $util.newBuffer([]);

        /**
         * Creates a new Bond instance using the specified properties.
         * @function create
         * @memberof poco.Bond
         * @static
         * @param {poco.Bond.$Properties=} [properties] Properties to set
         * @returns {poco.Bond} Bond instance
         * @type {{
         *   (properties: poco.Bond.$Shape): poco.Bond & poco.Bond.$Shape;
         *   (properties?: poco.Bond.$Properties): poco.Bond;
         * }}
         */
        Bond.create = function(properties) {
            return new Bond(properties);
        };

        /**
         * Encodes the specified Bond message. Does not implicitly {@link poco.Bond.verify|verify} messages.
         * @function encode
         * @memberof poco.Bond
         * @static
         * @param {poco.Bond.$Properties} message Bond message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Bond.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.amount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Bond message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Bond
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Bond & poco.Bond.$Shape} Bond
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Bond.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Bond();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.amount = value;
                        else
                            delete message.amount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Bond message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Bond
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Bond} Bond
         */
        Bond.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Bond)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Bond: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Bond();
            if (object.amount != null)
                if (object.amount.length)
                    if (typeof object.amount === "string")
                        $util.base64.decode(object.amount, message.amount = $util.newBuffer($util.base64.length(object.amount)), 0);
                    else if (object.amount.length >= 0)
                        message.amount = object.amount;
            return message;
        };

        /**
         * Creates a plain object from a Bond message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Bond
         * @static
         * @param {poco.Bond} message Bond
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Bond.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.amount = "";
                else {
                    object.amount = [];
                    if (options.bytes !== $Array)
                        object.amount = $util.newBuffer(object.amount);
                }
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                object.amount = options.bytes === $String ? $util.base64.encode(message.amount, 0, message.amount.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.amount) : message.amount;
            return object;
        };

        /**
         * Converts this Bond to JSON.
         * @function toJSON
         * @memberof poco.Bond
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Bond.prototype.toJSON = function() {
            return Bond.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Bond;
    })();

    poco.Unbond = (function() {

        /**
         * Properties of an Unbond.
         * @typedef {Object} poco.Unbond.$Properties
         * @property {Uint8Array|null} [amount] Unbond amount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Unbond.
         * @memberof poco
         * @interface IUnbond
         * @augments poco.Unbond.$Properties
         * @deprecated Use poco.Unbond.$Properties instead.
         */

        /**
         * Shape of an Unbond.
         * @typedef {poco.Unbond.$Properties} poco.Unbond.$Shape
         */

        /**
         * Constructs a new Unbond.
         * @memberof poco
         * @classdesc Represents an Unbond.
         * @constructor
         * @param {poco.Unbond.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Unbond = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Unbond amount.
         * @member {Uint8Array} amount
         * @memberof poco.Unbond
         * @instance
         */
        Unbond.prototype.amount = $util.newBuffer([]);

        /**
         * Creates a new Unbond instance using the specified properties.
         * @function create
         * @memberof poco.Unbond
         * @static
         * @param {poco.Unbond.$Properties=} [properties] Properties to set
         * @returns {poco.Unbond} Unbond instance
         * @type {{
         *   (properties: poco.Unbond.$Shape): poco.Unbond & poco.Unbond.$Shape;
         *   (properties?: poco.Unbond.$Properties): poco.Unbond;
         * }}
         */
        Unbond.create = function(properties) {
            return new Unbond(properties);
        };

        /**
         * Encodes the specified Unbond message. Does not implicitly {@link poco.Unbond.verify|verify} messages.
         * @function encode
         * @memberof poco.Unbond
         * @static
         * @param {poco.Unbond.$Properties} message Unbond message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Unbond.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.amount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Unbond message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Unbond
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Unbond & poco.Unbond.$Shape} Unbond
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Unbond.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Unbond();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.amount = value;
                        else
                            delete message.amount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates an Unbond message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Unbond
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Unbond} Unbond
         */
        Unbond.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Unbond)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Unbond: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Unbond();
            if (object.amount != null)
                if (object.amount.length)
                    if (typeof object.amount === "string")
                        $util.base64.decode(object.amount, message.amount = $util.newBuffer($util.base64.length(object.amount)), 0);
                    else if (object.amount.length >= 0)
                        message.amount = object.amount;
            return message;
        };

        /**
         * Creates a plain object from an Unbond message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Unbond
         * @static
         * @param {poco.Unbond} message Unbond
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Unbond.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.amount = "";
                else {
                    object.amount = [];
                    if (options.bytes !== $Array)
                        object.amount = $util.newBuffer(object.amount);
                }
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                object.amount = options.bytes === $String ? $util.base64.encode(message.amount, 0, message.amount.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.amount) : message.amount;
            return object;
        };

        /**
         * Converts this Unbond to JSON.
         * @function toJSON
         * @memberof poco.Unbond
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Unbond.prototype.toJSON = function() {
            return Unbond.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Unbond;
    })();

    poco.RegisterApp = (function() {

        /**
         * Properties of a RegisterApp.
         * @typedef {Object} poco.RegisterApp.$Properties
         * @property {string|null} [name] RegisterApp name
         * @property {string|null} [uri] RegisterApp uri
         * @property {Uint8Array|null} [checksum] RegisterApp checksum
         * @property {Uint8Array|null} [mrenclave] RegisterApp mrenclave
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegisterApp.
         * @memberof poco
         * @interface IRegisterApp
         * @augments poco.RegisterApp.$Properties
         * @deprecated Use poco.RegisterApp.$Properties instead.
         */

        /**
         * Shape of a RegisterApp.
         * @typedef {poco.RegisterApp.$Properties} poco.RegisterApp.$Shape
         */

        /**
         * Constructs a new RegisterApp.
         * @memberof poco
         * @classdesc Represents a RegisterApp.
         * @constructor
         * @param {poco.RegisterApp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegisterApp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegisterApp name.
         * @member {string} name
         * @memberof poco.RegisterApp
         * @instance
         */
        RegisterApp.prototype.name = "";

        /**
         * RegisterApp uri.
         * @member {string} uri
         * @memberof poco.RegisterApp
         * @instance
         */
        RegisterApp.prototype.uri = "";

        /**
         * RegisterApp checksum.
         * @member {Uint8Array} checksum
         * @memberof poco.RegisterApp
         * @instance
         */
        RegisterApp.prototype.checksum = $util.newBuffer([]);

        /**
         * RegisterApp mrenclave.
         * @member {Uint8Array} mrenclave
         * @memberof poco.RegisterApp
         * @instance
         */
        RegisterApp.prototype.mrenclave = $util.newBuffer([]);

        /**
         * Creates a new RegisterApp instance using the specified properties.
         * @function create
         * @memberof poco.RegisterApp
         * @static
         * @param {poco.RegisterApp.$Properties=} [properties] Properties to set
         * @returns {poco.RegisterApp} RegisterApp instance
         * @type {{
         *   (properties: poco.RegisterApp.$Shape): poco.RegisterApp & poco.RegisterApp.$Shape;
         *   (properties?: poco.RegisterApp.$Properties): poco.RegisterApp;
         * }}
         */
        RegisterApp.create = function(properties) {
            return new RegisterApp(properties);
        };

        /**
         * Encodes the specified RegisterApp message. Does not implicitly {@link poco.RegisterApp.verify|verify} messages.
         * @function encode
         * @memberof poco.RegisterApp
         * @static
         * @param {poco.RegisterApp.$Properties} message RegisterApp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterApp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.uri);
            if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.checksum);
            if (message.mrenclave != null && $Object.hasOwnProperty.call(message, "mrenclave") && message.mrenclave.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.mrenclave);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RegisterApp message from the specified reader or buffer.
         * @function decode
         * @memberof poco.RegisterApp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.RegisterApp & poco.RegisterApp.$Shape} RegisterApp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterApp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.RegisterApp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uri = value;
                        else
                            delete message.uri;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.checksum = value;
                        else
                            delete message.checksum;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.mrenclave = value;
                        else
                            delete message.mrenclave;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a RegisterApp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.RegisterApp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.RegisterApp} RegisterApp
         */
        RegisterApp.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.RegisterApp)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.RegisterApp: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.RegisterApp();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.uri != null)
                if (typeof object.uri !== "string" || object.uri.length)
                    message.uri = $String(object.uri);
            if (object.checksum != null)
                if (object.checksum.length)
                    if (typeof object.checksum === "string")
                        $util.base64.decode(object.checksum, message.checksum = $util.newBuffer($util.base64.length(object.checksum)), 0);
                    else if (object.checksum.length >= 0)
                        message.checksum = object.checksum;
            if (object.mrenclave != null)
                if (object.mrenclave.length)
                    if (typeof object.mrenclave === "string")
                        $util.base64.decode(object.mrenclave, message.mrenclave = $util.newBuffer($util.base64.length(object.mrenclave)), 0);
                    else if (object.mrenclave.length >= 0)
                        message.mrenclave = object.mrenclave;
            return message;
        };

        /**
         * Creates a plain object from a RegisterApp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.RegisterApp
         * @static
         * @param {poco.RegisterApp} message RegisterApp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RegisterApp.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.uri = "";
                if (options.bytes === $String)
                    object.checksum = "";
                else {
                    object.checksum = [];
                    if (options.bytes !== $Array)
                        object.checksum = $util.newBuffer(object.checksum);
                }
                if (options.bytes === $String)
                    object.mrenclave = "";
                else {
                    object.mrenclave = [];
                    if (options.bytes !== $Array)
                        object.mrenclave = $util.newBuffer(object.mrenclave);
                }
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                object.uri = message.uri;
            if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                object.checksum = options.bytes === $String ? $util.base64.encode(message.checksum, 0, message.checksum.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.checksum) : message.checksum;
            if (message.mrenclave != null && $Object.hasOwnProperty.call(message, "mrenclave"))
                object.mrenclave = options.bytes === $String ? $util.base64.encode(message.mrenclave, 0, message.mrenclave.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.mrenclave) : message.mrenclave;
            return object;
        };

        /**
         * Converts this RegisterApp to JSON.
         * @function toJSON
         * @memberof poco.RegisterApp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RegisterApp.prototype.toJSON = function() {
            return RegisterApp.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RegisterApp;
    })();

    poco.RegisterDataset = (function() {

        /**
         * Properties of a RegisterDataset.
         * @typedef {Object} poco.RegisterDataset.$Properties
         * @property {string|null} [name] RegisterDataset name
         * @property {string|null} [uri] RegisterDataset uri
         * @property {Uint8Array|null} [checksum] RegisterDataset checksum
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegisterDataset.
         * @memberof poco
         * @interface IRegisterDataset
         * @augments poco.RegisterDataset.$Properties
         * @deprecated Use poco.RegisterDataset.$Properties instead.
         */

        /**
         * Shape of a RegisterDataset.
         * @typedef {poco.RegisterDataset.$Properties} poco.RegisterDataset.$Shape
         */

        /**
         * Constructs a new RegisterDataset.
         * @memberof poco
         * @classdesc Represents a RegisterDataset.
         * @constructor
         * @param {poco.RegisterDataset.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegisterDataset = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegisterDataset name.
         * @member {string} name
         * @memberof poco.RegisterDataset
         * @instance
         */
        RegisterDataset.prototype.name = "";

        /**
         * RegisterDataset uri.
         * @member {string} uri
         * @memberof poco.RegisterDataset
         * @instance
         */
        RegisterDataset.prototype.uri = "";

        /**
         * RegisterDataset checksum.
         * @member {Uint8Array} checksum
         * @memberof poco.RegisterDataset
         * @instance
         */
        RegisterDataset.prototype.checksum = $util.newBuffer([]);

        /**
         * Creates a new RegisterDataset instance using the specified properties.
         * @function create
         * @memberof poco.RegisterDataset
         * @static
         * @param {poco.RegisterDataset.$Properties=} [properties] Properties to set
         * @returns {poco.RegisterDataset} RegisterDataset instance
         * @type {{
         *   (properties: poco.RegisterDataset.$Shape): poco.RegisterDataset & poco.RegisterDataset.$Shape;
         *   (properties?: poco.RegisterDataset.$Properties): poco.RegisterDataset;
         * }}
         */
        RegisterDataset.create = function(properties) {
            return new RegisterDataset(properties);
        };

        /**
         * Encodes the specified RegisterDataset message. Does not implicitly {@link poco.RegisterDataset.verify|verify} messages.
         * @function encode
         * @memberof poco.RegisterDataset
         * @static
         * @param {poco.RegisterDataset.$Properties} message RegisterDataset message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterDataset.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.uri);
            if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.checksum);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RegisterDataset message from the specified reader or buffer.
         * @function decode
         * @memberof poco.RegisterDataset
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.RegisterDataset & poco.RegisterDataset.$Shape} RegisterDataset
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterDataset.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.RegisterDataset();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uri = value;
                        else
                            delete message.uri;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.checksum = value;
                        else
                            delete message.checksum;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a RegisterDataset message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.RegisterDataset
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.RegisterDataset} RegisterDataset
         */
        RegisterDataset.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.RegisterDataset)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.RegisterDataset: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.RegisterDataset();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.uri != null)
                if (typeof object.uri !== "string" || object.uri.length)
                    message.uri = $String(object.uri);
            if (object.checksum != null)
                if (object.checksum.length)
                    if (typeof object.checksum === "string")
                        $util.base64.decode(object.checksum, message.checksum = $util.newBuffer($util.base64.length(object.checksum)), 0);
                    else if (object.checksum.length >= 0)
                        message.checksum = object.checksum;
            return message;
        };

        /**
         * Creates a plain object from a RegisterDataset message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.RegisterDataset
         * @static
         * @param {poco.RegisterDataset} message RegisterDataset
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RegisterDataset.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.uri = "";
                if (options.bytes === $String)
                    object.checksum = "";
                else {
                    object.checksum = [];
                    if (options.bytes !== $Array)
                        object.checksum = $util.newBuffer(object.checksum);
                }
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                object.uri = message.uri;
            if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                object.checksum = options.bytes === $String ? $util.base64.encode(message.checksum, 0, message.checksum.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.checksum) : message.checksum;
            return object;
        };

        /**
         * Converts this RegisterDataset to JSON.
         * @function toJSON
         * @memberof poco.RegisterDataset
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RegisterDataset.prototype.toJSON = function() {
            return RegisterDataset.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RegisterDataset;
    })();

    poco.RegisterWorkerpool = (function() {

        /**
         * Properties of a RegisterWorkerpool.
         * @typedef {Object} poco.RegisterWorkerpool.$Properties
         * @property {string|null} [description] RegisterWorkerpool description
         * @property {number|null} [schedulerRewardRatio] RegisterWorkerpool schedulerRewardRatio
         * @property {number|null} [powerEfficiency] RegisterWorkerpool powerEfficiency
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegisterWorkerpool.
         * @memberof poco
         * @interface IRegisterWorkerpool
         * @augments poco.RegisterWorkerpool.$Properties
         * @deprecated Use poco.RegisterWorkerpool.$Properties instead.
         */

        /**
         * Shape of a RegisterWorkerpool.
         * @typedef {poco.RegisterWorkerpool.$Properties} poco.RegisterWorkerpool.$Shape
         */

        /**
         * Constructs a new RegisterWorkerpool.
         * @memberof poco
         * @classdesc Represents a RegisterWorkerpool.
         * @constructor
         * @param {poco.RegisterWorkerpool.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegisterWorkerpool = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegisterWorkerpool description.
         * @member {string} description
         * @memberof poco.RegisterWorkerpool
         * @instance
         */
        RegisterWorkerpool.prototype.description = "";

        /**
         * RegisterWorkerpool schedulerRewardRatio.
         * @member {number} schedulerRewardRatio
         * @memberof poco.RegisterWorkerpool
         * @instance
         */
        RegisterWorkerpool.prototype.schedulerRewardRatio = 0;

        /**
         * RegisterWorkerpool powerEfficiency.
         * @member {number} powerEfficiency
         * @memberof poco.RegisterWorkerpool
         * @instance
         */
        RegisterWorkerpool.prototype.powerEfficiency = 0;

        /**
         * Creates a new RegisterWorkerpool instance using the specified properties.
         * @function create
         * @memberof poco.RegisterWorkerpool
         * @static
         * @param {poco.RegisterWorkerpool.$Properties=} [properties] Properties to set
         * @returns {poco.RegisterWorkerpool} RegisterWorkerpool instance
         * @type {{
         *   (properties: poco.RegisterWorkerpool.$Shape): poco.RegisterWorkerpool & poco.RegisterWorkerpool.$Shape;
         *   (properties?: poco.RegisterWorkerpool.$Properties): poco.RegisterWorkerpool;
         * }}
         */
        RegisterWorkerpool.create = function(properties) {
            return new RegisterWorkerpool(properties);
        };

        /**
         * Encodes the specified RegisterWorkerpool message. Does not implicitly {@link poco.RegisterWorkerpool.verify|verify} messages.
         * @function encode
         * @memberof poco.RegisterWorkerpool
         * @static
         * @param {poco.RegisterWorkerpool.$Properties} message RegisterWorkerpool message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterWorkerpool.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.description);
            if (message.schedulerRewardRatio != null && $Object.hasOwnProperty.call(message, "schedulerRewardRatio") && message.schedulerRewardRatio !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.schedulerRewardRatio);
            if (message.powerEfficiency != null && $Object.hasOwnProperty.call(message, "powerEfficiency") && message.powerEfficiency !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.powerEfficiency);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RegisterWorkerpool message from the specified reader or buffer.
         * @function decode
         * @memberof poco.RegisterWorkerpool
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.RegisterWorkerpool & poco.RegisterWorkerpool.$Shape} RegisterWorkerpool
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterWorkerpool.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.RegisterWorkerpool();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.description = value;
                        else
                            delete message.description;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.schedulerRewardRatio = value;
                        else
                            delete message.schedulerRewardRatio;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.powerEfficiency = value;
                        else
                            delete message.powerEfficiency;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a RegisterWorkerpool message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.RegisterWorkerpool
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.RegisterWorkerpool} RegisterWorkerpool
         */
        RegisterWorkerpool.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.RegisterWorkerpool)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.RegisterWorkerpool: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.RegisterWorkerpool();
            if (object.description != null)
                if (typeof object.description !== "string" || object.description.length)
                    message.description = $String(object.description);
            if (object.schedulerRewardRatio != null)
                if ($Number(object.schedulerRewardRatio) !== 0)
                    message.schedulerRewardRatio = object.schedulerRewardRatio >>> 0;
            if (object.powerEfficiency != null)
                if ($Number(object.powerEfficiency) !== 0)
                    message.powerEfficiency = object.powerEfficiency >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a RegisterWorkerpool message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.RegisterWorkerpool
         * @static
         * @param {poco.RegisterWorkerpool} message RegisterWorkerpool
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RegisterWorkerpool.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.description = "";
                object.schedulerRewardRatio = 0;
                object.powerEfficiency = 0;
            }
            if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                object.description = message.description;
            if (message.schedulerRewardRatio != null && $Object.hasOwnProperty.call(message, "schedulerRewardRatio"))
                object.schedulerRewardRatio = message.schedulerRewardRatio;
            if (message.powerEfficiency != null && $Object.hasOwnProperty.call(message, "powerEfficiency"))
                object.powerEfficiency = message.powerEfficiency;
            return object;
        };

        /**
         * Converts this RegisterWorkerpool to JSON.
         * @function toJSON
         * @memberof poco.RegisterWorkerpool
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RegisterWorkerpool.prototype.toJSON = function() {
            return RegisterWorkerpool.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RegisterWorkerpool;
    })();

    poco.RegisterCategory = (function() {

        /**
         * Properties of a RegisterCategory.
         * @typedef {Object} poco.RegisterCategory.$Properties
         * @property {string|null} [name] RegisterCategory name
         * @property {string|null} [description] RegisterCategory description
         * @property {number|Long|null} [workClockTimeRef] RegisterCategory workClockTimeRef
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegisterCategory.
         * @memberof poco
         * @interface IRegisterCategory
         * @augments poco.RegisterCategory.$Properties
         * @deprecated Use poco.RegisterCategory.$Properties instead.
         */

        /**
         * Shape of a RegisterCategory.
         * @typedef {poco.RegisterCategory.$Properties} poco.RegisterCategory.$Shape
         */

        /**
         * Constructs a new RegisterCategory.
         * @memberof poco
         * @classdesc Represents a RegisterCategory.
         * @constructor
         * @param {poco.RegisterCategory.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegisterCategory = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegisterCategory name.
         * @member {string} name
         * @memberof poco.RegisterCategory
         * @instance
         */
        RegisterCategory.prototype.name = "";

        /**
         * RegisterCategory description.
         * @member {string} description
         * @memberof poco.RegisterCategory
         * @instance
         */
        RegisterCategory.prototype.description = "";

        /**
         * RegisterCategory workClockTimeRef.
         * @member {number|Long} workClockTimeRef
         * @memberof poco.RegisterCategory
         * @instance
         */
        RegisterCategory.prototype.workClockTimeRef = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RegisterCategory instance using the specified properties.
         * @function create
         * @memberof poco.RegisterCategory
         * @static
         * @param {poco.RegisterCategory.$Properties=} [properties] Properties to set
         * @returns {poco.RegisterCategory} RegisterCategory instance
         * @type {{
         *   (properties: poco.RegisterCategory.$Shape): poco.RegisterCategory & poco.RegisterCategory.$Shape;
         *   (properties?: poco.RegisterCategory.$Properties): poco.RegisterCategory;
         * }}
         */
        RegisterCategory.create = function(properties) {
            return new RegisterCategory(properties);
        };

        /**
         * Encodes the specified RegisterCategory message. Does not implicitly {@link poco.RegisterCategory.verify|verify} messages.
         * @function encode
         * @memberof poco.RegisterCategory
         * @static
         * @param {poco.RegisterCategory.$Properties} message RegisterCategory message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterCategory.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
            if (message.workClockTimeRef != null && $Object.hasOwnProperty.call(message, "workClockTimeRef") && (typeof message.workClockTimeRef === "object" ? message.workClockTimeRef.low || message.workClockTimeRef.high : message.workClockTimeRef !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.workClockTimeRef);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RegisterCategory message from the specified reader or buffer.
         * @function decode
         * @memberof poco.RegisterCategory
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.RegisterCategory & poco.RegisterCategory.$Shape} RegisterCategory
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterCategory.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.RegisterCategory();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.description = value;
                        else
                            delete message.description;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.workClockTimeRef = value;
                        else
                            delete message.workClockTimeRef;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a RegisterCategory message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.RegisterCategory
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.RegisterCategory} RegisterCategory
         */
        RegisterCategory.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.RegisterCategory)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.RegisterCategory: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.RegisterCategory();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.description != null)
                if (typeof object.description !== "string" || object.description.length)
                    message.description = $String(object.description);
            if (object.workClockTimeRef != null)
                if (typeof object.workClockTimeRef === "object" ? object.workClockTimeRef.low || object.workClockTimeRef.high : $Number(object.workClockTimeRef) !== 0)
                    if ($util.Long)
                        message.workClockTimeRef = $util.Long.fromValue(object.workClockTimeRef, true);
                    else if (typeof object.workClockTimeRef === "string")
                        message.workClockTimeRef = $parseInt(object.workClockTimeRef, 10);
                    else if (typeof object.workClockTimeRef === "number")
                        message.workClockTimeRef = object.workClockTimeRef;
                    else if (typeof object.workClockTimeRef === "object")
                        message.workClockTimeRef = new $util.LongBits(object.workClockTimeRef.low >>> 0, object.workClockTimeRef.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a RegisterCategory message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.RegisterCategory
         * @static
         * @param {poco.RegisterCategory} message RegisterCategory
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RegisterCategory.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.description = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.workClockTimeRef = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.workClockTimeRef = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                object.description = message.description;
            if (message.workClockTimeRef != null && $Object.hasOwnProperty.call(message, "workClockTimeRef"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.workClockTimeRef = typeof message.workClockTimeRef === "number" ? $BigInt(message.workClockTimeRef) : $util.Long.fromBits(message.workClockTimeRef.low >>> 0, message.workClockTimeRef.high >>> 0, true).toBigInt();
                else if (typeof message.workClockTimeRef === "number")
                    object.workClockTimeRef = options.longs === $String ? $String(message.workClockTimeRef) : message.workClockTimeRef;
                else
                    object.workClockTimeRef = options.longs === $String ? $util.Long.prototype.toString.call(message.workClockTimeRef) : options.longs === $Number ? new $util.LongBits(message.workClockTimeRef.low >>> 0, message.workClockTimeRef.high >>> 0).toNumber(true) : message.workClockTimeRef;
            return object;
        };

        /**
         * Converts this RegisterCategory to JSON.
         * @function toJSON
         * @memberof poco.RegisterCategory
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RegisterCategory.prototype.toJSON = function() {
            return RegisterCategory.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RegisterCategory;
    })();

    poco.AppOrder = (function() {

        /**
         * Properties of an AppOrder.
         * @typedef {Object} poco.AppOrder.$Properties
         * @property {Uint8Array|null} [app] AppOrder app
         * @property {Uint8Array|null} [appprice] AppOrder appprice
         * @property {Uint8Array|null} [volume] AppOrder volume
         * @property {Uint8Array|null} [tag] AppOrder tag
         * @property {Uint8Array|null} [datasetrestrict] AppOrder datasetrestrict
         * @property {Uint8Array|null} [workerpoolrestrict] AppOrder workerpoolrestrict
         * @property {Uint8Array|null} [requesterrestrict] AppOrder requesterrestrict
         * @property {Uint8Array|null} [salt] AppOrder salt
         * @property {Uint8Array|null} [sign] AppOrder sign
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AppOrder.
         * @memberof poco
         * @interface IAppOrder
         * @augments poco.AppOrder.$Properties
         * @deprecated Use poco.AppOrder.$Properties instead.
         */

        /**
         * Shape of an AppOrder.
         * @typedef {poco.AppOrder.$Properties} poco.AppOrder.$Shape
         */

        /**
         * Constructs a new AppOrder.
         * @memberof poco
         * @classdesc Represents an AppOrder.
         * @constructor
         * @param {poco.AppOrder.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AppOrder = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AppOrder app.
         * @member {Uint8Array} app
         * @memberof poco.AppOrder
         * @instance
         */
        AppOrder.prototype.app = $util.newBuffer([]);

        /**
         * AppOrder appprice.
         * @member {Uint8Array} appprice
         * @memberof poco.AppOrder
         * @instance
         */
        AppOrder.prototype.appprice = $util.newBuffer([]);

        /**
         * AppOrder volume.
         * @member {Uint8Array} volume
         * @memberof poco.AppOrder
         * @instance
         */
        AppOrder.prototype.volume = $util.newBuffer([]);

        /**
         * AppOrder tag.
         * @member {Uint8Array} tag
         * @memberof poco.AppOrder
         * @instance
         */
        AppOrder.prototype.tag = $util.newBuffer([]);

        /**
         * AppOrder datasetrestrict.
         * @member {Uint8Array} datasetrestrict
         * @memberof poco.AppOrder
         * @instance
         */
        AppOrder.prototype.datasetrestrict = $util.newBuffer([]);

        /**
         * AppOrder workerpoolrestrict.
         * @member {Uint8Array} workerpoolrestrict
         * @memberof poco.AppOrder
         * @instance
         */
        AppOrder.prototype.workerpoolrestrict = $util.newBuffer([]);

        /**
         * AppOrder requesterrestrict.
         * @member {Uint8Array} requesterrestrict
         * @memberof poco.AppOrder
         * @instance
         */
        AppOrder.prototype.requesterrestrict = $util.newBuffer([]);

        /**
         * AppOrder salt.
         * @member {Uint8Array} salt
         * @memberof poco.AppOrder
         * @instance
         */
        AppOrder.prototype.salt = $util.newBuffer([]);

        /**
         * AppOrder sign.
         * @member {Uint8Array} sign
         * @memberof poco.AppOrder
         * @instance
         */
        AppOrder.prototype.sign = $util.newBuffer([]);

        /**
         * Creates a new AppOrder instance using the specified properties.
         * @function create
         * @memberof poco.AppOrder
         * @static
         * @param {poco.AppOrder.$Properties=} [properties] Properties to set
         * @returns {poco.AppOrder} AppOrder instance
         * @type {{
         *   (properties: poco.AppOrder.$Shape): poco.AppOrder & poco.AppOrder.$Shape;
         *   (properties?: poco.AppOrder.$Properties): poco.AppOrder;
         * }}
         */
        AppOrder.create = function(properties) {
            return new AppOrder(properties);
        };

        /**
         * Encodes the specified AppOrder message. Does not implicitly {@link poco.AppOrder.verify|verify} messages.
         * @function encode
         * @memberof poco.AppOrder
         * @static
         * @param {poco.AppOrder.$Properties} message AppOrder message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AppOrder.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.app != null && $Object.hasOwnProperty.call(message, "app") && message.app.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.app);
            if (message.appprice != null && $Object.hasOwnProperty.call(message, "appprice") && message.appprice.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.appprice);
            if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.volume);
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.tag);
            if (message.datasetrestrict != null && $Object.hasOwnProperty.call(message, "datasetrestrict") && message.datasetrestrict.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.datasetrestrict);
            if (message.workerpoolrestrict != null && $Object.hasOwnProperty.call(message, "workerpoolrestrict") && message.workerpoolrestrict.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.workerpoolrestrict);
            if (message.requesterrestrict != null && $Object.hasOwnProperty.call(message, "requesterrestrict") && message.requesterrestrict.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.requesterrestrict);
            if (message.salt != null && $Object.hasOwnProperty.call(message, "salt") && message.salt.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.salt);
            if (message.sign != null && $Object.hasOwnProperty.call(message, "sign") && message.sign.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.sign);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AppOrder message from the specified reader or buffer.
         * @function decode
         * @memberof poco.AppOrder
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.AppOrder & poco.AppOrder.$Shape} AppOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AppOrder.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.AppOrder();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.app = value;
                        else
                            delete message.app;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.appprice = value;
                        else
                            delete message.appprice;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.volume = value;
                        else
                            delete message.volume;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.tag = value;
                        else
                            delete message.tag;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.datasetrestrict = value;
                        else
                            delete message.datasetrestrict;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpoolrestrict = value;
                        else
                            delete message.workerpoolrestrict;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.requesterrestrict = value;
                        else
                            delete message.requesterrestrict;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.salt = value;
                        else
                            delete message.salt;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.sign = value;
                        else
                            delete message.sign;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates an AppOrder message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.AppOrder
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.AppOrder} AppOrder
         */
        AppOrder.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.AppOrder)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.AppOrder: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.AppOrder();
            if (object.app != null)
                if (object.app.length)
                    if (typeof object.app === "string")
                        $util.base64.decode(object.app, message.app = $util.newBuffer($util.base64.length(object.app)), 0);
                    else if (object.app.length >= 0)
                        message.app = object.app;
            if (object.appprice != null)
                if (object.appprice.length)
                    if (typeof object.appprice === "string")
                        $util.base64.decode(object.appprice, message.appprice = $util.newBuffer($util.base64.length(object.appprice)), 0);
                    else if (object.appprice.length >= 0)
                        message.appprice = object.appprice;
            if (object.volume != null)
                if (object.volume.length)
                    if (typeof object.volume === "string")
                        $util.base64.decode(object.volume, message.volume = $util.newBuffer($util.base64.length(object.volume)), 0);
                    else if (object.volume.length >= 0)
                        message.volume = object.volume;
            if (object.tag != null)
                if (object.tag.length)
                    if (typeof object.tag === "string")
                        $util.base64.decode(object.tag, message.tag = $util.newBuffer($util.base64.length(object.tag)), 0);
                    else if (object.tag.length >= 0)
                        message.tag = object.tag;
            if (object.datasetrestrict != null)
                if (object.datasetrestrict.length)
                    if (typeof object.datasetrestrict === "string")
                        $util.base64.decode(object.datasetrestrict, message.datasetrestrict = $util.newBuffer($util.base64.length(object.datasetrestrict)), 0);
                    else if (object.datasetrestrict.length >= 0)
                        message.datasetrestrict = object.datasetrestrict;
            if (object.workerpoolrestrict != null)
                if (object.workerpoolrestrict.length)
                    if (typeof object.workerpoolrestrict === "string")
                        $util.base64.decode(object.workerpoolrestrict, message.workerpoolrestrict = $util.newBuffer($util.base64.length(object.workerpoolrestrict)), 0);
                    else if (object.workerpoolrestrict.length >= 0)
                        message.workerpoolrestrict = object.workerpoolrestrict;
            if (object.requesterrestrict != null)
                if (object.requesterrestrict.length)
                    if (typeof object.requesterrestrict === "string")
                        $util.base64.decode(object.requesterrestrict, message.requesterrestrict = $util.newBuffer($util.base64.length(object.requesterrestrict)), 0);
                    else if (object.requesterrestrict.length >= 0)
                        message.requesterrestrict = object.requesterrestrict;
            if (object.salt != null)
                if (object.salt.length)
                    if (typeof object.salt === "string")
                        $util.base64.decode(object.salt, message.salt = $util.newBuffer($util.base64.length(object.salt)), 0);
                    else if (object.salt.length >= 0)
                        message.salt = object.salt;
            if (object.sign != null)
                if (object.sign.length)
                    if (typeof object.sign === "string")
                        $util.base64.decode(object.sign, message.sign = $util.newBuffer($util.base64.length(object.sign)), 0);
                    else if (object.sign.length >= 0)
                        message.sign = object.sign;
            return message;
        };

        /**
         * Creates a plain object from an AppOrder message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.AppOrder
         * @static
         * @param {poco.AppOrder} message AppOrder
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AppOrder.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.app = "";
                else {
                    object.app = [];
                    if (options.bytes !== $Array)
                        object.app = $util.newBuffer(object.app);
                }
                if (options.bytes === $String)
                    object.appprice = "";
                else {
                    object.appprice = [];
                    if (options.bytes !== $Array)
                        object.appprice = $util.newBuffer(object.appprice);
                }
                if (options.bytes === $String)
                    object.volume = "";
                else {
                    object.volume = [];
                    if (options.bytes !== $Array)
                        object.volume = $util.newBuffer(object.volume);
                }
                if (options.bytes === $String)
                    object.tag = "";
                else {
                    object.tag = [];
                    if (options.bytes !== $Array)
                        object.tag = $util.newBuffer(object.tag);
                }
                if (options.bytes === $String)
                    object.datasetrestrict = "";
                else {
                    object.datasetrestrict = [];
                    if (options.bytes !== $Array)
                        object.datasetrestrict = $util.newBuffer(object.datasetrestrict);
                }
                if (options.bytes === $String)
                    object.workerpoolrestrict = "";
                else {
                    object.workerpoolrestrict = [];
                    if (options.bytes !== $Array)
                        object.workerpoolrestrict = $util.newBuffer(object.workerpoolrestrict);
                }
                if (options.bytes === $String)
                    object.requesterrestrict = "";
                else {
                    object.requesterrestrict = [];
                    if (options.bytes !== $Array)
                        object.requesterrestrict = $util.newBuffer(object.requesterrestrict);
                }
                if (options.bytes === $String)
                    object.salt = "";
                else {
                    object.salt = [];
                    if (options.bytes !== $Array)
                        object.salt = $util.newBuffer(object.salt);
                }
                if (options.bytes === $String)
                    object.sign = "";
                else {
                    object.sign = [];
                    if (options.bytes !== $Array)
                        object.sign = $util.newBuffer(object.sign);
                }
            }
            if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                object.app = options.bytes === $String ? $util.base64.encode(message.app, 0, message.app.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.app) : message.app;
            if (message.appprice != null && $Object.hasOwnProperty.call(message, "appprice"))
                object.appprice = options.bytes === $String ? $util.base64.encode(message.appprice, 0, message.appprice.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appprice) : message.appprice;
            if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                object.volume = options.bytes === $String ? $util.base64.encode(message.volume, 0, message.volume.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.volume) : message.volume;
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                object.tag = options.bytes === $String ? $util.base64.encode(message.tag, 0, message.tag.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tag) : message.tag;
            if (message.datasetrestrict != null && $Object.hasOwnProperty.call(message, "datasetrestrict"))
                object.datasetrestrict = options.bytes === $String ? $util.base64.encode(message.datasetrestrict, 0, message.datasetrestrict.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datasetrestrict) : message.datasetrestrict;
            if (message.workerpoolrestrict != null && $Object.hasOwnProperty.call(message, "workerpoolrestrict"))
                object.workerpoolrestrict = options.bytes === $String ? $util.base64.encode(message.workerpoolrestrict, 0, message.workerpoolrestrict.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpoolrestrict) : message.workerpoolrestrict;
            if (message.requesterrestrict != null && $Object.hasOwnProperty.call(message, "requesterrestrict"))
                object.requesterrestrict = options.bytes === $String ? $util.base64.encode(message.requesterrestrict, 0, message.requesterrestrict.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requesterrestrict) : message.requesterrestrict;
            if (message.salt != null && $Object.hasOwnProperty.call(message, "salt"))
                object.salt = options.bytes === $String ? $util.base64.encode(message.salt, 0, message.salt.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.salt) : message.salt;
            if (message.sign != null && $Object.hasOwnProperty.call(message, "sign"))
                object.sign = options.bytes === $String ? $util.base64.encode(message.sign, 0, message.sign.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sign) : message.sign;
            return object;
        };

        /**
         * Converts this AppOrder to JSON.
         * @function toJSON
         * @memberof poco.AppOrder
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AppOrder.prototype.toJSON = function() {
            return AppOrder.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AppOrder;
    })();

    poco.DatasetOrder = (function() {

        /**
         * Properties of a DatasetOrder.
         * @typedef {Object} poco.DatasetOrder.$Properties
         * @property {Uint8Array|null} [dataset] DatasetOrder dataset
         * @property {Uint8Array|null} [datasetprice] DatasetOrder datasetprice
         * @property {Uint8Array|null} [volume] DatasetOrder volume
         * @property {Uint8Array|null} [tag] DatasetOrder tag
         * @property {Uint8Array|null} [apprestrict] DatasetOrder apprestrict
         * @property {Uint8Array|null} [workerpoolrestrict] DatasetOrder workerpoolrestrict
         * @property {Uint8Array|null} [requesterrestrict] DatasetOrder requesterrestrict
         * @property {Uint8Array|null} [salt] DatasetOrder salt
         * @property {Uint8Array|null} [sign] DatasetOrder sign
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DatasetOrder.
         * @memberof poco
         * @interface IDatasetOrder
         * @augments poco.DatasetOrder.$Properties
         * @deprecated Use poco.DatasetOrder.$Properties instead.
         */

        /**
         * Shape of a DatasetOrder.
         * @typedef {poco.DatasetOrder.$Properties} poco.DatasetOrder.$Shape
         */

        /**
         * Constructs a new DatasetOrder.
         * @memberof poco
         * @classdesc Represents a DatasetOrder.
         * @constructor
         * @param {poco.DatasetOrder.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DatasetOrder = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DatasetOrder dataset.
         * @member {Uint8Array} dataset
         * @memberof poco.DatasetOrder
         * @instance
         */
        DatasetOrder.prototype.dataset = $util.newBuffer([]);

        /**
         * DatasetOrder datasetprice.
         * @member {Uint8Array} datasetprice
         * @memberof poco.DatasetOrder
         * @instance
         */
        DatasetOrder.prototype.datasetprice = $util.newBuffer([]);

        /**
         * DatasetOrder volume.
         * @member {Uint8Array} volume
         * @memberof poco.DatasetOrder
         * @instance
         */
        DatasetOrder.prototype.volume = $util.newBuffer([]);

        /**
         * DatasetOrder tag.
         * @member {Uint8Array} tag
         * @memberof poco.DatasetOrder
         * @instance
         */
        DatasetOrder.prototype.tag = $util.newBuffer([]);

        /**
         * DatasetOrder apprestrict.
         * @member {Uint8Array} apprestrict
         * @memberof poco.DatasetOrder
         * @instance
         */
        DatasetOrder.prototype.apprestrict = $util.newBuffer([]);

        /**
         * DatasetOrder workerpoolrestrict.
         * @member {Uint8Array} workerpoolrestrict
         * @memberof poco.DatasetOrder
         * @instance
         */
        DatasetOrder.prototype.workerpoolrestrict = $util.newBuffer([]);

        /**
         * DatasetOrder requesterrestrict.
         * @member {Uint8Array} requesterrestrict
         * @memberof poco.DatasetOrder
         * @instance
         */
        DatasetOrder.prototype.requesterrestrict = $util.newBuffer([]);

        /**
         * DatasetOrder salt.
         * @member {Uint8Array} salt
         * @memberof poco.DatasetOrder
         * @instance
         */
        DatasetOrder.prototype.salt = $util.newBuffer([]);

        /**
         * DatasetOrder sign.
         * @member {Uint8Array} sign
         * @memberof poco.DatasetOrder
         * @instance
         */
        DatasetOrder.prototype.sign = $util.newBuffer([]);

        /**
         * Creates a new DatasetOrder instance using the specified properties.
         * @function create
         * @memberof poco.DatasetOrder
         * @static
         * @param {poco.DatasetOrder.$Properties=} [properties] Properties to set
         * @returns {poco.DatasetOrder} DatasetOrder instance
         * @type {{
         *   (properties: poco.DatasetOrder.$Shape): poco.DatasetOrder & poco.DatasetOrder.$Shape;
         *   (properties?: poco.DatasetOrder.$Properties): poco.DatasetOrder;
         * }}
         */
        DatasetOrder.create = function(properties) {
            return new DatasetOrder(properties);
        };

        /**
         * Encodes the specified DatasetOrder message. Does not implicitly {@link poco.DatasetOrder.verify|verify} messages.
         * @function encode
         * @memberof poco.DatasetOrder
         * @static
         * @param {poco.DatasetOrder.$Properties} message DatasetOrder message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DatasetOrder.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset") && message.dataset.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.dataset);
            if (message.datasetprice != null && $Object.hasOwnProperty.call(message, "datasetprice") && message.datasetprice.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.datasetprice);
            if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.volume);
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.tag);
            if (message.apprestrict != null && $Object.hasOwnProperty.call(message, "apprestrict") && message.apprestrict.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.apprestrict);
            if (message.workerpoolrestrict != null && $Object.hasOwnProperty.call(message, "workerpoolrestrict") && message.workerpoolrestrict.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.workerpoolrestrict);
            if (message.requesterrestrict != null && $Object.hasOwnProperty.call(message, "requesterrestrict") && message.requesterrestrict.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.requesterrestrict);
            if (message.salt != null && $Object.hasOwnProperty.call(message, "salt") && message.salt.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.salt);
            if (message.sign != null && $Object.hasOwnProperty.call(message, "sign") && message.sign.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.sign);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DatasetOrder message from the specified reader or buffer.
         * @function decode
         * @memberof poco.DatasetOrder
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.DatasetOrder & poco.DatasetOrder.$Shape} DatasetOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DatasetOrder.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.DatasetOrder();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.dataset = value;
                        else
                            delete message.dataset;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.datasetprice = value;
                        else
                            delete message.datasetprice;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.volume = value;
                        else
                            delete message.volume;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.tag = value;
                        else
                            delete message.tag;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.apprestrict = value;
                        else
                            delete message.apprestrict;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpoolrestrict = value;
                        else
                            delete message.workerpoolrestrict;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.requesterrestrict = value;
                        else
                            delete message.requesterrestrict;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.salt = value;
                        else
                            delete message.salt;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.sign = value;
                        else
                            delete message.sign;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a DatasetOrder message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.DatasetOrder
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.DatasetOrder} DatasetOrder
         */
        DatasetOrder.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.DatasetOrder)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.DatasetOrder: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.DatasetOrder();
            if (object.dataset != null)
                if (object.dataset.length)
                    if (typeof object.dataset === "string")
                        $util.base64.decode(object.dataset, message.dataset = $util.newBuffer($util.base64.length(object.dataset)), 0);
                    else if (object.dataset.length >= 0)
                        message.dataset = object.dataset;
            if (object.datasetprice != null)
                if (object.datasetprice.length)
                    if (typeof object.datasetprice === "string")
                        $util.base64.decode(object.datasetprice, message.datasetprice = $util.newBuffer($util.base64.length(object.datasetprice)), 0);
                    else if (object.datasetprice.length >= 0)
                        message.datasetprice = object.datasetprice;
            if (object.volume != null)
                if (object.volume.length)
                    if (typeof object.volume === "string")
                        $util.base64.decode(object.volume, message.volume = $util.newBuffer($util.base64.length(object.volume)), 0);
                    else if (object.volume.length >= 0)
                        message.volume = object.volume;
            if (object.tag != null)
                if (object.tag.length)
                    if (typeof object.tag === "string")
                        $util.base64.decode(object.tag, message.tag = $util.newBuffer($util.base64.length(object.tag)), 0);
                    else if (object.tag.length >= 0)
                        message.tag = object.tag;
            if (object.apprestrict != null)
                if (object.apprestrict.length)
                    if (typeof object.apprestrict === "string")
                        $util.base64.decode(object.apprestrict, message.apprestrict = $util.newBuffer($util.base64.length(object.apprestrict)), 0);
                    else if (object.apprestrict.length >= 0)
                        message.apprestrict = object.apprestrict;
            if (object.workerpoolrestrict != null)
                if (object.workerpoolrestrict.length)
                    if (typeof object.workerpoolrestrict === "string")
                        $util.base64.decode(object.workerpoolrestrict, message.workerpoolrestrict = $util.newBuffer($util.base64.length(object.workerpoolrestrict)), 0);
                    else if (object.workerpoolrestrict.length >= 0)
                        message.workerpoolrestrict = object.workerpoolrestrict;
            if (object.requesterrestrict != null)
                if (object.requesterrestrict.length)
                    if (typeof object.requesterrestrict === "string")
                        $util.base64.decode(object.requesterrestrict, message.requesterrestrict = $util.newBuffer($util.base64.length(object.requesterrestrict)), 0);
                    else if (object.requesterrestrict.length >= 0)
                        message.requesterrestrict = object.requesterrestrict;
            if (object.salt != null)
                if (object.salt.length)
                    if (typeof object.salt === "string")
                        $util.base64.decode(object.salt, message.salt = $util.newBuffer($util.base64.length(object.salt)), 0);
                    else if (object.salt.length >= 0)
                        message.salt = object.salt;
            if (object.sign != null)
                if (object.sign.length)
                    if (typeof object.sign === "string")
                        $util.base64.decode(object.sign, message.sign = $util.newBuffer($util.base64.length(object.sign)), 0);
                    else if (object.sign.length >= 0)
                        message.sign = object.sign;
            return message;
        };

        /**
         * Creates a plain object from a DatasetOrder message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.DatasetOrder
         * @static
         * @param {poco.DatasetOrder} message DatasetOrder
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DatasetOrder.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.dataset = "";
                else {
                    object.dataset = [];
                    if (options.bytes !== $Array)
                        object.dataset = $util.newBuffer(object.dataset);
                }
                if (options.bytes === $String)
                    object.datasetprice = "";
                else {
                    object.datasetprice = [];
                    if (options.bytes !== $Array)
                        object.datasetprice = $util.newBuffer(object.datasetprice);
                }
                if (options.bytes === $String)
                    object.volume = "";
                else {
                    object.volume = [];
                    if (options.bytes !== $Array)
                        object.volume = $util.newBuffer(object.volume);
                }
                if (options.bytes === $String)
                    object.tag = "";
                else {
                    object.tag = [];
                    if (options.bytes !== $Array)
                        object.tag = $util.newBuffer(object.tag);
                }
                if (options.bytes === $String)
                    object.apprestrict = "";
                else {
                    object.apprestrict = [];
                    if (options.bytes !== $Array)
                        object.apprestrict = $util.newBuffer(object.apprestrict);
                }
                if (options.bytes === $String)
                    object.workerpoolrestrict = "";
                else {
                    object.workerpoolrestrict = [];
                    if (options.bytes !== $Array)
                        object.workerpoolrestrict = $util.newBuffer(object.workerpoolrestrict);
                }
                if (options.bytes === $String)
                    object.requesterrestrict = "";
                else {
                    object.requesterrestrict = [];
                    if (options.bytes !== $Array)
                        object.requesterrestrict = $util.newBuffer(object.requesterrestrict);
                }
                if (options.bytes === $String)
                    object.salt = "";
                else {
                    object.salt = [];
                    if (options.bytes !== $Array)
                        object.salt = $util.newBuffer(object.salt);
                }
                if (options.bytes === $String)
                    object.sign = "";
                else {
                    object.sign = [];
                    if (options.bytes !== $Array)
                        object.sign = $util.newBuffer(object.sign);
                }
            }
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset"))
                object.dataset = options.bytes === $String ? $util.base64.encode(message.dataset, 0, message.dataset.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dataset) : message.dataset;
            if (message.datasetprice != null && $Object.hasOwnProperty.call(message, "datasetprice"))
                object.datasetprice = options.bytes === $String ? $util.base64.encode(message.datasetprice, 0, message.datasetprice.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datasetprice) : message.datasetprice;
            if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                object.volume = options.bytes === $String ? $util.base64.encode(message.volume, 0, message.volume.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.volume) : message.volume;
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                object.tag = options.bytes === $String ? $util.base64.encode(message.tag, 0, message.tag.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tag) : message.tag;
            if (message.apprestrict != null && $Object.hasOwnProperty.call(message, "apprestrict"))
                object.apprestrict = options.bytes === $String ? $util.base64.encode(message.apprestrict, 0, message.apprestrict.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.apprestrict) : message.apprestrict;
            if (message.workerpoolrestrict != null && $Object.hasOwnProperty.call(message, "workerpoolrestrict"))
                object.workerpoolrestrict = options.bytes === $String ? $util.base64.encode(message.workerpoolrestrict, 0, message.workerpoolrestrict.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpoolrestrict) : message.workerpoolrestrict;
            if (message.requesterrestrict != null && $Object.hasOwnProperty.call(message, "requesterrestrict"))
                object.requesterrestrict = options.bytes === $String ? $util.base64.encode(message.requesterrestrict, 0, message.requesterrestrict.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requesterrestrict) : message.requesterrestrict;
            if (message.salt != null && $Object.hasOwnProperty.call(message, "salt"))
                object.salt = options.bytes === $String ? $util.base64.encode(message.salt, 0, message.salt.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.salt) : message.salt;
            if (message.sign != null && $Object.hasOwnProperty.call(message, "sign"))
                object.sign = options.bytes === $String ? $util.base64.encode(message.sign, 0, message.sign.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sign) : message.sign;
            return object;
        };

        /**
         * Converts this DatasetOrder to JSON.
         * @function toJSON
         * @memberof poco.DatasetOrder
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DatasetOrder.prototype.toJSON = function() {
            return DatasetOrder.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DatasetOrder;
    })();

    poco.WorkerpoolOrder = (function() {

        /**
         * Properties of a WorkerpoolOrder.
         * @typedef {Object} poco.WorkerpoolOrder.$Properties
         * @property {Uint8Array|null} [workerpool] WorkerpoolOrder workerpool
         * @property {Uint8Array|null} [workerpoolprice] WorkerpoolOrder workerpoolprice
         * @property {Uint8Array|null} [volume] WorkerpoolOrder volume
         * @property {Uint8Array|null} [tag] WorkerpoolOrder tag
         * @property {Uint8Array|null} [category] WorkerpoolOrder category
         * @property {Uint8Array|null} [trust] WorkerpoolOrder trust
         * @property {Uint8Array|null} [apprestrict] WorkerpoolOrder apprestrict
         * @property {Uint8Array|null} [datasetrestrict] WorkerpoolOrder datasetrestrict
         * @property {Uint8Array|null} [requesterrestrict] WorkerpoolOrder requesterrestrict
         * @property {Uint8Array|null} [salt] WorkerpoolOrder salt
         * @property {Uint8Array|null} [sign] WorkerpoolOrder sign
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkerpoolOrder.
         * @memberof poco
         * @interface IWorkerpoolOrder
         * @augments poco.WorkerpoolOrder.$Properties
         * @deprecated Use poco.WorkerpoolOrder.$Properties instead.
         */

        /**
         * Shape of a WorkerpoolOrder.
         * @typedef {poco.WorkerpoolOrder.$Properties} poco.WorkerpoolOrder.$Shape
         */

        /**
         * Constructs a new WorkerpoolOrder.
         * @memberof poco
         * @classdesc Represents a WorkerpoolOrder.
         * @constructor
         * @param {poco.WorkerpoolOrder.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkerpoolOrder = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WorkerpoolOrder workerpool.
         * @member {Uint8Array} workerpool
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.workerpool = $util.newBuffer([]);

        /**
         * WorkerpoolOrder workerpoolprice.
         * @member {Uint8Array} workerpoolprice
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.workerpoolprice = $util.newBuffer([]);

        /**
         * WorkerpoolOrder volume.
         * @member {Uint8Array} volume
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.volume = $util.newBuffer([]);

        /**
         * WorkerpoolOrder tag.
         * @member {Uint8Array} tag
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.tag = $util.newBuffer([]);

        /**
         * WorkerpoolOrder category.
         * @member {Uint8Array} category
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.category = $util.newBuffer([]);

        /**
         * WorkerpoolOrder trust.
         * @member {Uint8Array} trust
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.trust = $util.newBuffer([]);

        /**
         * WorkerpoolOrder apprestrict.
         * @member {Uint8Array} apprestrict
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.apprestrict = $util.newBuffer([]);

        /**
         * WorkerpoolOrder datasetrestrict.
         * @member {Uint8Array} datasetrestrict
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.datasetrestrict = $util.newBuffer([]);

        /**
         * WorkerpoolOrder requesterrestrict.
         * @member {Uint8Array} requesterrestrict
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.requesterrestrict = $util.newBuffer([]);

        /**
         * WorkerpoolOrder salt.
         * @member {Uint8Array} salt
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.salt = $util.newBuffer([]);

        /**
         * WorkerpoolOrder sign.
         * @member {Uint8Array} sign
         * @memberof poco.WorkerpoolOrder
         * @instance
         */
        WorkerpoolOrder.prototype.sign = $util.newBuffer([]);

        /**
         * Creates a new WorkerpoolOrder instance using the specified properties.
         * @function create
         * @memberof poco.WorkerpoolOrder
         * @static
         * @param {poco.WorkerpoolOrder.$Properties=} [properties] Properties to set
         * @returns {poco.WorkerpoolOrder} WorkerpoolOrder instance
         * @type {{
         *   (properties: poco.WorkerpoolOrder.$Shape): poco.WorkerpoolOrder & poco.WorkerpoolOrder.$Shape;
         *   (properties?: poco.WorkerpoolOrder.$Properties): poco.WorkerpoolOrder;
         * }}
         */
        WorkerpoolOrder.create = function(properties) {
            return new WorkerpoolOrder(properties);
        };

        /**
         * Encodes the specified WorkerpoolOrder message. Does not implicitly {@link poco.WorkerpoolOrder.verify|verify} messages.
         * @function encode
         * @memberof poco.WorkerpoolOrder
         * @static
         * @param {poco.WorkerpoolOrder.$Properties} message WorkerpoolOrder message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerpoolOrder.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool") && message.workerpool.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.workerpool);
            if (message.workerpoolprice != null && $Object.hasOwnProperty.call(message, "workerpoolprice") && message.workerpoolprice.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.workerpoolprice);
            if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.volume);
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.tag);
            if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.category);
            if (message.trust != null && $Object.hasOwnProperty.call(message, "trust") && message.trust.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.trust);
            if (message.apprestrict != null && $Object.hasOwnProperty.call(message, "apprestrict") && message.apprestrict.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.apprestrict);
            if (message.datasetrestrict != null && $Object.hasOwnProperty.call(message, "datasetrestrict") && message.datasetrestrict.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.datasetrestrict);
            if (message.requesterrestrict != null && $Object.hasOwnProperty.call(message, "requesterrestrict") && message.requesterrestrict.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.requesterrestrict);
            if (message.salt != null && $Object.hasOwnProperty.call(message, "salt") && message.salt.length)
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.salt);
            if (message.sign != null && $Object.hasOwnProperty.call(message, "sign") && message.sign.length)
                writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.sign);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WorkerpoolOrder message from the specified reader or buffer.
         * @function decode
         * @memberof poco.WorkerpoolOrder
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.WorkerpoolOrder & poco.WorkerpoolOrder.$Shape} WorkerpoolOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerpoolOrder.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.WorkerpoolOrder();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpool = value;
                        else
                            delete message.workerpool;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpoolprice = value;
                        else
                            delete message.workerpoolprice;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.volume = value;
                        else
                            delete message.volume;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.tag = value;
                        else
                            delete message.tag;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.category = value;
                        else
                            delete message.category;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.trust = value;
                        else
                            delete message.trust;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.apprestrict = value;
                        else
                            delete message.apprestrict;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.datasetrestrict = value;
                        else
                            delete message.datasetrestrict;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.requesterrestrict = value;
                        else
                            delete message.requesterrestrict;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.salt = value;
                        else
                            delete message.salt;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.sign = value;
                        else
                            delete message.sign;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a WorkerpoolOrder message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.WorkerpoolOrder
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.WorkerpoolOrder} WorkerpoolOrder
         */
        WorkerpoolOrder.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.WorkerpoolOrder)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.WorkerpoolOrder: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.WorkerpoolOrder();
            if (object.workerpool != null)
                if (object.workerpool.length)
                    if (typeof object.workerpool === "string")
                        $util.base64.decode(object.workerpool, message.workerpool = $util.newBuffer($util.base64.length(object.workerpool)), 0);
                    else if (object.workerpool.length >= 0)
                        message.workerpool = object.workerpool;
            if (object.workerpoolprice != null)
                if (object.workerpoolprice.length)
                    if (typeof object.workerpoolprice === "string")
                        $util.base64.decode(object.workerpoolprice, message.workerpoolprice = $util.newBuffer($util.base64.length(object.workerpoolprice)), 0);
                    else if (object.workerpoolprice.length >= 0)
                        message.workerpoolprice = object.workerpoolprice;
            if (object.volume != null)
                if (object.volume.length)
                    if (typeof object.volume === "string")
                        $util.base64.decode(object.volume, message.volume = $util.newBuffer($util.base64.length(object.volume)), 0);
                    else if (object.volume.length >= 0)
                        message.volume = object.volume;
            if (object.tag != null)
                if (object.tag.length)
                    if (typeof object.tag === "string")
                        $util.base64.decode(object.tag, message.tag = $util.newBuffer($util.base64.length(object.tag)), 0);
                    else if (object.tag.length >= 0)
                        message.tag = object.tag;
            if (object.category != null)
                if (object.category.length)
                    if (typeof object.category === "string")
                        $util.base64.decode(object.category, message.category = $util.newBuffer($util.base64.length(object.category)), 0);
                    else if (object.category.length >= 0)
                        message.category = object.category;
            if (object.trust != null)
                if (object.trust.length)
                    if (typeof object.trust === "string")
                        $util.base64.decode(object.trust, message.trust = $util.newBuffer($util.base64.length(object.trust)), 0);
                    else if (object.trust.length >= 0)
                        message.trust = object.trust;
            if (object.apprestrict != null)
                if (object.apprestrict.length)
                    if (typeof object.apprestrict === "string")
                        $util.base64.decode(object.apprestrict, message.apprestrict = $util.newBuffer($util.base64.length(object.apprestrict)), 0);
                    else if (object.apprestrict.length >= 0)
                        message.apprestrict = object.apprestrict;
            if (object.datasetrestrict != null)
                if (object.datasetrestrict.length)
                    if (typeof object.datasetrestrict === "string")
                        $util.base64.decode(object.datasetrestrict, message.datasetrestrict = $util.newBuffer($util.base64.length(object.datasetrestrict)), 0);
                    else if (object.datasetrestrict.length >= 0)
                        message.datasetrestrict = object.datasetrestrict;
            if (object.requesterrestrict != null)
                if (object.requesterrestrict.length)
                    if (typeof object.requesterrestrict === "string")
                        $util.base64.decode(object.requesterrestrict, message.requesterrestrict = $util.newBuffer($util.base64.length(object.requesterrestrict)), 0);
                    else if (object.requesterrestrict.length >= 0)
                        message.requesterrestrict = object.requesterrestrict;
            if (object.salt != null)
                if (object.salt.length)
                    if (typeof object.salt === "string")
                        $util.base64.decode(object.salt, message.salt = $util.newBuffer($util.base64.length(object.salt)), 0);
                    else if (object.salt.length >= 0)
                        message.salt = object.salt;
            if (object.sign != null)
                if (object.sign.length)
                    if (typeof object.sign === "string")
                        $util.base64.decode(object.sign, message.sign = $util.newBuffer($util.base64.length(object.sign)), 0);
                    else if (object.sign.length >= 0)
                        message.sign = object.sign;
            return message;
        };

        /**
         * Creates a plain object from a WorkerpoolOrder message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.WorkerpoolOrder
         * @static
         * @param {poco.WorkerpoolOrder} message WorkerpoolOrder
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkerpoolOrder.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.workerpool = "";
                else {
                    object.workerpool = [];
                    if (options.bytes !== $Array)
                        object.workerpool = $util.newBuffer(object.workerpool);
                }
                if (options.bytes === $String)
                    object.workerpoolprice = "";
                else {
                    object.workerpoolprice = [];
                    if (options.bytes !== $Array)
                        object.workerpoolprice = $util.newBuffer(object.workerpoolprice);
                }
                if (options.bytes === $String)
                    object.volume = "";
                else {
                    object.volume = [];
                    if (options.bytes !== $Array)
                        object.volume = $util.newBuffer(object.volume);
                }
                if (options.bytes === $String)
                    object.tag = "";
                else {
                    object.tag = [];
                    if (options.bytes !== $Array)
                        object.tag = $util.newBuffer(object.tag);
                }
                if (options.bytes === $String)
                    object.category = "";
                else {
                    object.category = [];
                    if (options.bytes !== $Array)
                        object.category = $util.newBuffer(object.category);
                }
                if (options.bytes === $String)
                    object.trust = "";
                else {
                    object.trust = [];
                    if (options.bytes !== $Array)
                        object.trust = $util.newBuffer(object.trust);
                }
                if (options.bytes === $String)
                    object.apprestrict = "";
                else {
                    object.apprestrict = [];
                    if (options.bytes !== $Array)
                        object.apprestrict = $util.newBuffer(object.apprestrict);
                }
                if (options.bytes === $String)
                    object.datasetrestrict = "";
                else {
                    object.datasetrestrict = [];
                    if (options.bytes !== $Array)
                        object.datasetrestrict = $util.newBuffer(object.datasetrestrict);
                }
                if (options.bytes === $String)
                    object.requesterrestrict = "";
                else {
                    object.requesterrestrict = [];
                    if (options.bytes !== $Array)
                        object.requesterrestrict = $util.newBuffer(object.requesterrestrict);
                }
                if (options.bytes === $String)
                    object.salt = "";
                else {
                    object.salt = [];
                    if (options.bytes !== $Array)
                        object.salt = $util.newBuffer(object.salt);
                }
                if (options.bytes === $String)
                    object.sign = "";
                else {
                    object.sign = [];
                    if (options.bytes !== $Array)
                        object.sign = $util.newBuffer(object.sign);
                }
            }
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool"))
                object.workerpool = options.bytes === $String ? $util.base64.encode(message.workerpool, 0, message.workerpool.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpool) : message.workerpool;
            if (message.workerpoolprice != null && $Object.hasOwnProperty.call(message, "workerpoolprice"))
                object.workerpoolprice = options.bytes === $String ? $util.base64.encode(message.workerpoolprice, 0, message.workerpoolprice.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpoolprice) : message.workerpoolprice;
            if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                object.volume = options.bytes === $String ? $util.base64.encode(message.volume, 0, message.volume.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.volume) : message.volume;
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                object.tag = options.bytes === $String ? $util.base64.encode(message.tag, 0, message.tag.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tag) : message.tag;
            if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                object.category = options.bytes === $String ? $util.base64.encode(message.category, 0, message.category.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.category) : message.category;
            if (message.trust != null && $Object.hasOwnProperty.call(message, "trust"))
                object.trust = options.bytes === $String ? $util.base64.encode(message.trust, 0, message.trust.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.trust) : message.trust;
            if (message.apprestrict != null && $Object.hasOwnProperty.call(message, "apprestrict"))
                object.apprestrict = options.bytes === $String ? $util.base64.encode(message.apprestrict, 0, message.apprestrict.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.apprestrict) : message.apprestrict;
            if (message.datasetrestrict != null && $Object.hasOwnProperty.call(message, "datasetrestrict"))
                object.datasetrestrict = options.bytes === $String ? $util.base64.encode(message.datasetrestrict, 0, message.datasetrestrict.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datasetrestrict) : message.datasetrestrict;
            if (message.requesterrestrict != null && $Object.hasOwnProperty.call(message, "requesterrestrict"))
                object.requesterrestrict = options.bytes === $String ? $util.base64.encode(message.requesterrestrict, 0, message.requesterrestrict.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requesterrestrict) : message.requesterrestrict;
            if (message.salt != null && $Object.hasOwnProperty.call(message, "salt"))
                object.salt = options.bytes === $String ? $util.base64.encode(message.salt, 0, message.salt.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.salt) : message.salt;
            if (message.sign != null && $Object.hasOwnProperty.call(message, "sign"))
                object.sign = options.bytes === $String ? $util.base64.encode(message.sign, 0, message.sign.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sign) : message.sign;
            return object;
        };

        /**
         * Converts this WorkerpoolOrder to JSON.
         * @function toJSON
         * @memberof poco.WorkerpoolOrder
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkerpoolOrder.prototype.toJSON = function() {
            return WorkerpoolOrder.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WorkerpoolOrder;
    })();

    poco.RequestOrder = (function() {

        /**
         * Properties of a RequestOrder.
         * @typedef {Object} poco.RequestOrder.$Properties
         * @property {Uint8Array|null} [app] RequestOrder app
         * @property {Uint8Array|null} [appmaxprice] RequestOrder appmaxprice
         * @property {Uint8Array|null} [dataset] RequestOrder dataset
         * @property {Uint8Array|null} [datasetmaxprice] RequestOrder datasetmaxprice
         * @property {Uint8Array|null} [workerpool] RequestOrder workerpool
         * @property {Uint8Array|null} [workerpoolmaxprice] RequestOrder workerpoolmaxprice
         * @property {Uint8Array|null} [requester] RequestOrder requester
         * @property {Uint8Array|null} [volume] RequestOrder volume
         * @property {Uint8Array|null} [tag] RequestOrder tag
         * @property {Uint8Array|null} [category] RequestOrder category
         * @property {Uint8Array|null} [trust] RequestOrder trust
         * @property {Uint8Array|null} [beneficiary] RequestOrder beneficiary
         * @property {Uint8Array|null} [callback] RequestOrder callback
         * @property {string|null} [params] RequestOrder params
         * @property {Uint8Array|null} [salt] RequestOrder salt
         * @property {Uint8Array|null} [sign] RequestOrder sign
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RequestOrder.
         * @memberof poco
         * @interface IRequestOrder
         * @augments poco.RequestOrder.$Properties
         * @deprecated Use poco.RequestOrder.$Properties instead.
         */

        /**
         * Shape of a RequestOrder.
         * @typedef {poco.RequestOrder.$Properties} poco.RequestOrder.$Shape
         */

        /**
         * Constructs a new RequestOrder.
         * @memberof poco
         * @classdesc Represents a RequestOrder.
         * @constructor
         * @param {poco.RequestOrder.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RequestOrder = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RequestOrder app.
         * @member {Uint8Array} app
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.app = $util.newBuffer([]);

        /**
         * RequestOrder appmaxprice.
         * @member {Uint8Array} appmaxprice
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.appmaxprice = $util.newBuffer([]);

        /**
         * RequestOrder dataset.
         * @member {Uint8Array} dataset
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.dataset = $util.newBuffer([]);

        /**
         * RequestOrder datasetmaxprice.
         * @member {Uint8Array} datasetmaxprice
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.datasetmaxprice = $util.newBuffer([]);

        /**
         * RequestOrder workerpool.
         * @member {Uint8Array} workerpool
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.workerpool = $util.newBuffer([]);

        /**
         * RequestOrder workerpoolmaxprice.
         * @member {Uint8Array} workerpoolmaxprice
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.workerpoolmaxprice = $util.newBuffer([]);

        /**
         * RequestOrder requester.
         * @member {Uint8Array} requester
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.requester = $util.newBuffer([]);

        /**
         * RequestOrder volume.
         * @member {Uint8Array} volume
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.volume = $util.newBuffer([]);

        /**
         * RequestOrder tag.
         * @member {Uint8Array} tag
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.tag = $util.newBuffer([]);

        /**
         * RequestOrder category.
         * @member {Uint8Array} category
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.category = $util.newBuffer([]);

        /**
         * RequestOrder trust.
         * @member {Uint8Array} trust
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.trust = $util.newBuffer([]);

        /**
         * RequestOrder beneficiary.
         * @member {Uint8Array} beneficiary
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.beneficiary = $util.newBuffer([]);

        /**
         * RequestOrder callback.
         * @member {Uint8Array} callback
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.callback = $util.newBuffer([]);

        /**
         * RequestOrder params.
         * @member {string} params
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.params = "";

        /**
         * RequestOrder salt.
         * @member {Uint8Array} salt
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.salt = $util.newBuffer([]);

        /**
         * RequestOrder sign.
         * @member {Uint8Array} sign
         * @memberof poco.RequestOrder
         * @instance
         */
        RequestOrder.prototype.sign = $util.newBuffer([]);

        /**
         * Creates a new RequestOrder instance using the specified properties.
         * @function create
         * @memberof poco.RequestOrder
         * @static
         * @param {poco.RequestOrder.$Properties=} [properties] Properties to set
         * @returns {poco.RequestOrder} RequestOrder instance
         * @type {{
         *   (properties: poco.RequestOrder.$Shape): poco.RequestOrder & poco.RequestOrder.$Shape;
         *   (properties?: poco.RequestOrder.$Properties): poco.RequestOrder;
         * }}
         */
        RequestOrder.create = function(properties) {
            return new RequestOrder(properties);
        };

        /**
         * Encodes the specified RequestOrder message. Does not implicitly {@link poco.RequestOrder.verify|verify} messages.
         * @function encode
         * @memberof poco.RequestOrder
         * @static
         * @param {poco.RequestOrder.$Properties} message RequestOrder message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestOrder.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.app != null && $Object.hasOwnProperty.call(message, "app") && message.app.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.app);
            if (message.appmaxprice != null && $Object.hasOwnProperty.call(message, "appmaxprice") && message.appmaxprice.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.appmaxprice);
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset") && message.dataset.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.dataset);
            if (message.datasetmaxprice != null && $Object.hasOwnProperty.call(message, "datasetmaxprice") && message.datasetmaxprice.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.datasetmaxprice);
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool") && message.workerpool.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.workerpool);
            if (message.workerpoolmaxprice != null && $Object.hasOwnProperty.call(message, "workerpoolmaxprice") && message.workerpoolmaxprice.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.workerpoolmaxprice);
            if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.requester);
            if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.volume);
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.tag);
            if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category.length)
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.category);
            if (message.trust != null && $Object.hasOwnProperty.call(message, "trust") && message.trust.length)
                writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.trust);
            if (message.beneficiary != null && $Object.hasOwnProperty.call(message, "beneficiary") && message.beneficiary.length)
                writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.beneficiary);
            if (message.callback != null && $Object.hasOwnProperty.call(message, "callback") && message.callback.length)
                writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.callback);
            if (message.params != null && $Object.hasOwnProperty.call(message, "params") && message.params !== "")
                writer.uint32(/* id 14, wireType 2 =*/114).string(message.params);
            if (message.salt != null && $Object.hasOwnProperty.call(message, "salt") && message.salt.length)
                writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.salt);
            if (message.sign != null && $Object.hasOwnProperty.call(message, "sign") && message.sign.length)
                writer.uint32(/* id 16, wireType 2 =*/130).bytes(message.sign);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RequestOrder message from the specified reader or buffer.
         * @function decode
         * @memberof poco.RequestOrder
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.RequestOrder & poco.RequestOrder.$Shape} RequestOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestOrder.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.RequestOrder();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.app = value;
                        else
                            delete message.app;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.appmaxprice = value;
                        else
                            delete message.appmaxprice;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.dataset = value;
                        else
                            delete message.dataset;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.datasetmaxprice = value;
                        else
                            delete message.datasetmaxprice;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpool = value;
                        else
                            delete message.workerpool;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpoolmaxprice = value;
                        else
                            delete message.workerpoolmaxprice;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.requester = value;
                        else
                            delete message.requester;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.volume = value;
                        else
                            delete message.volume;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.tag = value;
                        else
                            delete message.tag;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.category = value;
                        else
                            delete message.category;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.trust = value;
                        else
                            delete message.trust;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.beneficiary = value;
                        else
                            delete message.beneficiary;
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.callback = value;
                        else
                            delete message.callback;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.params = value;
                        else
                            delete message.params;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.salt = value;
                        else
                            delete message.salt;
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.sign = value;
                        else
                            delete message.sign;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a RequestOrder message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.RequestOrder
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.RequestOrder} RequestOrder
         */
        RequestOrder.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.RequestOrder)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.RequestOrder: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.RequestOrder();
            if (object.app != null)
                if (object.app.length)
                    if (typeof object.app === "string")
                        $util.base64.decode(object.app, message.app = $util.newBuffer($util.base64.length(object.app)), 0);
                    else if (object.app.length >= 0)
                        message.app = object.app;
            if (object.appmaxprice != null)
                if (object.appmaxprice.length)
                    if (typeof object.appmaxprice === "string")
                        $util.base64.decode(object.appmaxprice, message.appmaxprice = $util.newBuffer($util.base64.length(object.appmaxprice)), 0);
                    else if (object.appmaxprice.length >= 0)
                        message.appmaxprice = object.appmaxprice;
            if (object.dataset != null)
                if (object.dataset.length)
                    if (typeof object.dataset === "string")
                        $util.base64.decode(object.dataset, message.dataset = $util.newBuffer($util.base64.length(object.dataset)), 0);
                    else if (object.dataset.length >= 0)
                        message.dataset = object.dataset;
            if (object.datasetmaxprice != null)
                if (object.datasetmaxprice.length)
                    if (typeof object.datasetmaxprice === "string")
                        $util.base64.decode(object.datasetmaxprice, message.datasetmaxprice = $util.newBuffer($util.base64.length(object.datasetmaxprice)), 0);
                    else if (object.datasetmaxprice.length >= 0)
                        message.datasetmaxprice = object.datasetmaxprice;
            if (object.workerpool != null)
                if (object.workerpool.length)
                    if (typeof object.workerpool === "string")
                        $util.base64.decode(object.workerpool, message.workerpool = $util.newBuffer($util.base64.length(object.workerpool)), 0);
                    else if (object.workerpool.length >= 0)
                        message.workerpool = object.workerpool;
            if (object.workerpoolmaxprice != null)
                if (object.workerpoolmaxprice.length)
                    if (typeof object.workerpoolmaxprice === "string")
                        $util.base64.decode(object.workerpoolmaxprice, message.workerpoolmaxprice = $util.newBuffer($util.base64.length(object.workerpoolmaxprice)), 0);
                    else if (object.workerpoolmaxprice.length >= 0)
                        message.workerpoolmaxprice = object.workerpoolmaxprice;
            if (object.requester != null)
                if (object.requester.length)
                    if (typeof object.requester === "string")
                        $util.base64.decode(object.requester, message.requester = $util.newBuffer($util.base64.length(object.requester)), 0);
                    else if (object.requester.length >= 0)
                        message.requester = object.requester;
            if (object.volume != null)
                if (object.volume.length)
                    if (typeof object.volume === "string")
                        $util.base64.decode(object.volume, message.volume = $util.newBuffer($util.base64.length(object.volume)), 0);
                    else if (object.volume.length >= 0)
                        message.volume = object.volume;
            if (object.tag != null)
                if (object.tag.length)
                    if (typeof object.tag === "string")
                        $util.base64.decode(object.tag, message.tag = $util.newBuffer($util.base64.length(object.tag)), 0);
                    else if (object.tag.length >= 0)
                        message.tag = object.tag;
            if (object.category != null)
                if (object.category.length)
                    if (typeof object.category === "string")
                        $util.base64.decode(object.category, message.category = $util.newBuffer($util.base64.length(object.category)), 0);
                    else if (object.category.length >= 0)
                        message.category = object.category;
            if (object.trust != null)
                if (object.trust.length)
                    if (typeof object.trust === "string")
                        $util.base64.decode(object.trust, message.trust = $util.newBuffer($util.base64.length(object.trust)), 0);
                    else if (object.trust.length >= 0)
                        message.trust = object.trust;
            if (object.beneficiary != null)
                if (object.beneficiary.length)
                    if (typeof object.beneficiary === "string")
                        $util.base64.decode(object.beneficiary, message.beneficiary = $util.newBuffer($util.base64.length(object.beneficiary)), 0);
                    else if (object.beneficiary.length >= 0)
                        message.beneficiary = object.beneficiary;
            if (object.callback != null)
                if (object.callback.length)
                    if (typeof object.callback === "string")
                        $util.base64.decode(object.callback, message.callback = $util.newBuffer($util.base64.length(object.callback)), 0);
                    else if (object.callback.length >= 0)
                        message.callback = object.callback;
            if (object.params != null)
                if (typeof object.params !== "string" || object.params.length)
                    message.params = $String(object.params);
            if (object.salt != null)
                if (object.salt.length)
                    if (typeof object.salt === "string")
                        $util.base64.decode(object.salt, message.salt = $util.newBuffer($util.base64.length(object.salt)), 0);
                    else if (object.salt.length >= 0)
                        message.salt = object.salt;
            if (object.sign != null)
                if (object.sign.length)
                    if (typeof object.sign === "string")
                        $util.base64.decode(object.sign, message.sign = $util.newBuffer($util.base64.length(object.sign)), 0);
                    else if (object.sign.length >= 0)
                        message.sign = object.sign;
            return message;
        };

        /**
         * Creates a plain object from a RequestOrder message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.RequestOrder
         * @static
         * @param {poco.RequestOrder} message RequestOrder
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RequestOrder.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.app = "";
                else {
                    object.app = [];
                    if (options.bytes !== $Array)
                        object.app = $util.newBuffer(object.app);
                }
                if (options.bytes === $String)
                    object.appmaxprice = "";
                else {
                    object.appmaxprice = [];
                    if (options.bytes !== $Array)
                        object.appmaxprice = $util.newBuffer(object.appmaxprice);
                }
                if (options.bytes === $String)
                    object.dataset = "";
                else {
                    object.dataset = [];
                    if (options.bytes !== $Array)
                        object.dataset = $util.newBuffer(object.dataset);
                }
                if (options.bytes === $String)
                    object.datasetmaxprice = "";
                else {
                    object.datasetmaxprice = [];
                    if (options.bytes !== $Array)
                        object.datasetmaxprice = $util.newBuffer(object.datasetmaxprice);
                }
                if (options.bytes === $String)
                    object.workerpool = "";
                else {
                    object.workerpool = [];
                    if (options.bytes !== $Array)
                        object.workerpool = $util.newBuffer(object.workerpool);
                }
                if (options.bytes === $String)
                    object.workerpoolmaxprice = "";
                else {
                    object.workerpoolmaxprice = [];
                    if (options.bytes !== $Array)
                        object.workerpoolmaxprice = $util.newBuffer(object.workerpoolmaxprice);
                }
                if (options.bytes === $String)
                    object.requester = "";
                else {
                    object.requester = [];
                    if (options.bytes !== $Array)
                        object.requester = $util.newBuffer(object.requester);
                }
                if (options.bytes === $String)
                    object.volume = "";
                else {
                    object.volume = [];
                    if (options.bytes !== $Array)
                        object.volume = $util.newBuffer(object.volume);
                }
                if (options.bytes === $String)
                    object.tag = "";
                else {
                    object.tag = [];
                    if (options.bytes !== $Array)
                        object.tag = $util.newBuffer(object.tag);
                }
                if (options.bytes === $String)
                    object.category = "";
                else {
                    object.category = [];
                    if (options.bytes !== $Array)
                        object.category = $util.newBuffer(object.category);
                }
                if (options.bytes === $String)
                    object.trust = "";
                else {
                    object.trust = [];
                    if (options.bytes !== $Array)
                        object.trust = $util.newBuffer(object.trust);
                }
                if (options.bytes === $String)
                    object.beneficiary = "";
                else {
                    object.beneficiary = [];
                    if (options.bytes !== $Array)
                        object.beneficiary = $util.newBuffer(object.beneficiary);
                }
                if (options.bytes === $String)
                    object.callback = "";
                else {
                    object.callback = [];
                    if (options.bytes !== $Array)
                        object.callback = $util.newBuffer(object.callback);
                }
                object.params = "";
                if (options.bytes === $String)
                    object.salt = "";
                else {
                    object.salt = [];
                    if (options.bytes !== $Array)
                        object.salt = $util.newBuffer(object.salt);
                }
                if (options.bytes === $String)
                    object.sign = "";
                else {
                    object.sign = [];
                    if (options.bytes !== $Array)
                        object.sign = $util.newBuffer(object.sign);
                }
            }
            if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                object.app = options.bytes === $String ? $util.base64.encode(message.app, 0, message.app.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.app) : message.app;
            if (message.appmaxprice != null && $Object.hasOwnProperty.call(message, "appmaxprice"))
                object.appmaxprice = options.bytes === $String ? $util.base64.encode(message.appmaxprice, 0, message.appmaxprice.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appmaxprice) : message.appmaxprice;
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset"))
                object.dataset = options.bytes === $String ? $util.base64.encode(message.dataset, 0, message.dataset.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dataset) : message.dataset;
            if (message.datasetmaxprice != null && $Object.hasOwnProperty.call(message, "datasetmaxprice"))
                object.datasetmaxprice = options.bytes === $String ? $util.base64.encode(message.datasetmaxprice, 0, message.datasetmaxprice.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datasetmaxprice) : message.datasetmaxprice;
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool"))
                object.workerpool = options.bytes === $String ? $util.base64.encode(message.workerpool, 0, message.workerpool.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpool) : message.workerpool;
            if (message.workerpoolmaxprice != null && $Object.hasOwnProperty.call(message, "workerpoolmaxprice"))
                object.workerpoolmaxprice = options.bytes === $String ? $util.base64.encode(message.workerpoolmaxprice, 0, message.workerpoolmaxprice.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpoolmaxprice) : message.workerpoolmaxprice;
            if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                object.requester = options.bytes === $String ? $util.base64.encode(message.requester, 0, message.requester.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requester) : message.requester;
            if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                object.volume = options.bytes === $String ? $util.base64.encode(message.volume, 0, message.volume.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.volume) : message.volume;
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                object.tag = options.bytes === $String ? $util.base64.encode(message.tag, 0, message.tag.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tag) : message.tag;
            if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                object.category = options.bytes === $String ? $util.base64.encode(message.category, 0, message.category.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.category) : message.category;
            if (message.trust != null && $Object.hasOwnProperty.call(message, "trust"))
                object.trust = options.bytes === $String ? $util.base64.encode(message.trust, 0, message.trust.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.trust) : message.trust;
            if (message.beneficiary != null && $Object.hasOwnProperty.call(message, "beneficiary"))
                object.beneficiary = options.bytes === $String ? $util.base64.encode(message.beneficiary, 0, message.beneficiary.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.beneficiary) : message.beneficiary;
            if (message.callback != null && $Object.hasOwnProperty.call(message, "callback"))
                object.callback = options.bytes === $String ? $util.base64.encode(message.callback, 0, message.callback.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.callback) : message.callback;
            if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                object.params = message.params;
            if (message.salt != null && $Object.hasOwnProperty.call(message, "salt"))
                object.salt = options.bytes === $String ? $util.base64.encode(message.salt, 0, message.salt.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.salt) : message.salt;
            if (message.sign != null && $Object.hasOwnProperty.call(message, "sign"))
                object.sign = options.bytes === $String ? $util.base64.encode(message.sign, 0, message.sign.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sign) : message.sign;
            return object;
        };

        /**
         * Converts this RequestOrder to JSON.
         * @function toJSON
         * @memberof poco.RequestOrder
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RequestOrder.prototype.toJSON = function() {
            return RequestOrder.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RequestOrder;
    })();

    poco.PublishOrder = (function() {

        /**
         * Properties of a PublishOrder.
         * @typedef {Object} poco.PublishOrder.$Properties
         * @property {poco.AppOrder.$Properties|null} [app] PublishOrder app
         * @property {poco.DatasetOrder.$Properties|null} [dataset] PublishOrder dataset
         * @property {poco.WorkerpoolOrder.$Properties|null} [workerpool] PublishOrder workerpool
         * @property {poco.RequestOrder.$Properties|null} [request] PublishOrder request
         * @property {"app"|"dataset"|"workerpool"|"request"} [order] PublishOrder order
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PublishOrder.
         * @memberof poco
         * @interface IPublishOrder
         * @augments poco.PublishOrder.$Properties
         * @deprecated Use poco.PublishOrder.$Properties instead.
         */

        /**
         * Narrowed shape of a PublishOrder.
         * @typedef {{
         *   app?: poco.AppOrder.$Shape|null;
         *   dataset?: poco.DatasetOrder.$Shape|null;
         *   workerpool?: poco.WorkerpoolOrder.$Shape|null;
         *   request?: poco.RequestOrder.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ order?: undefined; app?: null; dataset?: null; workerpool?: null; request?: null }|{ order?: "app"; app: poco.AppOrder.$Shape; dataset?: null; workerpool?: null; request?: null }|{ order?: "dataset"; app?: null; dataset: poco.DatasetOrder.$Shape; workerpool?: null; request?: null }|{ order?: "workerpool"; app?: null; dataset?: null; workerpool: poco.WorkerpoolOrder.$Shape; request?: null }|{ order?: "request"; app?: null; dataset?: null; workerpool?: null; request: poco.RequestOrder.$Shape })
         * )} poco.PublishOrder.$Shape
         */

        /**
         * Constructs a new PublishOrder.
         * @memberof poco
         * @classdesc Represents a PublishOrder.
         * @constructor
         * @param {poco.PublishOrder.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PublishOrder = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PublishOrder app.
         * @member {poco.AppOrder.$Properties|null|undefined} app
         * @memberof poco.PublishOrder
         * @instance
         */
        PublishOrder.prototype.app = null;

        /**
         * PublishOrder dataset.
         * @member {poco.DatasetOrder.$Properties|null|undefined} dataset
         * @memberof poco.PublishOrder
         * @instance
         */
        PublishOrder.prototype.dataset = null;

        /**
         * PublishOrder workerpool.
         * @member {poco.WorkerpoolOrder.$Properties|null|undefined} workerpool
         * @memberof poco.PublishOrder
         * @instance
         */
        PublishOrder.prototype.workerpool = null;

        /**
         * PublishOrder request.
         * @member {poco.RequestOrder.$Properties|null|undefined} request
         * @memberof poco.PublishOrder
         * @instance
         */
        PublishOrder.prototype.request = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * PublishOrder order.
         * @member {"app"|"dataset"|"workerpool"|"request"|undefined} order
         * @memberof poco.PublishOrder
         * @instance
         */
        $Object.defineProperty(PublishOrder.prototype, "order", {
            get: $util.oneOfGetter($oneOfFields = ["app", "dataset", "workerpool", "request"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new PublishOrder instance using the specified properties.
         * @function create
         * @memberof poco.PublishOrder
         * @static
         * @param {poco.PublishOrder.$Properties=} [properties] Properties to set
         * @returns {poco.PublishOrder} PublishOrder instance
         * @type {{
         *   (properties: poco.PublishOrder.$Shape): poco.PublishOrder & poco.PublishOrder.$Shape;
         *   (properties?: poco.PublishOrder.$Properties): poco.PublishOrder;
         * }}
         */
        PublishOrder.create = function(properties) {
            return new PublishOrder(properties);
        };

        /**
         * Encodes the specified PublishOrder message. Does not implicitly {@link poco.PublishOrder.verify|verify} messages.
         * @function encode
         * @memberof poco.PublishOrder
         * @static
         * @param {poco.PublishOrder.$Properties} message PublishOrder message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PublishOrder.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                $root.poco.AppOrder.encode(message.app, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset"))
                $root.poco.DatasetOrder.encode(message.dataset, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool"))
                $root.poco.WorkerpoolOrder.encode(message.workerpool, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                $root.poco.RequestOrder.encode(message.request, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PublishOrder message from the specified reader or buffer.
         * @function decode
         * @memberof poco.PublishOrder
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.PublishOrder & poco.PublishOrder.$Shape} PublishOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PublishOrder.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.PublishOrder();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.app = $root.poco.AppOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.app);
                        message.order = "app";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.dataset = $root.poco.DatasetOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.dataset);
                        message.order = "dataset";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.workerpool = $root.poco.WorkerpoolOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.workerpool);
                        message.order = "workerpool";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.request = $root.poco.RequestOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                        message.order = "request";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a PublishOrder message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.PublishOrder
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.PublishOrder} PublishOrder
         */
        PublishOrder.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.PublishOrder)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.PublishOrder: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.PublishOrder();
            if (object.app != null) {
                if (!$util.isObject(object.app))
                    throw $TypeError(".poco.PublishOrder.app: object expected");
                message.app = $root.poco.AppOrder.fromObject(object.app, _depth + 1);
            }
            if (object.dataset != null) {
                if (!$util.isObject(object.dataset))
                    throw $TypeError(".poco.PublishOrder.dataset: object expected");
                message.dataset = $root.poco.DatasetOrder.fromObject(object.dataset, _depth + 1);
            }
            if (object.workerpool != null) {
                if (!$util.isObject(object.workerpool))
                    throw $TypeError(".poco.PublishOrder.workerpool: object expected");
                message.workerpool = $root.poco.WorkerpoolOrder.fromObject(object.workerpool, _depth + 1);
            }
            if (object.request != null) {
                if (!$util.isObject(object.request))
                    throw $TypeError(".poco.PublishOrder.request: object expected");
                message.request = $root.poco.RequestOrder.fromObject(object.request, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a PublishOrder message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.PublishOrder
         * @static
         * @param {poco.PublishOrder} message PublishOrder
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PublishOrder.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.app != null && $Object.hasOwnProperty.call(message, "app")) {
                object.app = $root.poco.AppOrder.toObject(message.app, options, _depth + 1);
                if (options.oneofs)
                    object.order = "app";
            }
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset")) {
                object.dataset = $root.poco.DatasetOrder.toObject(message.dataset, options, _depth + 1);
                if (options.oneofs)
                    object.order = "dataset";
            }
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool")) {
                object.workerpool = $root.poco.WorkerpoolOrder.toObject(message.workerpool, options, _depth + 1);
                if (options.oneofs)
                    object.order = "workerpool";
            }
            if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                object.request = $root.poco.RequestOrder.toObject(message.request, options, _depth + 1);
                if (options.oneofs)
                    object.order = "request";
            }
            return object;
        };

        /**
         * Converts this PublishOrder to JSON.
         * @function toJSON
         * @memberof poco.PublishOrder
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PublishOrder.prototype.toJSON = function() {
            return PublishOrder.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PublishOrder;
    })();

    poco.CancelOrder = (function() {

        /**
         * Properties of a CancelOrder.
         * @typedef {Object} poco.CancelOrder.$Properties
         * @property {Uint8Array|null} [orderHash] CancelOrder orderHash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CancelOrder.
         * @memberof poco
         * @interface ICancelOrder
         * @augments poco.CancelOrder.$Properties
         * @deprecated Use poco.CancelOrder.$Properties instead.
         */

        /**
         * Shape of a CancelOrder.
         * @typedef {poco.CancelOrder.$Properties} poco.CancelOrder.$Shape
         */

        /**
         * Constructs a new CancelOrder.
         * @memberof poco
         * @classdesc Represents a CancelOrder.
         * @constructor
         * @param {poco.CancelOrder.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CancelOrder = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CancelOrder orderHash.
         * @member {Uint8Array} orderHash
         * @memberof poco.CancelOrder
         * @instance
         */
        CancelOrder.prototype.orderHash = $util.newBuffer([]);

        /**
         * Creates a new CancelOrder instance using the specified properties.
         * @function create
         * @memberof poco.CancelOrder
         * @static
         * @param {poco.CancelOrder.$Properties=} [properties] Properties to set
         * @returns {poco.CancelOrder} CancelOrder instance
         * @type {{
         *   (properties: poco.CancelOrder.$Shape): poco.CancelOrder & poco.CancelOrder.$Shape;
         *   (properties?: poco.CancelOrder.$Properties): poco.CancelOrder;
         * }}
         */
        CancelOrder.create = function(properties) {
            return new CancelOrder(properties);
        };

        /**
         * Encodes the specified CancelOrder message. Does not implicitly {@link poco.CancelOrder.verify|verify} messages.
         * @function encode
         * @memberof poco.CancelOrder
         * @static
         * @param {poco.CancelOrder.$Properties} message CancelOrder message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CancelOrder.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.orderHash != null && $Object.hasOwnProperty.call(message, "orderHash") && message.orderHash.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.orderHash);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CancelOrder message from the specified reader or buffer.
         * @function decode
         * @memberof poco.CancelOrder
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.CancelOrder & poco.CancelOrder.$Shape} CancelOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CancelOrder.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.CancelOrder();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.orderHash = value;
                        else
                            delete message.orderHash;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a CancelOrder message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.CancelOrder
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.CancelOrder} CancelOrder
         */
        CancelOrder.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.CancelOrder)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.CancelOrder: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.CancelOrder();
            if (object.orderHash != null)
                if (object.orderHash.length)
                    if (typeof object.orderHash === "string")
                        $util.base64.decode(object.orderHash, message.orderHash = $util.newBuffer($util.base64.length(object.orderHash)), 0);
                    else if (object.orderHash.length >= 0)
                        message.orderHash = object.orderHash;
            return message;
        };

        /**
         * Creates a plain object from a CancelOrder message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.CancelOrder
         * @static
         * @param {poco.CancelOrder} message CancelOrder
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CancelOrder.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.orderHash = "";
                else {
                    object.orderHash = [];
                    if (options.bytes !== $Array)
                        object.orderHash = $util.newBuffer(object.orderHash);
                }
            if (message.orderHash != null && $Object.hasOwnProperty.call(message, "orderHash"))
                object.orderHash = options.bytes === $String ? $util.base64.encode(message.orderHash, 0, message.orderHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.orderHash) : message.orderHash;
            return object;
        };

        /**
         * Converts this CancelOrder to JSON.
         * @function toJSON
         * @memberof poco.CancelOrder
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CancelOrder.prototype.toJSON = function() {
            return CancelOrder.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CancelOrder;
    })();

    poco.MatchOrders = (function() {

        /**
         * Properties of a MatchOrders.
         * @typedef {Object} poco.MatchOrders.$Properties
         * @property {poco.AppOrder.$Properties|null} [app] MatchOrders app
         * @property {poco.DatasetOrder.$Properties|null} [dataset] MatchOrders dataset
         * @property {poco.WorkerpoolOrder.$Properties|null} [workerpool] MatchOrders workerpool
         * @property {poco.RequestOrder.$Properties|null} [request] MatchOrders request
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MatchOrders.
         * @memberof poco
         * @interface IMatchOrders
         * @augments poco.MatchOrders.$Properties
         * @deprecated Use poco.MatchOrders.$Properties instead.
         */

        /**
         * Shape of a MatchOrders.
         * @typedef {poco.MatchOrders.$Properties} poco.MatchOrders.$Shape
         */

        /**
         * Constructs a new MatchOrders.
         * @memberof poco
         * @classdesc Represents a MatchOrders.
         * @constructor
         * @param {poco.MatchOrders.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MatchOrders = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MatchOrders app.
         * @member {poco.AppOrder.$Properties|null|undefined} app
         * @memberof poco.MatchOrders
         * @instance
         */
        MatchOrders.prototype.app = null;

        /**
         * MatchOrders dataset.
         * @member {poco.DatasetOrder.$Properties|null|undefined} dataset
         * @memberof poco.MatchOrders
         * @instance
         */
        MatchOrders.prototype.dataset = null;

        /**
         * MatchOrders workerpool.
         * @member {poco.WorkerpoolOrder.$Properties|null|undefined} workerpool
         * @memberof poco.MatchOrders
         * @instance
         */
        MatchOrders.prototype.workerpool = null;

        /**
         * MatchOrders request.
         * @member {poco.RequestOrder.$Properties|null|undefined} request
         * @memberof poco.MatchOrders
         * @instance
         */
        MatchOrders.prototype.request = null;

        /**
         * Creates a new MatchOrders instance using the specified properties.
         * @function create
         * @memberof poco.MatchOrders
         * @static
         * @param {poco.MatchOrders.$Properties=} [properties] Properties to set
         * @returns {poco.MatchOrders} MatchOrders instance
         * @type {{
         *   (properties: poco.MatchOrders.$Shape): poco.MatchOrders & poco.MatchOrders.$Shape;
         *   (properties?: poco.MatchOrders.$Properties): poco.MatchOrders;
         * }}
         */
        MatchOrders.create = function(properties) {
            return new MatchOrders(properties);
        };

        /**
         * Encodes the specified MatchOrders message. Does not implicitly {@link poco.MatchOrders.verify|verify} messages.
         * @function encode
         * @memberof poco.MatchOrders
         * @static
         * @param {poco.MatchOrders.$Properties} message MatchOrders message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MatchOrders.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                $root.poco.AppOrder.encode(message.app, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset"))
                $root.poco.DatasetOrder.encode(message.dataset, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool"))
                $root.poco.WorkerpoolOrder.encode(message.workerpool, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                $root.poco.RequestOrder.encode(message.request, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MatchOrders message from the specified reader or buffer.
         * @function decode
         * @memberof poco.MatchOrders
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.MatchOrders & poco.MatchOrders.$Shape} MatchOrders
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MatchOrders.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.MatchOrders();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.app = $root.poco.AppOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.app);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.dataset = $root.poco.DatasetOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.dataset);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.workerpool = $root.poco.WorkerpoolOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.workerpool);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.request = $root.poco.RequestOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a MatchOrders message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.MatchOrders
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.MatchOrders} MatchOrders
         */
        MatchOrders.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.MatchOrders)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.MatchOrders: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.MatchOrders();
            if (object.app != null) {
                if (!$util.isObject(object.app))
                    throw $TypeError(".poco.MatchOrders.app: object expected");
                message.app = $root.poco.AppOrder.fromObject(object.app, _depth + 1);
            }
            if (object.dataset != null) {
                if (!$util.isObject(object.dataset))
                    throw $TypeError(".poco.MatchOrders.dataset: object expected");
                message.dataset = $root.poco.DatasetOrder.fromObject(object.dataset, _depth + 1);
            }
            if (object.workerpool != null) {
                if (!$util.isObject(object.workerpool))
                    throw $TypeError(".poco.MatchOrders.workerpool: object expected");
                message.workerpool = $root.poco.WorkerpoolOrder.fromObject(object.workerpool, _depth + 1);
            }
            if (object.request != null) {
                if (!$util.isObject(object.request))
                    throw $TypeError(".poco.MatchOrders.request: object expected");
                message.request = $root.poco.RequestOrder.fromObject(object.request, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a MatchOrders message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.MatchOrders
         * @static
         * @param {poco.MatchOrders} message MatchOrders
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MatchOrders.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.app = null;
                object.dataset = null;
                object.workerpool = null;
                object.request = null;
            }
            if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                object.app = $root.poco.AppOrder.toObject(message.app, options, _depth + 1);
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset"))
                object.dataset = $root.poco.DatasetOrder.toObject(message.dataset, options, _depth + 1);
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool"))
                object.workerpool = $root.poco.WorkerpoolOrder.toObject(message.workerpool, options, _depth + 1);
            if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                object.request = $root.poco.RequestOrder.toObject(message.request, options, _depth + 1);
            return object;
        };

        /**
         * Converts this MatchOrders to JSON.
         * @function toJSON
         * @memberof poco.MatchOrders
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MatchOrders.prototype.toJSON = function() {
            return MatchOrders.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MatchOrders;
    })();

    poco.Contribute = (function() {

        /**
         * Properties of a Contribute.
         * @typedef {Object} poco.Contribute.$Properties
         * @property {Uint8Array|null} [taskId] Contribute taskId
         * @property {Uint8Array|null} [resultHash] Contribute resultHash
         * @property {Uint8Array|null} [resultSeal] Contribute resultSeal
         * @property {Uint8Array|null} [enclaveChallenge] Contribute enclaveChallenge
         * @property {Uint8Array|null} [authorization] Contribute authorization
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Contribute.
         * @memberof poco
         * @interface IContribute
         * @augments poco.Contribute.$Properties
         * @deprecated Use poco.Contribute.$Properties instead.
         */

        /**
         * Shape of a Contribute.
         * @typedef {poco.Contribute.$Properties} poco.Contribute.$Shape
         */

        /**
         * Constructs a new Contribute.
         * @memberof poco
         * @classdesc Represents a Contribute.
         * @constructor
         * @param {poco.Contribute.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Contribute = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Contribute taskId.
         * @member {Uint8Array} taskId
         * @memberof poco.Contribute
         * @instance
         */
        Contribute.prototype.taskId = $util.newBuffer([]);

        /**
         * Contribute resultHash.
         * @member {Uint8Array} resultHash
         * @memberof poco.Contribute
         * @instance
         */
        Contribute.prototype.resultHash = $util.newBuffer([]);

        /**
         * Contribute resultSeal.
         * @member {Uint8Array} resultSeal
         * @memberof poco.Contribute
         * @instance
         */
        Contribute.prototype.resultSeal = $util.newBuffer([]);

        /**
         * Contribute enclaveChallenge.
         * @member {Uint8Array} enclaveChallenge
         * @memberof poco.Contribute
         * @instance
         */
        Contribute.prototype.enclaveChallenge = $util.newBuffer([]);

        /**
         * Contribute authorization.
         * @member {Uint8Array} authorization
         * @memberof poco.Contribute
         * @instance
         */
        Contribute.prototype.authorization = $util.newBuffer([]);

        /**
         * Creates a new Contribute instance using the specified properties.
         * @function create
         * @memberof poco.Contribute
         * @static
         * @param {poco.Contribute.$Properties=} [properties] Properties to set
         * @returns {poco.Contribute} Contribute instance
         * @type {{
         *   (properties: poco.Contribute.$Shape): poco.Contribute & poco.Contribute.$Shape;
         *   (properties?: poco.Contribute.$Properties): poco.Contribute;
         * }}
         */
        Contribute.create = function(properties) {
            return new Contribute(properties);
        };

        /**
         * Encodes the specified Contribute message. Does not implicitly {@link poco.Contribute.verify|verify} messages.
         * @function encode
         * @memberof poco.Contribute
         * @static
         * @param {poco.Contribute.$Properties} message Contribute message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Contribute.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.taskId);
            if (message.resultHash != null && $Object.hasOwnProperty.call(message, "resultHash") && message.resultHash.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.resultHash);
            if (message.resultSeal != null && $Object.hasOwnProperty.call(message, "resultSeal") && message.resultSeal.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.resultSeal);
            if (message.enclaveChallenge != null && $Object.hasOwnProperty.call(message, "enclaveChallenge") && message.enclaveChallenge.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.enclaveChallenge);
            if (message.authorization != null && $Object.hasOwnProperty.call(message, "authorization") && message.authorization.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.authorization);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Contribute message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Contribute
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Contribute & poco.Contribute.$Shape} Contribute
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Contribute.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Contribute();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.taskId = value;
                        else
                            delete message.taskId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resultHash = value;
                        else
                            delete message.resultHash;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resultSeal = value;
                        else
                            delete message.resultSeal;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.enclaveChallenge = value;
                        else
                            delete message.enclaveChallenge;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.authorization = value;
                        else
                            delete message.authorization;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Contribute message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Contribute
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Contribute} Contribute
         */
        Contribute.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Contribute)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Contribute: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Contribute();
            if (object.taskId != null)
                if (object.taskId.length)
                    if (typeof object.taskId === "string")
                        $util.base64.decode(object.taskId, message.taskId = $util.newBuffer($util.base64.length(object.taskId)), 0);
                    else if (object.taskId.length >= 0)
                        message.taskId = object.taskId;
            if (object.resultHash != null)
                if (object.resultHash.length)
                    if (typeof object.resultHash === "string")
                        $util.base64.decode(object.resultHash, message.resultHash = $util.newBuffer($util.base64.length(object.resultHash)), 0);
                    else if (object.resultHash.length >= 0)
                        message.resultHash = object.resultHash;
            if (object.resultSeal != null)
                if (object.resultSeal.length)
                    if (typeof object.resultSeal === "string")
                        $util.base64.decode(object.resultSeal, message.resultSeal = $util.newBuffer($util.base64.length(object.resultSeal)), 0);
                    else if (object.resultSeal.length >= 0)
                        message.resultSeal = object.resultSeal;
            if (object.enclaveChallenge != null)
                if (object.enclaveChallenge.length)
                    if (typeof object.enclaveChallenge === "string")
                        $util.base64.decode(object.enclaveChallenge, message.enclaveChallenge = $util.newBuffer($util.base64.length(object.enclaveChallenge)), 0);
                    else if (object.enclaveChallenge.length >= 0)
                        message.enclaveChallenge = object.enclaveChallenge;
            if (object.authorization != null)
                if (object.authorization.length)
                    if (typeof object.authorization === "string")
                        $util.base64.decode(object.authorization, message.authorization = $util.newBuffer($util.base64.length(object.authorization)), 0);
                    else if (object.authorization.length >= 0)
                        message.authorization = object.authorization;
            return message;
        };

        /**
         * Creates a plain object from a Contribute message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Contribute
         * @static
         * @param {poco.Contribute} message Contribute
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Contribute.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.taskId = "";
                else {
                    object.taskId = [];
                    if (options.bytes !== $Array)
                        object.taskId = $util.newBuffer(object.taskId);
                }
                if (options.bytes === $String)
                    object.resultHash = "";
                else {
                    object.resultHash = [];
                    if (options.bytes !== $Array)
                        object.resultHash = $util.newBuffer(object.resultHash);
                }
                if (options.bytes === $String)
                    object.resultSeal = "";
                else {
                    object.resultSeal = [];
                    if (options.bytes !== $Array)
                        object.resultSeal = $util.newBuffer(object.resultSeal);
                }
                if (options.bytes === $String)
                    object.enclaveChallenge = "";
                else {
                    object.enclaveChallenge = [];
                    if (options.bytes !== $Array)
                        object.enclaveChallenge = $util.newBuffer(object.enclaveChallenge);
                }
                if (options.bytes === $String)
                    object.authorization = "";
                else {
                    object.authorization = [];
                    if (options.bytes !== $Array)
                        object.authorization = $util.newBuffer(object.authorization);
                }
            }
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                object.taskId = options.bytes === $String ? $util.base64.encode(message.taskId, 0, message.taskId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskId) : message.taskId;
            if (message.resultHash != null && $Object.hasOwnProperty.call(message, "resultHash"))
                object.resultHash = options.bytes === $String ? $util.base64.encode(message.resultHash, 0, message.resultHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.resultHash) : message.resultHash;
            if (message.resultSeal != null && $Object.hasOwnProperty.call(message, "resultSeal"))
                object.resultSeal = options.bytes === $String ? $util.base64.encode(message.resultSeal, 0, message.resultSeal.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.resultSeal) : message.resultSeal;
            if (message.enclaveChallenge != null && $Object.hasOwnProperty.call(message, "enclaveChallenge"))
                object.enclaveChallenge = options.bytes === $String ? $util.base64.encode(message.enclaveChallenge, 0, message.enclaveChallenge.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.enclaveChallenge) : message.enclaveChallenge;
            if (message.authorization != null && $Object.hasOwnProperty.call(message, "authorization"))
                object.authorization = options.bytes === $String ? $util.base64.encode(message.authorization, 0, message.authorization.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.authorization) : message.authorization;
            return object;
        };

        /**
         * Converts this Contribute to JSON.
         * @function toJSON
         * @memberof poco.Contribute
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Contribute.prototype.toJSON = function() {
            return Contribute.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Contribute;
    })();

    poco.Reveal = (function() {

        /**
         * Properties of a Reveal.
         * @typedef {Object} poco.Reveal.$Properties
         * @property {Uint8Array|null} [taskId] Reveal taskId
         * @property {Uint8Array|null} [resultDigest] Reveal resultDigest
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Reveal.
         * @memberof poco
         * @interface IReveal
         * @augments poco.Reveal.$Properties
         * @deprecated Use poco.Reveal.$Properties instead.
         */

        /**
         * Shape of a Reveal.
         * @typedef {poco.Reveal.$Properties} poco.Reveal.$Shape
         */

        /**
         * Constructs a new Reveal.
         * @memberof poco
         * @classdesc Represents a Reveal.
         * @constructor
         * @param {poco.Reveal.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Reveal = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Reveal taskId.
         * @member {Uint8Array} taskId
         * @memberof poco.Reveal
         * @instance
         */
        Reveal.prototype.taskId = $util.newBuffer([]);

        /**
         * Reveal resultDigest.
         * @member {Uint8Array} resultDigest
         * @memberof poco.Reveal
         * @instance
         */
        Reveal.prototype.resultDigest = $util.newBuffer([]);

        /**
         * Creates a new Reveal instance using the specified properties.
         * @function create
         * @memberof poco.Reveal
         * @static
         * @param {poco.Reveal.$Properties=} [properties] Properties to set
         * @returns {poco.Reveal} Reveal instance
         * @type {{
         *   (properties: poco.Reveal.$Shape): poco.Reveal & poco.Reveal.$Shape;
         *   (properties?: poco.Reveal.$Properties): poco.Reveal;
         * }}
         */
        Reveal.create = function(properties) {
            return new Reveal(properties);
        };

        /**
         * Encodes the specified Reveal message. Does not implicitly {@link poco.Reveal.verify|verify} messages.
         * @function encode
         * @memberof poco.Reveal
         * @static
         * @param {poco.Reveal.$Properties} message Reveal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reveal.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.taskId);
            if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest") && message.resultDigest.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.resultDigest);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Reveal message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Reveal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Reveal & poco.Reveal.$Shape} Reveal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reveal.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Reveal();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.taskId = value;
                        else
                            delete message.taskId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resultDigest = value;
                        else
                            delete message.resultDigest;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Reveal message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Reveal
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Reveal} Reveal
         */
        Reveal.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Reveal)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Reveal: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Reveal();
            if (object.taskId != null)
                if (object.taskId.length)
                    if (typeof object.taskId === "string")
                        $util.base64.decode(object.taskId, message.taskId = $util.newBuffer($util.base64.length(object.taskId)), 0);
                    else if (object.taskId.length >= 0)
                        message.taskId = object.taskId;
            if (object.resultDigest != null)
                if (object.resultDigest.length)
                    if (typeof object.resultDigest === "string")
                        $util.base64.decode(object.resultDigest, message.resultDigest = $util.newBuffer($util.base64.length(object.resultDigest)), 0);
                    else if (object.resultDigest.length >= 0)
                        message.resultDigest = object.resultDigest;
            return message;
        };

        /**
         * Creates a plain object from a Reveal message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Reveal
         * @static
         * @param {poco.Reveal} message Reveal
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Reveal.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.taskId = "";
                else {
                    object.taskId = [];
                    if (options.bytes !== $Array)
                        object.taskId = $util.newBuffer(object.taskId);
                }
                if (options.bytes === $String)
                    object.resultDigest = "";
                else {
                    object.resultDigest = [];
                    if (options.bytes !== $Array)
                        object.resultDigest = $util.newBuffer(object.resultDigest);
                }
            }
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                object.taskId = options.bytes === $String ? $util.base64.encode(message.taskId, 0, message.taskId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskId) : message.taskId;
            if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest"))
                object.resultDigest = options.bytes === $String ? $util.base64.encode(message.resultDigest, 0, message.resultDigest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.resultDigest) : message.resultDigest;
            return object;
        };

        /**
         * Converts this Reveal to JSON.
         * @function toJSON
         * @memberof poco.Reveal
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Reveal.prototype.toJSON = function() {
            return Reveal.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Reveal;
    })();

    poco.Reopen = (function() {

        /**
         * Properties of a Reopen.
         * @typedef {Object} poco.Reopen.$Properties
         * @property {Uint8Array|null} [taskId] Reopen taskId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Reopen.
         * @memberof poco
         * @interface IReopen
         * @augments poco.Reopen.$Properties
         * @deprecated Use poco.Reopen.$Properties instead.
         */

        /**
         * Shape of a Reopen.
         * @typedef {poco.Reopen.$Properties} poco.Reopen.$Shape
         */

        /**
         * Constructs a new Reopen.
         * @memberof poco
         * @classdesc Represents a Reopen.
         * @constructor
         * @param {poco.Reopen.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Reopen = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Reopen taskId.
         * @member {Uint8Array} taskId
         * @memberof poco.Reopen
         * @instance
         */
        Reopen.prototype.taskId = $util.newBuffer([]);

        /**
         * Creates a new Reopen instance using the specified properties.
         * @function create
         * @memberof poco.Reopen
         * @static
         * @param {poco.Reopen.$Properties=} [properties] Properties to set
         * @returns {poco.Reopen} Reopen instance
         * @type {{
         *   (properties: poco.Reopen.$Shape): poco.Reopen & poco.Reopen.$Shape;
         *   (properties?: poco.Reopen.$Properties): poco.Reopen;
         * }}
         */
        Reopen.create = function(properties) {
            return new Reopen(properties);
        };

        /**
         * Encodes the specified Reopen message. Does not implicitly {@link poco.Reopen.verify|verify} messages.
         * @function encode
         * @memberof poco.Reopen
         * @static
         * @param {poco.Reopen.$Properties} message Reopen message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reopen.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.taskId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Reopen message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Reopen
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Reopen & poco.Reopen.$Shape} Reopen
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reopen.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Reopen();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.taskId = value;
                        else
                            delete message.taskId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Reopen message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Reopen
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Reopen} Reopen
         */
        Reopen.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Reopen)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Reopen: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Reopen();
            if (object.taskId != null)
                if (object.taskId.length)
                    if (typeof object.taskId === "string")
                        $util.base64.decode(object.taskId, message.taskId = $util.newBuffer($util.base64.length(object.taskId)), 0);
                    else if (object.taskId.length >= 0)
                        message.taskId = object.taskId;
            return message;
        };

        /**
         * Creates a plain object from a Reopen message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Reopen
         * @static
         * @param {poco.Reopen} message Reopen
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Reopen.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.taskId = "";
                else {
                    object.taskId = [];
                    if (options.bytes !== $Array)
                        object.taskId = $util.newBuffer(object.taskId);
                }
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                object.taskId = options.bytes === $String ? $util.base64.encode(message.taskId, 0, message.taskId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskId) : message.taskId;
            return object;
        };

        /**
         * Converts this Reopen to JSON.
         * @function toJSON
         * @memberof poco.Reopen
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Reopen.prototype.toJSON = function() {
            return Reopen.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Reopen;
    })();

    poco.Finalize = (function() {

        /**
         * Properties of a Finalize.
         * @typedef {Object} poco.Finalize.$Properties
         * @property {Uint8Array|null} [taskId] Finalize taskId
         * @property {Uint8Array|null} [results] Finalize results
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Finalize.
         * @memberof poco
         * @interface IFinalize
         * @augments poco.Finalize.$Properties
         * @deprecated Use poco.Finalize.$Properties instead.
         */

        /**
         * Shape of a Finalize.
         * @typedef {poco.Finalize.$Properties} poco.Finalize.$Shape
         */

        /**
         * Constructs a new Finalize.
         * @memberof poco
         * @classdesc Represents a Finalize.
         * @constructor
         * @param {poco.Finalize.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Finalize = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Finalize taskId.
         * @member {Uint8Array} taskId
         * @memberof poco.Finalize
         * @instance
         */
        Finalize.prototype.taskId = $util.newBuffer([]);

        /**
         * Finalize results.
         * @member {Uint8Array} results
         * @memberof poco.Finalize
         * @instance
         */
        Finalize.prototype.results = $util.newBuffer([]);

        /**
         * Creates a new Finalize instance using the specified properties.
         * @function create
         * @memberof poco.Finalize
         * @static
         * @param {poco.Finalize.$Properties=} [properties] Properties to set
         * @returns {poco.Finalize} Finalize instance
         * @type {{
         *   (properties: poco.Finalize.$Shape): poco.Finalize & poco.Finalize.$Shape;
         *   (properties?: poco.Finalize.$Properties): poco.Finalize;
         * }}
         */
        Finalize.create = function(properties) {
            return new Finalize(properties);
        };

        /**
         * Encodes the specified Finalize message. Does not implicitly {@link poco.Finalize.verify|verify} messages.
         * @function encode
         * @memberof poco.Finalize
         * @static
         * @param {poco.Finalize.$Properties} message Finalize message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Finalize.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.taskId);
            if (message.results != null && $Object.hasOwnProperty.call(message, "results") && message.results.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.results);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Finalize message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Finalize
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Finalize & poco.Finalize.$Shape} Finalize
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Finalize.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Finalize();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.taskId = value;
                        else
                            delete message.taskId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.results = value;
                        else
                            delete message.results;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Finalize message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Finalize
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Finalize} Finalize
         */
        Finalize.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Finalize)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Finalize: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Finalize();
            if (object.taskId != null)
                if (object.taskId.length)
                    if (typeof object.taskId === "string")
                        $util.base64.decode(object.taskId, message.taskId = $util.newBuffer($util.base64.length(object.taskId)), 0);
                    else if (object.taskId.length >= 0)
                        message.taskId = object.taskId;
            if (object.results != null)
                if (object.results.length)
                    if (typeof object.results === "string")
                        $util.base64.decode(object.results, message.results = $util.newBuffer($util.base64.length(object.results)), 0);
                    else if (object.results.length >= 0)
                        message.results = object.results;
            return message;
        };

        /**
         * Creates a plain object from a Finalize message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Finalize
         * @static
         * @param {poco.Finalize} message Finalize
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Finalize.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.taskId = "";
                else {
                    object.taskId = [];
                    if (options.bytes !== $Array)
                        object.taskId = $util.newBuffer(object.taskId);
                }
                if (options.bytes === $String)
                    object.results = "";
                else {
                    object.results = [];
                    if (options.bytes !== $Array)
                        object.results = $util.newBuffer(object.results);
                }
            }
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                object.taskId = options.bytes === $String ? $util.base64.encode(message.taskId, 0, message.taskId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskId) : message.taskId;
            if (message.results != null && $Object.hasOwnProperty.call(message, "results"))
                object.results = options.bytes === $String ? $util.base64.encode(message.results, 0, message.results.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.results) : message.results;
            return object;
        };

        /**
         * Converts this Finalize to JSON.
         * @function toJSON
         * @memberof poco.Finalize
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Finalize.prototype.toJSON = function() {
            return Finalize.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Finalize;
    })();

    poco.Claim = (function() {

        /**
         * Properties of a Claim.
         * @typedef {Object} poco.Claim.$Properties
         * @property {Uint8Array|null} [taskId] Claim taskId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Claim.
         * @memberof poco
         * @interface IClaim
         * @augments poco.Claim.$Properties
         * @deprecated Use poco.Claim.$Properties instead.
         */

        /**
         * Shape of a Claim.
         * @typedef {poco.Claim.$Properties} poco.Claim.$Shape
         */

        /**
         * Constructs a new Claim.
         * @memberof poco
         * @classdesc Represents a Claim.
         * @constructor
         * @param {poco.Claim.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Claim = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Claim taskId.
         * @member {Uint8Array} taskId
         * @memberof poco.Claim
         * @instance
         */
        Claim.prototype.taskId = $util.newBuffer([]);

        /**
         * Creates a new Claim instance using the specified properties.
         * @function create
         * @memberof poco.Claim
         * @static
         * @param {poco.Claim.$Properties=} [properties] Properties to set
         * @returns {poco.Claim} Claim instance
         * @type {{
         *   (properties: poco.Claim.$Shape): poco.Claim & poco.Claim.$Shape;
         *   (properties?: poco.Claim.$Properties): poco.Claim;
         * }}
         */
        Claim.create = function(properties) {
            return new Claim(properties);
        };

        /**
         * Encodes the specified Claim message. Does not implicitly {@link poco.Claim.verify|verify} messages.
         * @function encode
         * @memberof poco.Claim
         * @static
         * @param {poco.Claim.$Properties} message Claim message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Claim.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.taskId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Claim message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Claim
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Claim & poco.Claim.$Shape} Claim
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Claim.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Claim();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.taskId = value;
                        else
                            delete message.taskId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Claim message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Claim
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Claim} Claim
         */
        Claim.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Claim)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Claim: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Claim();
            if (object.taskId != null)
                if (object.taskId.length)
                    if (typeof object.taskId === "string")
                        $util.base64.decode(object.taskId, message.taskId = $util.newBuffer($util.base64.length(object.taskId)), 0);
                    else if (object.taskId.length >= 0)
                        message.taskId = object.taskId;
            return message;
        };

        /**
         * Creates a plain object from a Claim message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Claim
         * @static
         * @param {poco.Claim} message Claim
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Claim.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.taskId = "";
                else {
                    object.taskId = [];
                    if (options.bytes !== $Array)
                        object.taskId = $util.newBuffer(object.taskId);
                }
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                object.taskId = options.bytes === $String ? $util.base64.encode(message.taskId, 0, message.taskId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskId) : message.taskId;
            return object;
        };

        /**
         * Converts this Claim to JSON.
         * @function toJSON
         * @memberof poco.Claim
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Claim.prototype.toJSON = function() {
            return Claim.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Claim;
    })();

    poco.Withdraw = (function() {

        /**
         * Properties of a Withdraw.
         * @typedef {Object} poco.Withdraw.$Properties
         * @property {Uint8Array|null} [ethRecipient] Withdraw ethRecipient
         * @property {Uint8Array|null} [amount] Withdraw amount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Withdraw.
         * @memberof poco
         * @interface IWithdraw
         * @augments poco.Withdraw.$Properties
         * @deprecated Use poco.Withdraw.$Properties instead.
         */

        /**
         * Shape of a Withdraw.
         * @typedef {poco.Withdraw.$Properties} poco.Withdraw.$Shape
         */

        /**
         * Constructs a new Withdraw.
         * @memberof poco
         * @classdesc Represents a Withdraw.
         * @constructor
         * @param {poco.Withdraw.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Withdraw = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Withdraw ethRecipient.
         * @member {Uint8Array} ethRecipient
         * @memberof poco.Withdraw
         * @instance
         */
        Withdraw.prototype.ethRecipient = $util.newBuffer([]);

        /**
         * Withdraw amount.
         * @member {Uint8Array} amount
         * @memberof poco.Withdraw
         * @instance
         */
        Withdraw.prototype.amount = $util.newBuffer([]);

        /**
         * Creates a new Withdraw instance using the specified properties.
         * @function create
         * @memberof poco.Withdraw
         * @static
         * @param {poco.Withdraw.$Properties=} [properties] Properties to set
         * @returns {poco.Withdraw} Withdraw instance
         * @type {{
         *   (properties: poco.Withdraw.$Shape): poco.Withdraw & poco.Withdraw.$Shape;
         *   (properties?: poco.Withdraw.$Properties): poco.Withdraw;
         * }}
         */
        Withdraw.create = function(properties) {
            return new Withdraw(properties);
        };

        /**
         * Encodes the specified Withdraw message. Does not implicitly {@link poco.Withdraw.verify|verify} messages.
         * @function encode
         * @memberof poco.Withdraw
         * @static
         * @param {poco.Withdraw.$Properties} message Withdraw message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Withdraw.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ethRecipient != null && $Object.hasOwnProperty.call(message, "ethRecipient") && message.ethRecipient.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ethRecipient);
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.amount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Withdraw message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Withdraw
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Withdraw & poco.Withdraw.$Shape} Withdraw
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Withdraw.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Withdraw();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.ethRecipient = value;
                        else
                            delete message.ethRecipient;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.amount = value;
                        else
                            delete message.amount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Withdraw message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Withdraw
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Withdraw} Withdraw
         */
        Withdraw.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Withdraw)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Withdraw: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Withdraw();
            if (object.ethRecipient != null)
                if (object.ethRecipient.length)
                    if (typeof object.ethRecipient === "string")
                        $util.base64.decode(object.ethRecipient, message.ethRecipient = $util.newBuffer($util.base64.length(object.ethRecipient)), 0);
                    else if (object.ethRecipient.length >= 0)
                        message.ethRecipient = object.ethRecipient;
            if (object.amount != null)
                if (object.amount.length)
                    if (typeof object.amount === "string")
                        $util.base64.decode(object.amount, message.amount = $util.newBuffer($util.base64.length(object.amount)), 0);
                    else if (object.amount.length >= 0)
                        message.amount = object.amount;
            return message;
        };

        /**
         * Creates a plain object from a Withdraw message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Withdraw
         * @static
         * @param {poco.Withdraw} message Withdraw
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Withdraw.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.ethRecipient = "";
                else {
                    object.ethRecipient = [];
                    if (options.bytes !== $Array)
                        object.ethRecipient = $util.newBuffer(object.ethRecipient);
                }
                if (options.bytes === $String)
                    object.amount = "";
                else {
                    object.amount = [];
                    if (options.bytes !== $Array)
                        object.amount = $util.newBuffer(object.amount);
                }
            }
            if (message.ethRecipient != null && $Object.hasOwnProperty.call(message, "ethRecipient"))
                object.ethRecipient = options.bytes === $String ? $util.base64.encode(message.ethRecipient, 0, message.ethRecipient.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ethRecipient) : message.ethRecipient;
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                object.amount = options.bytes === $String ? $util.base64.encode(message.amount, 0, message.amount.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.amount) : message.amount;
            return object;
        };

        /**
         * Converts this Withdraw to JSON.
         * @function toJSON
         * @memberof poco.Withdraw
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Withdraw.prototype.toJSON = function() {
            return Withdraw.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Withdraw;
    })();

    poco.DepositAttestation = (function() {

        /**
         * Properties of a DepositAttestation.
         * @typedef {Object} poco.DepositAttestation.$Properties
         * @property {number|Long|null} [depositNonce] DepositAttestation depositNonce
         * @property {Uint8Array|null} [recipient] DepositAttestation recipient
         * @property {Uint8Array|null} [amount] DepositAttestation amount
         * @property {Uint8Array|null} [ethTxHash] DepositAttestation ethTxHash
         * @property {number|Long|null} [ethBlockNumber] DepositAttestation ethBlockNumber
         * @property {Uint8Array|null} [ethBlockHash] DepositAttestation ethBlockHash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DepositAttestation.
         * @memberof poco
         * @interface IDepositAttestation
         * @augments poco.DepositAttestation.$Properties
         * @deprecated Use poco.DepositAttestation.$Properties instead.
         */

        /**
         * Shape of a DepositAttestation.
         * @typedef {poco.DepositAttestation.$Properties} poco.DepositAttestation.$Shape
         */

        /**
         * Constructs a new DepositAttestation.
         * @memberof poco
         * @classdesc Represents a DepositAttestation.
         * @constructor
         * @param {poco.DepositAttestation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DepositAttestation = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DepositAttestation depositNonce.
         * @member {number|Long} depositNonce
         * @memberof poco.DepositAttestation
         * @instance
         */
        DepositAttestation.prototype.depositNonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DepositAttestation recipient.
         * @member {Uint8Array} recipient
         * @memberof poco.DepositAttestation
         * @instance
         */
        DepositAttestation.prototype.recipient = $util.newBuffer([]);

        /**
         * DepositAttestation amount.
         * @member {Uint8Array} amount
         * @memberof poco.DepositAttestation
         * @instance
         */
        DepositAttestation.prototype.amount = $util.newBuffer([]);

        /**
         * DepositAttestation ethTxHash.
         * @member {Uint8Array} ethTxHash
         * @memberof poco.DepositAttestation
         * @instance
         */
        DepositAttestation.prototype.ethTxHash = $util.newBuffer([]);

        /**
         * DepositAttestation ethBlockNumber.
         * @member {number|Long} ethBlockNumber
         * @memberof poco.DepositAttestation
         * @instance
         */
        DepositAttestation.prototype.ethBlockNumber = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DepositAttestation ethBlockHash.
         * @member {Uint8Array} ethBlockHash
         * @memberof poco.DepositAttestation
         * @instance
         */
        DepositAttestation.prototype.ethBlockHash = $util.newBuffer([]);

        /**
         * Creates a new DepositAttestation instance using the specified properties.
         * @function create
         * @memberof poco.DepositAttestation
         * @static
         * @param {poco.DepositAttestation.$Properties=} [properties] Properties to set
         * @returns {poco.DepositAttestation} DepositAttestation instance
         * @type {{
         *   (properties: poco.DepositAttestation.$Shape): poco.DepositAttestation & poco.DepositAttestation.$Shape;
         *   (properties?: poco.DepositAttestation.$Properties): poco.DepositAttestation;
         * }}
         */
        DepositAttestation.create = function(properties) {
            return new DepositAttestation(properties);
        };

        /**
         * Encodes the specified DepositAttestation message. Does not implicitly {@link poco.DepositAttestation.verify|verify} messages.
         * @function encode
         * @memberof poco.DepositAttestation
         * @static
         * @param {poco.DepositAttestation.$Properties} message DepositAttestation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DepositAttestation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.depositNonce != null && $Object.hasOwnProperty.call(message, "depositNonce") && (typeof message.depositNonce === "object" ? message.depositNonce.low || message.depositNonce.high : message.depositNonce !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.depositNonce);
            if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient") && message.recipient.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.recipient);
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.amount);
            if (message.ethTxHash != null && $Object.hasOwnProperty.call(message, "ethTxHash") && message.ethTxHash.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ethTxHash);
            if (message.ethBlockNumber != null && $Object.hasOwnProperty.call(message, "ethBlockNumber") && (typeof message.ethBlockNumber === "object" ? message.ethBlockNumber.low || message.ethBlockNumber.high : message.ethBlockNumber !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.ethBlockNumber);
            if (message.ethBlockHash != null && $Object.hasOwnProperty.call(message, "ethBlockHash") && message.ethBlockHash.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.ethBlockHash);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DepositAttestation message from the specified reader or buffer.
         * @function decode
         * @memberof poco.DepositAttestation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.DepositAttestation & poco.DepositAttestation.$Shape} DepositAttestation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DepositAttestation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.DepositAttestation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.depositNonce = value;
                        else
                            delete message.depositNonce;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.recipient = value;
                        else
                            delete message.recipient;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.amount = value;
                        else
                            delete message.amount;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.ethTxHash = value;
                        else
                            delete message.ethTxHash;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.ethBlockNumber = value;
                        else
                            delete message.ethBlockNumber;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.ethBlockHash = value;
                        else
                            delete message.ethBlockHash;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a DepositAttestation message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.DepositAttestation
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.DepositAttestation} DepositAttestation
         */
        DepositAttestation.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.DepositAttestation)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.DepositAttestation: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.DepositAttestation();
            if (object.depositNonce != null)
                if (typeof object.depositNonce === "object" ? object.depositNonce.low || object.depositNonce.high : $Number(object.depositNonce) !== 0)
                    if ($util.Long)
                        message.depositNonce = $util.Long.fromValue(object.depositNonce, true);
                    else if (typeof object.depositNonce === "string")
                        message.depositNonce = $parseInt(object.depositNonce, 10);
                    else if (typeof object.depositNonce === "number")
                        message.depositNonce = object.depositNonce;
                    else if (typeof object.depositNonce === "object")
                        message.depositNonce = new $util.LongBits(object.depositNonce.low >>> 0, object.depositNonce.high >>> 0).toNumber(true);
            if (object.recipient != null)
                if (object.recipient.length)
                    if (typeof object.recipient === "string")
                        $util.base64.decode(object.recipient, message.recipient = $util.newBuffer($util.base64.length(object.recipient)), 0);
                    else if (object.recipient.length >= 0)
                        message.recipient = object.recipient;
            if (object.amount != null)
                if (object.amount.length)
                    if (typeof object.amount === "string")
                        $util.base64.decode(object.amount, message.amount = $util.newBuffer($util.base64.length(object.amount)), 0);
                    else if (object.amount.length >= 0)
                        message.amount = object.amount;
            if (object.ethTxHash != null)
                if (object.ethTxHash.length)
                    if (typeof object.ethTxHash === "string")
                        $util.base64.decode(object.ethTxHash, message.ethTxHash = $util.newBuffer($util.base64.length(object.ethTxHash)), 0);
                    else if (object.ethTxHash.length >= 0)
                        message.ethTxHash = object.ethTxHash;
            if (object.ethBlockNumber != null)
                if (typeof object.ethBlockNumber === "object" ? object.ethBlockNumber.low || object.ethBlockNumber.high : $Number(object.ethBlockNumber) !== 0)
                    if ($util.Long)
                        message.ethBlockNumber = $util.Long.fromValue(object.ethBlockNumber, true);
                    else if (typeof object.ethBlockNumber === "string")
                        message.ethBlockNumber = $parseInt(object.ethBlockNumber, 10);
                    else if (typeof object.ethBlockNumber === "number")
                        message.ethBlockNumber = object.ethBlockNumber;
                    else if (typeof object.ethBlockNumber === "object")
                        message.ethBlockNumber = new $util.LongBits(object.ethBlockNumber.low >>> 0, object.ethBlockNumber.high >>> 0).toNumber(true);
            if (object.ethBlockHash != null)
                if (object.ethBlockHash.length)
                    if (typeof object.ethBlockHash === "string")
                        $util.base64.decode(object.ethBlockHash, message.ethBlockHash = $util.newBuffer($util.base64.length(object.ethBlockHash)), 0);
                    else if (object.ethBlockHash.length >= 0)
                        message.ethBlockHash = object.ethBlockHash;
            return message;
        };

        /**
         * Creates a plain object from a DepositAttestation message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.DepositAttestation
         * @static
         * @param {poco.DepositAttestation} message DepositAttestation
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DepositAttestation.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.depositNonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.depositNonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.recipient = "";
                else {
                    object.recipient = [];
                    if (options.bytes !== $Array)
                        object.recipient = $util.newBuffer(object.recipient);
                }
                if (options.bytes === $String)
                    object.amount = "";
                else {
                    object.amount = [];
                    if (options.bytes !== $Array)
                        object.amount = $util.newBuffer(object.amount);
                }
                if (options.bytes === $String)
                    object.ethTxHash = "";
                else {
                    object.ethTxHash = [];
                    if (options.bytes !== $Array)
                        object.ethTxHash = $util.newBuffer(object.ethTxHash);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.ethBlockNumber = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ethBlockNumber = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.ethBlockHash = "";
                else {
                    object.ethBlockHash = [];
                    if (options.bytes !== $Array)
                        object.ethBlockHash = $util.newBuffer(object.ethBlockHash);
                }
            }
            if (message.depositNonce != null && $Object.hasOwnProperty.call(message, "depositNonce"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.depositNonce = typeof message.depositNonce === "number" ? $BigInt(message.depositNonce) : $util.Long.fromBits(message.depositNonce.low >>> 0, message.depositNonce.high >>> 0, true).toBigInt();
                else if (typeof message.depositNonce === "number")
                    object.depositNonce = options.longs === $String ? $String(message.depositNonce) : message.depositNonce;
                else
                    object.depositNonce = options.longs === $String ? $util.Long.prototype.toString.call(message.depositNonce) : options.longs === $Number ? new $util.LongBits(message.depositNonce.low >>> 0, message.depositNonce.high >>> 0).toNumber(true) : message.depositNonce;
            if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                object.recipient = options.bytes === $String ? $util.base64.encode(message.recipient, 0, message.recipient.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.recipient) : message.recipient;
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                object.amount = options.bytes === $String ? $util.base64.encode(message.amount, 0, message.amount.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.amount) : message.amount;
            if (message.ethTxHash != null && $Object.hasOwnProperty.call(message, "ethTxHash"))
                object.ethTxHash = options.bytes === $String ? $util.base64.encode(message.ethTxHash, 0, message.ethTxHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ethTxHash) : message.ethTxHash;
            if (message.ethBlockNumber != null && $Object.hasOwnProperty.call(message, "ethBlockNumber"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ethBlockNumber = typeof message.ethBlockNumber === "number" ? $BigInt(message.ethBlockNumber) : $util.Long.fromBits(message.ethBlockNumber.low >>> 0, message.ethBlockNumber.high >>> 0, true).toBigInt();
                else if (typeof message.ethBlockNumber === "number")
                    object.ethBlockNumber = options.longs === $String ? $String(message.ethBlockNumber) : message.ethBlockNumber;
                else
                    object.ethBlockNumber = options.longs === $String ? $util.Long.prototype.toString.call(message.ethBlockNumber) : options.longs === $Number ? new $util.LongBits(message.ethBlockNumber.low >>> 0, message.ethBlockNumber.high >>> 0).toNumber(true) : message.ethBlockNumber;
            if (message.ethBlockHash != null && $Object.hasOwnProperty.call(message, "ethBlockHash"))
                object.ethBlockHash = options.bytes === $String ? $util.base64.encode(message.ethBlockHash, 0, message.ethBlockHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ethBlockHash) : message.ethBlockHash;
            return object;
        };

        /**
         * Converts this DepositAttestation to JSON.
         * @function toJSON
         * @memberof poco.DepositAttestation
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DepositAttestation.prototype.toJSON = function() {
            return DepositAttestation.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DepositAttestation;
    })();

    poco.Evidence = (function() {

        /**
         * Properties of an Evidence.
         * @typedef {Object} poco.Evidence.$Properties
         * @property {poco.SignedVote.$Properties|null} [voteA] Evidence voteA
         * @property {poco.SignedVote.$Properties|null} [voteB] Evidence voteB
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Evidence.
         * @memberof poco
         * @interface IEvidence
         * @augments poco.Evidence.$Properties
         * @deprecated Use poco.Evidence.$Properties instead.
         */

        /**
         * Shape of an Evidence.
         * @typedef {poco.Evidence.$Properties} poco.Evidence.$Shape
         */

        /**
         * Constructs a new Evidence.
         * @memberof poco
         * @classdesc Represents an Evidence.
         * @constructor
         * @param {poco.Evidence.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Evidence = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Evidence voteA.
         * @member {poco.SignedVote.$Properties|null|undefined} voteA
         * @memberof poco.Evidence
         * @instance
         */
        Evidence.prototype.voteA = null;

        /**
         * Evidence voteB.
         * @member {poco.SignedVote.$Properties|null|undefined} voteB
         * @memberof poco.Evidence
         * @instance
         */
        Evidence.prototype.voteB = null;

        /**
         * Creates a new Evidence instance using the specified properties.
         * @function create
         * @memberof poco.Evidence
         * @static
         * @param {poco.Evidence.$Properties=} [properties] Properties to set
         * @returns {poco.Evidence} Evidence instance
         * @type {{
         *   (properties: poco.Evidence.$Shape): poco.Evidence & poco.Evidence.$Shape;
         *   (properties?: poco.Evidence.$Properties): poco.Evidence;
         * }}
         */
        Evidence.create = function(properties) {
            return new Evidence(properties);
        };

        /**
         * Encodes the specified Evidence message. Does not implicitly {@link poco.Evidence.verify|verify} messages.
         * @function encode
         * @memberof poco.Evidence
         * @static
         * @param {poco.Evidence.$Properties} message Evidence message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Evidence.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.voteA != null && $Object.hasOwnProperty.call(message, "voteA"))
                $root.poco.SignedVote.encode(message.voteA, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.voteB != null && $Object.hasOwnProperty.call(message, "voteB"))
                $root.poco.SignedVote.encode(message.voteB, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Evidence message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Evidence
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Evidence & poco.Evidence.$Shape} Evidence
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Evidence.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Evidence();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.voteA = $root.poco.SignedVote.decode(reader, reader.size(), $undefined, _depth + 1, message.voteA);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.voteB = $root.poco.SignedVote.decode(reader, reader.size(), $undefined, _depth + 1, message.voteB);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates an Evidence message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Evidence
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Evidence} Evidence
         */
        Evidence.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Evidence)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Evidence: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Evidence();
            if (object.voteA != null) {
                if (!$util.isObject(object.voteA))
                    throw $TypeError(".poco.Evidence.voteA: object expected");
                message.voteA = $root.poco.SignedVote.fromObject(object.voteA, _depth + 1);
            }
            if (object.voteB != null) {
                if (!$util.isObject(object.voteB))
                    throw $TypeError(".poco.Evidence.voteB: object expected");
                message.voteB = $root.poco.SignedVote.fromObject(object.voteB, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from an Evidence message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Evidence
         * @static
         * @param {poco.Evidence} message Evidence
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Evidence.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.voteA = null;
                object.voteB = null;
            }
            if (message.voteA != null && $Object.hasOwnProperty.call(message, "voteA"))
                object.voteA = $root.poco.SignedVote.toObject(message.voteA, options, _depth + 1);
            if (message.voteB != null && $Object.hasOwnProperty.call(message, "voteB"))
                object.voteB = $root.poco.SignedVote.toObject(message.voteB, options, _depth + 1);
            return object;
        };

        /**
         * Converts this Evidence to JSON.
         * @function toJSON
         * @memberof poco.Evidence
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Evidence.prototype.toJSON = function() {
            return Evidence.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Evidence;
    })();

    poco.Tx = (function() {

        /**
         * Properties of a Tx.
         * @typedef {Object} poco.Tx.$Properties
         * @property {number|Long|null} [chainId] Tx chainId
         * @property {Uint8Array|null} [sender] Tx sender
         * @property {number|Long|null} [nonce] Tx nonce
         * @property {poco.Transfer.$Properties|null} [transfer] Tx transfer
         * @property {poco.Stake.$Properties|null} [stake] Tx stake
         * @property {poco.Unstake.$Properties|null} [unstake] Tx unstake
         * @property {poco.Bond.$Properties|null} [bond] Tx bond
         * @property {poco.Unbond.$Properties|null} [unbond] Tx unbond
         * @property {poco.RegisterApp.$Properties|null} [registerApp] Tx registerApp
         * @property {poco.RegisterDataset.$Properties|null} [registerDataset] Tx registerDataset
         * @property {poco.RegisterWorkerpool.$Properties|null} [registerWorkerpool] Tx registerWorkerpool
         * @property {poco.RegisterCategory.$Properties|null} [registerCategory] Tx registerCategory
         * @property {poco.PublishOrder.$Properties|null} [publishOrder] Tx publishOrder
         * @property {poco.CancelOrder.$Properties|null} [cancelOrder] Tx cancelOrder
         * @property {poco.MatchOrders.$Properties|null} [matchOrders] Tx matchOrders
         * @property {poco.Contribute.$Properties|null} [contribute] Tx contribute
         * @property {poco.Reveal.$Properties|null} [reveal] Tx reveal
         * @property {poco.Reopen.$Properties|null} [reopen] Tx reopen
         * @property {poco.Finalize.$Properties|null} [finalize] Tx finalize
         * @property {poco.Claim.$Properties|null} [claim] Tx claim
         * @property {poco.Withdraw.$Properties|null} [withdraw] Tx withdraw
         * @property {poco.DepositAttestation.$Properties|null} [depositAttestation] Tx depositAttestation
         * @property {poco.Evidence.$Properties|null} [evidence] Tx evidence
         * @property {"transfer"|"stake"|"unstake"|"bond"|"unbond"|"registerApp"|"registerDataset"|"registerWorkerpool"|"registerCategory"|"publishOrder"|"cancelOrder"|"matchOrders"|"contribute"|"reveal"|"reopen"|"finalize"|"claim"|"withdraw"|"depositAttestation"|"evidence"} [kind] Tx kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Tx.
         * @memberof poco
         * @interface ITx
         * @augments poco.Tx.$Properties
         * @deprecated Use poco.Tx.$Properties instead.
         */

        /**
         * Narrowed shape of a Tx.
         * @typedef {{
         *   chainId?: number|Long|null;
         *   sender?: Uint8Array|null;
         *   nonce?: number|Long|null;
         *   transfer?: poco.Transfer.$Shape|null;
         *   stake?: poco.Stake.$Shape|null;
         *   unstake?: poco.Unstake.$Shape|null;
         *   bond?: poco.Bond.$Shape|null;
         *   unbond?: poco.Unbond.$Shape|null;
         *   registerApp?: poco.RegisterApp.$Shape|null;
         *   registerDataset?: poco.RegisterDataset.$Shape|null;
         *   registerWorkerpool?: poco.RegisterWorkerpool.$Shape|null;
         *   registerCategory?: poco.RegisterCategory.$Shape|null;
         *   publishOrder?: poco.PublishOrder.$Shape|null;
         *   cancelOrder?: poco.CancelOrder.$Shape|null;
         *   matchOrders?: poco.MatchOrders.$Shape|null;
         *   contribute?: poco.Contribute.$Shape|null;
         *   reveal?: poco.Reveal.$Shape|null;
         *   reopen?: poco.Reopen.$Shape|null;
         *   finalize?: poco.Finalize.$Shape|null;
         *   claim?: poco.Claim.$Shape|null;
         *   withdraw?: poco.Withdraw.$Shape|null;
         *   depositAttestation?: poco.DepositAttestation.$Shape|null;
         *   evidence?: poco.Evidence.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "transfer"; transfer: poco.Transfer.$Shape; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "stake"; transfer?: null; stake: poco.Stake.$Shape; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "unstake"; transfer?: null; stake?: null; unstake: poco.Unstake.$Shape; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "bond"; transfer?: null; stake?: null; unstake?: null; bond: poco.Bond.$Shape; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "unbond"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond: poco.Unbond.$Shape; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "registerApp"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp: poco.RegisterApp.$Shape; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "registerDataset"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset: poco.RegisterDataset.$Shape; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "registerWorkerpool"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool: poco.RegisterWorkerpool.$Shape; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "registerCategory"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory: poco.RegisterCategory.$Shape; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "publishOrder"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder: poco.PublishOrder.$Shape; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "cancelOrder"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder: poco.CancelOrder.$Shape; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "matchOrders"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders: poco.MatchOrders.$Shape; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "contribute"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute: poco.Contribute.$Shape; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "reveal"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal: poco.Reveal.$Shape; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "reopen"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen: poco.Reopen.$Shape; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "finalize"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize: poco.Finalize.$Shape; claim?: null; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "claim"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim: poco.Claim.$Shape; withdraw?: null; depositAttestation?: null; evidence?: null }|{ kind?: "withdraw"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw: poco.Withdraw.$Shape; depositAttestation?: null; evidence?: null }|{ kind?: "depositAttestation"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation: poco.DepositAttestation.$Shape; evidence?: null }|{ kind?: "evidence"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; withdraw?: null; depositAttestation?: null; evidence: poco.Evidence.$Shape })
         * )} poco.Tx.$Shape
         */

        /**
         * Constructs a new Tx.
         * @memberof poco
         * @classdesc Represents a Tx.
         * @constructor
         * @param {poco.Tx.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Tx = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Tx chainId.
         * @member {number|Long} chainId
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.chainId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Tx sender.
         * @member {Uint8Array} sender
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.sender = $util.newBuffer([]);

        /**
         * Tx nonce.
         * @member {number|Long} nonce
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Tx transfer.
         * @member {poco.Transfer.$Properties|null|undefined} transfer
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.transfer = null;

        /**
         * Tx stake.
         * @member {poco.Stake.$Properties|null|undefined} stake
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.stake = null;

        /**
         * Tx unstake.
         * @member {poco.Unstake.$Properties|null|undefined} unstake
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.unstake = null;

        /**
         * Tx bond.
         * @member {poco.Bond.$Properties|null|undefined} bond
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.bond = null;

        /**
         * Tx unbond.
         * @member {poco.Unbond.$Properties|null|undefined} unbond
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.unbond = null;

        /**
         * Tx registerApp.
         * @member {poco.RegisterApp.$Properties|null|undefined} registerApp
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.registerApp = null;

        /**
         * Tx registerDataset.
         * @member {poco.RegisterDataset.$Properties|null|undefined} registerDataset
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.registerDataset = null;

        /**
         * Tx registerWorkerpool.
         * @member {poco.RegisterWorkerpool.$Properties|null|undefined} registerWorkerpool
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.registerWorkerpool = null;

        /**
         * Tx registerCategory.
         * @member {poco.RegisterCategory.$Properties|null|undefined} registerCategory
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.registerCategory = null;

        /**
         * Tx publishOrder.
         * @member {poco.PublishOrder.$Properties|null|undefined} publishOrder
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.publishOrder = null;

        /**
         * Tx cancelOrder.
         * @member {poco.CancelOrder.$Properties|null|undefined} cancelOrder
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.cancelOrder = null;

        /**
         * Tx matchOrders.
         * @member {poco.MatchOrders.$Properties|null|undefined} matchOrders
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.matchOrders = null;

        /**
         * Tx contribute.
         * @member {poco.Contribute.$Properties|null|undefined} contribute
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.contribute = null;

        /**
         * Tx reveal.
         * @member {poco.Reveal.$Properties|null|undefined} reveal
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.reveal = null;

        /**
         * Tx reopen.
         * @member {poco.Reopen.$Properties|null|undefined} reopen
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.reopen = null;

        /**
         * Tx finalize.
         * @member {poco.Finalize.$Properties|null|undefined} finalize
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.finalize = null;

        /**
         * Tx claim.
         * @member {poco.Claim.$Properties|null|undefined} claim
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.claim = null;

        /**
         * Tx withdraw.
         * @member {poco.Withdraw.$Properties|null|undefined} withdraw
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.withdraw = null;

        /**
         * Tx depositAttestation.
         * @member {poco.DepositAttestation.$Properties|null|undefined} depositAttestation
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.depositAttestation = null;

        /**
         * Tx evidence.
         * @member {poco.Evidence.$Properties|null|undefined} evidence
         * @memberof poco.Tx
         * @instance
         */
        Tx.prototype.evidence = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Tx kind.
         * @member {"transfer"|"stake"|"unstake"|"bond"|"unbond"|"registerApp"|"registerDataset"|"registerWorkerpool"|"registerCategory"|"publishOrder"|"cancelOrder"|"matchOrders"|"contribute"|"reveal"|"reopen"|"finalize"|"claim"|"withdraw"|"depositAttestation"|"evidence"|undefined} kind
         * @memberof poco.Tx
         * @instance
         */
        $Object.defineProperty(Tx.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["transfer", "stake", "unstake", "bond", "unbond", "registerApp", "registerDataset", "registerWorkerpool", "registerCategory", "publishOrder", "cancelOrder", "matchOrders", "contribute", "reveal", "reopen", "finalize", "claim", "withdraw", "depositAttestation", "evidence"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Tx instance using the specified properties.
         * @function create
         * @memberof poco.Tx
         * @static
         * @param {poco.Tx.$Properties=} [properties] Properties to set
         * @returns {poco.Tx} Tx instance
         * @type {{
         *   (properties: poco.Tx.$Shape): poco.Tx & poco.Tx.$Shape;
         *   (properties?: poco.Tx.$Properties): poco.Tx;
         * }}
         */
        Tx.create = function(properties) {
            return new Tx(properties);
        };

        /**
         * Encodes the specified Tx message. Does not implicitly {@link poco.Tx.verify|verify} messages.
         * @function encode
         * @memberof poco.Tx
         * @static
         * @param {poco.Tx.$Properties} message Tx message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Tx.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && (typeof message.chainId === "object" ? message.chainId.low || message.chainId.high : message.chainId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.chainId);
            if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.sender);
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nonce);
            if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                $root.poco.Transfer.encode(message.transfer, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.stake != null && $Object.hasOwnProperty.call(message, "stake"))
                $root.poco.Stake.encode(message.stake, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.unstake != null && $Object.hasOwnProperty.call(message, "unstake"))
                $root.poco.Unstake.encode(message.unstake, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                $root.poco.Bond.encode(message.bond, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.unbond != null && $Object.hasOwnProperty.call(message, "unbond"))
                $root.poco.Unbond.encode(message.unbond, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.registerApp != null && $Object.hasOwnProperty.call(message, "registerApp"))
                $root.poco.RegisterApp.encode(message.registerApp, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.registerDataset != null && $Object.hasOwnProperty.call(message, "registerDataset"))
                $root.poco.RegisterDataset.encode(message.registerDataset, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.registerWorkerpool != null && $Object.hasOwnProperty.call(message, "registerWorkerpool"))
                $root.poco.RegisterWorkerpool.encode(message.registerWorkerpool, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.registerCategory != null && $Object.hasOwnProperty.call(message, "registerCategory"))
                $root.poco.RegisterCategory.encode(message.registerCategory, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.publishOrder != null && $Object.hasOwnProperty.call(message, "publishOrder"))
                $root.poco.PublishOrder.encode(message.publishOrder, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
            if (message.cancelOrder != null && $Object.hasOwnProperty.call(message, "cancelOrder"))
                $root.poco.CancelOrder.encode(message.cancelOrder, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
            if (message.matchOrders != null && $Object.hasOwnProperty.call(message, "matchOrders"))
                $root.poco.MatchOrders.encode(message.matchOrders, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
            if (message.contribute != null && $Object.hasOwnProperty.call(message, "contribute"))
                $root.poco.Contribute.encode(message.contribute, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
            if (message.reveal != null && $Object.hasOwnProperty.call(message, "reveal"))
                $root.poco.Reveal.encode(message.reveal, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
            if (message.reopen != null && $Object.hasOwnProperty.call(message, "reopen"))
                $root.poco.Reopen.encode(message.reopen, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
            if (message.finalize != null && $Object.hasOwnProperty.call(message, "finalize"))
                $root.poco.Finalize.encode(message.finalize, writer.uint32(/* id 43, wireType 2 =*/346).fork(), _depth + 1).ldelim();
            if (message.claim != null && $Object.hasOwnProperty.call(message, "claim"))
                $root.poco.Claim.encode(message.claim, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
            if (message.withdraw != null && $Object.hasOwnProperty.call(message, "withdraw"))
                $root.poco.Withdraw.encode(message.withdraw, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
            if (message.depositAttestation != null && $Object.hasOwnProperty.call(message, "depositAttestation"))
                $root.poco.DepositAttestation.encode(message.depositAttestation, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
            if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence"))
                $root.poco.Evidence.encode(message.evidence, writer.uint32(/* id 60, wireType 2 =*/482).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Tx message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Tx
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Tx & poco.Tx.$Shape} Tx
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Tx.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Tx();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.sender = value;
                        else
                            delete message.sender;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.nonce = value;
                        else
                            delete message.nonce;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.transfer = $root.poco.Transfer.decode(reader, reader.size(), $undefined, _depth + 1, message.transfer);
                        message.kind = "transfer";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.stake = $root.poco.Stake.decode(reader, reader.size(), $undefined, _depth + 1, message.stake);
                        message.kind = "stake";
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.unstake = $root.poco.Unstake.decode(reader, reader.size(), $undefined, _depth + 1, message.unstake);
                        message.kind = "unstake";
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.bond = $root.poco.Bond.decode(reader, reader.size(), $undefined, _depth + 1, message.bond);
                        message.kind = "bond";
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.unbond = $root.poco.Unbond.decode(reader, reader.size(), $undefined, _depth + 1, message.unbond);
                        message.kind = "unbond";
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.registerApp = $root.poco.RegisterApp.decode(reader, reader.size(), $undefined, _depth + 1, message.registerApp);
                        message.kind = "registerApp";
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.registerDataset = $root.poco.RegisterDataset.decode(reader, reader.size(), $undefined, _depth + 1, message.registerDataset);
                        message.kind = "registerDataset";
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.registerWorkerpool = $root.poco.RegisterWorkerpool.decode(reader, reader.size(), $undefined, _depth + 1, message.registerWorkerpool);
                        message.kind = "registerWorkerpool";
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        message.registerCategory = $root.poco.RegisterCategory.decode(reader, reader.size(), $undefined, _depth + 1, message.registerCategory);
                        message.kind = "registerCategory";
                        continue;
                    }
                case 30: {
                        if (wireType !== 2)
                            break;
                        message.publishOrder = $root.poco.PublishOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.publishOrder);
                        message.kind = "publishOrder";
                        continue;
                    }
                case 31: {
                        if (wireType !== 2)
                            break;
                        message.cancelOrder = $root.poco.CancelOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.cancelOrder);
                        message.kind = "cancelOrder";
                        continue;
                    }
                case 32: {
                        if (wireType !== 2)
                            break;
                        message.matchOrders = $root.poco.MatchOrders.decode(reader, reader.size(), $undefined, _depth + 1, message.matchOrders);
                        message.kind = "matchOrders";
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        message.contribute = $root.poco.Contribute.decode(reader, reader.size(), $undefined, _depth + 1, message.contribute);
                        message.kind = "contribute";
                        continue;
                    }
                case 41: {
                        if (wireType !== 2)
                            break;
                        message.reveal = $root.poco.Reveal.decode(reader, reader.size(), $undefined, _depth + 1, message.reveal);
                        message.kind = "reveal";
                        continue;
                    }
                case 42: {
                        if (wireType !== 2)
                            break;
                        message.reopen = $root.poco.Reopen.decode(reader, reader.size(), $undefined, _depth + 1, message.reopen);
                        message.kind = "reopen";
                        continue;
                    }
                case 43: {
                        if (wireType !== 2)
                            break;
                        message.finalize = $root.poco.Finalize.decode(reader, reader.size(), $undefined, _depth + 1, message.finalize);
                        message.kind = "finalize";
                        continue;
                    }
                case 44: {
                        if (wireType !== 2)
                            break;
                        message.claim = $root.poco.Claim.decode(reader, reader.size(), $undefined, _depth + 1, message.claim);
                        message.kind = "claim";
                        continue;
                    }
                case 50: {
                        if (wireType !== 2)
                            break;
                        message.withdraw = $root.poco.Withdraw.decode(reader, reader.size(), $undefined, _depth + 1, message.withdraw);
                        message.kind = "withdraw";
                        continue;
                    }
                case 51: {
                        if (wireType !== 2)
                            break;
                        message.depositAttestation = $root.poco.DepositAttestation.decode(reader, reader.size(), $undefined, _depth + 1, message.depositAttestation);
                        message.kind = "depositAttestation";
                        continue;
                    }
                case 60: {
                        if (wireType !== 2)
                            break;
                        message.evidence = $root.poco.Evidence.decode(reader, reader.size(), $undefined, _depth + 1, message.evidence);
                        message.kind = "evidence";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Tx message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Tx
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Tx} Tx
         */
        Tx.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Tx)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Tx: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Tx();
            if (object.chainId != null)
                if (typeof object.chainId === "object" ? object.chainId.low || object.chainId.high : $Number(object.chainId) !== 0)
                    if ($util.Long)
                        message.chainId = $util.Long.fromValue(object.chainId, true);
                    else if (typeof object.chainId === "string")
                        message.chainId = $parseInt(object.chainId, 10);
                    else if (typeof object.chainId === "number")
                        message.chainId = object.chainId;
                    else if (typeof object.chainId === "object")
                        message.chainId = new $util.LongBits(object.chainId.low >>> 0, object.chainId.high >>> 0).toNumber(true);
            if (object.sender != null)
                if (object.sender.length)
                    if (typeof object.sender === "string")
                        $util.base64.decode(object.sender, message.sender = $util.newBuffer($util.base64.length(object.sender)), 0);
                    else if (object.sender.length >= 0)
                        message.sender = object.sender;
            if (object.nonce != null)
                if (typeof object.nonce === "object" ? object.nonce.low || object.nonce.high : $Number(object.nonce) !== 0)
                    if ($util.Long)
                        message.nonce = $util.Long.fromValue(object.nonce, true);
                    else if (typeof object.nonce === "string")
                        message.nonce = $parseInt(object.nonce, 10);
                    else if (typeof object.nonce === "number")
                        message.nonce = object.nonce;
                    else if (typeof object.nonce === "object")
                        message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
            if (object.transfer != null) {
                if (!$util.isObject(object.transfer))
                    throw $TypeError(".poco.Tx.transfer: object expected");
                message.transfer = $root.poco.Transfer.fromObject(object.transfer, _depth + 1);
            }
            if (object.stake != null) {
                if (!$util.isObject(object.stake))
                    throw $TypeError(".poco.Tx.stake: object expected");
                message.stake = $root.poco.Stake.fromObject(object.stake, _depth + 1);
            }
            if (object.unstake != null) {
                if (!$util.isObject(object.unstake))
                    throw $TypeError(".poco.Tx.unstake: object expected");
                message.unstake = $root.poco.Unstake.fromObject(object.unstake, _depth + 1);
            }
            if (object.bond != null) {
                if (!$util.isObject(object.bond))
                    throw $TypeError(".poco.Tx.bond: object expected");
                message.bond = $root.poco.Bond.fromObject(object.bond, _depth + 1);
            }
            if (object.unbond != null) {
                if (!$util.isObject(object.unbond))
                    throw $TypeError(".poco.Tx.unbond: object expected");
                message.unbond = $root.poco.Unbond.fromObject(object.unbond, _depth + 1);
            }
            if (object.registerApp != null) {
                if (!$util.isObject(object.registerApp))
                    throw $TypeError(".poco.Tx.registerApp: object expected");
                message.registerApp = $root.poco.RegisterApp.fromObject(object.registerApp, _depth + 1);
            }
            if (object.registerDataset != null) {
                if (!$util.isObject(object.registerDataset))
                    throw $TypeError(".poco.Tx.registerDataset: object expected");
                message.registerDataset = $root.poco.RegisterDataset.fromObject(object.registerDataset, _depth + 1);
            }
            if (object.registerWorkerpool != null) {
                if (!$util.isObject(object.registerWorkerpool))
                    throw $TypeError(".poco.Tx.registerWorkerpool: object expected");
                message.registerWorkerpool = $root.poco.RegisterWorkerpool.fromObject(object.registerWorkerpool, _depth + 1);
            }
            if (object.registerCategory != null) {
                if (!$util.isObject(object.registerCategory))
                    throw $TypeError(".poco.Tx.registerCategory: object expected");
                message.registerCategory = $root.poco.RegisterCategory.fromObject(object.registerCategory, _depth + 1);
            }
            if (object.publishOrder != null) {
                if (!$util.isObject(object.publishOrder))
                    throw $TypeError(".poco.Tx.publishOrder: object expected");
                message.publishOrder = $root.poco.PublishOrder.fromObject(object.publishOrder, _depth + 1);
            }
            if (object.cancelOrder != null) {
                if (!$util.isObject(object.cancelOrder))
                    throw $TypeError(".poco.Tx.cancelOrder: object expected");
                message.cancelOrder = $root.poco.CancelOrder.fromObject(object.cancelOrder, _depth + 1);
            }
            if (object.matchOrders != null) {
                if (!$util.isObject(object.matchOrders))
                    throw $TypeError(".poco.Tx.matchOrders: object expected");
                message.matchOrders = $root.poco.MatchOrders.fromObject(object.matchOrders, _depth + 1);
            }
            if (object.contribute != null) {
                if (!$util.isObject(object.contribute))
                    throw $TypeError(".poco.Tx.contribute: object expected");
                message.contribute = $root.poco.Contribute.fromObject(object.contribute, _depth + 1);
            }
            if (object.reveal != null) {
                if (!$util.isObject(object.reveal))
                    throw $TypeError(".poco.Tx.reveal: object expected");
                message.reveal = $root.poco.Reveal.fromObject(object.reveal, _depth + 1);
            }
            if (object.reopen != null) {
                if (!$util.isObject(object.reopen))
                    throw $TypeError(".poco.Tx.reopen: object expected");
                message.reopen = $root.poco.Reopen.fromObject(object.reopen, _depth + 1);
            }
            if (object.finalize != null) {
                if (!$util.isObject(object.finalize))
                    throw $TypeError(".poco.Tx.finalize: object expected");
                message.finalize = $root.poco.Finalize.fromObject(object.finalize, _depth + 1);
            }
            if (object.claim != null) {
                if (!$util.isObject(object.claim))
                    throw $TypeError(".poco.Tx.claim: object expected");
                message.claim = $root.poco.Claim.fromObject(object.claim, _depth + 1);
            }
            if (object.withdraw != null) {
                if (!$util.isObject(object.withdraw))
                    throw $TypeError(".poco.Tx.withdraw: object expected");
                message.withdraw = $root.poco.Withdraw.fromObject(object.withdraw, _depth + 1);
            }
            if (object.depositAttestation != null) {
                if (!$util.isObject(object.depositAttestation))
                    throw $TypeError(".poco.Tx.depositAttestation: object expected");
                message.depositAttestation = $root.poco.DepositAttestation.fromObject(object.depositAttestation, _depth + 1);
            }
            if (object.evidence != null) {
                if (!$util.isObject(object.evidence))
                    throw $TypeError(".poco.Tx.evidence: object expected");
                message.evidence = $root.poco.Evidence.fromObject(object.evidence, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a Tx message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Tx
         * @static
         * @param {poco.Tx} message Tx
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Tx.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.chainId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chainId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.sender = "";
                else {
                    object.sender = [];
                    if (options.bytes !== $Array)
                        object.sender = $util.newBuffer(object.sender);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.nonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.nonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chainId = typeof message.chainId === "number" ? $BigInt(message.chainId) : $util.Long.fromBits(message.chainId.low >>> 0, message.chainId.high >>> 0, true).toBigInt();
                else if (typeof message.chainId === "number")
                    object.chainId = options.longs === $String ? $String(message.chainId) : message.chainId;
                else
                    object.chainId = options.longs === $String ? $util.Long.prototype.toString.call(message.chainId) : options.longs === $Number ? new $util.LongBits(message.chainId.low >>> 0, message.chainId.high >>> 0).toNumber(true) : message.chainId;
            if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                object.sender = options.bytes === $String ? $util.base64.encode(message.sender, 0, message.sender.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sender) : message.sender;
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.nonce = typeof message.nonce === "number" ? $BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                else if (typeof message.nonce === "number")
                    object.nonce = options.longs === $String ? $String(message.nonce) : message.nonce;
                else
                    object.nonce = options.longs === $String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === $Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
            if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer")) {
                object.transfer = $root.poco.Transfer.toObject(message.transfer, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "transfer";
            }
            if (message.stake != null && $Object.hasOwnProperty.call(message, "stake")) {
                object.stake = $root.poco.Stake.toObject(message.stake, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "stake";
            }
            if (message.unstake != null && $Object.hasOwnProperty.call(message, "unstake")) {
                object.unstake = $root.poco.Unstake.toObject(message.unstake, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "unstake";
            }
            if (message.bond != null && $Object.hasOwnProperty.call(message, "bond")) {
                object.bond = $root.poco.Bond.toObject(message.bond, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "bond";
            }
            if (message.unbond != null && $Object.hasOwnProperty.call(message, "unbond")) {
                object.unbond = $root.poco.Unbond.toObject(message.unbond, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "unbond";
            }
            if (message.registerApp != null && $Object.hasOwnProperty.call(message, "registerApp")) {
                object.registerApp = $root.poco.RegisterApp.toObject(message.registerApp, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "registerApp";
            }
            if (message.registerDataset != null && $Object.hasOwnProperty.call(message, "registerDataset")) {
                object.registerDataset = $root.poco.RegisterDataset.toObject(message.registerDataset, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "registerDataset";
            }
            if (message.registerWorkerpool != null && $Object.hasOwnProperty.call(message, "registerWorkerpool")) {
                object.registerWorkerpool = $root.poco.RegisterWorkerpool.toObject(message.registerWorkerpool, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "registerWorkerpool";
            }
            if (message.registerCategory != null && $Object.hasOwnProperty.call(message, "registerCategory")) {
                object.registerCategory = $root.poco.RegisterCategory.toObject(message.registerCategory, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "registerCategory";
            }
            if (message.publishOrder != null && $Object.hasOwnProperty.call(message, "publishOrder")) {
                object.publishOrder = $root.poco.PublishOrder.toObject(message.publishOrder, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "publishOrder";
            }
            if (message.cancelOrder != null && $Object.hasOwnProperty.call(message, "cancelOrder")) {
                object.cancelOrder = $root.poco.CancelOrder.toObject(message.cancelOrder, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "cancelOrder";
            }
            if (message.matchOrders != null && $Object.hasOwnProperty.call(message, "matchOrders")) {
                object.matchOrders = $root.poco.MatchOrders.toObject(message.matchOrders, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "matchOrders";
            }
            if (message.contribute != null && $Object.hasOwnProperty.call(message, "contribute")) {
                object.contribute = $root.poco.Contribute.toObject(message.contribute, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "contribute";
            }
            if (message.reveal != null && $Object.hasOwnProperty.call(message, "reveal")) {
                object.reveal = $root.poco.Reveal.toObject(message.reveal, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "reveal";
            }
            if (message.reopen != null && $Object.hasOwnProperty.call(message, "reopen")) {
                object.reopen = $root.poco.Reopen.toObject(message.reopen, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "reopen";
            }
            if (message.finalize != null && $Object.hasOwnProperty.call(message, "finalize")) {
                object.finalize = $root.poco.Finalize.toObject(message.finalize, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "finalize";
            }
            if (message.claim != null && $Object.hasOwnProperty.call(message, "claim")) {
                object.claim = $root.poco.Claim.toObject(message.claim, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "claim";
            }
            if (message.withdraw != null && $Object.hasOwnProperty.call(message, "withdraw")) {
                object.withdraw = $root.poco.Withdraw.toObject(message.withdraw, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "withdraw";
            }
            if (message.depositAttestation != null && $Object.hasOwnProperty.call(message, "depositAttestation")) {
                object.depositAttestation = $root.poco.DepositAttestation.toObject(message.depositAttestation, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "depositAttestation";
            }
            if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence")) {
                object.evidence = $root.poco.Evidence.toObject(message.evidence, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "evidence";
            }
            return object;
        };

        /**
         * Converts this Tx to JSON.
         * @function toJSON
         * @memberof poco.Tx
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Tx.prototype.toJSON = function() {
            return Tx.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Tx;
    })();

    poco.SignedTx = (function() {

        /**
         * Properties of a SignedTx.
         * @typedef {Object} poco.SignedTx.$Properties
         * @property {Uint8Array|null} [tx] SignedTx tx
         * @property {Uint8Array|null} [signature] SignedTx signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignedTx.
         * @memberof poco
         * @interface ISignedTx
         * @augments poco.SignedTx.$Properties
         * @deprecated Use poco.SignedTx.$Properties instead.
         */

        /**
         * Shape of a SignedTx.
         * @typedef {poco.SignedTx.$Properties} poco.SignedTx.$Shape
         */

        /**
         * Constructs a new SignedTx.
         * @memberof poco
         * @classdesc Represents a SignedTx.
         * @constructor
         * @param {poco.SignedTx.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignedTx = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SignedTx tx.
         * @member {Uint8Array} tx
         * @memberof poco.SignedTx
         * @instance
         */
        SignedTx.prototype.tx = $util.newBuffer([]);

        /**
         * SignedTx signature.
         * @member {Uint8Array} signature
         * @memberof poco.SignedTx
         * @instance
         */
        SignedTx.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new SignedTx instance using the specified properties.
         * @function create
         * @memberof poco.SignedTx
         * @static
         * @param {poco.SignedTx.$Properties=} [properties] Properties to set
         * @returns {poco.SignedTx} SignedTx instance
         * @type {{
         *   (properties: poco.SignedTx.$Shape): poco.SignedTx & poco.SignedTx.$Shape;
         *   (properties?: poco.SignedTx.$Properties): poco.SignedTx;
         * }}
         */
        SignedTx.create = function(properties) {
            return new SignedTx(properties);
        };

        /**
         * Encodes the specified SignedTx message. Does not implicitly {@link poco.SignedTx.verify|verify} messages.
         * @function encode
         * @memberof poco.SignedTx
         * @static
         * @param {poco.SignedTx.$Properties} message SignedTx message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignedTx.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tx != null && $Object.hasOwnProperty.call(message, "tx") && message.tx.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.tx);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SignedTx message from the specified reader or buffer.
         * @function decode
         * @memberof poco.SignedTx
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.SignedTx & poco.SignedTx.$Shape} SignedTx
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignedTx.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.SignedTx();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.tx = value;
                        else
                            delete message.tx;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a SignedTx message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.SignedTx
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.SignedTx} SignedTx
         */
        SignedTx.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.SignedTx)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.SignedTx: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.SignedTx();
            if (object.tx != null)
                if (object.tx.length)
                    if (typeof object.tx === "string")
                        $util.base64.decode(object.tx, message.tx = $util.newBuffer($util.base64.length(object.tx)), 0);
                    else if (object.tx.length >= 0)
                        message.tx = object.tx;
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            return message;
        };

        /**
         * Creates a plain object from a SignedTx message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.SignedTx
         * @static
         * @param {poco.SignedTx} message SignedTx
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SignedTx.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.tx = "";
                else {
                    object.tx = [];
                    if (options.bytes !== $Array)
                        object.tx = $util.newBuffer(object.tx);
                }
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
            }
            if (message.tx != null && $Object.hasOwnProperty.call(message, "tx"))
                object.tx = options.bytes === $String ? $util.base64.encode(message.tx, 0, message.tx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tx) : message.tx;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            return object;
        };

        /**
         * Converts this SignedTx to JSON.
         * @function toJSON
         * @memberof poco.SignedTx
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SignedTx.prototype.toJSON = function() {
            return SignedTx.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SignedTx;
    })();

    poco.BlockHeader = (function() {

        /**
         * Properties of a BlockHeader.
         * @typedef {Object} poco.BlockHeader.$Properties
         * @property {number|Long|null} [chainId] BlockHeader chainId
         * @property {number|Long|null} [height] BlockHeader height
         * @property {number|null} [round] BlockHeader round
         * @property {number|Long|null} [timeMs] BlockHeader timeMs
         * @property {Uint8Array|null} [prevHash] BlockHeader prevHash
         * @property {Uint8Array|null} [txRoot] BlockHeader txRoot
         * @property {Uint8Array|null} [stateRoot] BlockHeader stateRoot
         * @property {Uint8Array|null} [validatorsHash] BlockHeader validatorsHash
         * @property {Uint8Array|null} [proposer] BlockHeader proposer
         * @property {Uint8Array|null} [lastCommitHash] BlockHeader lastCommitHash
         * @property {Uint8Array|null} [receiptsRoot] BlockHeader receiptsRoot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlockHeader.
         * @memberof poco
         * @interface IBlockHeader
         * @augments poco.BlockHeader.$Properties
         * @deprecated Use poco.BlockHeader.$Properties instead.
         */

        /**
         * Shape of a BlockHeader.
         * @typedef {poco.BlockHeader.$Properties} poco.BlockHeader.$Shape
         */

        /**
         * Constructs a new BlockHeader.
         * @memberof poco
         * @classdesc Represents a BlockHeader.
         * @constructor
         * @param {poco.BlockHeader.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlockHeader = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BlockHeader chainId.
         * @member {number|Long} chainId
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.chainId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BlockHeader height.
         * @member {number|Long} height
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BlockHeader round.
         * @member {number} round
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.round = 0;

        /**
         * BlockHeader timeMs.
         * @member {number|Long} timeMs
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BlockHeader prevHash.
         * @member {Uint8Array} prevHash
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.prevHash = $util.newBuffer([]);

        /**
         * BlockHeader txRoot.
         * @member {Uint8Array} txRoot
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.txRoot = $util.newBuffer([]);

        /**
         * BlockHeader stateRoot.
         * @member {Uint8Array} stateRoot
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.stateRoot = $util.newBuffer([]);

        /**
         * BlockHeader validatorsHash.
         * @member {Uint8Array} validatorsHash
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.validatorsHash = $util.newBuffer([]);

        /**
         * BlockHeader proposer.
         * @member {Uint8Array} proposer
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.proposer = $util.newBuffer([]);

        /**
         * BlockHeader lastCommitHash.
         * @member {Uint8Array} lastCommitHash
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.lastCommitHash = $util.newBuffer([]);

        /**
         * BlockHeader receiptsRoot.
         * @member {Uint8Array} receiptsRoot
         * @memberof poco.BlockHeader
         * @instance
         */
        BlockHeader.prototype.receiptsRoot = $util.newBuffer([]);

        /**
         * Creates a new BlockHeader instance using the specified properties.
         * @function create
         * @memberof poco.BlockHeader
         * @static
         * @param {poco.BlockHeader.$Properties=} [properties] Properties to set
         * @returns {poco.BlockHeader} BlockHeader instance
         * @type {{
         *   (properties: poco.BlockHeader.$Shape): poco.BlockHeader & poco.BlockHeader.$Shape;
         *   (properties?: poco.BlockHeader.$Properties): poco.BlockHeader;
         * }}
         */
        BlockHeader.create = function(properties) {
            return new BlockHeader(properties);
        };

        /**
         * Encodes the specified BlockHeader message. Does not implicitly {@link poco.BlockHeader.verify|verify} messages.
         * @function encode
         * @memberof poco.BlockHeader
         * @static
         * @param {poco.BlockHeader.$Properties} message BlockHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlockHeader.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && (typeof message.chainId === "object" ? message.chainId.low || message.chainId.high : message.chainId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.chainId);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
            if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.round);
            if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.timeMs);
            if (message.prevHash != null && $Object.hasOwnProperty.call(message, "prevHash") && message.prevHash.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.prevHash);
            if (message.txRoot != null && $Object.hasOwnProperty.call(message, "txRoot") && message.txRoot.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.txRoot);
            if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot") && message.stateRoot.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.stateRoot);
            if (message.validatorsHash != null && $Object.hasOwnProperty.call(message, "validatorsHash") && message.validatorsHash.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.validatorsHash);
            if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer") && message.proposer.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.proposer);
            if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash") && message.lastCommitHash.length)
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.lastCommitHash);
            if (message.receiptsRoot != null && $Object.hasOwnProperty.call(message, "receiptsRoot") && message.receiptsRoot.length)
                writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.receiptsRoot);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BlockHeader message from the specified reader or buffer.
         * @function decode
         * @memberof poco.BlockHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.BlockHeader & poco.BlockHeader.$Shape} BlockHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlockHeader.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.BlockHeader();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.round = value;
                        else
                            delete message.round;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeMs = value;
                        else
                            delete message.timeMs;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.prevHash = value;
                        else
                            delete message.prevHash;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.txRoot = value;
                        else
                            delete message.txRoot;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.stateRoot = value;
                        else
                            delete message.stateRoot;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.validatorsHash = value;
                        else
                            delete message.validatorsHash;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proposer = value;
                        else
                            delete message.proposer;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.lastCommitHash = value;
                        else
                            delete message.lastCommitHash;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.receiptsRoot = value;
                        else
                            delete message.receiptsRoot;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a BlockHeader message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.BlockHeader
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.BlockHeader} BlockHeader
         */
        BlockHeader.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.BlockHeader)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.BlockHeader: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.BlockHeader();
            if (object.chainId != null)
                if (typeof object.chainId === "object" ? object.chainId.low || object.chainId.high : $Number(object.chainId) !== 0)
                    if ($util.Long)
                        message.chainId = $util.Long.fromValue(object.chainId, true);
                    else if (typeof object.chainId === "string")
                        message.chainId = $parseInt(object.chainId, 10);
                    else if (typeof object.chainId === "number")
                        message.chainId = object.chainId;
                    else if (typeof object.chainId === "object")
                        message.chainId = new $util.LongBits(object.chainId.low >>> 0, object.chainId.high >>> 0).toNumber(true);
            if (object.height != null)
                if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                    if ($util.Long)
                        message.height = $util.Long.fromValue(object.height, true);
                    else if (typeof object.height === "string")
                        message.height = $parseInt(object.height, 10);
                    else if (typeof object.height === "number")
                        message.height = object.height;
                    else if (typeof object.height === "object")
                        message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
            if (object.round != null)
                if ($Number(object.round) !== 0)
                    message.round = object.round >>> 0;
            if (object.timeMs != null)
                if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                    if ($util.Long)
                        message.timeMs = $util.Long.fromValue(object.timeMs, true);
                    else if (typeof object.timeMs === "string")
                        message.timeMs = $parseInt(object.timeMs, 10);
                    else if (typeof object.timeMs === "number")
                        message.timeMs = object.timeMs;
                    else if (typeof object.timeMs === "object")
                        message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber(true);
            if (object.prevHash != null)
                if (object.prevHash.length)
                    if (typeof object.prevHash === "string")
                        $util.base64.decode(object.prevHash, message.prevHash = $util.newBuffer($util.base64.length(object.prevHash)), 0);
                    else if (object.prevHash.length >= 0)
                        message.prevHash = object.prevHash;
            if (object.txRoot != null)
                if (object.txRoot.length)
                    if (typeof object.txRoot === "string")
                        $util.base64.decode(object.txRoot, message.txRoot = $util.newBuffer($util.base64.length(object.txRoot)), 0);
                    else if (object.txRoot.length >= 0)
                        message.txRoot = object.txRoot;
            if (object.stateRoot != null)
                if (object.stateRoot.length)
                    if (typeof object.stateRoot === "string")
                        $util.base64.decode(object.stateRoot, message.stateRoot = $util.newBuffer($util.base64.length(object.stateRoot)), 0);
                    else if (object.stateRoot.length >= 0)
                        message.stateRoot = object.stateRoot;
            if (object.validatorsHash != null)
                if (object.validatorsHash.length)
                    if (typeof object.validatorsHash === "string")
                        $util.base64.decode(object.validatorsHash, message.validatorsHash = $util.newBuffer($util.base64.length(object.validatorsHash)), 0);
                    else if (object.validatorsHash.length >= 0)
                        message.validatorsHash = object.validatorsHash;
            if (object.proposer != null)
                if (object.proposer.length)
                    if (typeof object.proposer === "string")
                        $util.base64.decode(object.proposer, message.proposer = $util.newBuffer($util.base64.length(object.proposer)), 0);
                    else if (object.proposer.length >= 0)
                        message.proposer = object.proposer;
            if (object.lastCommitHash != null)
                if (object.lastCommitHash.length)
                    if (typeof object.lastCommitHash === "string")
                        $util.base64.decode(object.lastCommitHash, message.lastCommitHash = $util.newBuffer($util.base64.length(object.lastCommitHash)), 0);
                    else if (object.lastCommitHash.length >= 0)
                        message.lastCommitHash = object.lastCommitHash;
            if (object.receiptsRoot != null)
                if (object.receiptsRoot.length)
                    if (typeof object.receiptsRoot === "string")
                        $util.base64.decode(object.receiptsRoot, message.receiptsRoot = $util.newBuffer($util.base64.length(object.receiptsRoot)), 0);
                    else if (object.receiptsRoot.length >= 0)
                        message.receiptsRoot = object.receiptsRoot;
            return message;
        };

        /**
         * Creates a plain object from a BlockHeader message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.BlockHeader
         * @static
         * @param {poco.BlockHeader} message BlockHeader
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlockHeader.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.chainId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chainId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.round = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.prevHash = "";
                else {
                    object.prevHash = [];
                    if (options.bytes !== $Array)
                        object.prevHash = $util.newBuffer(object.prevHash);
                }
                if (options.bytes === $String)
                    object.txRoot = "";
                else {
                    object.txRoot = [];
                    if (options.bytes !== $Array)
                        object.txRoot = $util.newBuffer(object.txRoot);
                }
                if (options.bytes === $String)
                    object.stateRoot = "";
                else {
                    object.stateRoot = [];
                    if (options.bytes !== $Array)
                        object.stateRoot = $util.newBuffer(object.stateRoot);
                }
                if (options.bytes === $String)
                    object.validatorsHash = "";
                else {
                    object.validatorsHash = [];
                    if (options.bytes !== $Array)
                        object.validatorsHash = $util.newBuffer(object.validatorsHash);
                }
                if (options.bytes === $String)
                    object.proposer = "";
                else {
                    object.proposer = [];
                    if (options.bytes !== $Array)
                        object.proposer = $util.newBuffer(object.proposer);
                }
                if (options.bytes === $String)
                    object.lastCommitHash = "";
                else {
                    object.lastCommitHash = [];
                    if (options.bytes !== $Array)
                        object.lastCommitHash = $util.newBuffer(object.lastCommitHash);
                }
                if (options.bytes === $String)
                    object.receiptsRoot = "";
                else {
                    object.receiptsRoot = [];
                    if (options.bytes !== $Array)
                        object.receiptsRoot = $util.newBuffer(object.receiptsRoot);
                }
            }
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chainId = typeof message.chainId === "number" ? $BigInt(message.chainId) : $util.Long.fromBits(message.chainId.low >>> 0, message.chainId.high >>> 0, true).toBigInt();
                else if (typeof message.chainId === "number")
                    object.chainId = options.longs === $String ? $String(message.chainId) : message.chainId;
                else
                    object.chainId = options.longs === $String ? $util.Long.prototype.toString.call(message.chainId) : options.longs === $Number ? new $util.LongBits(message.chainId.low >>> 0, message.chainId.high >>> 0).toNumber(true) : message.chainId;
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                else if (typeof message.height === "number")
                    object.height = options.longs === $String ? $String(message.height) : message.height;
                else
                    object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
            if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                object.round = message.round;
            if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, true).toBigInt();
                else if (typeof message.timeMs === "number")
                    object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                else
                    object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber(true) : message.timeMs;
            if (message.prevHash != null && $Object.hasOwnProperty.call(message, "prevHash"))
                object.prevHash = options.bytes === $String ? $util.base64.encode(message.prevHash, 0, message.prevHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prevHash) : message.prevHash;
            if (message.txRoot != null && $Object.hasOwnProperty.call(message, "txRoot"))
                object.txRoot = options.bytes === $String ? $util.base64.encode(message.txRoot, 0, message.txRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txRoot) : message.txRoot;
            if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot"))
                object.stateRoot = options.bytes === $String ? $util.base64.encode(message.stateRoot, 0, message.stateRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stateRoot) : message.stateRoot;
            if (message.validatorsHash != null && $Object.hasOwnProperty.call(message, "validatorsHash"))
                object.validatorsHash = options.bytes === $String ? $util.base64.encode(message.validatorsHash, 0, message.validatorsHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.validatorsHash) : message.validatorsHash;
            if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer"))
                object.proposer = options.bytes === $String ? $util.base64.encode(message.proposer, 0, message.proposer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposer) : message.proposer;
            if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash"))
                object.lastCommitHash = options.bytes === $String ? $util.base64.encode(message.lastCommitHash, 0, message.lastCommitHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lastCommitHash) : message.lastCommitHash;
            if (message.receiptsRoot != null && $Object.hasOwnProperty.call(message, "receiptsRoot"))
                object.receiptsRoot = options.bytes === $String ? $util.base64.encode(message.receiptsRoot, 0, message.receiptsRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.receiptsRoot) : message.receiptsRoot;
            return object;
        };

        /**
         * Converts this BlockHeader to JSON.
         * @function toJSON
         * @memberof poco.BlockHeader
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlockHeader.prototype.toJSON = function() {
            return BlockHeader.toObject(this, $protobuf.util.toJSONOptions);
        };

        return BlockHeader;
    })();

    poco.Block = (function() {

        /**
         * Properties of a Block.
         * @typedef {Object} poco.Block.$Properties
         * @property {poco.BlockHeader.$Properties|null} [header] Block header
         * @property {Array.<Uint8Array>|null} [txs] Block txs
         * @property {poco.Commit.$Properties|null} [lastCommit] Block lastCommit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Block.
         * @memberof poco
         * @interface IBlock
         * @augments poco.Block.$Properties
         * @deprecated Use poco.Block.$Properties instead.
         */

        /**
         * Shape of a Block.
         * @typedef {poco.Block.$Properties} poco.Block.$Shape
         */

        /**
         * Constructs a new Block.
         * @memberof poco
         * @classdesc Represents a Block.
         * @constructor
         * @param {poco.Block.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Block = function (properties) {
            this.txs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Block header.
         * @member {poco.BlockHeader.$Properties|null|undefined} header
         * @memberof poco.Block
         * @instance
         */
        Block.prototype.header = null;

        /**
         * Block txs.
         * @member {Array.<Uint8Array>} txs
         * @memberof poco.Block
         * @instance
         */
        Block.prototype.txs = $util.emptyArray;

        /**
         * Block lastCommit.
         * @member {poco.Commit.$Properties|null|undefined} lastCommit
         * @memberof poco.Block
         * @instance
         */
        Block.prototype.lastCommit = null;

        /**
         * Creates a new Block instance using the specified properties.
         * @function create
         * @memberof poco.Block
         * @static
         * @param {poco.Block.$Properties=} [properties] Properties to set
         * @returns {poco.Block} Block instance
         * @type {{
         *   (properties: poco.Block.$Shape): poco.Block & poco.Block.$Shape;
         *   (properties?: poco.Block.$Properties): poco.Block;
         * }}
         */
        Block.create = function(properties) {
            return new Block(properties);
        };

        /**
         * Encodes the specified Block message. Does not implicitly {@link poco.Block.verify|verify} messages.
         * @function encode
         * @memberof poco.Block
         * @static
         * @param {poco.Block.$Properties} message Block message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Block.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                $root.poco.BlockHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.txs != null && message.txs.length)
                for (let i = 0; i < message.txs.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.txs[i]);
            if (message.lastCommit != null && $Object.hasOwnProperty.call(message, "lastCommit"))
                $root.poco.Commit.encode(message.lastCommit, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Block
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Block & poco.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Block.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Block();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.header = $root.poco.BlockHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.txs && message.txs.length))
                            message.txs = [];
                        message.txs.push(reader.bytes());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.lastCommit = $root.poco.Commit.decode(reader, reader.size(), $undefined, _depth + 1, message.lastCommit);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Block message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Block
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Block} Block
         */
        Block.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Block)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Block: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Block();
            if (object.header != null) {
                if (!$util.isObject(object.header))
                    throw $TypeError(".poco.Block.header: object expected");
                message.header = $root.poco.BlockHeader.fromObject(object.header, _depth + 1);
            }
            if (object.txs) {
                if (!$Array.isArray(object.txs))
                    throw $TypeError(".poco.Block.txs: array expected");
                message.txs = $Array(object.txs.length);
                for (let i = 0; i < object.txs.length; ++i)
                    if (typeof object.txs[i] === "string")
                        $util.base64.decode(object.txs[i], message.txs[i] = $util.newBuffer($util.base64.length(object.txs[i])), 0);
                    else if (object.txs[i].length >= 0)
                        message.txs[i] = object.txs[i];
            }
            if (object.lastCommit != null) {
                if (!$util.isObject(object.lastCommit))
                    throw $TypeError(".poco.Block.lastCommit: object expected");
                message.lastCommit = $root.poco.Commit.fromObject(object.lastCommit, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a Block message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Block
         * @static
         * @param {poco.Block} message Block
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Block.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.txs = [];
            if (options.defaults) {
                object.header = null;
                object.lastCommit = null;
            }
            if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                object.header = $root.poco.BlockHeader.toObject(message.header, options, _depth + 1);
            if (message.txs && message.txs.length) {
                object.txs = $Array(message.txs.length);
                for (let j = 0; j < message.txs.length; ++j)
                    object.txs[j] = options.bytes === $String ? $util.base64.encode(message.txs[j], 0, message.txs[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txs[j]) : message.txs[j];
            }
            if (message.lastCommit != null && $Object.hasOwnProperty.call(message, "lastCommit"))
                object.lastCommit = $root.poco.Commit.toObject(message.lastCommit, options, _depth + 1);
            return object;
        };

        /**
         * Converts this Block to JSON.
         * @function toJSON
         * @memberof poco.Block
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Block.prototype.toJSON = function() {
            return Block.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Block;
    })();

    /**
     * VoteType enum.
     * @name poco.VoteType
     * @enum {number}
     * @property {number} VOTE_TYPE_UNSPECIFIED=0 VOTE_TYPE_UNSPECIFIED value
     * @property {number} PREVOTE=1 PREVOTE value
     * @property {number} PRECOMMIT=2 PRECOMMIT value
     */
    poco.VoteType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "VOTE_TYPE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "PREVOTE"] = 1;
        values[valuesById[2] = "PRECOMMIT"] = 2;
        return values;
    })();

    poco.Vote = (function() {

        /**
         * Properties of a Vote.
         * @typedef {Object} poco.Vote.$Properties
         * @property {number|Long|null} [chainId] Vote chainId
         * @property {poco.VoteType|null} [type] Vote type
         * @property {number|Long|null} [height] Vote height
         * @property {number|null} [round] Vote round
         * @property {Uint8Array|null} [blockHash] Vote blockHash
         * @property {number|Long|null} [timeMs] Vote timeMs
         * @property {Uint8Array|null} [validator] Vote validator
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Vote.
         * @memberof poco
         * @interface IVote
         * @augments poco.Vote.$Properties
         * @deprecated Use poco.Vote.$Properties instead.
         */

        /**
         * Shape of a Vote.
         * @typedef {poco.Vote.$Properties} poco.Vote.$Shape
         */

        /**
         * Constructs a new Vote.
         * @memberof poco
         * @classdesc Represents a Vote.
         * @constructor
         * @param {poco.Vote.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Vote = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Vote chainId.
         * @member {number|Long} chainId
         * @memberof poco.Vote
         * @instance
         */
        Vote.prototype.chainId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Vote type.
         * @member {poco.VoteType} type
         * @memberof poco.Vote
         * @instance
         */
        Vote.prototype.type = 0;

        /**
         * Vote height.
         * @member {number|Long} height
         * @memberof poco.Vote
         * @instance
         */
        Vote.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Vote round.
         * @member {number} round
         * @memberof poco.Vote
         * @instance
         */
        Vote.prototype.round = 0;

        /**
         * Vote blockHash.
         * @member {Uint8Array} blockHash
         * @memberof poco.Vote
         * @instance
         */
        Vote.prototype.blockHash = $util.newBuffer([]);

        /**
         * Vote timeMs.
         * @member {number|Long} timeMs
         * @memberof poco.Vote
         * @instance
         */
        Vote.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Vote validator.
         * @member {Uint8Array} validator
         * @memberof poco.Vote
         * @instance
         */
        Vote.prototype.validator = $util.newBuffer([]);

        /**
         * Creates a new Vote instance using the specified properties.
         * @function create
         * @memberof poco.Vote
         * @static
         * @param {poco.Vote.$Properties=} [properties] Properties to set
         * @returns {poco.Vote} Vote instance
         * @type {{
         *   (properties: poco.Vote.$Shape): poco.Vote & poco.Vote.$Shape;
         *   (properties?: poco.Vote.$Properties): poco.Vote;
         * }}
         */
        Vote.create = function(properties) {
            return new Vote(properties);
        };

        /**
         * Encodes the specified Vote message. Does not implicitly {@link poco.Vote.verify|verify} messages.
         * @function encode
         * @memberof poco.Vote
         * @static
         * @param {poco.Vote.$Properties} message Vote message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Vote.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && (typeof message.chainId === "object" ? message.chainId.low || message.chainId.high : message.chainId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.chainId);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.height);
            if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.round);
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.blockHash);
            if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.timeMs);
            if (message.validator != null && $Object.hasOwnProperty.call(message, "validator") && message.validator.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.validator);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Vote message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Vote
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Vote & poco.Vote.$Shape} Vote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Vote.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Vote();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.round = value;
                        else
                            delete message.round;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.blockHash = value;
                        else
                            delete message.blockHash;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeMs = value;
                        else
                            delete message.timeMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.validator = value;
                        else
                            delete message.validator;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Vote message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Vote
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Vote} Vote
         */
        Vote.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Vote)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Vote: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Vote();
            if (object.chainId != null)
                if (typeof object.chainId === "object" ? object.chainId.low || object.chainId.high : $Number(object.chainId) !== 0)
                    if ($util.Long)
                        message.chainId = $util.Long.fromValue(object.chainId, true);
                    else if (typeof object.chainId === "string")
                        message.chainId = $parseInt(object.chainId, 10);
                    else if (typeof object.chainId === "number")
                        message.chainId = object.chainId;
                    else if (typeof object.chainId === "object")
                        message.chainId = new $util.LongBits(object.chainId.low >>> 0, object.chainId.high >>> 0).toNumber(true);
            if (object.type !== 0 && (typeof object.type !== "string" || $root.poco.VoteType[object.type] !== 0))
                switch (object.type) {
                case "VOTE_TYPE_UNSPECIFIED":
                case 0:
                    message.type = 0;
                    break;
                case "PREVOTE":
                case 1:
                    message.type = 1;
                    break;
                case "PRECOMMIT":
                case 2:
                    message.type = 2;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.height != null)
                if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                    if ($util.Long)
                        message.height = $util.Long.fromValue(object.height, true);
                    else if (typeof object.height === "string")
                        message.height = $parseInt(object.height, 10);
                    else if (typeof object.height === "number")
                        message.height = object.height;
                    else if (typeof object.height === "object")
                        message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
            if (object.round != null)
                if ($Number(object.round) !== 0)
                    message.round = object.round >>> 0;
            if (object.blockHash != null)
                if (object.blockHash.length)
                    if (typeof object.blockHash === "string")
                        $util.base64.decode(object.blockHash, message.blockHash = $util.newBuffer($util.base64.length(object.blockHash)), 0);
                    else if (object.blockHash.length >= 0)
                        message.blockHash = object.blockHash;
            if (object.timeMs != null)
                if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                    if ($util.Long)
                        message.timeMs = $util.Long.fromValue(object.timeMs, true);
                    else if (typeof object.timeMs === "string")
                        message.timeMs = $parseInt(object.timeMs, 10);
                    else if (typeof object.timeMs === "number")
                        message.timeMs = object.timeMs;
                    else if (typeof object.timeMs === "object")
                        message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber(true);
            if (object.validator != null)
                if (object.validator.length)
                    if (typeof object.validator === "string")
                        $util.base64.decode(object.validator, message.validator = $util.newBuffer($util.base64.length(object.validator)), 0);
                    else if (object.validator.length >= 0)
                        message.validator = object.validator;
            return message;
        };

        /**
         * Creates a plain object from a Vote message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Vote
         * @static
         * @param {poco.Vote} message Vote
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Vote.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.chainId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chainId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.type = options.enums === $String ? "VOTE_TYPE_UNSPECIFIED" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.round = 0;
                if (options.bytes === $String)
                    object.blockHash = "";
                else {
                    object.blockHash = [];
                    if (options.bytes !== $Array)
                        object.blockHash = $util.newBuffer(object.blockHash);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.validator = "";
                else {
                    object.validator = [];
                    if (options.bytes !== $Array)
                        object.validator = $util.newBuffer(object.validator);
                }
            }
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chainId = typeof message.chainId === "number" ? $BigInt(message.chainId) : $util.Long.fromBits(message.chainId.low >>> 0, message.chainId.high >>> 0, true).toBigInt();
                else if (typeof message.chainId === "number")
                    object.chainId = options.longs === $String ? $String(message.chainId) : message.chainId;
                else
                    object.chainId = options.longs === $String ? $util.Long.prototype.toString.call(message.chainId) : options.longs === $Number ? new $util.LongBits(message.chainId.low >>> 0, message.chainId.high >>> 0).toNumber(true) : message.chainId;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.poco.VoteType[message.type] === $undefined ? message.type : $root.poco.VoteType[message.type] : message.type;
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                else if (typeof message.height === "number")
                    object.height = options.longs === $String ? $String(message.height) : message.height;
                else
                    object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
            if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                object.round = message.round;
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash"))
                object.blockHash = options.bytes === $String ? $util.base64.encode(message.blockHash, 0, message.blockHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blockHash) : message.blockHash;
            if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, true).toBigInt();
                else if (typeof message.timeMs === "number")
                    object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                else
                    object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber(true) : message.timeMs;
            if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                object.validator = options.bytes === $String ? $util.base64.encode(message.validator, 0, message.validator.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.validator) : message.validator;
            return object;
        };

        /**
         * Converts this Vote to JSON.
         * @function toJSON
         * @memberof poco.Vote
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Vote.prototype.toJSON = function() {
            return Vote.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Vote;
    })();

    poco.SignedVote = (function() {

        /**
         * Properties of a SignedVote.
         * @typedef {Object} poco.SignedVote.$Properties
         * @property {Uint8Array|null} [vote] SignedVote vote
         * @property {Uint8Array|null} [signature] SignedVote signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignedVote.
         * @memberof poco
         * @interface ISignedVote
         * @augments poco.SignedVote.$Properties
         * @deprecated Use poco.SignedVote.$Properties instead.
         */

        /**
         * Shape of a SignedVote.
         * @typedef {poco.SignedVote.$Properties} poco.SignedVote.$Shape
         */

        /**
         * Constructs a new SignedVote.
         * @memberof poco
         * @classdesc Represents a SignedVote.
         * @constructor
         * @param {poco.SignedVote.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignedVote = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SignedVote vote.
         * @member {Uint8Array} vote
         * @memberof poco.SignedVote
         * @instance
         */
        SignedVote.prototype.vote = $util.newBuffer([]);

        /**
         * SignedVote signature.
         * @member {Uint8Array} signature
         * @memberof poco.SignedVote
         * @instance
         */
        SignedVote.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new SignedVote instance using the specified properties.
         * @function create
         * @memberof poco.SignedVote
         * @static
         * @param {poco.SignedVote.$Properties=} [properties] Properties to set
         * @returns {poco.SignedVote} SignedVote instance
         * @type {{
         *   (properties: poco.SignedVote.$Shape): poco.SignedVote & poco.SignedVote.$Shape;
         *   (properties?: poco.SignedVote.$Properties): poco.SignedVote;
         * }}
         */
        SignedVote.create = function(properties) {
            return new SignedVote(properties);
        };

        /**
         * Encodes the specified SignedVote message. Does not implicitly {@link poco.SignedVote.verify|verify} messages.
         * @function encode
         * @memberof poco.SignedVote
         * @static
         * @param {poco.SignedVote.$Properties} message SignedVote message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignedVote.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && message.vote.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.vote);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SignedVote message from the specified reader or buffer.
         * @function decode
         * @memberof poco.SignedVote
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.SignedVote & poco.SignedVote.$Shape} SignedVote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignedVote.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.SignedVote();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.vote = value;
                        else
                            delete message.vote;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a SignedVote message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.SignedVote
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.SignedVote} SignedVote
         */
        SignedVote.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.SignedVote)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.SignedVote: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.SignedVote();
            if (object.vote != null)
                if (object.vote.length)
                    if (typeof object.vote === "string")
                        $util.base64.decode(object.vote, message.vote = $util.newBuffer($util.base64.length(object.vote)), 0);
                    else if (object.vote.length >= 0)
                        message.vote = object.vote;
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            return message;
        };

        /**
         * Creates a plain object from a SignedVote message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.SignedVote
         * @static
         * @param {poco.SignedVote} message SignedVote
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SignedVote.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.vote = "";
                else {
                    object.vote = [];
                    if (options.bytes !== $Array)
                        object.vote = $util.newBuffer(object.vote);
                }
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
            }
            if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                object.vote = options.bytes === $String ? $util.base64.encode(message.vote, 0, message.vote.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.vote) : message.vote;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            return object;
        };

        /**
         * Converts this SignedVote to JSON.
         * @function toJSON
         * @memberof poco.SignedVote
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SignedVote.prototype.toJSON = function() {
            return SignedVote.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SignedVote;
    })();

    poco.Commit = (function() {

        /**
         * Properties of a Commit.
         * @typedef {Object} poco.Commit.$Properties
         * @property {number|Long|null} [height] Commit height
         * @property {number|null} [round] Commit round
         * @property {Uint8Array|null} [blockHash] Commit blockHash
         * @property {Array.<poco.SignedVote.$Properties>|null} [precommits] Commit precommits
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Commit.
         * @memberof poco
         * @interface ICommit
         * @augments poco.Commit.$Properties
         * @deprecated Use poco.Commit.$Properties instead.
         */

        /**
         * Shape of a Commit.
         * @typedef {poco.Commit.$Properties} poco.Commit.$Shape
         */

        /**
         * Constructs a new Commit.
         * @memberof poco
         * @classdesc Represents a Commit.
         * @constructor
         * @param {poco.Commit.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Commit = function (properties) {
            this.precommits = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Commit height.
         * @member {number|Long} height
         * @memberof poco.Commit
         * @instance
         */
        Commit.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Commit round.
         * @member {number} round
         * @memberof poco.Commit
         * @instance
         */
        Commit.prototype.round = 0;

        /**
         * Commit blockHash.
         * @member {Uint8Array} blockHash
         * @memberof poco.Commit
         * @instance
         */
        Commit.prototype.blockHash = $util.newBuffer([]);

        /**
         * Commit precommits.
         * @member {Array.<poco.SignedVote.$Properties>} precommits
         * @memberof poco.Commit
         * @instance
         */
        Commit.prototype.precommits = $util.emptyArray;

        /**
         * Creates a new Commit instance using the specified properties.
         * @function create
         * @memberof poco.Commit
         * @static
         * @param {poco.Commit.$Properties=} [properties] Properties to set
         * @returns {poco.Commit} Commit instance
         * @type {{
         *   (properties: poco.Commit.$Shape): poco.Commit & poco.Commit.$Shape;
         *   (properties?: poco.Commit.$Properties): poco.Commit;
         * }}
         */
        Commit.create = function(properties) {
            return new Commit(properties);
        };

        /**
         * Encodes the specified Commit message. Does not implicitly {@link poco.Commit.verify|verify} messages.
         * @function encode
         * @memberof poco.Commit
         * @static
         * @param {poco.Commit.$Properties} message Commit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Commit.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
            if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.blockHash);
            if (message.precommits != null && message.precommits.length)
                for (let i = 0; i < message.precommits.length; ++i)
                    $root.poco.SignedVote.encode(message.precommits[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Commit message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Commit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Commit & poco.Commit.$Shape} Commit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Commit.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Commit();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.round = value;
                        else
                            delete message.round;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.blockHash = value;
                        else
                            delete message.blockHash;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.precommits && message.precommits.length))
                            message.precommits = [];
                        message.precommits.push($root.poco.SignedVote.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Commit message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Commit
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Commit} Commit
         */
        Commit.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Commit)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Commit: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Commit();
            if (object.height != null)
                if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                    if ($util.Long)
                        message.height = $util.Long.fromValue(object.height, true);
                    else if (typeof object.height === "string")
                        message.height = $parseInt(object.height, 10);
                    else if (typeof object.height === "number")
                        message.height = object.height;
                    else if (typeof object.height === "object")
                        message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
            if (object.round != null)
                if ($Number(object.round) !== 0)
                    message.round = object.round >>> 0;
            if (object.blockHash != null)
                if (object.blockHash.length)
                    if (typeof object.blockHash === "string")
                        $util.base64.decode(object.blockHash, message.blockHash = $util.newBuffer($util.base64.length(object.blockHash)), 0);
                    else if (object.blockHash.length >= 0)
                        message.blockHash = object.blockHash;
            if (object.precommits) {
                if (!$Array.isArray(object.precommits))
                    throw $TypeError(".poco.Commit.precommits: array expected");
                message.precommits = $Array(object.precommits.length);
                for (let i = 0; i < object.precommits.length; ++i) {
                    if (!$util.isObject(object.precommits[i]))
                        throw $TypeError(".poco.Commit.precommits: object expected");
                    message.precommits[i] = $root.poco.SignedVote.fromObject(object.precommits[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a Commit message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Commit
         * @static
         * @param {poco.Commit} message Commit
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Commit.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.precommits = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.round = 0;
                if (options.bytes === $String)
                    object.blockHash = "";
                else {
                    object.blockHash = [];
                    if (options.bytes !== $Array)
                        object.blockHash = $util.newBuffer(object.blockHash);
                }
            }
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                else if (typeof message.height === "number")
                    object.height = options.longs === $String ? $String(message.height) : message.height;
                else
                    object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
            if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                object.round = message.round;
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash"))
                object.blockHash = options.bytes === $String ? $util.base64.encode(message.blockHash, 0, message.blockHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blockHash) : message.blockHash;
            if (message.precommits && message.precommits.length) {
                object.precommits = $Array(message.precommits.length);
                for (let j = 0; j < message.precommits.length; ++j)
                    object.precommits[j] = $root.poco.SignedVote.toObject(message.precommits[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this Commit to JSON.
         * @function toJSON
         * @memberof poco.Commit
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Commit.prototype.toJSON = function() {
            return Commit.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Commit;
    })();

    poco.Proposal = (function() {

        /**
         * Properties of a Proposal.
         * @typedef {Object} poco.Proposal.$Properties
         * @property {number|Long|null} [height] Proposal height
         * @property {number|null} [round] Proposal round
         * @property {number|null} [polRound] Proposal polRound
         * @property {boolean|null} [polRoundSet] Proposal polRoundSet
         * @property {Uint8Array|null} [block] Proposal block
         * @property {Uint8Array|null} [proposer] Proposal proposer
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Proposal.
         * @memberof poco
         * @interface IProposal
         * @augments poco.Proposal.$Properties
         * @deprecated Use poco.Proposal.$Properties instead.
         */

        /**
         * Shape of a Proposal.
         * @typedef {poco.Proposal.$Properties} poco.Proposal.$Shape
         */

        /**
         * Constructs a new Proposal.
         * @memberof poco
         * @classdesc Represents a Proposal.
         * @constructor
         * @param {poco.Proposal.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Proposal = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Proposal height.
         * @member {number|Long} height
         * @memberof poco.Proposal
         * @instance
         */
        Proposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Proposal round.
         * @member {number} round
         * @memberof poco.Proposal
         * @instance
         */
        Proposal.prototype.round = 0;

        /**
         * Proposal polRound.
         * @member {number} polRound
         * @memberof poco.Proposal
         * @instance
         */
        Proposal.prototype.polRound = 0;

        /**
         * Proposal polRoundSet.
         * @member {boolean} polRoundSet
         * @memberof poco.Proposal
         * @instance
         */
        Proposal.prototype.polRoundSet = false;

        /**
         * Proposal block.
         * @member {Uint8Array} block
         * @memberof poco.Proposal
         * @instance
         */
        Proposal.prototype.block = $util.newBuffer([]);

        /**
         * Proposal proposer.
         * @member {Uint8Array} proposer
         * @memberof poco.Proposal
         * @instance
         */
        Proposal.prototype.proposer = $util.newBuffer([]);

        /**
         * Creates a new Proposal instance using the specified properties.
         * @function create
         * @memberof poco.Proposal
         * @static
         * @param {poco.Proposal.$Properties=} [properties] Properties to set
         * @returns {poco.Proposal} Proposal instance
         * @type {{
         *   (properties: poco.Proposal.$Shape): poco.Proposal & poco.Proposal.$Shape;
         *   (properties?: poco.Proposal.$Properties): poco.Proposal;
         * }}
         */
        Proposal.create = function(properties) {
            return new Proposal(properties);
        };

        /**
         * Encodes the specified Proposal message. Does not implicitly {@link poco.Proposal.verify|verify} messages.
         * @function encode
         * @memberof poco.Proposal
         * @static
         * @param {poco.Proposal.$Properties} message Proposal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Proposal.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
            if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
            if (message.polRound != null && $Object.hasOwnProperty.call(message, "polRound") && message.polRound !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.polRound);
            if (message.polRoundSet != null && $Object.hasOwnProperty.call(message, "polRoundSet") && message.polRoundSet !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.polRoundSet);
            if (message.block != null && $Object.hasOwnProperty.call(message, "block") && message.block.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.block);
            if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer") && message.proposer.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.proposer);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Proposal message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Proposal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Proposal & poco.Proposal.$Shape} Proposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Proposal.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Proposal();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.round = value;
                        else
                            delete message.round;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.polRound = value;
                        else
                            delete message.polRound;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.polRoundSet = value;
                        else
                            delete message.polRoundSet;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.block = value;
                        else
                            delete message.block;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proposer = value;
                        else
                            delete message.proposer;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Proposal message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Proposal
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Proposal} Proposal
         */
        Proposal.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Proposal)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Proposal: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Proposal();
            if (object.height != null)
                if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                    if ($util.Long)
                        message.height = $util.Long.fromValue(object.height, true);
                    else if (typeof object.height === "string")
                        message.height = $parseInt(object.height, 10);
                    else if (typeof object.height === "number")
                        message.height = object.height;
                    else if (typeof object.height === "object")
                        message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
            if (object.round != null)
                if ($Number(object.round) !== 0)
                    message.round = object.round >>> 0;
            if (object.polRound != null)
                if ($Number(object.polRound) !== 0)
                    message.polRound = object.polRound >>> 0;
            if (object.polRoundSet != null)
                if (object.polRoundSet)
                    message.polRoundSet = $Boolean(object.polRoundSet);
            if (object.block != null)
                if (object.block.length)
                    if (typeof object.block === "string")
                        $util.base64.decode(object.block, message.block = $util.newBuffer($util.base64.length(object.block)), 0);
                    else if (object.block.length >= 0)
                        message.block = object.block;
            if (object.proposer != null)
                if (object.proposer.length)
                    if (typeof object.proposer === "string")
                        $util.base64.decode(object.proposer, message.proposer = $util.newBuffer($util.base64.length(object.proposer)), 0);
                    else if (object.proposer.length >= 0)
                        message.proposer = object.proposer;
            return message;
        };

        /**
         * Creates a plain object from a Proposal message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Proposal
         * @static
         * @param {poco.Proposal} message Proposal
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Proposal.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.round = 0;
                object.polRound = 0;
                object.polRoundSet = false;
                if (options.bytes === $String)
                    object.block = "";
                else {
                    object.block = [];
                    if (options.bytes !== $Array)
                        object.block = $util.newBuffer(object.block);
                }
                if (options.bytes === $String)
                    object.proposer = "";
                else {
                    object.proposer = [];
                    if (options.bytes !== $Array)
                        object.proposer = $util.newBuffer(object.proposer);
                }
            }
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                else if (typeof message.height === "number")
                    object.height = options.longs === $String ? $String(message.height) : message.height;
                else
                    object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
            if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                object.round = message.round;
            if (message.polRound != null && $Object.hasOwnProperty.call(message, "polRound"))
                object.polRound = message.polRound;
            if (message.polRoundSet != null && $Object.hasOwnProperty.call(message, "polRoundSet"))
                object.polRoundSet = message.polRoundSet;
            if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                object.block = options.bytes === $String ? $util.base64.encode(message.block, 0, message.block.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.block) : message.block;
            if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer"))
                object.proposer = options.bytes === $String ? $util.base64.encode(message.proposer, 0, message.proposer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposer) : message.proposer;
            return object;
        };

        /**
         * Converts this Proposal to JSON.
         * @function toJSON
         * @memberof poco.Proposal
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Proposal.prototype.toJSON = function() {
            return Proposal.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Proposal;
    })();

    poco.SignedProposal = (function() {

        /**
         * Properties of a SignedProposal.
         * @typedef {Object} poco.SignedProposal.$Properties
         * @property {Uint8Array|null} [proposal] SignedProposal proposal
         * @property {Uint8Array|null} [signature] SignedProposal signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignedProposal.
         * @memberof poco
         * @interface ISignedProposal
         * @augments poco.SignedProposal.$Properties
         * @deprecated Use poco.SignedProposal.$Properties instead.
         */

        /**
         * Shape of a SignedProposal.
         * @typedef {poco.SignedProposal.$Properties} poco.SignedProposal.$Shape
         */

        /**
         * Constructs a new SignedProposal.
         * @memberof poco
         * @classdesc Represents a SignedProposal.
         * @constructor
         * @param {poco.SignedProposal.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignedProposal = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SignedProposal proposal.
         * @member {Uint8Array} proposal
         * @memberof poco.SignedProposal
         * @instance
         */
        SignedProposal.prototype.proposal = $util.newBuffer([]);

        /**
         * SignedProposal signature.
         * @member {Uint8Array} signature
         * @memberof poco.SignedProposal
         * @instance
         */
        SignedProposal.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new SignedProposal instance using the specified properties.
         * @function create
         * @memberof poco.SignedProposal
         * @static
         * @param {poco.SignedProposal.$Properties=} [properties] Properties to set
         * @returns {poco.SignedProposal} SignedProposal instance
         * @type {{
         *   (properties: poco.SignedProposal.$Shape): poco.SignedProposal & poco.SignedProposal.$Shape;
         *   (properties?: poco.SignedProposal.$Properties): poco.SignedProposal;
         * }}
         */
        SignedProposal.create = function(properties) {
            return new SignedProposal(properties);
        };

        /**
         * Encodes the specified SignedProposal message. Does not implicitly {@link poco.SignedProposal.verify|verify} messages.
         * @function encode
         * @memberof poco.SignedProposal
         * @static
         * @param {poco.SignedProposal.$Properties} message SignedProposal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignedProposal.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal") && message.proposal.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.proposal);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SignedProposal message from the specified reader or buffer.
         * @function decode
         * @memberof poco.SignedProposal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.SignedProposal & poco.SignedProposal.$Shape} SignedProposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignedProposal.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.SignedProposal();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proposal = value;
                        else
                            delete message.proposal;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a SignedProposal message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.SignedProposal
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.SignedProposal} SignedProposal
         */
        SignedProposal.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.SignedProposal)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.SignedProposal: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.SignedProposal();
            if (object.proposal != null)
                if (object.proposal.length)
                    if (typeof object.proposal === "string")
                        $util.base64.decode(object.proposal, message.proposal = $util.newBuffer($util.base64.length(object.proposal)), 0);
                    else if (object.proposal.length >= 0)
                        message.proposal = object.proposal;
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            return message;
        };

        /**
         * Creates a plain object from a SignedProposal message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.SignedProposal
         * @static
         * @param {poco.SignedProposal} message SignedProposal
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SignedProposal.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.proposal = "";
                else {
                    object.proposal = [];
                    if (options.bytes !== $Array)
                        object.proposal = $util.newBuffer(object.proposal);
                }
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
            }
            if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                object.proposal = options.bytes === $String ? $util.base64.encode(message.proposal, 0, message.proposal.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposal) : message.proposal;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            return object;
        };

        /**
         * Converts this SignedProposal to JSON.
         * @function toJSON
         * @memberof poco.SignedProposal
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SignedProposal.prototype.toJSON = function() {
            return SignedProposal.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SignedProposal;
    })();

    poco.Checkpoint = (function() {

        /**
         * Properties of a Checkpoint.
         * @typedef {Object} poco.Checkpoint.$Properties
         * @property {number|Long|null} [chainId] Checkpoint chainId
         * @property {number|Long|null} [height] Checkpoint height
         * @property {Uint8Array|null} [blockHash] Checkpoint blockHash
         * @property {Uint8Array|null} [stateRoot] Checkpoint stateRoot
         * @property {Uint8Array|null} [withdrawalsRoot] Checkpoint withdrawalsRoot
         * @property {Uint8Array|null} [nextValidatorSetHash] Checkpoint nextValidatorSetHash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Checkpoint.
         * @memberof poco
         * @interface ICheckpoint
         * @augments poco.Checkpoint.$Properties
         * @deprecated Use poco.Checkpoint.$Properties instead.
         */

        /**
         * Shape of a Checkpoint.
         * @typedef {poco.Checkpoint.$Properties} poco.Checkpoint.$Shape
         */

        /**
         * Constructs a new Checkpoint.
         * @memberof poco
         * @classdesc Represents a Checkpoint.
         * @constructor
         * @param {poco.Checkpoint.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Checkpoint = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Checkpoint chainId.
         * @member {number|Long} chainId
         * @memberof poco.Checkpoint
         * @instance
         */
        Checkpoint.prototype.chainId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Checkpoint height.
         * @member {number|Long} height
         * @memberof poco.Checkpoint
         * @instance
         */
        Checkpoint.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Checkpoint blockHash.
         * @member {Uint8Array} blockHash
         * @memberof poco.Checkpoint
         * @instance
         */
        Checkpoint.prototype.blockHash = $util.newBuffer([]);

        /**
         * Checkpoint stateRoot.
         * @member {Uint8Array} stateRoot
         * @memberof poco.Checkpoint
         * @instance
         */
        Checkpoint.prototype.stateRoot = $util.newBuffer([]);

        /**
         * Checkpoint withdrawalsRoot.
         * @member {Uint8Array} withdrawalsRoot
         * @memberof poco.Checkpoint
         * @instance
         */
        Checkpoint.prototype.withdrawalsRoot = $util.newBuffer([]);

        /**
         * Checkpoint nextValidatorSetHash.
         * @member {Uint8Array} nextValidatorSetHash
         * @memberof poco.Checkpoint
         * @instance
         */
        Checkpoint.prototype.nextValidatorSetHash = $util.newBuffer([]);

        /**
         * Creates a new Checkpoint instance using the specified properties.
         * @function create
         * @memberof poco.Checkpoint
         * @static
         * @param {poco.Checkpoint.$Properties=} [properties] Properties to set
         * @returns {poco.Checkpoint} Checkpoint instance
         * @type {{
         *   (properties: poco.Checkpoint.$Shape): poco.Checkpoint & poco.Checkpoint.$Shape;
         *   (properties?: poco.Checkpoint.$Properties): poco.Checkpoint;
         * }}
         */
        Checkpoint.create = function(properties) {
            return new Checkpoint(properties);
        };

        /**
         * Encodes the specified Checkpoint message. Does not implicitly {@link poco.Checkpoint.verify|verify} messages.
         * @function encode
         * @memberof poco.Checkpoint
         * @static
         * @param {poco.Checkpoint.$Properties} message Checkpoint message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Checkpoint.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && (typeof message.chainId === "object" ? message.chainId.low || message.chainId.high : message.chainId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.chainId);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.blockHash);
            if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot") && message.stateRoot.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.stateRoot);
            if (message.withdrawalsRoot != null && $Object.hasOwnProperty.call(message, "withdrawalsRoot") && message.withdrawalsRoot.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.withdrawalsRoot);
            if (message.nextValidatorSetHash != null && $Object.hasOwnProperty.call(message, "nextValidatorSetHash") && message.nextValidatorSetHash.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.nextValidatorSetHash);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Checkpoint message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Checkpoint
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Checkpoint & poco.Checkpoint.$Shape} Checkpoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Checkpoint.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Checkpoint();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.blockHash = value;
                        else
                            delete message.blockHash;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.stateRoot = value;
                        else
                            delete message.stateRoot;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.withdrawalsRoot = value;
                        else
                            delete message.withdrawalsRoot;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.nextValidatorSetHash = value;
                        else
                            delete message.nextValidatorSetHash;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Checkpoint message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Checkpoint
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Checkpoint} Checkpoint
         */
        Checkpoint.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Checkpoint)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Checkpoint: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Checkpoint();
            if (object.chainId != null)
                if (typeof object.chainId === "object" ? object.chainId.low || object.chainId.high : $Number(object.chainId) !== 0)
                    if ($util.Long)
                        message.chainId = $util.Long.fromValue(object.chainId, true);
                    else if (typeof object.chainId === "string")
                        message.chainId = $parseInt(object.chainId, 10);
                    else if (typeof object.chainId === "number")
                        message.chainId = object.chainId;
                    else if (typeof object.chainId === "object")
                        message.chainId = new $util.LongBits(object.chainId.low >>> 0, object.chainId.high >>> 0).toNumber(true);
            if (object.height != null)
                if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                    if ($util.Long)
                        message.height = $util.Long.fromValue(object.height, true);
                    else if (typeof object.height === "string")
                        message.height = $parseInt(object.height, 10);
                    else if (typeof object.height === "number")
                        message.height = object.height;
                    else if (typeof object.height === "object")
                        message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
            if (object.blockHash != null)
                if (object.blockHash.length)
                    if (typeof object.blockHash === "string")
                        $util.base64.decode(object.blockHash, message.blockHash = $util.newBuffer($util.base64.length(object.blockHash)), 0);
                    else if (object.blockHash.length >= 0)
                        message.blockHash = object.blockHash;
            if (object.stateRoot != null)
                if (object.stateRoot.length)
                    if (typeof object.stateRoot === "string")
                        $util.base64.decode(object.stateRoot, message.stateRoot = $util.newBuffer($util.base64.length(object.stateRoot)), 0);
                    else if (object.stateRoot.length >= 0)
                        message.stateRoot = object.stateRoot;
            if (object.withdrawalsRoot != null)
                if (object.withdrawalsRoot.length)
                    if (typeof object.withdrawalsRoot === "string")
                        $util.base64.decode(object.withdrawalsRoot, message.withdrawalsRoot = $util.newBuffer($util.base64.length(object.withdrawalsRoot)), 0);
                    else if (object.withdrawalsRoot.length >= 0)
                        message.withdrawalsRoot = object.withdrawalsRoot;
            if (object.nextValidatorSetHash != null)
                if (object.nextValidatorSetHash.length)
                    if (typeof object.nextValidatorSetHash === "string")
                        $util.base64.decode(object.nextValidatorSetHash, message.nextValidatorSetHash = $util.newBuffer($util.base64.length(object.nextValidatorSetHash)), 0);
                    else if (object.nextValidatorSetHash.length >= 0)
                        message.nextValidatorSetHash = object.nextValidatorSetHash;
            return message;
        };

        /**
         * Creates a plain object from a Checkpoint message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Checkpoint
         * @static
         * @param {poco.Checkpoint} message Checkpoint
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Checkpoint.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.chainId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chainId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.blockHash = "";
                else {
                    object.blockHash = [];
                    if (options.bytes !== $Array)
                        object.blockHash = $util.newBuffer(object.blockHash);
                }
                if (options.bytes === $String)
                    object.stateRoot = "";
                else {
                    object.stateRoot = [];
                    if (options.bytes !== $Array)
                        object.stateRoot = $util.newBuffer(object.stateRoot);
                }
                if (options.bytes === $String)
                    object.withdrawalsRoot = "";
                else {
                    object.withdrawalsRoot = [];
                    if (options.bytes !== $Array)
                        object.withdrawalsRoot = $util.newBuffer(object.withdrawalsRoot);
                }
                if (options.bytes === $String)
                    object.nextValidatorSetHash = "";
                else {
                    object.nextValidatorSetHash = [];
                    if (options.bytes !== $Array)
                        object.nextValidatorSetHash = $util.newBuffer(object.nextValidatorSetHash);
                }
            }
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chainId = typeof message.chainId === "number" ? $BigInt(message.chainId) : $util.Long.fromBits(message.chainId.low >>> 0, message.chainId.high >>> 0, true).toBigInt();
                else if (typeof message.chainId === "number")
                    object.chainId = options.longs === $String ? $String(message.chainId) : message.chainId;
                else
                    object.chainId = options.longs === $String ? $util.Long.prototype.toString.call(message.chainId) : options.longs === $Number ? new $util.LongBits(message.chainId.low >>> 0, message.chainId.high >>> 0).toNumber(true) : message.chainId;
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                else if (typeof message.height === "number")
                    object.height = options.longs === $String ? $String(message.height) : message.height;
                else
                    object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash"))
                object.blockHash = options.bytes === $String ? $util.base64.encode(message.blockHash, 0, message.blockHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blockHash) : message.blockHash;
            if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot"))
                object.stateRoot = options.bytes === $String ? $util.base64.encode(message.stateRoot, 0, message.stateRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stateRoot) : message.stateRoot;
            if (message.withdrawalsRoot != null && $Object.hasOwnProperty.call(message, "withdrawalsRoot"))
                object.withdrawalsRoot = options.bytes === $String ? $util.base64.encode(message.withdrawalsRoot, 0, message.withdrawalsRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.withdrawalsRoot) : message.withdrawalsRoot;
            if (message.nextValidatorSetHash != null && $Object.hasOwnProperty.call(message, "nextValidatorSetHash"))
                object.nextValidatorSetHash = options.bytes === $String ? $util.base64.encode(message.nextValidatorSetHash, 0, message.nextValidatorSetHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextValidatorSetHash) : message.nextValidatorSetHash;
            return object;
        };

        /**
         * Converts this Checkpoint to JSON.
         * @function toJSON
         * @memberof poco.Checkpoint
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Checkpoint.prototype.toJSON = function() {
            return Checkpoint.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Checkpoint;
    })();

    poco.CheckpointSignature = (function() {

        /**
         * Properties of a CheckpointSignature.
         * @typedef {Object} poco.CheckpointSignature.$Properties
         * @property {poco.Checkpoint.$Properties|null} [checkpoint] CheckpointSignature checkpoint
         * @property {Uint8Array|null} [validator] CheckpointSignature validator
         * @property {Uint8Array|null} [signature] CheckpointSignature signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CheckpointSignature.
         * @memberof poco
         * @interface ICheckpointSignature
         * @augments poco.CheckpointSignature.$Properties
         * @deprecated Use poco.CheckpointSignature.$Properties instead.
         */

        /**
         * Shape of a CheckpointSignature.
         * @typedef {poco.CheckpointSignature.$Properties} poco.CheckpointSignature.$Shape
         */

        /**
         * Constructs a new CheckpointSignature.
         * @memberof poco
         * @classdesc Represents a CheckpointSignature.
         * @constructor
         * @param {poco.CheckpointSignature.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CheckpointSignature = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CheckpointSignature checkpoint.
         * @member {poco.Checkpoint.$Properties|null|undefined} checkpoint
         * @memberof poco.CheckpointSignature
         * @instance
         */
        CheckpointSignature.prototype.checkpoint = null;

        /**
         * CheckpointSignature validator.
         * @member {Uint8Array} validator
         * @memberof poco.CheckpointSignature
         * @instance
         */
        CheckpointSignature.prototype.validator = $util.newBuffer([]);

        /**
         * CheckpointSignature signature.
         * @member {Uint8Array} signature
         * @memberof poco.CheckpointSignature
         * @instance
         */
        CheckpointSignature.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new CheckpointSignature instance using the specified properties.
         * @function create
         * @memberof poco.CheckpointSignature
         * @static
         * @param {poco.CheckpointSignature.$Properties=} [properties] Properties to set
         * @returns {poco.CheckpointSignature} CheckpointSignature instance
         * @type {{
         *   (properties: poco.CheckpointSignature.$Shape): poco.CheckpointSignature & poco.CheckpointSignature.$Shape;
         *   (properties?: poco.CheckpointSignature.$Properties): poco.CheckpointSignature;
         * }}
         */
        CheckpointSignature.create = function(properties) {
            return new CheckpointSignature(properties);
        };

        /**
         * Encodes the specified CheckpointSignature message. Does not implicitly {@link poco.CheckpointSignature.verify|verify} messages.
         * @function encode
         * @memberof poco.CheckpointSignature
         * @static
         * @param {poco.CheckpointSignature.$Properties} message CheckpointSignature message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointSignature.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                $root.poco.Checkpoint.encode(message.checkpoint, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.validator != null && $Object.hasOwnProperty.call(message, "validator") && message.validator.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.validator);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CheckpointSignature message from the specified reader or buffer.
         * @function decode
         * @memberof poco.CheckpointSignature
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.CheckpointSignature & poco.CheckpointSignature.$Shape} CheckpointSignature
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointSignature.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.CheckpointSignature();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.checkpoint = $root.poco.Checkpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.checkpoint);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.validator = value;
                        else
                            delete message.validator;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a CheckpointSignature message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.CheckpointSignature
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.CheckpointSignature} CheckpointSignature
         */
        CheckpointSignature.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.CheckpointSignature)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.CheckpointSignature: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.CheckpointSignature();
            if (object.checkpoint != null) {
                if (!$util.isObject(object.checkpoint))
                    throw $TypeError(".poco.CheckpointSignature.checkpoint: object expected");
                message.checkpoint = $root.poco.Checkpoint.fromObject(object.checkpoint, _depth + 1);
            }
            if (object.validator != null)
                if (object.validator.length)
                    if (typeof object.validator === "string")
                        $util.base64.decode(object.validator, message.validator = $util.newBuffer($util.base64.length(object.validator)), 0);
                    else if (object.validator.length >= 0)
                        message.validator = object.validator;
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            return message;
        };

        /**
         * Creates a plain object from a CheckpointSignature message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.CheckpointSignature
         * @static
         * @param {poco.CheckpointSignature} message CheckpointSignature
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CheckpointSignature.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.checkpoint = null;
                if (options.bytes === $String)
                    object.validator = "";
                else {
                    object.validator = [];
                    if (options.bytes !== $Array)
                        object.validator = $util.newBuffer(object.validator);
                }
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
            }
            if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                object.checkpoint = $root.poco.Checkpoint.toObject(message.checkpoint, options, _depth + 1);
            if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                object.validator = options.bytes === $String ? $util.base64.encode(message.validator, 0, message.validator.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.validator) : message.validator;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            return object;
        };

        /**
         * Converts this CheckpointSignature to JSON.
         * @function toJSON
         * @memberof poco.CheckpointSignature
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CheckpointSignature.prototype.toJSON = function() {
            return CheckpointSignature.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CheckpointSignature;
    })();

    poco.Receipt = (function() {

        /**
         * Properties of a Receipt.
         * @typedef {Object} poco.Receipt.$Properties
         * @property {Uint8Array|null} [txHash] Receipt txHash
         * @property {number|Long|null} [height] Receipt height
         * @property {number|null} [index] Receipt index
         * @property {string|null} [errorCode] Receipt errorCode
         * @property {string|null} [errorMessage] Receipt errorMessage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Receipt.
         * @memberof poco
         * @interface IReceipt
         * @augments poco.Receipt.$Properties
         * @deprecated Use poco.Receipt.$Properties instead.
         */

        /**
         * Shape of a Receipt.
         * @typedef {poco.Receipt.$Properties} poco.Receipt.$Shape
         */

        /**
         * Constructs a new Receipt.
         * @memberof poco
         * @classdesc Represents a Receipt.
         * @constructor
         * @param {poco.Receipt.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Receipt = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Receipt txHash.
         * @member {Uint8Array} txHash
         * @memberof poco.Receipt
         * @instance
         */
        Receipt.prototype.txHash = $util.newBuffer([]);

        /**
         * Receipt height.
         * @member {number|Long} height
         * @memberof poco.Receipt
         * @instance
         */
        Receipt.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Receipt index.
         * @member {number} index
         * @memberof poco.Receipt
         * @instance
         */
        Receipt.prototype.index = 0;

        /**
         * Receipt errorCode.
         * @member {string} errorCode
         * @memberof poco.Receipt
         * @instance
         */
        Receipt.prototype.errorCode = "";

        /**
         * Receipt errorMessage.
         * @member {string} errorMessage
         * @memberof poco.Receipt
         * @instance
         */
        Receipt.prototype.errorMessage = "";

        /**
         * Creates a new Receipt instance using the specified properties.
         * @function create
         * @memberof poco.Receipt
         * @static
         * @param {poco.Receipt.$Properties=} [properties] Properties to set
         * @returns {poco.Receipt} Receipt instance
         * @type {{
         *   (properties: poco.Receipt.$Shape): poco.Receipt & poco.Receipt.$Shape;
         *   (properties?: poco.Receipt.$Properties): poco.Receipt;
         * }}
         */
        Receipt.create = function(properties) {
            return new Receipt(properties);
        };

        /**
         * Encodes the specified Receipt message. Does not implicitly {@link poco.Receipt.verify|verify} messages.
         * @function encode
         * @memberof poco.Receipt
         * @static
         * @param {poco.Receipt.$Properties} message Receipt message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Receipt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash") && message.txHash.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.txHash);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.index);
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorCode);
            if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.errorMessage);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Receipt message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Receipt
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Receipt & poco.Receipt.$Shape} Receipt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Receipt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Receipt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.txHash = value;
                        else
                            delete message.txHash;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorCode = value;
                        else
                            delete message.errorCode;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorMessage = value;
                        else
                            delete message.errorMessage;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Receipt
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Receipt} Receipt
         */
        Receipt.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Receipt)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Receipt: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Receipt();
            if (object.txHash != null)
                if (object.txHash.length)
                    if (typeof object.txHash === "string")
                        $util.base64.decode(object.txHash, message.txHash = $util.newBuffer($util.base64.length(object.txHash)), 0);
                    else if (object.txHash.length >= 0)
                        message.txHash = object.txHash;
            if (object.height != null)
                if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                    if ($util.Long)
                        message.height = $util.Long.fromValue(object.height, true);
                    else if (typeof object.height === "string")
                        message.height = $parseInt(object.height, 10);
                    else if (typeof object.height === "number")
                        message.height = object.height;
                    else if (typeof object.height === "object")
                        message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
            if (object.index != null)
                if ($Number(object.index) !== 0)
                    message.index = object.index >>> 0;
            if (object.errorCode != null)
                if (typeof object.errorCode !== "string" || object.errorCode.length)
                    message.errorCode = $String(object.errorCode);
            if (object.errorMessage != null)
                if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                    message.errorMessage = $String(object.errorMessage);
            return message;
        };

        /**
         * Creates a plain object from a Receipt message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Receipt
         * @static
         * @param {poco.Receipt} message Receipt
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Receipt.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.txHash = "";
                else {
                    object.txHash = [];
                    if (options.bytes !== $Array)
                        object.txHash = $util.newBuffer(object.txHash);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.index = 0;
                object.errorCode = "";
                object.errorMessage = "";
            }
            if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash"))
                object.txHash = options.bytes === $String ? $util.base64.encode(message.txHash, 0, message.txHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txHash) : message.txHash;
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                else if (typeof message.height === "number")
                    object.height = options.longs === $String ? $String(message.height) : message.height;
                else
                    object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                object.errorCode = message.errorCode;
            if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                object.errorMessage = message.errorMessage;
            return object;
        };

        /**
         * Converts this Receipt to JSON.
         * @function toJSON
         * @memberof poco.Receipt
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Receipt.prototype.toJSON = function() {
            return Receipt.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Receipt;
    })();

    poco.Account = (function() {

        /**
         * Properties of an Account.
         * @typedef {Object} poco.Account.$Properties
         * @property {Uint8Array|null} [balance] Account balance
         * @property {number|Long|null} [nonce] Account nonce
         * @property {Uint8Array|null} [stake] Account stake
         * @property {Uint8Array|null} [locked] Account locked
         * @property {Uint8Array|null} [bonded] Account bonded
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Account.
         * @memberof poco
         * @interface IAccount
         * @augments poco.Account.$Properties
         * @deprecated Use poco.Account.$Properties instead.
         */

        /**
         * Shape of an Account.
         * @typedef {poco.Account.$Properties} poco.Account.$Shape
         */

        /**
         * Constructs a new Account.
         * @memberof poco
         * @classdesc Represents an Account.
         * @constructor
         * @param {poco.Account.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Account = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Account balance.
         * @member {Uint8Array} balance
         * @memberof poco.Account
         * @instance
         */
        Account.prototype.balance = $util.newBuffer([]);

        /**
         * Account nonce.
         * @member {number|Long} nonce
         * @memberof poco.Account
         * @instance
         */
        Account.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Account stake.
         * @member {Uint8Array} stake
         * @memberof poco.Account
         * @instance
         */
        Account.prototype.stake = $util.newBuffer([]);

        /**
         * Account locked.
         * @member {Uint8Array} locked
         * @memberof poco.Account
         * @instance
         */
        Account.prototype.locked = $util.newBuffer([]);

        /**
         * Account bonded.
         * @member {Uint8Array} bonded
         * @memberof poco.Account
         * @instance
         */
        Account.prototype.bonded = $util.newBuffer([]);

        /**
         * Creates a new Account instance using the specified properties.
         * @function create
         * @memberof poco.Account
         * @static
         * @param {poco.Account.$Properties=} [properties] Properties to set
         * @returns {poco.Account} Account instance
         * @type {{
         *   (properties: poco.Account.$Shape): poco.Account & poco.Account.$Shape;
         *   (properties?: poco.Account.$Properties): poco.Account;
         * }}
         */
        Account.create = function(properties) {
            return new Account(properties);
        };

        /**
         * Encodes the specified Account message. Does not implicitly {@link poco.Account.verify|verify} messages.
         * @function encode
         * @memberof poco.Account
         * @static
         * @param {poco.Account.$Properties} message Account message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Account.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.balance != null && $Object.hasOwnProperty.call(message, "balance") && message.balance.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.balance);
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nonce);
            if (message.stake != null && $Object.hasOwnProperty.call(message, "stake") && message.stake.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.stake);
            if (message.locked != null && $Object.hasOwnProperty.call(message, "locked") && message.locked.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.locked);
            if (message.bonded != null && $Object.hasOwnProperty.call(message, "bonded") && message.bonded.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.bonded);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Account message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Account
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Account & poco.Account.$Shape} Account
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Account.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Account();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.balance = value;
                        else
                            delete message.balance;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.nonce = value;
                        else
                            delete message.nonce;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.stake = value;
                        else
                            delete message.stake;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.locked = value;
                        else
                            delete message.locked;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.bonded = value;
                        else
                            delete message.bonded;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates an Account message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Account
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Account} Account
         */
        Account.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Account)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Account: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Account();
            if (object.balance != null)
                if (object.balance.length)
                    if (typeof object.balance === "string")
                        $util.base64.decode(object.balance, message.balance = $util.newBuffer($util.base64.length(object.balance)), 0);
                    else if (object.balance.length >= 0)
                        message.balance = object.balance;
            if (object.nonce != null)
                if (typeof object.nonce === "object" ? object.nonce.low || object.nonce.high : $Number(object.nonce) !== 0)
                    if ($util.Long)
                        message.nonce = $util.Long.fromValue(object.nonce, true);
                    else if (typeof object.nonce === "string")
                        message.nonce = $parseInt(object.nonce, 10);
                    else if (typeof object.nonce === "number")
                        message.nonce = object.nonce;
                    else if (typeof object.nonce === "object")
                        message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
            if (object.stake != null)
                if (object.stake.length)
                    if (typeof object.stake === "string")
                        $util.base64.decode(object.stake, message.stake = $util.newBuffer($util.base64.length(object.stake)), 0);
                    else if (object.stake.length >= 0)
                        message.stake = object.stake;
            if (object.locked != null)
                if (object.locked.length)
                    if (typeof object.locked === "string")
                        $util.base64.decode(object.locked, message.locked = $util.newBuffer($util.base64.length(object.locked)), 0);
                    else if (object.locked.length >= 0)
                        message.locked = object.locked;
            if (object.bonded != null)
                if (object.bonded.length)
                    if (typeof object.bonded === "string")
                        $util.base64.decode(object.bonded, message.bonded = $util.newBuffer($util.base64.length(object.bonded)), 0);
                    else if (object.bonded.length >= 0)
                        message.bonded = object.bonded;
            return message;
        };

        /**
         * Creates a plain object from an Account message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Account
         * @static
         * @param {poco.Account} message Account
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Account.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.balance = "";
                else {
                    object.balance = [];
                    if (options.bytes !== $Array)
                        object.balance = $util.newBuffer(object.balance);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.nonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.nonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.stake = "";
                else {
                    object.stake = [];
                    if (options.bytes !== $Array)
                        object.stake = $util.newBuffer(object.stake);
                }
                if (options.bytes === $String)
                    object.locked = "";
                else {
                    object.locked = [];
                    if (options.bytes !== $Array)
                        object.locked = $util.newBuffer(object.locked);
                }
                if (options.bytes === $String)
                    object.bonded = "";
                else {
                    object.bonded = [];
                    if (options.bytes !== $Array)
                        object.bonded = $util.newBuffer(object.bonded);
                }
            }
            if (message.balance != null && $Object.hasOwnProperty.call(message, "balance"))
                object.balance = options.bytes === $String ? $util.base64.encode(message.balance, 0, message.balance.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.balance) : message.balance;
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.nonce = typeof message.nonce === "number" ? $BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                else if (typeof message.nonce === "number")
                    object.nonce = options.longs === $String ? $String(message.nonce) : message.nonce;
                else
                    object.nonce = options.longs === $String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === $Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
            if (message.stake != null && $Object.hasOwnProperty.call(message, "stake"))
                object.stake = options.bytes === $String ? $util.base64.encode(message.stake, 0, message.stake.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stake) : message.stake;
            if (message.locked != null && $Object.hasOwnProperty.call(message, "locked"))
                object.locked = options.bytes === $String ? $util.base64.encode(message.locked, 0, message.locked.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.locked) : message.locked;
            if (message.bonded != null && $Object.hasOwnProperty.call(message, "bonded"))
                object.bonded = options.bytes === $String ? $util.base64.encode(message.bonded, 0, message.bonded.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bonded) : message.bonded;
            return object;
        };

        /**
         * Converts this Account to JSON.
         * @function toJSON
         * @memberof poco.Account
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Account.prototype.toJSON = function() {
            return Account.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Account;
    })();

    poco.AppRecord = (function() {

        /**
         * Properties of an AppRecord.
         * @typedef {Object} poco.AppRecord.$Properties
         * @property {Uint8Array|null} [owner] AppRecord owner
         * @property {string|null} [name] AppRecord name
         * @property {string|null} [uri] AppRecord uri
         * @property {Uint8Array|null} [checksum] AppRecord checksum
         * @property {Uint8Array|null} [mrenclave] AppRecord mrenclave
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AppRecord.
         * @memberof poco
         * @interface IAppRecord
         * @augments poco.AppRecord.$Properties
         * @deprecated Use poco.AppRecord.$Properties instead.
         */

        /**
         * Shape of an AppRecord.
         * @typedef {poco.AppRecord.$Properties} poco.AppRecord.$Shape
         */

        /**
         * Constructs a new AppRecord.
         * @memberof poco
         * @classdesc Represents an AppRecord.
         * @constructor
         * @param {poco.AppRecord.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AppRecord = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AppRecord owner.
         * @member {Uint8Array} owner
         * @memberof poco.AppRecord
         * @instance
         */
        AppRecord.prototype.owner = $util.newBuffer([]);

        /**
         * AppRecord name.
         * @member {string} name
         * @memberof poco.AppRecord
         * @instance
         */
        AppRecord.prototype.name = "";

        /**
         * AppRecord uri.
         * @member {string} uri
         * @memberof poco.AppRecord
         * @instance
         */
        AppRecord.prototype.uri = "";

        /**
         * AppRecord checksum.
         * @member {Uint8Array} checksum
         * @memberof poco.AppRecord
         * @instance
         */
        AppRecord.prototype.checksum = $util.newBuffer([]);

        /**
         * AppRecord mrenclave.
         * @member {Uint8Array} mrenclave
         * @memberof poco.AppRecord
         * @instance
         */
        AppRecord.prototype.mrenclave = $util.newBuffer([]);

        /**
         * Creates a new AppRecord instance using the specified properties.
         * @function create
         * @memberof poco.AppRecord
         * @static
         * @param {poco.AppRecord.$Properties=} [properties] Properties to set
         * @returns {poco.AppRecord} AppRecord instance
         * @type {{
         *   (properties: poco.AppRecord.$Shape): poco.AppRecord & poco.AppRecord.$Shape;
         *   (properties?: poco.AppRecord.$Properties): poco.AppRecord;
         * }}
         */
        AppRecord.create = function(properties) {
            return new AppRecord(properties);
        };

        /**
         * Encodes the specified AppRecord message. Does not implicitly {@link poco.AppRecord.verify|verify} messages.
         * @function encode
         * @memberof poco.AppRecord
         * @static
         * @param {poco.AppRecord.$Properties} message AppRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AppRecord.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.owner);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.uri);
            if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.checksum);
            if (message.mrenclave != null && $Object.hasOwnProperty.call(message, "mrenclave") && message.mrenclave.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.mrenclave);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AppRecord message from the specified reader or buffer.
         * @function decode
         * @memberof poco.AppRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.AppRecord & poco.AppRecord.$Shape} AppRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AppRecord.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.AppRecord();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.owner = value;
                        else
                            delete message.owner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uri = value;
                        else
                            delete message.uri;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.checksum = value;
                        else
                            delete message.checksum;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.mrenclave = value;
                        else
                            delete message.mrenclave;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates an AppRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.AppRecord
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.AppRecord} AppRecord
         */
        AppRecord.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.AppRecord)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.AppRecord: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.AppRecord();
            if (object.owner != null)
                if (object.owner.length)
                    if (typeof object.owner === "string")
                        $util.base64.decode(object.owner, message.owner = $util.newBuffer($util.base64.length(object.owner)), 0);
                    else if (object.owner.length >= 0)
                        message.owner = object.owner;
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.uri != null)
                if (typeof object.uri !== "string" || object.uri.length)
                    message.uri = $String(object.uri);
            if (object.checksum != null)
                if (object.checksum.length)
                    if (typeof object.checksum === "string")
                        $util.base64.decode(object.checksum, message.checksum = $util.newBuffer($util.base64.length(object.checksum)), 0);
                    else if (object.checksum.length >= 0)
                        message.checksum = object.checksum;
            if (object.mrenclave != null)
                if (object.mrenclave.length)
                    if (typeof object.mrenclave === "string")
                        $util.base64.decode(object.mrenclave, message.mrenclave = $util.newBuffer($util.base64.length(object.mrenclave)), 0);
                    else if (object.mrenclave.length >= 0)
                        message.mrenclave = object.mrenclave;
            return message;
        };

        /**
         * Creates a plain object from an AppRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.AppRecord
         * @static
         * @param {poco.AppRecord} message AppRecord
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AppRecord.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.owner = "";
                else {
                    object.owner = [];
                    if (options.bytes !== $Array)
                        object.owner = $util.newBuffer(object.owner);
                }
                object.name = "";
                object.uri = "";
                if (options.bytes === $String)
                    object.checksum = "";
                else {
                    object.checksum = [];
                    if (options.bytes !== $Array)
                        object.checksum = $util.newBuffer(object.checksum);
                }
                if (options.bytes === $String)
                    object.mrenclave = "";
                else {
                    object.mrenclave = [];
                    if (options.bytes !== $Array)
                        object.mrenclave = $util.newBuffer(object.mrenclave);
                }
            }
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                object.owner = options.bytes === $String ? $util.base64.encode(message.owner, 0, message.owner.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.owner) : message.owner;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                object.uri = message.uri;
            if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                object.checksum = options.bytes === $String ? $util.base64.encode(message.checksum, 0, message.checksum.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.checksum) : message.checksum;
            if (message.mrenclave != null && $Object.hasOwnProperty.call(message, "mrenclave"))
                object.mrenclave = options.bytes === $String ? $util.base64.encode(message.mrenclave, 0, message.mrenclave.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.mrenclave) : message.mrenclave;
            return object;
        };

        /**
         * Converts this AppRecord to JSON.
         * @function toJSON
         * @memberof poco.AppRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AppRecord.prototype.toJSON = function() {
            return AppRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AppRecord;
    })();

    poco.DatasetRecord = (function() {

        /**
         * Properties of a DatasetRecord.
         * @typedef {Object} poco.DatasetRecord.$Properties
         * @property {Uint8Array|null} [owner] DatasetRecord owner
         * @property {string|null} [name] DatasetRecord name
         * @property {string|null} [uri] DatasetRecord uri
         * @property {Uint8Array|null} [checksum] DatasetRecord checksum
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DatasetRecord.
         * @memberof poco
         * @interface IDatasetRecord
         * @augments poco.DatasetRecord.$Properties
         * @deprecated Use poco.DatasetRecord.$Properties instead.
         */

        /**
         * Shape of a DatasetRecord.
         * @typedef {poco.DatasetRecord.$Properties} poco.DatasetRecord.$Shape
         */

        /**
         * Constructs a new DatasetRecord.
         * @memberof poco
         * @classdesc Represents a DatasetRecord.
         * @constructor
         * @param {poco.DatasetRecord.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DatasetRecord = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DatasetRecord owner.
         * @member {Uint8Array} owner
         * @memberof poco.DatasetRecord
         * @instance
         */
        DatasetRecord.prototype.owner = $util.newBuffer([]);

        /**
         * DatasetRecord name.
         * @member {string} name
         * @memberof poco.DatasetRecord
         * @instance
         */
        DatasetRecord.prototype.name = "";

        /**
         * DatasetRecord uri.
         * @member {string} uri
         * @memberof poco.DatasetRecord
         * @instance
         */
        DatasetRecord.prototype.uri = "";

        /**
         * DatasetRecord checksum.
         * @member {Uint8Array} checksum
         * @memberof poco.DatasetRecord
         * @instance
         */
        DatasetRecord.prototype.checksum = $util.newBuffer([]);

        /**
         * Creates a new DatasetRecord instance using the specified properties.
         * @function create
         * @memberof poco.DatasetRecord
         * @static
         * @param {poco.DatasetRecord.$Properties=} [properties] Properties to set
         * @returns {poco.DatasetRecord} DatasetRecord instance
         * @type {{
         *   (properties: poco.DatasetRecord.$Shape): poco.DatasetRecord & poco.DatasetRecord.$Shape;
         *   (properties?: poco.DatasetRecord.$Properties): poco.DatasetRecord;
         * }}
         */
        DatasetRecord.create = function(properties) {
            return new DatasetRecord(properties);
        };

        /**
         * Encodes the specified DatasetRecord message. Does not implicitly {@link poco.DatasetRecord.verify|verify} messages.
         * @function encode
         * @memberof poco.DatasetRecord
         * @static
         * @param {poco.DatasetRecord.$Properties} message DatasetRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DatasetRecord.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.owner);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.uri);
            if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.checksum);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DatasetRecord message from the specified reader or buffer.
         * @function decode
         * @memberof poco.DatasetRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.DatasetRecord & poco.DatasetRecord.$Shape} DatasetRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DatasetRecord.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.DatasetRecord();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.owner = value;
                        else
                            delete message.owner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uri = value;
                        else
                            delete message.uri;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.checksum = value;
                        else
                            delete message.checksum;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a DatasetRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.DatasetRecord
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.DatasetRecord} DatasetRecord
         */
        DatasetRecord.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.DatasetRecord)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.DatasetRecord: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.DatasetRecord();
            if (object.owner != null)
                if (object.owner.length)
                    if (typeof object.owner === "string")
                        $util.base64.decode(object.owner, message.owner = $util.newBuffer($util.base64.length(object.owner)), 0);
                    else if (object.owner.length >= 0)
                        message.owner = object.owner;
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.uri != null)
                if (typeof object.uri !== "string" || object.uri.length)
                    message.uri = $String(object.uri);
            if (object.checksum != null)
                if (object.checksum.length)
                    if (typeof object.checksum === "string")
                        $util.base64.decode(object.checksum, message.checksum = $util.newBuffer($util.base64.length(object.checksum)), 0);
                    else if (object.checksum.length >= 0)
                        message.checksum = object.checksum;
            return message;
        };

        /**
         * Creates a plain object from a DatasetRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.DatasetRecord
         * @static
         * @param {poco.DatasetRecord} message DatasetRecord
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DatasetRecord.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.owner = "";
                else {
                    object.owner = [];
                    if (options.bytes !== $Array)
                        object.owner = $util.newBuffer(object.owner);
                }
                object.name = "";
                object.uri = "";
                if (options.bytes === $String)
                    object.checksum = "";
                else {
                    object.checksum = [];
                    if (options.bytes !== $Array)
                        object.checksum = $util.newBuffer(object.checksum);
                }
            }
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                object.owner = options.bytes === $String ? $util.base64.encode(message.owner, 0, message.owner.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.owner) : message.owner;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                object.uri = message.uri;
            if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                object.checksum = options.bytes === $String ? $util.base64.encode(message.checksum, 0, message.checksum.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.checksum) : message.checksum;
            return object;
        };

        /**
         * Converts this DatasetRecord to JSON.
         * @function toJSON
         * @memberof poco.DatasetRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DatasetRecord.prototype.toJSON = function() {
            return DatasetRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DatasetRecord;
    })();

    poco.WorkerpoolRecord = (function() {

        /**
         * Properties of a WorkerpoolRecord.
         * @typedef {Object} poco.WorkerpoolRecord.$Properties
         * @property {Uint8Array|null} [owner] WorkerpoolRecord owner
         * @property {string|null} [description] WorkerpoolRecord description
         * @property {number|null} [schedulerRewardRatio] WorkerpoolRecord schedulerRewardRatio
         * @property {number|null} [powerEfficiency] WorkerpoolRecord powerEfficiency
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkerpoolRecord.
         * @memberof poco
         * @interface IWorkerpoolRecord
         * @augments poco.WorkerpoolRecord.$Properties
         * @deprecated Use poco.WorkerpoolRecord.$Properties instead.
         */

        /**
         * Shape of a WorkerpoolRecord.
         * @typedef {poco.WorkerpoolRecord.$Properties} poco.WorkerpoolRecord.$Shape
         */

        /**
         * Constructs a new WorkerpoolRecord.
         * @memberof poco
         * @classdesc Represents a WorkerpoolRecord.
         * @constructor
         * @param {poco.WorkerpoolRecord.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkerpoolRecord = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WorkerpoolRecord owner.
         * @member {Uint8Array} owner
         * @memberof poco.WorkerpoolRecord
         * @instance
         */
        WorkerpoolRecord.prototype.owner = $util.newBuffer([]);

        /**
         * WorkerpoolRecord description.
         * @member {string} description
         * @memberof poco.WorkerpoolRecord
         * @instance
         */
        WorkerpoolRecord.prototype.description = "";

        /**
         * WorkerpoolRecord schedulerRewardRatio.
         * @member {number} schedulerRewardRatio
         * @memberof poco.WorkerpoolRecord
         * @instance
         */
        WorkerpoolRecord.prototype.schedulerRewardRatio = 0;

        /**
         * WorkerpoolRecord powerEfficiency.
         * @member {number} powerEfficiency
         * @memberof poco.WorkerpoolRecord
         * @instance
         */
        WorkerpoolRecord.prototype.powerEfficiency = 0;

        /**
         * Creates a new WorkerpoolRecord instance using the specified properties.
         * @function create
         * @memberof poco.WorkerpoolRecord
         * @static
         * @param {poco.WorkerpoolRecord.$Properties=} [properties] Properties to set
         * @returns {poco.WorkerpoolRecord} WorkerpoolRecord instance
         * @type {{
         *   (properties: poco.WorkerpoolRecord.$Shape): poco.WorkerpoolRecord & poco.WorkerpoolRecord.$Shape;
         *   (properties?: poco.WorkerpoolRecord.$Properties): poco.WorkerpoolRecord;
         * }}
         */
        WorkerpoolRecord.create = function(properties) {
            return new WorkerpoolRecord(properties);
        };

        /**
         * Encodes the specified WorkerpoolRecord message. Does not implicitly {@link poco.WorkerpoolRecord.verify|verify} messages.
         * @function encode
         * @memberof poco.WorkerpoolRecord
         * @static
         * @param {poco.WorkerpoolRecord.$Properties} message WorkerpoolRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerpoolRecord.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.owner);
            if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
            if (message.schedulerRewardRatio != null && $Object.hasOwnProperty.call(message, "schedulerRewardRatio") && message.schedulerRewardRatio !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.schedulerRewardRatio);
            if (message.powerEfficiency != null && $Object.hasOwnProperty.call(message, "powerEfficiency") && message.powerEfficiency !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.powerEfficiency);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WorkerpoolRecord message from the specified reader or buffer.
         * @function decode
         * @memberof poco.WorkerpoolRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.WorkerpoolRecord & poco.WorkerpoolRecord.$Shape} WorkerpoolRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerpoolRecord.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.WorkerpoolRecord();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.owner = value;
                        else
                            delete message.owner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.description = value;
                        else
                            delete message.description;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.schedulerRewardRatio = value;
                        else
                            delete message.schedulerRewardRatio;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.powerEfficiency = value;
                        else
                            delete message.powerEfficiency;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a WorkerpoolRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.WorkerpoolRecord
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.WorkerpoolRecord} WorkerpoolRecord
         */
        WorkerpoolRecord.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.WorkerpoolRecord)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.WorkerpoolRecord: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.WorkerpoolRecord();
            if (object.owner != null)
                if (object.owner.length)
                    if (typeof object.owner === "string")
                        $util.base64.decode(object.owner, message.owner = $util.newBuffer($util.base64.length(object.owner)), 0);
                    else if (object.owner.length >= 0)
                        message.owner = object.owner;
            if (object.description != null)
                if (typeof object.description !== "string" || object.description.length)
                    message.description = $String(object.description);
            if (object.schedulerRewardRatio != null)
                if ($Number(object.schedulerRewardRatio) !== 0)
                    message.schedulerRewardRatio = object.schedulerRewardRatio >>> 0;
            if (object.powerEfficiency != null)
                if ($Number(object.powerEfficiency) !== 0)
                    message.powerEfficiency = object.powerEfficiency >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a WorkerpoolRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.WorkerpoolRecord
         * @static
         * @param {poco.WorkerpoolRecord} message WorkerpoolRecord
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkerpoolRecord.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.owner = "";
                else {
                    object.owner = [];
                    if (options.bytes !== $Array)
                        object.owner = $util.newBuffer(object.owner);
                }
                object.description = "";
                object.schedulerRewardRatio = 0;
                object.powerEfficiency = 0;
            }
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                object.owner = options.bytes === $String ? $util.base64.encode(message.owner, 0, message.owner.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.owner) : message.owner;
            if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                object.description = message.description;
            if (message.schedulerRewardRatio != null && $Object.hasOwnProperty.call(message, "schedulerRewardRatio"))
                object.schedulerRewardRatio = message.schedulerRewardRatio;
            if (message.powerEfficiency != null && $Object.hasOwnProperty.call(message, "powerEfficiency"))
                object.powerEfficiency = message.powerEfficiency;
            return object;
        };

        /**
         * Converts this WorkerpoolRecord to JSON.
         * @function toJSON
         * @memberof poco.WorkerpoolRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkerpoolRecord.prototype.toJSON = function() {
            return WorkerpoolRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WorkerpoolRecord;
    })();

    poco.CategoryRecord = (function() {

        /**
         * Properties of a CategoryRecord.
         * @typedef {Object} poco.CategoryRecord.$Properties
         * @property {string|null} [name] CategoryRecord name
         * @property {string|null} [description] CategoryRecord description
         * @property {number|Long|null} [workClockTimeRef] CategoryRecord workClockTimeRef
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CategoryRecord.
         * @memberof poco
         * @interface ICategoryRecord
         * @augments poco.CategoryRecord.$Properties
         * @deprecated Use poco.CategoryRecord.$Properties instead.
         */

        /**
         * Shape of a CategoryRecord.
         * @typedef {poco.CategoryRecord.$Properties} poco.CategoryRecord.$Shape
         */

        /**
         * Constructs a new CategoryRecord.
         * @memberof poco
         * @classdesc Represents a CategoryRecord.
         * @constructor
         * @param {poco.CategoryRecord.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CategoryRecord = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CategoryRecord name.
         * @member {string} name
         * @memberof poco.CategoryRecord
         * @instance
         */
        CategoryRecord.prototype.name = "";

        /**
         * CategoryRecord description.
         * @member {string} description
         * @memberof poco.CategoryRecord
         * @instance
         */
        CategoryRecord.prototype.description = "";

        /**
         * CategoryRecord workClockTimeRef.
         * @member {number|Long} workClockTimeRef
         * @memberof poco.CategoryRecord
         * @instance
         */
        CategoryRecord.prototype.workClockTimeRef = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new CategoryRecord instance using the specified properties.
         * @function create
         * @memberof poco.CategoryRecord
         * @static
         * @param {poco.CategoryRecord.$Properties=} [properties] Properties to set
         * @returns {poco.CategoryRecord} CategoryRecord instance
         * @type {{
         *   (properties: poco.CategoryRecord.$Shape): poco.CategoryRecord & poco.CategoryRecord.$Shape;
         *   (properties?: poco.CategoryRecord.$Properties): poco.CategoryRecord;
         * }}
         */
        CategoryRecord.create = function(properties) {
            return new CategoryRecord(properties);
        };

        /**
         * Encodes the specified CategoryRecord message. Does not implicitly {@link poco.CategoryRecord.verify|verify} messages.
         * @function encode
         * @memberof poco.CategoryRecord
         * @static
         * @param {poco.CategoryRecord.$Properties} message CategoryRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CategoryRecord.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
            if (message.workClockTimeRef != null && $Object.hasOwnProperty.call(message, "workClockTimeRef") && (typeof message.workClockTimeRef === "object" ? message.workClockTimeRef.low || message.workClockTimeRef.high : message.workClockTimeRef !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.workClockTimeRef);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CategoryRecord message from the specified reader or buffer.
         * @function decode
         * @memberof poco.CategoryRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.CategoryRecord & poco.CategoryRecord.$Shape} CategoryRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CategoryRecord.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.CategoryRecord();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.description = value;
                        else
                            delete message.description;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.workClockTimeRef = value;
                        else
                            delete message.workClockTimeRef;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a CategoryRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.CategoryRecord
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.CategoryRecord} CategoryRecord
         */
        CategoryRecord.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.CategoryRecord)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.CategoryRecord: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.CategoryRecord();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.description != null)
                if (typeof object.description !== "string" || object.description.length)
                    message.description = $String(object.description);
            if (object.workClockTimeRef != null)
                if (typeof object.workClockTimeRef === "object" ? object.workClockTimeRef.low || object.workClockTimeRef.high : $Number(object.workClockTimeRef) !== 0)
                    if ($util.Long)
                        message.workClockTimeRef = $util.Long.fromValue(object.workClockTimeRef, true);
                    else if (typeof object.workClockTimeRef === "string")
                        message.workClockTimeRef = $parseInt(object.workClockTimeRef, 10);
                    else if (typeof object.workClockTimeRef === "number")
                        message.workClockTimeRef = object.workClockTimeRef;
                    else if (typeof object.workClockTimeRef === "object")
                        message.workClockTimeRef = new $util.LongBits(object.workClockTimeRef.low >>> 0, object.workClockTimeRef.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a CategoryRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.CategoryRecord
         * @static
         * @param {poco.CategoryRecord} message CategoryRecord
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CategoryRecord.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.description = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.workClockTimeRef = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.workClockTimeRef = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                object.description = message.description;
            if (message.workClockTimeRef != null && $Object.hasOwnProperty.call(message, "workClockTimeRef"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.workClockTimeRef = typeof message.workClockTimeRef === "number" ? $BigInt(message.workClockTimeRef) : $util.Long.fromBits(message.workClockTimeRef.low >>> 0, message.workClockTimeRef.high >>> 0, true).toBigInt();
                else if (typeof message.workClockTimeRef === "number")
                    object.workClockTimeRef = options.longs === $String ? $String(message.workClockTimeRef) : message.workClockTimeRef;
                else
                    object.workClockTimeRef = options.longs === $String ? $util.Long.prototype.toString.call(message.workClockTimeRef) : options.longs === $Number ? new $util.LongBits(message.workClockTimeRef.low >>> 0, message.workClockTimeRef.high >>> 0).toNumber(true) : message.workClockTimeRef;
            return object;
        };

        /**
         * Converts this CategoryRecord to JSON.
         * @function toJSON
         * @memberof poco.CategoryRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CategoryRecord.prototype.toJSON = function() {
            return CategoryRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CategoryRecord;
    })();

    poco.WorkerHeartbeat = (function() {

        /**
         * Properties of a WorkerHeartbeat.
         * @typedef {Object} poco.WorkerHeartbeat.$Properties
         * @property {Uint8Array|null} [worker] WorkerHeartbeat worker
         * @property {number|Long|null} [seq] WorkerHeartbeat seq
         * @property {number|Long|null} [timeMs] WorkerHeartbeat timeMs
         * @property {number|null} [capacity] WorkerHeartbeat capacity
         * @property {Uint8Array|null} [tags] WorkerHeartbeat tags
         * @property {number|null} [powerEfficiency] WorkerHeartbeat powerEfficiency
         * @property {Array.<string>|null} [multiaddrs] WorkerHeartbeat multiaddrs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkerHeartbeat.
         * @memberof poco
         * @interface IWorkerHeartbeat
         * @augments poco.WorkerHeartbeat.$Properties
         * @deprecated Use poco.WorkerHeartbeat.$Properties instead.
         */

        /**
         * Shape of a WorkerHeartbeat.
         * @typedef {poco.WorkerHeartbeat.$Properties} poco.WorkerHeartbeat.$Shape
         */

        /**
         * Constructs a new WorkerHeartbeat.
         * @memberof poco
         * @classdesc Represents a WorkerHeartbeat.
         * @constructor
         * @param {poco.WorkerHeartbeat.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkerHeartbeat = function (properties) {
            this.multiaddrs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WorkerHeartbeat worker.
         * @member {Uint8Array} worker
         * @memberof poco.WorkerHeartbeat
         * @instance
         */
        WorkerHeartbeat.prototype.worker = $util.newBuffer([]);

        /**
         * WorkerHeartbeat seq.
         * @member {number|Long} seq
         * @memberof poco.WorkerHeartbeat
         * @instance
         */
        WorkerHeartbeat.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerHeartbeat timeMs.
         * @member {number|Long} timeMs
         * @memberof poco.WorkerHeartbeat
         * @instance
         */
        WorkerHeartbeat.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerHeartbeat capacity.
         * @member {number} capacity
         * @memberof poco.WorkerHeartbeat
         * @instance
         */
        WorkerHeartbeat.prototype.capacity = 0;

        /**
         * WorkerHeartbeat tags.
         * @member {Uint8Array} tags
         * @memberof poco.WorkerHeartbeat
         * @instance
         */
        WorkerHeartbeat.prototype.tags = $util.newBuffer([]);

        /**
         * WorkerHeartbeat powerEfficiency.
         * @member {number} powerEfficiency
         * @memberof poco.WorkerHeartbeat
         * @instance
         */
        WorkerHeartbeat.prototype.powerEfficiency = 0;

        /**
         * WorkerHeartbeat multiaddrs.
         * @member {Array.<string>} multiaddrs
         * @memberof poco.WorkerHeartbeat
         * @instance
         */
        WorkerHeartbeat.prototype.multiaddrs = $util.emptyArray;

        /**
         * Creates a new WorkerHeartbeat instance using the specified properties.
         * @function create
         * @memberof poco.WorkerHeartbeat
         * @static
         * @param {poco.WorkerHeartbeat.$Properties=} [properties] Properties to set
         * @returns {poco.WorkerHeartbeat} WorkerHeartbeat instance
         * @type {{
         *   (properties: poco.WorkerHeartbeat.$Shape): poco.WorkerHeartbeat & poco.WorkerHeartbeat.$Shape;
         *   (properties?: poco.WorkerHeartbeat.$Properties): poco.WorkerHeartbeat;
         * }}
         */
        WorkerHeartbeat.create = function(properties) {
            return new WorkerHeartbeat(properties);
        };

        /**
         * Encodes the specified WorkerHeartbeat message. Does not implicitly {@link poco.WorkerHeartbeat.verify|verify} messages.
         * @function encode
         * @memberof poco.WorkerHeartbeat
         * @static
         * @param {poco.WorkerHeartbeat.$Properties} message WorkerHeartbeat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerHeartbeat.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.worker);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
            if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.timeMs);
            if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity") && message.capacity !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.capacity);
            if (message.tags != null && $Object.hasOwnProperty.call(message, "tags") && message.tags.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.tags);
            if (message.powerEfficiency != null && $Object.hasOwnProperty.call(message, "powerEfficiency") && message.powerEfficiency !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.powerEfficiency);
            if (message.multiaddrs != null && message.multiaddrs.length)
                for (let i = 0; i < message.multiaddrs.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.multiaddrs[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WorkerHeartbeat message from the specified reader or buffer.
         * @function decode
         * @memberof poco.WorkerHeartbeat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.WorkerHeartbeat & poco.WorkerHeartbeat.$Shape} WorkerHeartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerHeartbeat.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.WorkerHeartbeat();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.worker = value;
                        else
                            delete message.worker;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeMs = value;
                        else
                            delete message.timeMs;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.capacity = value;
                        else
                            delete message.capacity;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.tags = value;
                        else
                            delete message.tags;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.powerEfficiency = value;
                        else
                            delete message.powerEfficiency;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.multiaddrs && message.multiaddrs.length))
                            message.multiaddrs = [];
                        message.multiaddrs.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a WorkerHeartbeat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.WorkerHeartbeat
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.WorkerHeartbeat} WorkerHeartbeat
         */
        WorkerHeartbeat.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.WorkerHeartbeat)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.WorkerHeartbeat: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.WorkerHeartbeat();
            if (object.worker != null)
                if (object.worker.length)
                    if (typeof object.worker === "string")
                        $util.base64.decode(object.worker, message.worker = $util.newBuffer($util.base64.length(object.worker)), 0);
                    else if (object.worker.length >= 0)
                        message.worker = object.worker;
            if (object.seq != null)
                if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                    if ($util.Long)
                        message.seq = $util.Long.fromValue(object.seq, true);
                    else if (typeof object.seq === "string")
                        message.seq = $parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
            if (object.timeMs != null)
                if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                    if ($util.Long)
                        message.timeMs = $util.Long.fromValue(object.timeMs, true);
                    else if (typeof object.timeMs === "string")
                        message.timeMs = $parseInt(object.timeMs, 10);
                    else if (typeof object.timeMs === "number")
                        message.timeMs = object.timeMs;
                    else if (typeof object.timeMs === "object")
                        message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber(true);
            if (object.capacity != null)
                if ($Number(object.capacity) !== 0)
                    message.capacity = object.capacity >>> 0;
            if (object.tags != null)
                if (object.tags.length)
                    if (typeof object.tags === "string")
                        $util.base64.decode(object.tags, message.tags = $util.newBuffer($util.base64.length(object.tags)), 0);
                    else if (object.tags.length >= 0)
                        message.tags = object.tags;
            if (object.powerEfficiency != null)
                if ($Number(object.powerEfficiency) !== 0)
                    message.powerEfficiency = object.powerEfficiency >>> 0;
            if (object.multiaddrs) {
                if (!$Array.isArray(object.multiaddrs))
                    throw $TypeError(".poco.WorkerHeartbeat.multiaddrs: array expected");
                message.multiaddrs = $Array(object.multiaddrs.length);
                for (let i = 0; i < object.multiaddrs.length; ++i)
                    message.multiaddrs[i] = $String(object.multiaddrs[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a WorkerHeartbeat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.WorkerHeartbeat
         * @static
         * @param {poco.WorkerHeartbeat} message WorkerHeartbeat
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkerHeartbeat.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.multiaddrs = [];
            if (options.defaults) {
                if (options.bytes === $String)
                    object.worker = "";
                else {
                    object.worker = [];
                    if (options.bytes !== $Array)
                        object.worker = $util.newBuffer(object.worker);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.capacity = 0;
                if (options.bytes === $String)
                    object.tags = "";
                else {
                    object.tags = [];
                    if (options.bytes !== $Array)
                        object.tags = $util.newBuffer(object.tags);
                }
                object.powerEfficiency = 0;
            }
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = options.bytes === $String ? $util.base64.encode(message.worker, 0, message.worker.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.worker) : message.worker;
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                else if (typeof message.seq === "number")
                    object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                else
                    object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
            if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, true).toBigInt();
                else if (typeof message.timeMs === "number")
                    object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                else
                    object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber(true) : message.timeMs;
            if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                object.capacity = message.capacity;
            if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                object.tags = options.bytes === $String ? $util.base64.encode(message.tags, 0, message.tags.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tags) : message.tags;
            if (message.powerEfficiency != null && $Object.hasOwnProperty.call(message, "powerEfficiency"))
                object.powerEfficiency = message.powerEfficiency;
            if (message.multiaddrs && message.multiaddrs.length) {
                object.multiaddrs = $Array(message.multiaddrs.length);
                for (let j = 0; j < message.multiaddrs.length; ++j)
                    object.multiaddrs[j] = message.multiaddrs[j];
            }
            return object;
        };

        /**
         * Converts this WorkerHeartbeat to JSON.
         * @function toJSON
         * @memberof poco.WorkerHeartbeat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkerHeartbeat.prototype.toJSON = function() {
            return WorkerHeartbeat.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WorkerHeartbeat;
    })();

    poco.SignedHeartbeat = (function() {

        /**
         * Properties of a SignedHeartbeat.
         * @typedef {Object} poco.SignedHeartbeat.$Properties
         * @property {Uint8Array|null} [heartbeat] SignedHeartbeat heartbeat
         * @property {Uint8Array|null} [signature] SignedHeartbeat signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignedHeartbeat.
         * @memberof poco
         * @interface ISignedHeartbeat
         * @augments poco.SignedHeartbeat.$Properties
         * @deprecated Use poco.SignedHeartbeat.$Properties instead.
         */

        /**
         * Shape of a SignedHeartbeat.
         * @typedef {poco.SignedHeartbeat.$Properties} poco.SignedHeartbeat.$Shape
         */

        /**
         * Constructs a new SignedHeartbeat.
         * @memberof poco
         * @classdesc Represents a SignedHeartbeat.
         * @constructor
         * @param {poco.SignedHeartbeat.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignedHeartbeat = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SignedHeartbeat heartbeat.
         * @member {Uint8Array} heartbeat
         * @memberof poco.SignedHeartbeat
         * @instance
         */
        SignedHeartbeat.prototype.heartbeat = $util.newBuffer([]);

        /**
         * SignedHeartbeat signature.
         * @member {Uint8Array} signature
         * @memberof poco.SignedHeartbeat
         * @instance
         */
        SignedHeartbeat.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new SignedHeartbeat instance using the specified properties.
         * @function create
         * @memberof poco.SignedHeartbeat
         * @static
         * @param {poco.SignedHeartbeat.$Properties=} [properties] Properties to set
         * @returns {poco.SignedHeartbeat} SignedHeartbeat instance
         * @type {{
         *   (properties: poco.SignedHeartbeat.$Shape): poco.SignedHeartbeat & poco.SignedHeartbeat.$Shape;
         *   (properties?: poco.SignedHeartbeat.$Properties): poco.SignedHeartbeat;
         * }}
         */
        SignedHeartbeat.create = function(properties) {
            return new SignedHeartbeat(properties);
        };

        /**
         * Encodes the specified SignedHeartbeat message. Does not implicitly {@link poco.SignedHeartbeat.verify|verify} messages.
         * @function encode
         * @memberof poco.SignedHeartbeat
         * @static
         * @param {poco.SignedHeartbeat.$Properties} message SignedHeartbeat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignedHeartbeat.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat") && message.heartbeat.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.heartbeat);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SignedHeartbeat message from the specified reader or buffer.
         * @function decode
         * @memberof poco.SignedHeartbeat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.SignedHeartbeat & poco.SignedHeartbeat.$Shape} SignedHeartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignedHeartbeat.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.SignedHeartbeat();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.heartbeat = value;
                        else
                            delete message.heartbeat;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a SignedHeartbeat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.SignedHeartbeat
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.SignedHeartbeat} SignedHeartbeat
         */
        SignedHeartbeat.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.SignedHeartbeat)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.SignedHeartbeat: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.SignedHeartbeat();
            if (object.heartbeat != null)
                if (object.heartbeat.length)
                    if (typeof object.heartbeat === "string")
                        $util.base64.decode(object.heartbeat, message.heartbeat = $util.newBuffer($util.base64.length(object.heartbeat)), 0);
                    else if (object.heartbeat.length >= 0)
                        message.heartbeat = object.heartbeat;
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            return message;
        };

        /**
         * Creates a plain object from a SignedHeartbeat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.SignedHeartbeat
         * @static
         * @param {poco.SignedHeartbeat} message SignedHeartbeat
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SignedHeartbeat.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.heartbeat = "";
                else {
                    object.heartbeat = [];
                    if (options.bytes !== $Array)
                        object.heartbeat = $util.newBuffer(object.heartbeat);
                }
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
            }
            if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                object.heartbeat = options.bytes === $String ? $util.base64.encode(message.heartbeat, 0, message.heartbeat.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.heartbeat) : message.heartbeat;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            return object;
        };

        /**
         * Converts this SignedHeartbeat to JSON.
         * @function toJSON
         * @memberof poco.SignedHeartbeat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SignedHeartbeat.prototype.toJSON = function() {
            return SignedHeartbeat.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SignedHeartbeat;
    })();

    poco.StatusRequest = (function() {

        /**
         * Properties of a StatusRequest.
         * @typedef {Object} poco.StatusRequest.$Properties
         * @property {number|Long|null} [chainId] StatusRequest chainId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusRequest.
         * @memberof poco
         * @interface IStatusRequest
         * @augments poco.StatusRequest.$Properties
         * @deprecated Use poco.StatusRequest.$Properties instead.
         */

        /**
         * Shape of a StatusRequest.
         * @typedef {poco.StatusRequest.$Properties} poco.StatusRequest.$Shape
         */

        /**
         * Constructs a new StatusRequest.
         * @memberof poco
         * @classdesc Represents a StatusRequest.
         * @constructor
         * @param {poco.StatusRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StatusRequest chainId.
         * @member {number|Long} chainId
         * @memberof poco.StatusRequest
         * @instance
         */
        StatusRequest.prototype.chainId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @function create
         * @memberof poco.StatusRequest
         * @static
         * @param {poco.StatusRequest.$Properties=} [properties] Properties to set
         * @returns {poco.StatusRequest} StatusRequest instance
         * @type {{
         *   (properties: poco.StatusRequest.$Shape): poco.StatusRequest & poco.StatusRequest.$Shape;
         *   (properties?: poco.StatusRequest.$Properties): poco.StatusRequest;
         * }}
         */
        StatusRequest.create = function(properties) {
            return new StatusRequest(properties);
        };

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link poco.StatusRequest.verify|verify} messages.
         * @function encode
         * @memberof poco.StatusRequest
         * @static
         * @param {poco.StatusRequest.$Properties} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && (typeof message.chainId === "object" ? message.chainId.low || message.chainId.high : message.chainId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.chainId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof poco.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.StatusRequest & poco.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.StatusRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.StatusRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.StatusRequest} StatusRequest
         */
        StatusRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.StatusRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.StatusRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.StatusRequest();
            if (object.chainId != null)
                if (typeof object.chainId === "object" ? object.chainId.low || object.chainId.high : $Number(object.chainId) !== 0)
                    if ($util.Long)
                        message.chainId = $util.Long.fromValue(object.chainId, true);
                    else if (typeof object.chainId === "string")
                        message.chainId = $parseInt(object.chainId, 10);
                    else if (typeof object.chainId === "number")
                        message.chainId = object.chainId;
                    else if (typeof object.chainId === "object")
                        message.chainId = new $util.LongBits(object.chainId.low >>> 0, object.chainId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.StatusRequest
         * @static
         * @param {poco.StatusRequest} message StatusRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatusRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.chainId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chainId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chainId = typeof message.chainId === "number" ? $BigInt(message.chainId) : $util.Long.fromBits(message.chainId.low >>> 0, message.chainId.high >>> 0, true).toBigInt();
                else if (typeof message.chainId === "number")
                    object.chainId = options.longs === $String ? $String(message.chainId) : message.chainId;
                else
                    object.chainId = options.longs === $String ? $util.Long.prototype.toString.call(message.chainId) : options.longs === $Number ? new $util.LongBits(message.chainId.low >>> 0, message.chainId.high >>> 0).toNumber(true) : message.chainId;
            return object;
        };

        /**
         * Converts this StatusRequest to JSON.
         * @function toJSON
         * @memberof poco.StatusRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatusRequest.prototype.toJSON = function() {
            return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StatusRequest;
    })();

    poco.StatusResponse = (function() {

        /**
         * Properties of a StatusResponse.
         * @typedef {Object} poco.StatusResponse.$Properties
         * @property {number|Long|null} [chainId] StatusResponse chainId
         * @property {Uint8Array|null} [genesisHash] StatusResponse genesisHash
         * @property {number|Long|null} [height] StatusResponse height
         * @property {Uint8Array|null} [headHash] StatusResponse headHash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusResponse.
         * @memberof poco
         * @interface IStatusResponse
         * @augments poco.StatusResponse.$Properties
         * @deprecated Use poco.StatusResponse.$Properties instead.
         */

        /**
         * Shape of a StatusResponse.
         * @typedef {poco.StatusResponse.$Properties} poco.StatusResponse.$Shape
         */

        /**
         * Constructs a new StatusResponse.
         * @memberof poco
         * @classdesc Represents a StatusResponse.
         * @constructor
         * @param {poco.StatusResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StatusResponse chainId.
         * @member {number|Long} chainId
         * @memberof poco.StatusResponse
         * @instance
         */
        StatusResponse.prototype.chainId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse genesisHash.
         * @member {Uint8Array} genesisHash
         * @memberof poco.StatusResponse
         * @instance
         */
        StatusResponse.prototype.genesisHash = $util.newBuffer([]);

        /**
         * StatusResponse height.
         * @member {number|Long} height
         * @memberof poco.StatusResponse
         * @instance
         */
        StatusResponse.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse headHash.
         * @member {Uint8Array} headHash
         * @memberof poco.StatusResponse
         * @instance
         */
        StatusResponse.prototype.headHash = $util.newBuffer([]);

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @function create
         * @memberof poco.StatusResponse
         * @static
         * @param {poco.StatusResponse.$Properties=} [properties] Properties to set
         * @returns {poco.StatusResponse} StatusResponse instance
         * @type {{
         *   (properties: poco.StatusResponse.$Shape): poco.StatusResponse & poco.StatusResponse.$Shape;
         *   (properties?: poco.StatusResponse.$Properties): poco.StatusResponse;
         * }}
         */
        StatusResponse.create = function(properties) {
            return new StatusResponse(properties);
        };

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link poco.StatusResponse.verify|verify} messages.
         * @function encode
         * @memberof poco.StatusResponse
         * @static
         * @param {poco.StatusResponse.$Properties} message StatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && (typeof message.chainId === "object" ? message.chainId.low || message.chainId.high : message.chainId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.chainId);
            if (message.genesisHash != null && $Object.hasOwnProperty.call(message, "genesisHash") && message.genesisHash.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.genesisHash);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.height);
            if (message.headHash != null && $Object.hasOwnProperty.call(message, "headHash") && message.headHash.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.headHash);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @function decode
         * @memberof poco.StatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.StatusResponse & poco.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.StatusResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.genesisHash = value;
                        else
                            delete message.genesisHash;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.headHash = value;
                        else
                            delete message.headHash;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.StatusResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.StatusResponse} StatusResponse
         */
        StatusResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.StatusResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.StatusResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.StatusResponse();
            if (object.chainId != null)
                if (typeof object.chainId === "object" ? object.chainId.low || object.chainId.high : $Number(object.chainId) !== 0)
                    if ($util.Long)
                        message.chainId = $util.Long.fromValue(object.chainId, true);
                    else if (typeof object.chainId === "string")
                        message.chainId = $parseInt(object.chainId, 10);
                    else if (typeof object.chainId === "number")
                        message.chainId = object.chainId;
                    else if (typeof object.chainId === "object")
                        message.chainId = new $util.LongBits(object.chainId.low >>> 0, object.chainId.high >>> 0).toNumber(true);
            if (object.genesisHash != null)
                if (object.genesisHash.length)
                    if (typeof object.genesisHash === "string")
                        $util.base64.decode(object.genesisHash, message.genesisHash = $util.newBuffer($util.base64.length(object.genesisHash)), 0);
                    else if (object.genesisHash.length >= 0)
                        message.genesisHash = object.genesisHash;
            if (object.height != null)
                if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                    if ($util.Long)
                        message.height = $util.Long.fromValue(object.height, true);
                    else if (typeof object.height === "string")
                        message.height = $parseInt(object.height, 10);
                    else if (typeof object.height === "number")
                        message.height = object.height;
                    else if (typeof object.height === "object")
                        message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
            if (object.headHash != null)
                if (object.headHash.length)
                    if (typeof object.headHash === "string")
                        $util.base64.decode(object.headHash, message.headHash = $util.newBuffer($util.base64.length(object.headHash)), 0);
                    else if (object.headHash.length >= 0)
                        message.headHash = object.headHash;
            return message;
        };

        /**
         * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.StatusResponse
         * @static
         * @param {poco.StatusResponse} message StatusResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatusResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.chainId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chainId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.genesisHash = "";
                else {
                    object.genesisHash = [];
                    if (options.bytes !== $Array)
                        object.genesisHash = $util.newBuffer(object.genesisHash);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.headHash = "";
                else {
                    object.headHash = [];
                    if (options.bytes !== $Array)
                        object.headHash = $util.newBuffer(object.headHash);
                }
            }
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chainId = typeof message.chainId === "number" ? $BigInt(message.chainId) : $util.Long.fromBits(message.chainId.low >>> 0, message.chainId.high >>> 0, true).toBigInt();
                else if (typeof message.chainId === "number")
                    object.chainId = options.longs === $String ? $String(message.chainId) : message.chainId;
                else
                    object.chainId = options.longs === $String ? $util.Long.prototype.toString.call(message.chainId) : options.longs === $Number ? new $util.LongBits(message.chainId.low >>> 0, message.chainId.high >>> 0).toNumber(true) : message.chainId;
            if (message.genesisHash != null && $Object.hasOwnProperty.call(message, "genesisHash"))
                object.genesisHash = options.bytes === $String ? $util.base64.encode(message.genesisHash, 0, message.genesisHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.genesisHash) : message.genesisHash;
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                else if (typeof message.height === "number")
                    object.height = options.longs === $String ? $String(message.height) : message.height;
                else
                    object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
            if (message.headHash != null && $Object.hasOwnProperty.call(message, "headHash"))
                object.headHash = options.bytes === $String ? $util.base64.encode(message.headHash, 0, message.headHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.headHash) : message.headHash;
            return object;
        };

        /**
         * Converts this StatusResponse to JSON.
         * @function toJSON
         * @memberof poco.StatusResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatusResponse.prototype.toJSON = function() {
            return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StatusResponse;
    })();

    poco.BlocksByRangeRequest = (function() {

        /**
         * Properties of a BlocksByRangeRequest.
         * @typedef {Object} poco.BlocksByRangeRequest.$Properties
         * @property {number|Long|null} [startHeight] BlocksByRangeRequest startHeight
         * @property {number|null} [count] BlocksByRangeRequest count
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlocksByRangeRequest.
         * @memberof poco
         * @interface IBlocksByRangeRequest
         * @augments poco.BlocksByRangeRequest.$Properties
         * @deprecated Use poco.BlocksByRangeRequest.$Properties instead.
         */

        /**
         * Shape of a BlocksByRangeRequest.
         * @typedef {poco.BlocksByRangeRequest.$Properties} poco.BlocksByRangeRequest.$Shape
         */

        /**
         * Constructs a new BlocksByRangeRequest.
         * @memberof poco
         * @classdesc Represents a BlocksByRangeRequest.
         * @constructor
         * @param {poco.BlocksByRangeRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlocksByRangeRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BlocksByRangeRequest startHeight.
         * @member {number|Long} startHeight
         * @memberof poco.BlocksByRangeRequest
         * @instance
         */
        BlocksByRangeRequest.prototype.startHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BlocksByRangeRequest count.
         * @member {number} count
         * @memberof poco.BlocksByRangeRequest
         * @instance
         */
        BlocksByRangeRequest.prototype.count = 0;

        /**
         * Creates a new BlocksByRangeRequest instance using the specified properties.
         * @function create
         * @memberof poco.BlocksByRangeRequest
         * @static
         * @param {poco.BlocksByRangeRequest.$Properties=} [properties] Properties to set
         * @returns {poco.BlocksByRangeRequest} BlocksByRangeRequest instance
         * @type {{
         *   (properties: poco.BlocksByRangeRequest.$Shape): poco.BlocksByRangeRequest & poco.BlocksByRangeRequest.$Shape;
         *   (properties?: poco.BlocksByRangeRequest.$Properties): poco.BlocksByRangeRequest;
         * }}
         */
        BlocksByRangeRequest.create = function(properties) {
            return new BlocksByRangeRequest(properties);
        };

        /**
         * Encodes the specified BlocksByRangeRequest message. Does not implicitly {@link poco.BlocksByRangeRequest.verify|verify} messages.
         * @function encode
         * @memberof poco.BlocksByRangeRequest
         * @static
         * @param {poco.BlocksByRangeRequest.$Properties} message BlocksByRangeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlocksByRangeRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.startHeight != null && $Object.hasOwnProperty.call(message, "startHeight") && (typeof message.startHeight === "object" ? message.startHeight.low || message.startHeight.high : message.startHeight !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.startHeight);
            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BlocksByRangeRequest message from the specified reader or buffer.
         * @function decode
         * @memberof poco.BlocksByRangeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.BlocksByRangeRequest & poco.BlocksByRangeRequest.$Shape} BlocksByRangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlocksByRangeRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.BlocksByRangeRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.startHeight = value;
                        else
                            delete message.startHeight;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.count = value;
                        else
                            delete message.count;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a BlocksByRangeRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.BlocksByRangeRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.BlocksByRangeRequest} BlocksByRangeRequest
         */
        BlocksByRangeRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.BlocksByRangeRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.BlocksByRangeRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.BlocksByRangeRequest();
            if (object.startHeight != null)
                if (typeof object.startHeight === "object" ? object.startHeight.low || object.startHeight.high : $Number(object.startHeight) !== 0)
                    if ($util.Long)
                        message.startHeight = $util.Long.fromValue(object.startHeight, true);
                    else if (typeof object.startHeight === "string")
                        message.startHeight = $parseInt(object.startHeight, 10);
                    else if (typeof object.startHeight === "number")
                        message.startHeight = object.startHeight;
                    else if (typeof object.startHeight === "object")
                        message.startHeight = new $util.LongBits(object.startHeight.low >>> 0, object.startHeight.high >>> 0).toNumber(true);
            if (object.count != null)
                if ($Number(object.count) !== 0)
                    message.count = object.count >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a BlocksByRangeRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.BlocksByRangeRequest
         * @static
         * @param {poco.BlocksByRangeRequest} message BlocksByRangeRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlocksByRangeRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.startHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.count = 0;
            }
            if (message.startHeight != null && $Object.hasOwnProperty.call(message, "startHeight"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startHeight = typeof message.startHeight === "number" ? $BigInt(message.startHeight) : $util.Long.fromBits(message.startHeight.low >>> 0, message.startHeight.high >>> 0, true).toBigInt();
                else if (typeof message.startHeight === "number")
                    object.startHeight = options.longs === $String ? $String(message.startHeight) : message.startHeight;
                else
                    object.startHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.startHeight) : options.longs === $Number ? new $util.LongBits(message.startHeight.low >>> 0, message.startHeight.high >>> 0).toNumber(true) : message.startHeight;
            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                object.count = message.count;
            return object;
        };

        /**
         * Converts this BlocksByRangeRequest to JSON.
         * @function toJSON
         * @memberof poco.BlocksByRangeRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlocksByRangeRequest.prototype.toJSON = function() {
            return BlocksByRangeRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return BlocksByRangeRequest;
    })();

    poco.BlocksByRangeResponse = (function() {

        /**
         * Properties of a BlocksByRangeResponse.
         * @typedef {Object} poco.BlocksByRangeResponse.$Properties
         * @property {Array.<Uint8Array>|null} [blocks] BlocksByRangeResponse blocks
         * @property {Array.<poco.Commit.$Properties>|null} [commits] BlocksByRangeResponse commits
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlocksByRangeResponse.
         * @memberof poco
         * @interface IBlocksByRangeResponse
         * @augments poco.BlocksByRangeResponse.$Properties
         * @deprecated Use poco.BlocksByRangeResponse.$Properties instead.
         */

        /**
         * Shape of a BlocksByRangeResponse.
         * @typedef {poco.BlocksByRangeResponse.$Properties} poco.BlocksByRangeResponse.$Shape
         */

        /**
         * Constructs a new BlocksByRangeResponse.
         * @memberof poco
         * @classdesc Represents a BlocksByRangeResponse.
         * @constructor
         * @param {poco.BlocksByRangeResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlocksByRangeResponse = function (properties) {
            this.blocks = [];
            this.commits = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BlocksByRangeResponse blocks.
         * @member {Array.<Uint8Array>} blocks
         * @memberof poco.BlocksByRangeResponse
         * @instance
         */
        BlocksByRangeResponse.prototype.blocks = $util.emptyArray;

        /**
         * BlocksByRangeResponse commits.
         * @member {Array.<poco.Commit.$Properties>} commits
         * @memberof poco.BlocksByRangeResponse
         * @instance
         */
        BlocksByRangeResponse.prototype.commits = $util.emptyArray;

        /**
         * Creates a new BlocksByRangeResponse instance using the specified properties.
         * @function create
         * @memberof poco.BlocksByRangeResponse
         * @static
         * @param {poco.BlocksByRangeResponse.$Properties=} [properties] Properties to set
         * @returns {poco.BlocksByRangeResponse} BlocksByRangeResponse instance
         * @type {{
         *   (properties: poco.BlocksByRangeResponse.$Shape): poco.BlocksByRangeResponse & poco.BlocksByRangeResponse.$Shape;
         *   (properties?: poco.BlocksByRangeResponse.$Properties): poco.BlocksByRangeResponse;
         * }}
         */
        BlocksByRangeResponse.create = function(properties) {
            return new BlocksByRangeResponse(properties);
        };

        /**
         * Encodes the specified BlocksByRangeResponse message. Does not implicitly {@link poco.BlocksByRangeResponse.verify|verify} messages.
         * @function encode
         * @memberof poco.BlocksByRangeResponse
         * @static
         * @param {poco.BlocksByRangeResponse.$Properties} message BlocksByRangeResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlocksByRangeResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blocks != null && message.blocks.length)
                for (let i = 0; i < message.blocks.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.blocks[i]);
            if (message.commits != null && message.commits.length)
                for (let i = 0; i < message.commits.length; ++i)
                    $root.poco.Commit.encode(message.commits[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BlocksByRangeResponse message from the specified reader or buffer.
         * @function decode
         * @memberof poco.BlocksByRangeResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.BlocksByRangeResponse & poco.BlocksByRangeResponse.$Shape} BlocksByRangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlocksByRangeResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.BlocksByRangeResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.blocks && message.blocks.length))
                            message.blocks = [];
                        message.blocks.push(reader.bytes());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.commits && message.commits.length))
                            message.commits = [];
                        message.commits.push($root.poco.Commit.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a BlocksByRangeResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.BlocksByRangeResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.BlocksByRangeResponse} BlocksByRangeResponse
         */
        BlocksByRangeResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.BlocksByRangeResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.BlocksByRangeResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.BlocksByRangeResponse();
            if (object.blocks) {
                if (!$Array.isArray(object.blocks))
                    throw $TypeError(".poco.BlocksByRangeResponse.blocks: array expected");
                message.blocks = $Array(object.blocks.length);
                for (let i = 0; i < object.blocks.length; ++i)
                    if (typeof object.blocks[i] === "string")
                        $util.base64.decode(object.blocks[i], message.blocks[i] = $util.newBuffer($util.base64.length(object.blocks[i])), 0);
                    else if (object.blocks[i].length >= 0)
                        message.blocks[i] = object.blocks[i];
            }
            if (object.commits) {
                if (!$Array.isArray(object.commits))
                    throw $TypeError(".poco.BlocksByRangeResponse.commits: array expected");
                message.commits = $Array(object.commits.length);
                for (let i = 0; i < object.commits.length; ++i) {
                    if (!$util.isObject(object.commits[i]))
                        throw $TypeError(".poco.BlocksByRangeResponse.commits: object expected");
                    message.commits[i] = $root.poco.Commit.fromObject(object.commits[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a BlocksByRangeResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.BlocksByRangeResponse
         * @static
         * @param {poco.BlocksByRangeResponse} message BlocksByRangeResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlocksByRangeResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.blocks = [];
                object.commits = [];
            }
            if (message.blocks && message.blocks.length) {
                object.blocks = $Array(message.blocks.length);
                for (let j = 0; j < message.blocks.length; ++j)
                    object.blocks[j] = options.bytes === $String ? $util.base64.encode(message.blocks[j], 0, message.blocks[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blocks[j]) : message.blocks[j];
            }
            if (message.commits && message.commits.length) {
                object.commits = $Array(message.commits.length);
                for (let j = 0; j < message.commits.length; ++j)
                    object.commits[j] = $root.poco.Commit.toObject(message.commits[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this BlocksByRangeResponse to JSON.
         * @function toJSON
         * @memberof poco.BlocksByRangeResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlocksByRangeResponse.prototype.toJSON = function() {
            return BlocksByRangeResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return BlocksByRangeResponse;
    })();

    poco.Validator = (function() {

        /**
         * Properties of a Validator.
         * @typedef {Object} poco.Validator.$Properties
         * @property {Uint8Array|null} [address] Validator address
         * @property {number|Long|null} [power] Validator power
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Validator.
         * @memberof poco
         * @interface IValidator
         * @augments poco.Validator.$Properties
         * @deprecated Use poco.Validator.$Properties instead.
         */

        /**
         * Shape of a Validator.
         * @typedef {poco.Validator.$Properties} poco.Validator.$Shape
         */

        /**
         * Constructs a new Validator.
         * @memberof poco
         * @classdesc Represents a Validator.
         * @constructor
         * @param {poco.Validator.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Validator = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Validator address.
         * @member {Uint8Array} address
         * @memberof poco.Validator
         * @instance
         */
        Validator.prototype.address = $util.newBuffer([]);

        /**
         * Validator power.
         * @member {number|Long} power
         * @memberof poco.Validator
         * @instance
         */
        Validator.prototype.power = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Validator instance using the specified properties.
         * @function create
         * @memberof poco.Validator
         * @static
         * @param {poco.Validator.$Properties=} [properties] Properties to set
         * @returns {poco.Validator} Validator instance
         * @type {{
         *   (properties: poco.Validator.$Shape): poco.Validator & poco.Validator.$Shape;
         *   (properties?: poco.Validator.$Properties): poco.Validator;
         * }}
         */
        Validator.create = function(properties) {
            return new Validator(properties);
        };

        /**
         * Encodes the specified Validator message. Does not implicitly {@link poco.Validator.verify|verify} messages.
         * @function encode
         * @memberof poco.Validator
         * @static
         * @param {poco.Validator.$Properties} message Validator message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Validator.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.address);
            if (message.power != null && $Object.hasOwnProperty.call(message, "power") && (typeof message.power === "object" ? message.power.low || message.power.high : message.power !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.power);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Validator message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Validator
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Validator & poco.Validator.$Shape} Validator
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Validator.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Validator();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.power = value;
                        else
                            delete message.power;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Validator message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Validator
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Validator} Validator
         */
        Validator.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Validator)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Validator: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Validator();
            if (object.address != null)
                if (object.address.length)
                    if (typeof object.address === "string")
                        $util.base64.decode(object.address, message.address = $util.newBuffer($util.base64.length(object.address)), 0);
                    else if (object.address.length >= 0)
                        message.address = object.address;
            if (object.power != null)
                if (typeof object.power === "object" ? object.power.low || object.power.high : $Number(object.power) !== 0)
                    if ($util.Long)
                        message.power = $util.Long.fromValue(object.power, true);
                    else if (typeof object.power === "string")
                        message.power = $parseInt(object.power, 10);
                    else if (typeof object.power === "number")
                        message.power = object.power;
                    else if (typeof object.power === "object")
                        message.power = new $util.LongBits(object.power.low >>> 0, object.power.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a Validator message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Validator
         * @static
         * @param {poco.Validator} message Validator
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Validator.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.address = "";
                else {
                    object.address = [];
                    if (options.bytes !== $Array)
                        object.address = $util.newBuffer(object.address);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.power = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.power = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                object.address = options.bytes === $String ? $util.base64.encode(message.address, 0, message.address.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.address) : message.address;
            if (message.power != null && $Object.hasOwnProperty.call(message, "power"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.power = typeof message.power === "number" ? $BigInt(message.power) : $util.Long.fromBits(message.power.low >>> 0, message.power.high >>> 0, true).toBigInt();
                else if (typeof message.power === "number")
                    object.power = options.longs === $String ? $String(message.power) : message.power;
                else
                    object.power = options.longs === $String ? $util.Long.prototype.toString.call(message.power) : options.longs === $Number ? new $util.LongBits(message.power.low >>> 0, message.power.high >>> 0).toNumber(true) : message.power;
            return object;
        };

        /**
         * Converts this Validator to JSON.
         * @function toJSON
         * @memberof poco.Validator
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Validator.prototype.toJSON = function() {
            return Validator.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Validator;
    })();

    poco.ValidatorSet = (function() {

        /**
         * Properties of a ValidatorSet.
         * @typedef {Object} poco.ValidatorSet.$Properties
         * @property {Array.<poco.Validator.$Properties>|null} [validators] ValidatorSet validators
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValidatorSet.
         * @memberof poco
         * @interface IValidatorSet
         * @augments poco.ValidatorSet.$Properties
         * @deprecated Use poco.ValidatorSet.$Properties instead.
         */

        /**
         * Shape of a ValidatorSet.
         * @typedef {poco.ValidatorSet.$Properties} poco.ValidatorSet.$Shape
         */

        /**
         * Constructs a new ValidatorSet.
         * @memberof poco
         * @classdesc Represents a ValidatorSet.
         * @constructor
         * @param {poco.ValidatorSet.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ValidatorSet = function (properties) {
            this.validators = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ValidatorSet validators.
         * @member {Array.<poco.Validator.$Properties>} validators
         * @memberof poco.ValidatorSet
         * @instance
         */
        ValidatorSet.prototype.validators = $util.emptyArray;

        /**
         * Creates a new ValidatorSet instance using the specified properties.
         * @function create
         * @memberof poco.ValidatorSet
         * @static
         * @param {poco.ValidatorSet.$Properties=} [properties] Properties to set
         * @returns {poco.ValidatorSet} ValidatorSet instance
         * @type {{
         *   (properties: poco.ValidatorSet.$Shape): poco.ValidatorSet & poco.ValidatorSet.$Shape;
         *   (properties?: poco.ValidatorSet.$Properties): poco.ValidatorSet;
         * }}
         */
        ValidatorSet.create = function(properties) {
            return new ValidatorSet(properties);
        };

        /**
         * Encodes the specified ValidatorSet message. Does not implicitly {@link poco.ValidatorSet.verify|verify} messages.
         * @function encode
         * @memberof poco.ValidatorSet
         * @static
         * @param {poco.ValidatorSet.$Properties} message ValidatorSet message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValidatorSet.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.validators != null && message.validators.length)
                for (let i = 0; i < message.validators.length; ++i)
                    $root.poco.Validator.encode(message.validators[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValidatorSet message from the specified reader or buffer.
         * @function decode
         * @memberof poco.ValidatorSet
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.ValidatorSet & poco.ValidatorSet.$Shape} ValidatorSet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValidatorSet.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.ValidatorSet();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.validators && message.validators.length))
                            message.validators = [];
                        message.validators.push($root.poco.Validator.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a ValidatorSet message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.ValidatorSet
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.ValidatorSet} ValidatorSet
         */
        ValidatorSet.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.ValidatorSet)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.ValidatorSet: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.ValidatorSet();
            if (object.validators) {
                if (!$Array.isArray(object.validators))
                    throw $TypeError(".poco.ValidatorSet.validators: array expected");
                message.validators = $Array(object.validators.length);
                for (let i = 0; i < object.validators.length; ++i) {
                    if (!$util.isObject(object.validators[i]))
                        throw $TypeError(".poco.ValidatorSet.validators: object expected");
                    message.validators[i] = $root.poco.Validator.fromObject(object.validators[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a ValidatorSet message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.ValidatorSet
         * @static
         * @param {poco.ValidatorSet} message ValidatorSet
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ValidatorSet.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.validators = [];
            if (message.validators && message.validators.length) {
                object.validators = $Array(message.validators.length);
                for (let j = 0; j < message.validators.length; ++j)
                    object.validators[j] = $root.poco.Validator.toObject(message.validators[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this ValidatorSet to JSON.
         * @function toJSON
         * @memberof poco.ValidatorSet
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ValidatorSet.prototype.toJSON = function() {
            return ValidatorSet.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ValidatorSet;
    })();

    poco.OrderRecord = (function() {

        /**
         * Properties of an OrderRecord.
         * @typedef {Object} poco.OrderRecord.$Properties
         * @property {number|null} [kind] OrderRecord kind
         * @property {Uint8Array|null} [order] OrderRecord order
         * @property {Uint8Array|null} [consumed] OrderRecord consumed
         * @property {boolean|null} [cancelled] OrderRecord cancelled
         * @property {boolean|null} [presigned] OrderRecord presigned
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OrderRecord.
         * @memberof poco
         * @interface IOrderRecord
         * @augments poco.OrderRecord.$Properties
         * @deprecated Use poco.OrderRecord.$Properties instead.
         */

        /**
         * Shape of an OrderRecord.
         * @typedef {poco.OrderRecord.$Properties} poco.OrderRecord.$Shape
         */

        /**
         * Constructs a new OrderRecord.
         * @memberof poco
         * @classdesc Represents an OrderRecord.
         * @constructor
         * @param {poco.OrderRecord.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OrderRecord = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OrderRecord kind.
         * @member {number} kind
         * @memberof poco.OrderRecord
         * @instance
         */
        OrderRecord.prototype.kind = 0;

        /**
         * OrderRecord order.
         * @member {Uint8Array} order
         * @memberof poco.OrderRecord
         * @instance
         */
        OrderRecord.prototype.order = $util.newBuffer([]);

        /**
         * OrderRecord consumed.
         * @member {Uint8Array} consumed
         * @memberof poco.OrderRecord
         * @instance
         */
        OrderRecord.prototype.consumed = $util.newBuffer([]);

        /**
         * OrderRecord cancelled.
         * @member {boolean} cancelled
         * @memberof poco.OrderRecord
         * @instance
         */
        OrderRecord.prototype.cancelled = false;

        /**
         * OrderRecord presigned.
         * @member {boolean} presigned
         * @memberof poco.OrderRecord
         * @instance
         */
        OrderRecord.prototype.presigned = false;

        /**
         * Creates a new OrderRecord instance using the specified properties.
         * @function create
         * @memberof poco.OrderRecord
         * @static
         * @param {poco.OrderRecord.$Properties=} [properties] Properties to set
         * @returns {poco.OrderRecord} OrderRecord instance
         * @type {{
         *   (properties: poco.OrderRecord.$Shape): poco.OrderRecord & poco.OrderRecord.$Shape;
         *   (properties?: poco.OrderRecord.$Properties): poco.OrderRecord;
         * }}
         */
        OrderRecord.create = function(properties) {
            return new OrderRecord(properties);
        };

        /**
         * Encodes the specified OrderRecord message. Does not implicitly {@link poco.OrderRecord.verify|verify} messages.
         * @function encode
         * @memberof poco.OrderRecord
         * @static
         * @param {poco.OrderRecord.$Properties} message OrderRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OrderRecord.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.kind);
            if (message.order != null && $Object.hasOwnProperty.call(message, "order") && message.order.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.order);
            if (message.consumed != null && $Object.hasOwnProperty.call(message, "consumed") && message.consumed.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.consumed);
            if (message.cancelled != null && $Object.hasOwnProperty.call(message, "cancelled") && message.cancelled !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.cancelled);
            if (message.presigned != null && $Object.hasOwnProperty.call(message, "presigned") && message.presigned !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.presigned);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an OrderRecord message from the specified reader or buffer.
         * @function decode
         * @memberof poco.OrderRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.OrderRecord & poco.OrderRecord.$Shape} OrderRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OrderRecord.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.OrderRecord();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.order = value;
                        else
                            delete message.order;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.consumed = value;
                        else
                            delete message.consumed;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.cancelled = value;
                        else
                            delete message.cancelled;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.presigned = value;
                        else
                            delete message.presigned;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates an OrderRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.OrderRecord
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.OrderRecord} OrderRecord
         */
        OrderRecord.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.OrderRecord)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.OrderRecord: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.OrderRecord();
            if (object.kind != null)
                if ($Number(object.kind) !== 0)
                    message.kind = object.kind >>> 0;
            if (object.order != null)
                if (object.order.length)
                    if (typeof object.order === "string")
                        $util.base64.decode(object.order, message.order = $util.newBuffer($util.base64.length(object.order)), 0);
                    else if (object.order.length >= 0)
                        message.order = object.order;
            if (object.consumed != null)
                if (object.consumed.length)
                    if (typeof object.consumed === "string")
                        $util.base64.decode(object.consumed, message.consumed = $util.newBuffer($util.base64.length(object.consumed)), 0);
                    else if (object.consumed.length >= 0)
                        message.consumed = object.consumed;
            if (object.cancelled != null)
                if (object.cancelled)
                    message.cancelled = $Boolean(object.cancelled);
            if (object.presigned != null)
                if (object.presigned)
                    message.presigned = $Boolean(object.presigned);
            return message;
        };

        /**
         * Creates a plain object from an OrderRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.OrderRecord
         * @static
         * @param {poco.OrderRecord} message OrderRecord
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OrderRecord.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.kind = 0;
                if (options.bytes === $String)
                    object.order = "";
                else {
                    object.order = [];
                    if (options.bytes !== $Array)
                        object.order = $util.newBuffer(object.order);
                }
                if (options.bytes === $String)
                    object.consumed = "";
                else {
                    object.consumed = [];
                    if (options.bytes !== $Array)
                        object.consumed = $util.newBuffer(object.consumed);
                }
                object.cancelled = false;
                object.presigned = false;
            }
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                object.kind = message.kind;
            if (message.order != null && $Object.hasOwnProperty.call(message, "order"))
                object.order = options.bytes === $String ? $util.base64.encode(message.order, 0, message.order.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.order) : message.order;
            if (message.consumed != null && $Object.hasOwnProperty.call(message, "consumed"))
                object.consumed = options.bytes === $String ? $util.base64.encode(message.consumed, 0, message.consumed.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consumed) : message.consumed;
            if (message.cancelled != null && $Object.hasOwnProperty.call(message, "cancelled"))
                object.cancelled = message.cancelled;
            if (message.presigned != null && $Object.hasOwnProperty.call(message, "presigned"))
                object.presigned = message.presigned;
            return object;
        };

        /**
         * Converts this OrderRecord to JSON.
         * @function toJSON
         * @memberof poco.OrderRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OrderRecord.prototype.toJSON = function() {
            return OrderRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        return OrderRecord;
    })();

    poco.Deal = (function() {

        /**
         * Properties of a Deal.
         * @typedef {Object} poco.Deal.$Properties
         * @property {Uint8Array|null} [app] Deal app
         * @property {Uint8Array|null} [appOwner] Deal appOwner
         * @property {Uint8Array|null} [appPrice] Deal appPrice
         * @property {Uint8Array|null} [dataset] Deal dataset
         * @property {Uint8Array|null} [datasetOwner] Deal datasetOwner
         * @property {Uint8Array|null} [datasetPrice] Deal datasetPrice
         * @property {Uint8Array|null} [workerpool] Deal workerpool
         * @property {Uint8Array|null} [workerpoolOwner] Deal workerpoolOwner
         * @property {Uint8Array|null} [workerpoolPrice] Deal workerpoolPrice
         * @property {Uint8Array|null} [requester] Deal requester
         * @property {Uint8Array|null} [beneficiary] Deal beneficiary
         * @property {Uint8Array|null} [callback] Deal callback
         * @property {string|null} [params] Deal params
         * @property {Uint8Array|null} [tag] Deal tag
         * @property {number|Long|null} [category] Deal category
         * @property {number|Long|null} [trust] Deal trust
         * @property {number|Long|null} [botFirst] Deal botFirst
         * @property {number|Long|null} [botSize] Deal botSize
         * @property {number|Long|null} [startTimeMs] Deal startTimeMs
         * @property {number|Long|null} [timeRefMs] Deal timeRefMs
         * @property {number|null} [schedulerRewardRatio] Deal schedulerRewardRatio
         * @property {Uint8Array|null} [schedulerStake] Deal schedulerStake
         * @property {Uint8Array|null} [workerStake] Deal workerStake
         * @property {Uint8Array|null} [appOrderHash] Deal appOrderHash
         * @property {Uint8Array|null} [datasetOrderHash] Deal datasetOrderHash
         * @property {Uint8Array|null} [workerpoolOrderHash] Deal workerpoolOrderHash
         * @property {Uint8Array|null} [requestOrderHash] Deal requestOrderHash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Deal.
         * @memberof poco
         * @interface IDeal
         * @augments poco.Deal.$Properties
         * @deprecated Use poco.Deal.$Properties instead.
         */

        /**
         * Shape of a Deal.
         * @typedef {poco.Deal.$Properties} poco.Deal.$Shape
         */

        /**
         * Constructs a new Deal.
         * @memberof poco
         * @classdesc Represents a Deal.
         * @constructor
         * @param {poco.Deal.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Deal = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Deal app.
         * @member {Uint8Array} app
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.app = $util.newBuffer([]);

        /**
         * Deal appOwner.
         * @member {Uint8Array} appOwner
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.appOwner = $util.newBuffer([]);

        /**
         * Deal appPrice.
         * @member {Uint8Array} appPrice
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.appPrice = $util.newBuffer([]);

        /**
         * Deal dataset.
         * @member {Uint8Array} dataset
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.dataset = $util.newBuffer([]);

        /**
         * Deal datasetOwner.
         * @member {Uint8Array} datasetOwner
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.datasetOwner = $util.newBuffer([]);

        /**
         * Deal datasetPrice.
         * @member {Uint8Array} datasetPrice
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.datasetPrice = $util.newBuffer([]);

        /**
         * Deal workerpool.
         * @member {Uint8Array} workerpool
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.workerpool = $util.newBuffer([]);

        /**
         * Deal workerpoolOwner.
         * @member {Uint8Array} workerpoolOwner
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.workerpoolOwner = $util.newBuffer([]);

        /**
         * Deal workerpoolPrice.
         * @member {Uint8Array} workerpoolPrice
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.workerpoolPrice = $util.newBuffer([]);

        /**
         * Deal requester.
         * @member {Uint8Array} requester
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.requester = $util.newBuffer([]);

        /**
         * Deal beneficiary.
         * @member {Uint8Array} beneficiary
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.beneficiary = $util.newBuffer([]);

        /**
         * Deal callback.
         * @member {Uint8Array} callback
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.callback = $util.newBuffer([]);

        /**
         * Deal params.
         * @member {string} params
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.params = "";

        /**
         * Deal tag.
         * @member {Uint8Array} tag
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.tag = $util.newBuffer([]);

        /**
         * Deal category.
         * @member {number|Long} category
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.category = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Deal trust.
         * @member {number|Long} trust
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.trust = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Deal botFirst.
         * @member {number|Long} botFirst
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.botFirst = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Deal botSize.
         * @member {number|Long} botSize
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.botSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Deal startTimeMs.
         * @member {number|Long} startTimeMs
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.startTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Deal timeRefMs.
         * @member {number|Long} timeRefMs
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.timeRefMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Deal schedulerRewardRatio.
         * @member {number} schedulerRewardRatio
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.schedulerRewardRatio = 0;

        /**
         * Deal schedulerStake.
         * @member {Uint8Array} schedulerStake
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.schedulerStake = $util.newBuffer([]);

        /**
         * Deal workerStake.
         * @member {Uint8Array} workerStake
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.workerStake = $util.newBuffer([]);

        /**
         * Deal appOrderHash.
         * @member {Uint8Array} appOrderHash
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.appOrderHash = $util.newBuffer([]);

        /**
         * Deal datasetOrderHash.
         * @member {Uint8Array} datasetOrderHash
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.datasetOrderHash = $util.newBuffer([]);

        /**
         * Deal workerpoolOrderHash.
         * @member {Uint8Array} workerpoolOrderHash
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.workerpoolOrderHash = $util.newBuffer([]);

        /**
         * Deal requestOrderHash.
         * @member {Uint8Array} requestOrderHash
         * @memberof poco.Deal
         * @instance
         */
        Deal.prototype.requestOrderHash = $util.newBuffer([]);

        /**
         * Creates a new Deal instance using the specified properties.
         * @function create
         * @memberof poco.Deal
         * @static
         * @param {poco.Deal.$Properties=} [properties] Properties to set
         * @returns {poco.Deal} Deal instance
         * @type {{
         *   (properties: poco.Deal.$Shape): poco.Deal & poco.Deal.$Shape;
         *   (properties?: poco.Deal.$Properties): poco.Deal;
         * }}
         */
        Deal.create = function(properties) {
            return new Deal(properties);
        };

        /**
         * Encodes the specified Deal message. Does not implicitly {@link poco.Deal.verify|verify} messages.
         * @function encode
         * @memberof poco.Deal
         * @static
         * @param {poco.Deal.$Properties} message Deal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Deal.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.app != null && $Object.hasOwnProperty.call(message, "app") && message.app.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.app);
            if (message.appOwner != null && $Object.hasOwnProperty.call(message, "appOwner") && message.appOwner.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.appOwner);
            if (message.appPrice != null && $Object.hasOwnProperty.call(message, "appPrice") && message.appPrice.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.appPrice);
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset") && message.dataset.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.dataset);
            if (message.datasetOwner != null && $Object.hasOwnProperty.call(message, "datasetOwner") && message.datasetOwner.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.datasetOwner);
            if (message.datasetPrice != null && $Object.hasOwnProperty.call(message, "datasetPrice") && message.datasetPrice.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.datasetPrice);
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool") && message.workerpool.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.workerpool);
            if (message.workerpoolOwner != null && $Object.hasOwnProperty.call(message, "workerpoolOwner") && message.workerpoolOwner.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.workerpoolOwner);
            if (message.workerpoolPrice != null && $Object.hasOwnProperty.call(message, "workerpoolPrice") && message.workerpoolPrice.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.workerpoolPrice);
            if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester.length)
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.requester);
            if (message.beneficiary != null && $Object.hasOwnProperty.call(message, "beneficiary") && message.beneficiary.length)
                writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.beneficiary);
            if (message.callback != null && $Object.hasOwnProperty.call(message, "callback") && message.callback.length)
                writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.callback);
            if (message.params != null && $Object.hasOwnProperty.call(message, "params") && message.params !== "")
                writer.uint32(/* id 13, wireType 2 =*/106).string(message.params);
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag.length)
                writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.tag);
            if (message.category != null && $Object.hasOwnProperty.call(message, "category") && (typeof message.category === "object" ? message.category.low || message.category.high : message.category !== 0))
                writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.category);
            if (message.trust != null && $Object.hasOwnProperty.call(message, "trust") && (typeof message.trust === "object" ? message.trust.low || message.trust.high : message.trust !== 0))
                writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.trust);
            if (message.botFirst != null && $Object.hasOwnProperty.call(message, "botFirst") && (typeof message.botFirst === "object" ? message.botFirst.low || message.botFirst.high : message.botFirst !== 0))
                writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.botFirst);
            if (message.botSize != null && $Object.hasOwnProperty.call(message, "botSize") && (typeof message.botSize === "object" ? message.botSize.low || message.botSize.high : message.botSize !== 0))
                writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.botSize);
            if (message.startTimeMs != null && $Object.hasOwnProperty.call(message, "startTimeMs") && (typeof message.startTimeMs === "object" ? message.startTimeMs.low || message.startTimeMs.high : message.startTimeMs !== 0))
                writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.startTimeMs);
            if (message.timeRefMs != null && $Object.hasOwnProperty.call(message, "timeRefMs") && (typeof message.timeRefMs === "object" ? message.timeRefMs.low || message.timeRefMs.high : message.timeRefMs !== 0))
                writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.timeRefMs);
            if (message.schedulerRewardRatio != null && $Object.hasOwnProperty.call(message, "schedulerRewardRatio") && message.schedulerRewardRatio !== 0)
                writer.uint32(/* id 21, wireType 0 =*/168).uint32(message.schedulerRewardRatio);
            if (message.schedulerStake != null && $Object.hasOwnProperty.call(message, "schedulerStake") && message.schedulerStake.length)
                writer.uint32(/* id 22, wireType 2 =*/178).bytes(message.schedulerStake);
            if (message.workerStake != null && $Object.hasOwnProperty.call(message, "workerStake") && message.workerStake.length)
                writer.uint32(/* id 23, wireType 2 =*/186).bytes(message.workerStake);
            if (message.appOrderHash != null && $Object.hasOwnProperty.call(message, "appOrderHash") && message.appOrderHash.length)
                writer.uint32(/* id 24, wireType 2 =*/194).bytes(message.appOrderHash);
            if (message.datasetOrderHash != null && $Object.hasOwnProperty.call(message, "datasetOrderHash") && message.datasetOrderHash.length)
                writer.uint32(/* id 25, wireType 2 =*/202).bytes(message.datasetOrderHash);
            if (message.workerpoolOrderHash != null && $Object.hasOwnProperty.call(message, "workerpoolOrderHash") && message.workerpoolOrderHash.length)
                writer.uint32(/* id 26, wireType 2 =*/210).bytes(message.workerpoolOrderHash);
            if (message.requestOrderHash != null && $Object.hasOwnProperty.call(message, "requestOrderHash") && message.requestOrderHash.length)
                writer.uint32(/* id 27, wireType 2 =*/218).bytes(message.requestOrderHash);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Deal message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Deal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Deal & poco.Deal.$Shape} Deal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Deal.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Deal();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.app = value;
                        else
                            delete message.app;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.appOwner = value;
                        else
                            delete message.appOwner;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.appPrice = value;
                        else
                            delete message.appPrice;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.dataset = value;
                        else
                            delete message.dataset;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.datasetOwner = value;
                        else
                            delete message.datasetOwner;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.datasetPrice = value;
                        else
                            delete message.datasetPrice;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpool = value;
                        else
                            delete message.workerpool;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpoolOwner = value;
                        else
                            delete message.workerpoolOwner;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpoolPrice = value;
                        else
                            delete message.workerpoolPrice;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.requester = value;
                        else
                            delete message.requester;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.beneficiary = value;
                        else
                            delete message.beneficiary;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.callback = value;
                        else
                            delete message.callback;
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.params = value;
                        else
                            delete message.params;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.tag = value;
                        else
                            delete message.tag;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.category = value;
                        else
                            delete message.category;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.trust = value;
                        else
                            delete message.trust;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.botFirst = value;
                        else
                            delete message.botFirst;
                        continue;
                    }
                case 18: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.botSize = value;
                        else
                            delete message.botSize;
                        continue;
                    }
                case 19: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.startTimeMs = value;
                        else
                            delete message.startTimeMs;
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeRefMs = value;
                        else
                            delete message.timeRefMs;
                        continue;
                    }
                case 21: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.schedulerRewardRatio = value;
                        else
                            delete message.schedulerRewardRatio;
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.schedulerStake = value;
                        else
                            delete message.schedulerStake;
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerStake = value;
                        else
                            delete message.workerStake;
                        continue;
                    }
                case 24: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.appOrderHash = value;
                        else
                            delete message.appOrderHash;
                        continue;
                    }
                case 25: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.datasetOrderHash = value;
                        else
                            delete message.datasetOrderHash;
                        continue;
                    }
                case 26: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.workerpoolOrderHash = value;
                        else
                            delete message.workerpoolOrderHash;
                        continue;
                    }
                case 27: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.requestOrderHash = value;
                        else
                            delete message.requestOrderHash;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Deal message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Deal
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Deal} Deal
         */
        Deal.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Deal)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Deal: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Deal();
            if (object.app != null)
                if (object.app.length)
                    if (typeof object.app === "string")
                        $util.base64.decode(object.app, message.app = $util.newBuffer($util.base64.length(object.app)), 0);
                    else if (object.app.length >= 0)
                        message.app = object.app;
            if (object.appOwner != null)
                if (object.appOwner.length)
                    if (typeof object.appOwner === "string")
                        $util.base64.decode(object.appOwner, message.appOwner = $util.newBuffer($util.base64.length(object.appOwner)), 0);
                    else if (object.appOwner.length >= 0)
                        message.appOwner = object.appOwner;
            if (object.appPrice != null)
                if (object.appPrice.length)
                    if (typeof object.appPrice === "string")
                        $util.base64.decode(object.appPrice, message.appPrice = $util.newBuffer($util.base64.length(object.appPrice)), 0);
                    else if (object.appPrice.length >= 0)
                        message.appPrice = object.appPrice;
            if (object.dataset != null)
                if (object.dataset.length)
                    if (typeof object.dataset === "string")
                        $util.base64.decode(object.dataset, message.dataset = $util.newBuffer($util.base64.length(object.dataset)), 0);
                    else if (object.dataset.length >= 0)
                        message.dataset = object.dataset;
            if (object.datasetOwner != null)
                if (object.datasetOwner.length)
                    if (typeof object.datasetOwner === "string")
                        $util.base64.decode(object.datasetOwner, message.datasetOwner = $util.newBuffer($util.base64.length(object.datasetOwner)), 0);
                    else if (object.datasetOwner.length >= 0)
                        message.datasetOwner = object.datasetOwner;
            if (object.datasetPrice != null)
                if (object.datasetPrice.length)
                    if (typeof object.datasetPrice === "string")
                        $util.base64.decode(object.datasetPrice, message.datasetPrice = $util.newBuffer($util.base64.length(object.datasetPrice)), 0);
                    else if (object.datasetPrice.length >= 0)
                        message.datasetPrice = object.datasetPrice;
            if (object.workerpool != null)
                if (object.workerpool.length)
                    if (typeof object.workerpool === "string")
                        $util.base64.decode(object.workerpool, message.workerpool = $util.newBuffer($util.base64.length(object.workerpool)), 0);
                    else if (object.workerpool.length >= 0)
                        message.workerpool = object.workerpool;
            if (object.workerpoolOwner != null)
                if (object.workerpoolOwner.length)
                    if (typeof object.workerpoolOwner === "string")
                        $util.base64.decode(object.workerpoolOwner, message.workerpoolOwner = $util.newBuffer($util.base64.length(object.workerpoolOwner)), 0);
                    else if (object.workerpoolOwner.length >= 0)
                        message.workerpoolOwner = object.workerpoolOwner;
            if (object.workerpoolPrice != null)
                if (object.workerpoolPrice.length)
                    if (typeof object.workerpoolPrice === "string")
                        $util.base64.decode(object.workerpoolPrice, message.workerpoolPrice = $util.newBuffer($util.base64.length(object.workerpoolPrice)), 0);
                    else if (object.workerpoolPrice.length >= 0)
                        message.workerpoolPrice = object.workerpoolPrice;
            if (object.requester != null)
                if (object.requester.length)
                    if (typeof object.requester === "string")
                        $util.base64.decode(object.requester, message.requester = $util.newBuffer($util.base64.length(object.requester)), 0);
                    else if (object.requester.length >= 0)
                        message.requester = object.requester;
            if (object.beneficiary != null)
                if (object.beneficiary.length)
                    if (typeof object.beneficiary === "string")
                        $util.base64.decode(object.beneficiary, message.beneficiary = $util.newBuffer($util.base64.length(object.beneficiary)), 0);
                    else if (object.beneficiary.length >= 0)
                        message.beneficiary = object.beneficiary;
            if (object.callback != null)
                if (object.callback.length)
                    if (typeof object.callback === "string")
                        $util.base64.decode(object.callback, message.callback = $util.newBuffer($util.base64.length(object.callback)), 0);
                    else if (object.callback.length >= 0)
                        message.callback = object.callback;
            if (object.params != null)
                if (typeof object.params !== "string" || object.params.length)
                    message.params = $String(object.params);
            if (object.tag != null)
                if (object.tag.length)
                    if (typeof object.tag === "string")
                        $util.base64.decode(object.tag, message.tag = $util.newBuffer($util.base64.length(object.tag)), 0);
                    else if (object.tag.length >= 0)
                        message.tag = object.tag;
            if (object.category != null)
                if (typeof object.category === "object" ? object.category.low || object.category.high : $Number(object.category) !== 0)
                    if ($util.Long)
                        message.category = $util.Long.fromValue(object.category, true);
                    else if (typeof object.category === "string")
                        message.category = $parseInt(object.category, 10);
                    else if (typeof object.category === "number")
                        message.category = object.category;
                    else if (typeof object.category === "object")
                        message.category = new $util.LongBits(object.category.low >>> 0, object.category.high >>> 0).toNumber(true);
            if (object.trust != null)
                if (typeof object.trust === "object" ? object.trust.low || object.trust.high : $Number(object.trust) !== 0)
                    if ($util.Long)
                        message.trust = $util.Long.fromValue(object.trust, true);
                    else if (typeof object.trust === "string")
                        message.trust = $parseInt(object.trust, 10);
                    else if (typeof object.trust === "number")
                        message.trust = object.trust;
                    else if (typeof object.trust === "object")
                        message.trust = new $util.LongBits(object.trust.low >>> 0, object.trust.high >>> 0).toNumber(true);
            if (object.botFirst != null)
                if (typeof object.botFirst === "object" ? object.botFirst.low || object.botFirst.high : $Number(object.botFirst) !== 0)
                    if ($util.Long)
                        message.botFirst = $util.Long.fromValue(object.botFirst, true);
                    else if (typeof object.botFirst === "string")
                        message.botFirst = $parseInt(object.botFirst, 10);
                    else if (typeof object.botFirst === "number")
                        message.botFirst = object.botFirst;
                    else if (typeof object.botFirst === "object")
                        message.botFirst = new $util.LongBits(object.botFirst.low >>> 0, object.botFirst.high >>> 0).toNumber(true);
            if (object.botSize != null)
                if (typeof object.botSize === "object" ? object.botSize.low || object.botSize.high : $Number(object.botSize) !== 0)
                    if ($util.Long)
                        message.botSize = $util.Long.fromValue(object.botSize, true);
                    else if (typeof object.botSize === "string")
                        message.botSize = $parseInt(object.botSize, 10);
                    else if (typeof object.botSize === "number")
                        message.botSize = object.botSize;
                    else if (typeof object.botSize === "object")
                        message.botSize = new $util.LongBits(object.botSize.low >>> 0, object.botSize.high >>> 0).toNumber(true);
            if (object.startTimeMs != null)
                if (typeof object.startTimeMs === "object" ? object.startTimeMs.low || object.startTimeMs.high : $Number(object.startTimeMs) !== 0)
                    if ($util.Long)
                        message.startTimeMs = $util.Long.fromValue(object.startTimeMs, true);
                    else if (typeof object.startTimeMs === "string")
                        message.startTimeMs = $parseInt(object.startTimeMs, 10);
                    else if (typeof object.startTimeMs === "number")
                        message.startTimeMs = object.startTimeMs;
                    else if (typeof object.startTimeMs === "object")
                        message.startTimeMs = new $util.LongBits(object.startTimeMs.low >>> 0, object.startTimeMs.high >>> 0).toNumber(true);
            if (object.timeRefMs != null)
                if (typeof object.timeRefMs === "object" ? object.timeRefMs.low || object.timeRefMs.high : $Number(object.timeRefMs) !== 0)
                    if ($util.Long)
                        message.timeRefMs = $util.Long.fromValue(object.timeRefMs, true);
                    else if (typeof object.timeRefMs === "string")
                        message.timeRefMs = $parseInt(object.timeRefMs, 10);
                    else if (typeof object.timeRefMs === "number")
                        message.timeRefMs = object.timeRefMs;
                    else if (typeof object.timeRefMs === "object")
                        message.timeRefMs = new $util.LongBits(object.timeRefMs.low >>> 0, object.timeRefMs.high >>> 0).toNumber(true);
            if (object.schedulerRewardRatio != null)
                if ($Number(object.schedulerRewardRatio) !== 0)
                    message.schedulerRewardRatio = object.schedulerRewardRatio >>> 0;
            if (object.schedulerStake != null)
                if (object.schedulerStake.length)
                    if (typeof object.schedulerStake === "string")
                        $util.base64.decode(object.schedulerStake, message.schedulerStake = $util.newBuffer($util.base64.length(object.schedulerStake)), 0);
                    else if (object.schedulerStake.length >= 0)
                        message.schedulerStake = object.schedulerStake;
            if (object.workerStake != null)
                if (object.workerStake.length)
                    if (typeof object.workerStake === "string")
                        $util.base64.decode(object.workerStake, message.workerStake = $util.newBuffer($util.base64.length(object.workerStake)), 0);
                    else if (object.workerStake.length >= 0)
                        message.workerStake = object.workerStake;
            if (object.appOrderHash != null)
                if (object.appOrderHash.length)
                    if (typeof object.appOrderHash === "string")
                        $util.base64.decode(object.appOrderHash, message.appOrderHash = $util.newBuffer($util.base64.length(object.appOrderHash)), 0);
                    else if (object.appOrderHash.length >= 0)
                        message.appOrderHash = object.appOrderHash;
            if (object.datasetOrderHash != null)
                if (object.datasetOrderHash.length)
                    if (typeof object.datasetOrderHash === "string")
                        $util.base64.decode(object.datasetOrderHash, message.datasetOrderHash = $util.newBuffer($util.base64.length(object.datasetOrderHash)), 0);
                    else if (object.datasetOrderHash.length >= 0)
                        message.datasetOrderHash = object.datasetOrderHash;
            if (object.workerpoolOrderHash != null)
                if (object.workerpoolOrderHash.length)
                    if (typeof object.workerpoolOrderHash === "string")
                        $util.base64.decode(object.workerpoolOrderHash, message.workerpoolOrderHash = $util.newBuffer($util.base64.length(object.workerpoolOrderHash)), 0);
                    else if (object.workerpoolOrderHash.length >= 0)
                        message.workerpoolOrderHash = object.workerpoolOrderHash;
            if (object.requestOrderHash != null)
                if (object.requestOrderHash.length)
                    if (typeof object.requestOrderHash === "string")
                        $util.base64.decode(object.requestOrderHash, message.requestOrderHash = $util.newBuffer($util.base64.length(object.requestOrderHash)), 0);
                    else if (object.requestOrderHash.length >= 0)
                        message.requestOrderHash = object.requestOrderHash;
            return message;
        };

        /**
         * Creates a plain object from a Deal message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Deal
         * @static
         * @param {poco.Deal} message Deal
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Deal.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.app = "";
                else {
                    object.app = [];
                    if (options.bytes !== $Array)
                        object.app = $util.newBuffer(object.app);
                }
                if (options.bytes === $String)
                    object.appOwner = "";
                else {
                    object.appOwner = [];
                    if (options.bytes !== $Array)
                        object.appOwner = $util.newBuffer(object.appOwner);
                }
                if (options.bytes === $String)
                    object.appPrice = "";
                else {
                    object.appPrice = [];
                    if (options.bytes !== $Array)
                        object.appPrice = $util.newBuffer(object.appPrice);
                }
                if (options.bytes === $String)
                    object.dataset = "";
                else {
                    object.dataset = [];
                    if (options.bytes !== $Array)
                        object.dataset = $util.newBuffer(object.dataset);
                }
                if (options.bytes === $String)
                    object.datasetOwner = "";
                else {
                    object.datasetOwner = [];
                    if (options.bytes !== $Array)
                        object.datasetOwner = $util.newBuffer(object.datasetOwner);
                }
                if (options.bytes === $String)
                    object.datasetPrice = "";
                else {
                    object.datasetPrice = [];
                    if (options.bytes !== $Array)
                        object.datasetPrice = $util.newBuffer(object.datasetPrice);
                }
                if (options.bytes === $String)
                    object.workerpool = "";
                else {
                    object.workerpool = [];
                    if (options.bytes !== $Array)
                        object.workerpool = $util.newBuffer(object.workerpool);
                }
                if (options.bytes === $String)
                    object.workerpoolOwner = "";
                else {
                    object.workerpoolOwner = [];
                    if (options.bytes !== $Array)
                        object.workerpoolOwner = $util.newBuffer(object.workerpoolOwner);
                }
                if (options.bytes === $String)
                    object.workerpoolPrice = "";
                else {
                    object.workerpoolPrice = [];
                    if (options.bytes !== $Array)
                        object.workerpoolPrice = $util.newBuffer(object.workerpoolPrice);
                }
                if (options.bytes === $String)
                    object.requester = "";
                else {
                    object.requester = [];
                    if (options.bytes !== $Array)
                        object.requester = $util.newBuffer(object.requester);
                }
                if (options.bytes === $String)
                    object.beneficiary = "";
                else {
                    object.beneficiary = [];
                    if (options.bytes !== $Array)
                        object.beneficiary = $util.newBuffer(object.beneficiary);
                }
                if (options.bytes === $String)
                    object.callback = "";
                else {
                    object.callback = [];
                    if (options.bytes !== $Array)
                        object.callback = $util.newBuffer(object.callback);
                }
                object.params = "";
                if (options.bytes === $String)
                    object.tag = "";
                else {
                    object.tag = [];
                    if (options.bytes !== $Array)
                        object.tag = $util.newBuffer(object.tag);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.category = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.category = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.trust = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.trust = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.botFirst = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.botFirst = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.botSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.botSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.startTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.timeRefMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timeRefMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.schedulerRewardRatio = 0;
                if (options.bytes === $String)
                    object.schedulerStake = "";
                else {
                    object.schedulerStake = [];
                    if (options.bytes !== $Array)
                        object.schedulerStake = $util.newBuffer(object.schedulerStake);
                }
                if (options.bytes === $String)
                    object.workerStake = "";
                else {
                    object.workerStake = [];
                    if (options.bytes !== $Array)
                        object.workerStake = $util.newBuffer(object.workerStake);
                }
                if (options.bytes === $String)
                    object.appOrderHash = "";
                else {
                    object.appOrderHash = [];
                    if (options.bytes !== $Array)
                        object.appOrderHash = $util.newBuffer(object.appOrderHash);
                }
                if (options.bytes === $String)
                    object.datasetOrderHash = "";
                else {
                    object.datasetOrderHash = [];
                    if (options.bytes !== $Array)
                        object.datasetOrderHash = $util.newBuffer(object.datasetOrderHash);
                }
                if (options.bytes === $String)
                    object.workerpoolOrderHash = "";
                else {
                    object.workerpoolOrderHash = [];
                    if (options.bytes !== $Array)
                        object.workerpoolOrderHash = $util.newBuffer(object.workerpoolOrderHash);
                }
                if (options.bytes === $String)
                    object.requestOrderHash = "";
                else {
                    object.requestOrderHash = [];
                    if (options.bytes !== $Array)
                        object.requestOrderHash = $util.newBuffer(object.requestOrderHash);
                }
            }
            if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                object.app = options.bytes === $String ? $util.base64.encode(message.app, 0, message.app.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.app) : message.app;
            if (message.appOwner != null && $Object.hasOwnProperty.call(message, "appOwner"))
                object.appOwner = options.bytes === $String ? $util.base64.encode(message.appOwner, 0, message.appOwner.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appOwner) : message.appOwner;
            if (message.appPrice != null && $Object.hasOwnProperty.call(message, "appPrice"))
                object.appPrice = options.bytes === $String ? $util.base64.encode(message.appPrice, 0, message.appPrice.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appPrice) : message.appPrice;
            if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset"))
                object.dataset = options.bytes === $String ? $util.base64.encode(message.dataset, 0, message.dataset.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dataset) : message.dataset;
            if (message.datasetOwner != null && $Object.hasOwnProperty.call(message, "datasetOwner"))
                object.datasetOwner = options.bytes === $String ? $util.base64.encode(message.datasetOwner, 0, message.datasetOwner.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datasetOwner) : message.datasetOwner;
            if (message.datasetPrice != null && $Object.hasOwnProperty.call(message, "datasetPrice"))
                object.datasetPrice = options.bytes === $String ? $util.base64.encode(message.datasetPrice, 0, message.datasetPrice.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datasetPrice) : message.datasetPrice;
            if (message.workerpool != null && $Object.hasOwnProperty.call(message, "workerpool"))
                object.workerpool = options.bytes === $String ? $util.base64.encode(message.workerpool, 0, message.workerpool.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpool) : message.workerpool;
            if (message.workerpoolOwner != null && $Object.hasOwnProperty.call(message, "workerpoolOwner"))
                object.workerpoolOwner = options.bytes === $String ? $util.base64.encode(message.workerpoolOwner, 0, message.workerpoolOwner.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpoolOwner) : message.workerpoolOwner;
            if (message.workerpoolPrice != null && $Object.hasOwnProperty.call(message, "workerpoolPrice"))
                object.workerpoolPrice = options.bytes === $String ? $util.base64.encode(message.workerpoolPrice, 0, message.workerpoolPrice.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpoolPrice) : message.workerpoolPrice;
            if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                object.requester = options.bytes === $String ? $util.base64.encode(message.requester, 0, message.requester.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requester) : message.requester;
            if (message.beneficiary != null && $Object.hasOwnProperty.call(message, "beneficiary"))
                object.beneficiary = options.bytes === $String ? $util.base64.encode(message.beneficiary, 0, message.beneficiary.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.beneficiary) : message.beneficiary;
            if (message.callback != null && $Object.hasOwnProperty.call(message, "callback"))
                object.callback = options.bytes === $String ? $util.base64.encode(message.callback, 0, message.callback.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.callback) : message.callback;
            if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                object.params = message.params;
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                object.tag = options.bytes === $String ? $util.base64.encode(message.tag, 0, message.tag.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tag) : message.tag;
            if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.category = typeof message.category === "number" ? $BigInt(message.category) : $util.Long.fromBits(message.category.low >>> 0, message.category.high >>> 0, true).toBigInt();
                else if (typeof message.category === "number")
                    object.category = options.longs === $String ? $String(message.category) : message.category;
                else
                    object.category = options.longs === $String ? $util.Long.prototype.toString.call(message.category) : options.longs === $Number ? new $util.LongBits(message.category.low >>> 0, message.category.high >>> 0).toNumber(true) : message.category;
            if (message.trust != null && $Object.hasOwnProperty.call(message, "trust"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.trust = typeof message.trust === "number" ? $BigInt(message.trust) : $util.Long.fromBits(message.trust.low >>> 0, message.trust.high >>> 0, true).toBigInt();
                else if (typeof message.trust === "number")
                    object.trust = options.longs === $String ? $String(message.trust) : message.trust;
                else
                    object.trust = options.longs === $String ? $util.Long.prototype.toString.call(message.trust) : options.longs === $Number ? new $util.LongBits(message.trust.low >>> 0, message.trust.high >>> 0).toNumber(true) : message.trust;
            if (message.botFirst != null && $Object.hasOwnProperty.call(message, "botFirst"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.botFirst = typeof message.botFirst === "number" ? $BigInt(message.botFirst) : $util.Long.fromBits(message.botFirst.low >>> 0, message.botFirst.high >>> 0, true).toBigInt();
                else if (typeof message.botFirst === "number")
                    object.botFirst = options.longs === $String ? $String(message.botFirst) : message.botFirst;
                else
                    object.botFirst = options.longs === $String ? $util.Long.prototype.toString.call(message.botFirst) : options.longs === $Number ? new $util.LongBits(message.botFirst.low >>> 0, message.botFirst.high >>> 0).toNumber(true) : message.botFirst;
            if (message.botSize != null && $Object.hasOwnProperty.call(message, "botSize"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.botSize = typeof message.botSize === "number" ? $BigInt(message.botSize) : $util.Long.fromBits(message.botSize.low >>> 0, message.botSize.high >>> 0, true).toBigInt();
                else if (typeof message.botSize === "number")
                    object.botSize = options.longs === $String ? $String(message.botSize) : message.botSize;
                else
                    object.botSize = options.longs === $String ? $util.Long.prototype.toString.call(message.botSize) : options.longs === $Number ? new $util.LongBits(message.botSize.low >>> 0, message.botSize.high >>> 0).toNumber(true) : message.botSize;
            if (message.startTimeMs != null && $Object.hasOwnProperty.call(message, "startTimeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startTimeMs = typeof message.startTimeMs === "number" ? $BigInt(message.startTimeMs) : $util.Long.fromBits(message.startTimeMs.low >>> 0, message.startTimeMs.high >>> 0, true).toBigInt();
                else if (typeof message.startTimeMs === "number")
                    object.startTimeMs = options.longs === $String ? $String(message.startTimeMs) : message.startTimeMs;
                else
                    object.startTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeMs) : options.longs === $Number ? new $util.LongBits(message.startTimeMs.low >>> 0, message.startTimeMs.high >>> 0).toNumber(true) : message.startTimeMs;
            if (message.timeRefMs != null && $Object.hasOwnProperty.call(message, "timeRefMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timeRefMs = typeof message.timeRefMs === "number" ? $BigInt(message.timeRefMs) : $util.Long.fromBits(message.timeRefMs.low >>> 0, message.timeRefMs.high >>> 0, true).toBigInt();
                else if (typeof message.timeRefMs === "number")
                    object.timeRefMs = options.longs === $String ? $String(message.timeRefMs) : message.timeRefMs;
                else
                    object.timeRefMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeRefMs) : options.longs === $Number ? new $util.LongBits(message.timeRefMs.low >>> 0, message.timeRefMs.high >>> 0).toNumber(true) : message.timeRefMs;
            if (message.schedulerRewardRatio != null && $Object.hasOwnProperty.call(message, "schedulerRewardRatio"))
                object.schedulerRewardRatio = message.schedulerRewardRatio;
            if (message.schedulerStake != null && $Object.hasOwnProperty.call(message, "schedulerStake"))
                object.schedulerStake = options.bytes === $String ? $util.base64.encode(message.schedulerStake, 0, message.schedulerStake.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.schedulerStake) : message.schedulerStake;
            if (message.workerStake != null && $Object.hasOwnProperty.call(message, "workerStake"))
                object.workerStake = options.bytes === $String ? $util.base64.encode(message.workerStake, 0, message.workerStake.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerStake) : message.workerStake;
            if (message.appOrderHash != null && $Object.hasOwnProperty.call(message, "appOrderHash"))
                object.appOrderHash = options.bytes === $String ? $util.base64.encode(message.appOrderHash, 0, message.appOrderHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appOrderHash) : message.appOrderHash;
            if (message.datasetOrderHash != null && $Object.hasOwnProperty.call(message, "datasetOrderHash"))
                object.datasetOrderHash = options.bytes === $String ? $util.base64.encode(message.datasetOrderHash, 0, message.datasetOrderHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datasetOrderHash) : message.datasetOrderHash;
            if (message.workerpoolOrderHash != null && $Object.hasOwnProperty.call(message, "workerpoolOrderHash"))
                object.workerpoolOrderHash = options.bytes === $String ? $util.base64.encode(message.workerpoolOrderHash, 0, message.workerpoolOrderHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.workerpoolOrderHash) : message.workerpoolOrderHash;
            if (message.requestOrderHash != null && $Object.hasOwnProperty.call(message, "requestOrderHash"))
                object.requestOrderHash = options.bytes === $String ? $util.base64.encode(message.requestOrderHash, 0, message.requestOrderHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestOrderHash) : message.requestOrderHash;
            return object;
        };

        /**
         * Converts this Deal to JSON.
         * @function toJSON
         * @memberof poco.Deal
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Deal.prototype.toJSON = function() {
            return Deal.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Deal;
    })();

    poco.ResultGroup = (function() {

        /**
         * Properties of a ResultGroup.
         * @typedef {Object} poco.ResultGroup.$Properties
         * @property {Uint8Array|null} [resultHash] ResultGroup resultHash
         * @property {Uint8Array|null} [weight] ResultGroup weight
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ResultGroup.
         * @memberof poco
         * @interface IResultGroup
         * @augments poco.ResultGroup.$Properties
         * @deprecated Use poco.ResultGroup.$Properties instead.
         */

        /**
         * Shape of a ResultGroup.
         * @typedef {poco.ResultGroup.$Properties} poco.ResultGroup.$Shape
         */

        /**
         * Constructs a new ResultGroup.
         * @memberof poco
         * @classdesc Represents a ResultGroup.
         * @constructor
         * @param {poco.ResultGroup.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ResultGroup = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ResultGroup resultHash.
         * @member {Uint8Array} resultHash
         * @memberof poco.ResultGroup
         * @instance
         */
        ResultGroup.prototype.resultHash = $util.newBuffer([]);

        /**
         * ResultGroup weight.
         * @member {Uint8Array} weight
         * @memberof poco.ResultGroup
         * @instance
         */
        ResultGroup.prototype.weight = $util.newBuffer([]);

        /**
         * Creates a new ResultGroup instance using the specified properties.
         * @function create
         * @memberof poco.ResultGroup
         * @static
         * @param {poco.ResultGroup.$Properties=} [properties] Properties to set
         * @returns {poco.ResultGroup} ResultGroup instance
         * @type {{
         *   (properties: poco.ResultGroup.$Shape): poco.ResultGroup & poco.ResultGroup.$Shape;
         *   (properties?: poco.ResultGroup.$Properties): poco.ResultGroup;
         * }}
         */
        ResultGroup.create = function(properties) {
            return new ResultGroup(properties);
        };

        /**
         * Encodes the specified ResultGroup message. Does not implicitly {@link poco.ResultGroup.verify|verify} messages.
         * @function encode
         * @memberof poco.ResultGroup
         * @static
         * @param {poco.ResultGroup.$Properties} message ResultGroup message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResultGroup.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.resultHash != null && $Object.hasOwnProperty.call(message, "resultHash") && message.resultHash.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.resultHash);
            if (message.weight != null && $Object.hasOwnProperty.call(message, "weight") && message.weight.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.weight);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ResultGroup message from the specified reader or buffer.
         * @function decode
         * @memberof poco.ResultGroup
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.ResultGroup & poco.ResultGroup.$Shape} ResultGroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResultGroup.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.ResultGroup();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resultHash = value;
                        else
                            delete message.resultHash;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.weight = value;
                        else
                            delete message.weight;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a ResultGroup message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.ResultGroup
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.ResultGroup} ResultGroup
         */
        ResultGroup.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.ResultGroup)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.ResultGroup: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.ResultGroup();
            if (object.resultHash != null)
                if (object.resultHash.length)
                    if (typeof object.resultHash === "string")
                        $util.base64.decode(object.resultHash, message.resultHash = $util.newBuffer($util.base64.length(object.resultHash)), 0);
                    else if (object.resultHash.length >= 0)
                        message.resultHash = object.resultHash;
            if (object.weight != null)
                if (object.weight.length)
                    if (typeof object.weight === "string")
                        $util.base64.decode(object.weight, message.weight = $util.newBuffer($util.base64.length(object.weight)), 0);
                    else if (object.weight.length >= 0)
                        message.weight = object.weight;
            return message;
        };

        /**
         * Creates a plain object from a ResultGroup message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.ResultGroup
         * @static
         * @param {poco.ResultGroup} message ResultGroup
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ResultGroup.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.resultHash = "";
                else {
                    object.resultHash = [];
                    if (options.bytes !== $Array)
                        object.resultHash = $util.newBuffer(object.resultHash);
                }
                if (options.bytes === $String)
                    object.weight = "";
                else {
                    object.weight = [];
                    if (options.bytes !== $Array)
                        object.weight = $util.newBuffer(object.weight);
                }
            }
            if (message.resultHash != null && $Object.hasOwnProperty.call(message, "resultHash"))
                object.resultHash = options.bytes === $String ? $util.base64.encode(message.resultHash, 0, message.resultHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.resultHash) : message.resultHash;
            if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                object.weight = options.bytes === $String ? $util.base64.encode(message.weight, 0, message.weight.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.weight) : message.weight;
            return object;
        };

        /**
         * Converts this ResultGroup to JSON.
         * @function toJSON
         * @memberof poco.ResultGroup
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ResultGroup.prototype.toJSON = function() {
            return ResultGroup.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ResultGroup;
    })();

    poco.Task = (function() {

        /**
         * Properties of a Task.
         * @typedef {Object} poco.Task.$Properties
         * @property {Uint8Array|null} [dealId] Task dealId
         * @property {number|Long|null} [index] Task index
         * @property {number|null} [status] Task status
         * @property {number|Long|null} [contributionDeadlineMs] Task contributionDeadlineMs
         * @property {number|Long|null} [finalDeadlineMs] Task finalDeadlineMs
         * @property {number|Long|null} [revealDeadlineMs] Task revealDeadlineMs
         * @property {number|Long|null} [consensusTimeMs] Task consensusTimeMs
         * @property {Uint8Array|null} [consensusValue] Task consensusValue
         * @property {Uint8Array|null} [totalWeight] Task totalWeight
         * @property {Array.<poco.ResultGroup.$Properties>|null} [groups] Task groups
         * @property {Array.<Uint8Array>|null} [contributors] Task contributors
         * @property {number|null} [winnerCount] Task winnerCount
         * @property {number|null} [revealCount] Task revealCount
         * @property {Uint8Array|null} [resultDigest] Task resultDigest
         * @property {Uint8Array|null} [results] Task results
         * @property {number|Long|null} [completedTimeMs] Task completedTimeMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Task.
         * @memberof poco
         * @interface ITask
         * @augments poco.Task.$Properties
         * @deprecated Use poco.Task.$Properties instead.
         */

        /**
         * Shape of a Task.
         * @typedef {poco.Task.$Properties} poco.Task.$Shape
         */

        /**
         * Constructs a new Task.
         * @memberof poco
         * @classdesc Represents a Task.
         * @constructor
         * @param {poco.Task.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Task = function (properties) {
            this.groups = [];
            this.contributors = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Task dealId.
         * @member {Uint8Array} dealId
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.dealId = $util.newBuffer([]);

        /**
         * Task index.
         * @member {number|Long} index
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Task status.
         * @member {number} status
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.status = 0;

        /**
         * Task contributionDeadlineMs.
         * @member {number|Long} contributionDeadlineMs
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.contributionDeadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Task finalDeadlineMs.
         * @member {number|Long} finalDeadlineMs
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.finalDeadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Task revealDeadlineMs.
         * @member {number|Long} revealDeadlineMs
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.revealDeadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Task consensusTimeMs.
         * @member {number|Long} consensusTimeMs
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.consensusTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Task consensusValue.
         * @member {Uint8Array} consensusValue
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.consensusValue = $util.newBuffer([]);

        /**
         * Task totalWeight.
         * @member {Uint8Array} totalWeight
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.totalWeight = $util.newBuffer([]);

        /**
         * Task groups.
         * @member {Array.<poco.ResultGroup.$Properties>} groups
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.groups = $util.emptyArray;

        /**
         * Task contributors.
         * @member {Array.<Uint8Array>} contributors
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.contributors = $util.emptyArray;

        /**
         * Task winnerCount.
         * @member {number} winnerCount
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.winnerCount = 0;

        /**
         * Task revealCount.
         * @member {number} revealCount
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.revealCount = 0;

        /**
         * Task resultDigest.
         * @member {Uint8Array} resultDigest
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.resultDigest = $util.newBuffer([]);

        /**
         * Task results.
         * @member {Uint8Array} results
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.results = $util.newBuffer([]);

        /**
         * Task completedTimeMs.
         * @member {number|Long} completedTimeMs
         * @memberof poco.Task
         * @instance
         */
        Task.prototype.completedTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Task instance using the specified properties.
         * @function create
         * @memberof poco.Task
         * @static
         * @param {poco.Task.$Properties=} [properties] Properties to set
         * @returns {poco.Task} Task instance
         * @type {{
         *   (properties: poco.Task.$Shape): poco.Task & poco.Task.$Shape;
         *   (properties?: poco.Task.$Properties): poco.Task;
         * }}
         */
        Task.create = function(properties) {
            return new Task(properties);
        };

        /**
         * Encodes the specified Task message. Does not implicitly {@link poco.Task.verify|verify} messages.
         * @function encode
         * @memberof poco.Task
         * @static
         * @param {poco.Task.$Properties} message Task message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Task.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dealId != null && $Object.hasOwnProperty.call(message, "dealId") && message.dealId.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.dealId);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
            if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.status);
            if (message.contributionDeadlineMs != null && $Object.hasOwnProperty.call(message, "contributionDeadlineMs") && (typeof message.contributionDeadlineMs === "object" ? message.contributionDeadlineMs.low || message.contributionDeadlineMs.high : message.contributionDeadlineMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.contributionDeadlineMs);
            if (message.finalDeadlineMs != null && $Object.hasOwnProperty.call(message, "finalDeadlineMs") && (typeof message.finalDeadlineMs === "object" ? message.finalDeadlineMs.low || message.finalDeadlineMs.high : message.finalDeadlineMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.finalDeadlineMs);
            if (message.revealDeadlineMs != null && $Object.hasOwnProperty.call(message, "revealDeadlineMs") && (typeof message.revealDeadlineMs === "object" ? message.revealDeadlineMs.low || message.revealDeadlineMs.high : message.revealDeadlineMs !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.revealDeadlineMs);
            if (message.consensusTimeMs != null && $Object.hasOwnProperty.call(message, "consensusTimeMs") && (typeof message.consensusTimeMs === "object" ? message.consensusTimeMs.low || message.consensusTimeMs.high : message.consensusTimeMs !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.consensusTimeMs);
            if (message.consensusValue != null && $Object.hasOwnProperty.call(message, "consensusValue") && message.consensusValue.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.consensusValue);
            if (message.totalWeight != null && $Object.hasOwnProperty.call(message, "totalWeight") && message.totalWeight.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.totalWeight);
            if (message.groups != null && message.groups.length)
                for (let i = 0; i < message.groups.length; ++i)
                    $root.poco.ResultGroup.encode(message.groups[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.contributors != null && message.contributors.length)
                for (let i = 0; i < message.contributors.length; ++i)
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.contributors[i]);
            if (message.winnerCount != null && $Object.hasOwnProperty.call(message, "winnerCount") && message.winnerCount !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.winnerCount);
            if (message.revealCount != null && $Object.hasOwnProperty.call(message, "revealCount") && message.revealCount !== 0)
                writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.revealCount);
            if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest") && message.resultDigest.length)
                writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.resultDigest);
            if (message.results != null && $Object.hasOwnProperty.call(message, "results") && message.results.length)
                writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.results);
            if (message.completedTimeMs != null && $Object.hasOwnProperty.call(message, "completedTimeMs") && (typeof message.completedTimeMs === "object" ? message.completedTimeMs.low || message.completedTimeMs.high : message.completedTimeMs !== 0))
                writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.completedTimeMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Task message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Task
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Task & poco.Task.$Shape} Task
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Task.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Task();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.dealId = value;
                        else
                            delete message.dealId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.status = value;
                        else
                            delete message.status;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.contributionDeadlineMs = value;
                        else
                            delete message.contributionDeadlineMs;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.finalDeadlineMs = value;
                        else
                            delete message.finalDeadlineMs;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.revealDeadlineMs = value;
                        else
                            delete message.revealDeadlineMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.consensusTimeMs = value;
                        else
                            delete message.consensusTimeMs;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.consensusValue = value;
                        else
                            delete message.consensusValue;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.totalWeight = value;
                        else
                            delete message.totalWeight;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if (!(message.groups && message.groups.length))
                            message.groups = [];
                        message.groups.push($root.poco.ResultGroup.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.contributors && message.contributors.length))
                            message.contributors = [];
                        message.contributors.push(reader.bytes());
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.winnerCount = value;
                        else
                            delete message.winnerCount;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.revealCount = value;
                        else
                            delete message.revealCount;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resultDigest = value;
                        else
                            delete message.resultDigest;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.results = value;
                        else
                            delete message.results;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.completedTimeMs = value;
                        else
                            delete message.completedTimeMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Task message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Task
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Task} Task
         */
        Task.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Task)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Task: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Task();
            if (object.dealId != null)
                if (object.dealId.length)
                    if (typeof object.dealId === "string")
                        $util.base64.decode(object.dealId, message.dealId = $util.newBuffer($util.base64.length(object.dealId)), 0);
                    else if (object.dealId.length >= 0)
                        message.dealId = object.dealId;
            if (object.index != null)
                if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                    if ($util.Long)
                        message.index = $util.Long.fromValue(object.index, true);
                    else if (typeof object.index === "string")
                        message.index = $parseInt(object.index, 10);
                    else if (typeof object.index === "number")
                        message.index = object.index;
                    else if (typeof object.index === "object")
                        message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
            if (object.status != null)
                if ($Number(object.status) !== 0)
                    message.status = object.status >>> 0;
            if (object.contributionDeadlineMs != null)
                if (typeof object.contributionDeadlineMs === "object" ? object.contributionDeadlineMs.low || object.contributionDeadlineMs.high : $Number(object.contributionDeadlineMs) !== 0)
                    if ($util.Long)
                        message.contributionDeadlineMs = $util.Long.fromValue(object.contributionDeadlineMs, true);
                    else if (typeof object.contributionDeadlineMs === "string")
                        message.contributionDeadlineMs = $parseInt(object.contributionDeadlineMs, 10);
                    else if (typeof object.contributionDeadlineMs === "number")
                        message.contributionDeadlineMs = object.contributionDeadlineMs;
                    else if (typeof object.contributionDeadlineMs === "object")
                        message.contributionDeadlineMs = new $util.LongBits(object.contributionDeadlineMs.low >>> 0, object.contributionDeadlineMs.high >>> 0).toNumber(true);
            if (object.finalDeadlineMs != null)
                if (typeof object.finalDeadlineMs === "object" ? object.finalDeadlineMs.low || object.finalDeadlineMs.high : $Number(object.finalDeadlineMs) !== 0)
                    if ($util.Long)
                        message.finalDeadlineMs = $util.Long.fromValue(object.finalDeadlineMs, true);
                    else if (typeof object.finalDeadlineMs === "string")
                        message.finalDeadlineMs = $parseInt(object.finalDeadlineMs, 10);
                    else if (typeof object.finalDeadlineMs === "number")
                        message.finalDeadlineMs = object.finalDeadlineMs;
                    else if (typeof object.finalDeadlineMs === "object")
                        message.finalDeadlineMs = new $util.LongBits(object.finalDeadlineMs.low >>> 0, object.finalDeadlineMs.high >>> 0).toNumber(true);
            if (object.revealDeadlineMs != null)
                if (typeof object.revealDeadlineMs === "object" ? object.revealDeadlineMs.low || object.revealDeadlineMs.high : $Number(object.revealDeadlineMs) !== 0)
                    if ($util.Long)
                        message.revealDeadlineMs = $util.Long.fromValue(object.revealDeadlineMs, true);
                    else if (typeof object.revealDeadlineMs === "string")
                        message.revealDeadlineMs = $parseInt(object.revealDeadlineMs, 10);
                    else if (typeof object.revealDeadlineMs === "number")
                        message.revealDeadlineMs = object.revealDeadlineMs;
                    else if (typeof object.revealDeadlineMs === "object")
                        message.revealDeadlineMs = new $util.LongBits(object.revealDeadlineMs.low >>> 0, object.revealDeadlineMs.high >>> 0).toNumber(true);
            if (object.consensusTimeMs != null)
                if (typeof object.consensusTimeMs === "object" ? object.consensusTimeMs.low || object.consensusTimeMs.high : $Number(object.consensusTimeMs) !== 0)
                    if ($util.Long)
                        message.consensusTimeMs = $util.Long.fromValue(object.consensusTimeMs, true);
                    else if (typeof object.consensusTimeMs === "string")
                        message.consensusTimeMs = $parseInt(object.consensusTimeMs, 10);
                    else if (typeof object.consensusTimeMs === "number")
                        message.consensusTimeMs = object.consensusTimeMs;
                    else if (typeof object.consensusTimeMs === "object")
                        message.consensusTimeMs = new $util.LongBits(object.consensusTimeMs.low >>> 0, object.consensusTimeMs.high >>> 0).toNumber(true);
            if (object.consensusValue != null)
                if (object.consensusValue.length)
                    if (typeof object.consensusValue === "string")
                        $util.base64.decode(object.consensusValue, message.consensusValue = $util.newBuffer($util.base64.length(object.consensusValue)), 0);
                    else if (object.consensusValue.length >= 0)
                        message.consensusValue = object.consensusValue;
            if (object.totalWeight != null)
                if (object.totalWeight.length)
                    if (typeof object.totalWeight === "string")
                        $util.base64.decode(object.totalWeight, message.totalWeight = $util.newBuffer($util.base64.length(object.totalWeight)), 0);
                    else if (object.totalWeight.length >= 0)
                        message.totalWeight = object.totalWeight;
            if (object.groups) {
                if (!$Array.isArray(object.groups))
                    throw $TypeError(".poco.Task.groups: array expected");
                message.groups = $Array(object.groups.length);
                for (let i = 0; i < object.groups.length; ++i) {
                    if (!$util.isObject(object.groups[i]))
                        throw $TypeError(".poco.Task.groups: object expected");
                    message.groups[i] = $root.poco.ResultGroup.fromObject(object.groups[i], _depth + 1);
                }
            }
            if (object.contributors) {
                if (!$Array.isArray(object.contributors))
                    throw $TypeError(".poco.Task.contributors: array expected");
                message.contributors = $Array(object.contributors.length);
                for (let i = 0; i < object.contributors.length; ++i)
                    if (typeof object.contributors[i] === "string")
                        $util.base64.decode(object.contributors[i], message.contributors[i] = $util.newBuffer($util.base64.length(object.contributors[i])), 0);
                    else if (object.contributors[i].length >= 0)
                        message.contributors[i] = object.contributors[i];
            }
            if (object.winnerCount != null)
                if ($Number(object.winnerCount) !== 0)
                    message.winnerCount = object.winnerCount >>> 0;
            if (object.revealCount != null)
                if ($Number(object.revealCount) !== 0)
                    message.revealCount = object.revealCount >>> 0;
            if (object.resultDigest != null)
                if (object.resultDigest.length)
                    if (typeof object.resultDigest === "string")
                        $util.base64.decode(object.resultDigest, message.resultDigest = $util.newBuffer($util.base64.length(object.resultDigest)), 0);
                    else if (object.resultDigest.length >= 0)
                        message.resultDigest = object.resultDigest;
            if (object.results != null)
                if (object.results.length)
                    if (typeof object.results === "string")
                        $util.base64.decode(object.results, message.results = $util.newBuffer($util.base64.length(object.results)), 0);
                    else if (object.results.length >= 0)
                        message.results = object.results;
            if (object.completedTimeMs != null)
                if (typeof object.completedTimeMs === "object" ? object.completedTimeMs.low || object.completedTimeMs.high : $Number(object.completedTimeMs) !== 0)
                    if ($util.Long)
                        message.completedTimeMs = $util.Long.fromValue(object.completedTimeMs, true);
                    else if (typeof object.completedTimeMs === "string")
                        message.completedTimeMs = $parseInt(object.completedTimeMs, 10);
                    else if (typeof object.completedTimeMs === "number")
                        message.completedTimeMs = object.completedTimeMs;
                    else if (typeof object.completedTimeMs === "object")
                        message.completedTimeMs = new $util.LongBits(object.completedTimeMs.low >>> 0, object.completedTimeMs.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a Task message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Task
         * @static
         * @param {poco.Task} message Task
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Task.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.groups = [];
                object.contributors = [];
            }
            if (options.defaults) {
                if (options.bytes === $String)
                    object.dealId = "";
                else {
                    object.dealId = [];
                    if (options.bytes !== $Array)
                        object.dealId = $util.newBuffer(object.dealId);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.status = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.contributionDeadlineMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.contributionDeadlineMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.finalDeadlineMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.finalDeadlineMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.revealDeadlineMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.revealDeadlineMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.consensusTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.consensusTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.consensusValue = "";
                else {
                    object.consensusValue = [];
                    if (options.bytes !== $Array)
                        object.consensusValue = $util.newBuffer(object.consensusValue);
                }
                if (options.bytes === $String)
                    object.totalWeight = "";
                else {
                    object.totalWeight = [];
                    if (options.bytes !== $Array)
                        object.totalWeight = $util.newBuffer(object.totalWeight);
                }
                object.winnerCount = 0;
                object.revealCount = 0;
                if (options.bytes === $String)
                    object.resultDigest = "";
                else {
                    object.resultDigest = [];
                    if (options.bytes !== $Array)
                        object.resultDigest = $util.newBuffer(object.resultDigest);
                }
                if (options.bytes === $String)
                    object.results = "";
                else {
                    object.results = [];
                    if (options.bytes !== $Array)
                        object.results = $util.newBuffer(object.results);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.completedTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.completedTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.dealId != null && $Object.hasOwnProperty.call(message, "dealId"))
                object.dealId = options.bytes === $String ? $util.base64.encode(message.dealId, 0, message.dealId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dealId) : message.dealId;
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                else if (typeof message.index === "number")
                    object.index = options.longs === $String ? $String(message.index) : message.index;
                else
                    object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                object.status = message.status;
            if (message.contributionDeadlineMs != null && $Object.hasOwnProperty.call(message, "contributionDeadlineMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.contributionDeadlineMs = typeof message.contributionDeadlineMs === "number" ? $BigInt(message.contributionDeadlineMs) : $util.Long.fromBits(message.contributionDeadlineMs.low >>> 0, message.contributionDeadlineMs.high >>> 0, true).toBigInt();
                else if (typeof message.contributionDeadlineMs === "number")
                    object.contributionDeadlineMs = options.longs === $String ? $String(message.contributionDeadlineMs) : message.contributionDeadlineMs;
                else
                    object.contributionDeadlineMs = options.longs === $String ? $util.Long.prototype.toString.call(message.contributionDeadlineMs) : options.longs === $Number ? new $util.LongBits(message.contributionDeadlineMs.low >>> 0, message.contributionDeadlineMs.high >>> 0).toNumber(true) : message.contributionDeadlineMs;
            if (message.finalDeadlineMs != null && $Object.hasOwnProperty.call(message, "finalDeadlineMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.finalDeadlineMs = typeof message.finalDeadlineMs === "number" ? $BigInt(message.finalDeadlineMs) : $util.Long.fromBits(message.finalDeadlineMs.low >>> 0, message.finalDeadlineMs.high >>> 0, true).toBigInt();
                else if (typeof message.finalDeadlineMs === "number")
                    object.finalDeadlineMs = options.longs === $String ? $String(message.finalDeadlineMs) : message.finalDeadlineMs;
                else
                    object.finalDeadlineMs = options.longs === $String ? $util.Long.prototype.toString.call(message.finalDeadlineMs) : options.longs === $Number ? new $util.LongBits(message.finalDeadlineMs.low >>> 0, message.finalDeadlineMs.high >>> 0).toNumber(true) : message.finalDeadlineMs;
            if (message.revealDeadlineMs != null && $Object.hasOwnProperty.call(message, "revealDeadlineMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.revealDeadlineMs = typeof message.revealDeadlineMs === "number" ? $BigInt(message.revealDeadlineMs) : $util.Long.fromBits(message.revealDeadlineMs.low >>> 0, message.revealDeadlineMs.high >>> 0, true).toBigInt();
                else if (typeof message.revealDeadlineMs === "number")
                    object.revealDeadlineMs = options.longs === $String ? $String(message.revealDeadlineMs) : message.revealDeadlineMs;
                else
                    object.revealDeadlineMs = options.longs === $String ? $util.Long.prototype.toString.call(message.revealDeadlineMs) : options.longs === $Number ? new $util.LongBits(message.revealDeadlineMs.low >>> 0, message.revealDeadlineMs.high >>> 0).toNumber(true) : message.revealDeadlineMs;
            if (message.consensusTimeMs != null && $Object.hasOwnProperty.call(message, "consensusTimeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.consensusTimeMs = typeof message.consensusTimeMs === "number" ? $BigInt(message.consensusTimeMs) : $util.Long.fromBits(message.consensusTimeMs.low >>> 0, message.consensusTimeMs.high >>> 0, true).toBigInt();
                else if (typeof message.consensusTimeMs === "number")
                    object.consensusTimeMs = options.longs === $String ? $String(message.consensusTimeMs) : message.consensusTimeMs;
                else
                    object.consensusTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.consensusTimeMs) : options.longs === $Number ? new $util.LongBits(message.consensusTimeMs.low >>> 0, message.consensusTimeMs.high >>> 0).toNumber(true) : message.consensusTimeMs;
            if (message.consensusValue != null && $Object.hasOwnProperty.call(message, "consensusValue"))
                object.consensusValue = options.bytes === $String ? $util.base64.encode(message.consensusValue, 0, message.consensusValue.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consensusValue) : message.consensusValue;
            if (message.totalWeight != null && $Object.hasOwnProperty.call(message, "totalWeight"))
                object.totalWeight = options.bytes === $String ? $util.base64.encode(message.totalWeight, 0, message.totalWeight.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.totalWeight) : message.totalWeight;
            if (message.groups && message.groups.length) {
                object.groups = $Array(message.groups.length);
                for (let j = 0; j < message.groups.length; ++j)
                    object.groups[j] = $root.poco.ResultGroup.toObject(message.groups[j], options, _depth + 1);
            }
            if (message.contributors && message.contributors.length) {
                object.contributors = $Array(message.contributors.length);
                for (let j = 0; j < message.contributors.length; ++j)
                    object.contributors[j] = options.bytes === $String ? $util.base64.encode(message.contributors[j], 0, message.contributors[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contributors[j]) : message.contributors[j];
            }
            if (message.winnerCount != null && $Object.hasOwnProperty.call(message, "winnerCount"))
                object.winnerCount = message.winnerCount;
            if (message.revealCount != null && $Object.hasOwnProperty.call(message, "revealCount"))
                object.revealCount = message.revealCount;
            if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest"))
                object.resultDigest = options.bytes === $String ? $util.base64.encode(message.resultDigest, 0, message.resultDigest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.resultDigest) : message.resultDigest;
            if (message.results != null && $Object.hasOwnProperty.call(message, "results"))
                object.results = options.bytes === $String ? $util.base64.encode(message.results, 0, message.results.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.results) : message.results;
            if (message.completedTimeMs != null && $Object.hasOwnProperty.call(message, "completedTimeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.completedTimeMs = typeof message.completedTimeMs === "number" ? $BigInt(message.completedTimeMs) : $util.Long.fromBits(message.completedTimeMs.low >>> 0, message.completedTimeMs.high >>> 0, true).toBigInt();
                else if (typeof message.completedTimeMs === "number")
                    object.completedTimeMs = options.longs === $String ? $String(message.completedTimeMs) : message.completedTimeMs;
                else
                    object.completedTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.completedTimeMs) : options.longs === $Number ? new $util.LongBits(message.completedTimeMs.low >>> 0, message.completedTimeMs.high >>> 0).toNumber(true) : message.completedTimeMs;
            return object;
        };

        /**
         * Converts this Task to JSON.
         * @function toJSON
         * @memberof poco.Task
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Task.prototype.toJSON = function() {
            return Task.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Task;
    })();

    poco.Contribution = (function() {

        /**
         * Properties of a Contribution.
         * @typedef {Object} poco.Contribution.$Properties
         * @property {number|null} [status] Contribution status
         * @property {Uint8Array|null} [resultHash] Contribution resultHash
         * @property {Uint8Array|null} [resultSeal] Contribution resultSeal
         * @property {Uint8Array|null} [enclaveChallenge] Contribution enclaveChallenge
         * @property {Uint8Array|null} [weight] Contribution weight
         * @property {Uint8Array|null} [stake] Contribution stake
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Contribution.
         * @memberof poco
         * @interface IContribution
         * @augments poco.Contribution.$Properties
         * @deprecated Use poco.Contribution.$Properties instead.
         */

        /**
         * Shape of a Contribution.
         * @typedef {poco.Contribution.$Properties} poco.Contribution.$Shape
         */

        /**
         * Constructs a new Contribution.
         * @memberof poco
         * @classdesc Represents a Contribution.
         * @constructor
         * @param {poco.Contribution.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Contribution = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Contribution status.
         * @member {number} status
         * @memberof poco.Contribution
         * @instance
         */
        Contribution.prototype.status = 0;

        /**
         * Contribution resultHash.
         * @member {Uint8Array} resultHash
         * @memberof poco.Contribution
         * @instance
         */
        Contribution.prototype.resultHash = $util.newBuffer([]);

        /**
         * Contribution resultSeal.
         * @member {Uint8Array} resultSeal
         * @memberof poco.Contribution
         * @instance
         */
        Contribution.prototype.resultSeal = $util.newBuffer([]);

        /**
         * Contribution enclaveChallenge.
         * @member {Uint8Array} enclaveChallenge
         * @memberof poco.Contribution
         * @instance
         */
        Contribution.prototype.enclaveChallenge = $util.newBuffer([]);

        /**
         * Contribution weight.
         * @member {Uint8Array} weight
         * @memberof poco.Contribution
         * @instance
         */
        Contribution.prototype.weight = $util.newBuffer([]);

        /**
         * Contribution stake.
         * @member {Uint8Array} stake
         * @memberof poco.Contribution
         * @instance
         */
        Contribution.prototype.stake = $util.newBuffer([]);

        /**
         * Creates a new Contribution instance using the specified properties.
         * @function create
         * @memberof poco.Contribution
         * @static
         * @param {poco.Contribution.$Properties=} [properties] Properties to set
         * @returns {poco.Contribution} Contribution instance
         * @type {{
         *   (properties: poco.Contribution.$Shape): poco.Contribution & poco.Contribution.$Shape;
         *   (properties?: poco.Contribution.$Properties): poco.Contribution;
         * }}
         */
        Contribution.create = function(properties) {
            return new Contribution(properties);
        };

        /**
         * Encodes the specified Contribution message. Does not implicitly {@link poco.Contribution.verify|verify} messages.
         * @function encode
         * @memberof poco.Contribution
         * @static
         * @param {poco.Contribution.$Properties} message Contribution message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Contribution.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.status);
            if (message.resultHash != null && $Object.hasOwnProperty.call(message, "resultHash") && message.resultHash.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.resultHash);
            if (message.resultSeal != null && $Object.hasOwnProperty.call(message, "resultSeal") && message.resultSeal.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.resultSeal);
            if (message.enclaveChallenge != null && $Object.hasOwnProperty.call(message, "enclaveChallenge") && message.enclaveChallenge.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.enclaveChallenge);
            if (message.weight != null && $Object.hasOwnProperty.call(message, "weight") && message.weight.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.weight);
            if (message.stake != null && $Object.hasOwnProperty.call(message, "stake") && message.stake.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.stake);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Contribution message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Contribution
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Contribution & poco.Contribution.$Shape} Contribution
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Contribution.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Contribution();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.status = value;
                        else
                            delete message.status;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resultHash = value;
                        else
                            delete message.resultHash;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resultSeal = value;
                        else
                            delete message.resultSeal;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.enclaveChallenge = value;
                        else
                            delete message.enclaveChallenge;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.weight = value;
                        else
                            delete message.weight;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.stake = value;
                        else
                            delete message.stake;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Contribution message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Contribution
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Contribution} Contribution
         */
        Contribution.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Contribution)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Contribution: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Contribution();
            if (object.status != null)
                if ($Number(object.status) !== 0)
                    message.status = object.status >>> 0;
            if (object.resultHash != null)
                if (object.resultHash.length)
                    if (typeof object.resultHash === "string")
                        $util.base64.decode(object.resultHash, message.resultHash = $util.newBuffer($util.base64.length(object.resultHash)), 0);
                    else if (object.resultHash.length >= 0)
                        message.resultHash = object.resultHash;
            if (object.resultSeal != null)
                if (object.resultSeal.length)
                    if (typeof object.resultSeal === "string")
                        $util.base64.decode(object.resultSeal, message.resultSeal = $util.newBuffer($util.base64.length(object.resultSeal)), 0);
                    else if (object.resultSeal.length >= 0)
                        message.resultSeal = object.resultSeal;
            if (object.enclaveChallenge != null)
                if (object.enclaveChallenge.length)
                    if (typeof object.enclaveChallenge === "string")
                        $util.base64.decode(object.enclaveChallenge, message.enclaveChallenge = $util.newBuffer($util.base64.length(object.enclaveChallenge)), 0);
                    else if (object.enclaveChallenge.length >= 0)
                        message.enclaveChallenge = object.enclaveChallenge;
            if (object.weight != null)
                if (object.weight.length)
                    if (typeof object.weight === "string")
                        $util.base64.decode(object.weight, message.weight = $util.newBuffer($util.base64.length(object.weight)), 0);
                    else if (object.weight.length >= 0)
                        message.weight = object.weight;
            if (object.stake != null)
                if (object.stake.length)
                    if (typeof object.stake === "string")
                        $util.base64.decode(object.stake, message.stake = $util.newBuffer($util.base64.length(object.stake)), 0);
                    else if (object.stake.length >= 0)
                        message.stake = object.stake;
            return message;
        };

        /**
         * Creates a plain object from a Contribution message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Contribution
         * @static
         * @param {poco.Contribution} message Contribution
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Contribution.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.status = 0;
                if (options.bytes === $String)
                    object.resultHash = "";
                else {
                    object.resultHash = [];
                    if (options.bytes !== $Array)
                        object.resultHash = $util.newBuffer(object.resultHash);
                }
                if (options.bytes === $String)
                    object.resultSeal = "";
                else {
                    object.resultSeal = [];
                    if (options.bytes !== $Array)
                        object.resultSeal = $util.newBuffer(object.resultSeal);
                }
                if (options.bytes === $String)
                    object.enclaveChallenge = "";
                else {
                    object.enclaveChallenge = [];
                    if (options.bytes !== $Array)
                        object.enclaveChallenge = $util.newBuffer(object.enclaveChallenge);
                }
                if (options.bytes === $String)
                    object.weight = "";
                else {
                    object.weight = [];
                    if (options.bytes !== $Array)
                        object.weight = $util.newBuffer(object.weight);
                }
                if (options.bytes === $String)
                    object.stake = "";
                else {
                    object.stake = [];
                    if (options.bytes !== $Array)
                        object.stake = $util.newBuffer(object.stake);
                }
            }
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                object.status = message.status;
            if (message.resultHash != null && $Object.hasOwnProperty.call(message, "resultHash"))
                object.resultHash = options.bytes === $String ? $util.base64.encode(message.resultHash, 0, message.resultHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.resultHash) : message.resultHash;
            if (message.resultSeal != null && $Object.hasOwnProperty.call(message, "resultSeal"))
                object.resultSeal = options.bytes === $String ? $util.base64.encode(message.resultSeal, 0, message.resultSeal.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.resultSeal) : message.resultSeal;
            if (message.enclaveChallenge != null && $Object.hasOwnProperty.call(message, "enclaveChallenge"))
                object.enclaveChallenge = options.bytes === $String ? $util.base64.encode(message.enclaveChallenge, 0, message.enclaveChallenge.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.enclaveChallenge) : message.enclaveChallenge;
            if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                object.weight = options.bytes === $String ? $util.base64.encode(message.weight, 0, message.weight.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.weight) : message.weight;
            if (message.stake != null && $Object.hasOwnProperty.call(message, "stake"))
                object.stake = options.bytes === $String ? $util.base64.encode(message.stake, 0, message.stake.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stake) : message.stake;
            return object;
        };

        /**
         * Converts this Contribution to JSON.
         * @function toJSON
         * @memberof poco.Contribution
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Contribution.prototype.toJSON = function() {
            return Contribution.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Contribution;
    })();

    poco.WorkerScore = (function() {

        /**
         * Properties of a WorkerScore.
         * @typedef {Object} poco.WorkerScore.$Properties
         * @property {number|Long|null} [score] WorkerScore score
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkerScore.
         * @memberof poco
         * @interface IWorkerScore
         * @augments poco.WorkerScore.$Properties
         * @deprecated Use poco.WorkerScore.$Properties instead.
         */

        /**
         * Shape of a WorkerScore.
         * @typedef {poco.WorkerScore.$Properties} poco.WorkerScore.$Shape
         */

        /**
         * Constructs a new WorkerScore.
         * @memberof poco
         * @classdesc Represents a WorkerScore.
         * @constructor
         * @param {poco.WorkerScore.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkerScore = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WorkerScore score.
         * @member {number|Long} score
         * @memberof poco.WorkerScore
         * @instance
         */
        WorkerScore.prototype.score = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new WorkerScore instance using the specified properties.
         * @function create
         * @memberof poco.WorkerScore
         * @static
         * @param {poco.WorkerScore.$Properties=} [properties] Properties to set
         * @returns {poco.WorkerScore} WorkerScore instance
         * @type {{
         *   (properties: poco.WorkerScore.$Shape): poco.WorkerScore & poco.WorkerScore.$Shape;
         *   (properties?: poco.WorkerScore.$Properties): poco.WorkerScore;
         * }}
         */
        WorkerScore.create = function(properties) {
            return new WorkerScore(properties);
        };

        /**
         * Encodes the specified WorkerScore message. Does not implicitly {@link poco.WorkerScore.verify|verify} messages.
         * @function encode
         * @memberof poco.WorkerScore
         * @static
         * @param {poco.WorkerScore.$Properties} message WorkerScore message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerScore.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.score != null && $Object.hasOwnProperty.call(message, "score") && (typeof message.score === "object" ? message.score.low || message.score.high : message.score !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.score);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WorkerScore message from the specified reader or buffer.
         * @function decode
         * @memberof poco.WorkerScore
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.WorkerScore & poco.WorkerScore.$Shape} WorkerScore
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerScore.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.WorkerScore();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.score = value;
                        else
                            delete message.score;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a WorkerScore message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.WorkerScore
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.WorkerScore} WorkerScore
         */
        WorkerScore.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.WorkerScore)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.WorkerScore: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.WorkerScore();
            if (object.score != null)
                if (typeof object.score === "object" ? object.score.low || object.score.high : $Number(object.score) !== 0)
                    if ($util.Long)
                        message.score = $util.Long.fromValue(object.score, true);
                    else if (typeof object.score === "string")
                        message.score = $parseInt(object.score, 10);
                    else if (typeof object.score === "number")
                        message.score = object.score;
                    else if (typeof object.score === "object")
                        message.score = new $util.LongBits(object.score.low >>> 0, object.score.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a WorkerScore message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.WorkerScore
         * @static
         * @param {poco.WorkerScore} message WorkerScore
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkerScore.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.score = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.score = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.score = typeof message.score === "number" ? $BigInt(message.score) : $util.Long.fromBits(message.score.low >>> 0, message.score.high >>> 0, true).toBigInt();
                else if (typeof message.score === "number")
                    object.score = options.longs === $String ? $String(message.score) : message.score;
                else
                    object.score = options.longs === $String ? $util.Long.prototype.toString.call(message.score) : options.longs === $Number ? new $util.LongBits(message.score.low >>> 0, message.score.high >>> 0).toNumber(true) : message.score;
            return object;
        };

        /**
         * Converts this WorkerScore to JSON.
         * @function toJSON
         * @memberof poco.WorkerScore
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkerScore.prototype.toJSON = function() {
            return WorkerScore.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WorkerScore;
    })();

    poco.WorkerpoolSla = (function() {

        /**
         * Properties of a WorkerpoolSla.
         * @typedef {Object} poco.WorkerpoolSla.$Properties
         * @property {number|Long|null} [completedOnTime] WorkerpoolSla completedOnTime
         * @property {number|Long|null} [completedLate] WorkerpoolSla completedLate
         * @property {number|Long|null} [failed] WorkerpoolSla failed
         * @property {number|Long|null} [totalLatencyMs] WorkerpoolSla totalLatencyMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkerpoolSla.
         * @memberof poco
         * @interface IWorkerpoolSla
         * @augments poco.WorkerpoolSla.$Properties
         * @deprecated Use poco.WorkerpoolSla.$Properties instead.
         */

        /**
         * Shape of a WorkerpoolSla.
         * @typedef {poco.WorkerpoolSla.$Properties} poco.WorkerpoolSla.$Shape
         */

        /**
         * Constructs a new WorkerpoolSla.
         * @memberof poco
         * @classdesc Represents a WorkerpoolSla.
         * @constructor
         * @param {poco.WorkerpoolSla.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkerpoolSla = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WorkerpoolSla completedOnTime.
         * @member {number|Long} completedOnTime
         * @memberof poco.WorkerpoolSla
         * @instance
         */
        WorkerpoolSla.prototype.completedOnTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerpoolSla completedLate.
         * @member {number|Long} completedLate
         * @memberof poco.WorkerpoolSla
         * @instance
         */
        WorkerpoolSla.prototype.completedLate = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerpoolSla failed.
         * @member {number|Long} failed
         * @memberof poco.WorkerpoolSla
         * @instance
         */
        WorkerpoolSla.prototype.failed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerpoolSla totalLatencyMs.
         * @member {number|Long} totalLatencyMs
         * @memberof poco.WorkerpoolSla
         * @instance
         */
        WorkerpoolSla.prototype.totalLatencyMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new WorkerpoolSla instance using the specified properties.
         * @function create
         * @memberof poco.WorkerpoolSla
         * @static
         * @param {poco.WorkerpoolSla.$Properties=} [properties] Properties to set
         * @returns {poco.WorkerpoolSla} WorkerpoolSla instance
         * @type {{
         *   (properties: poco.WorkerpoolSla.$Shape): poco.WorkerpoolSla & poco.WorkerpoolSla.$Shape;
         *   (properties?: poco.WorkerpoolSla.$Properties): poco.WorkerpoolSla;
         * }}
         */
        WorkerpoolSla.create = function(properties) {
            return new WorkerpoolSla(properties);
        };

        /**
         * Encodes the specified WorkerpoolSla message. Does not implicitly {@link poco.WorkerpoolSla.verify|verify} messages.
         * @function encode
         * @memberof poco.WorkerpoolSla
         * @static
         * @param {poco.WorkerpoolSla.$Properties} message WorkerpoolSla message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerpoolSla.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.completedOnTime != null && $Object.hasOwnProperty.call(message, "completedOnTime") && (typeof message.completedOnTime === "object" ? message.completedOnTime.low || message.completedOnTime.high : message.completedOnTime !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.completedOnTime);
            if (message.completedLate != null && $Object.hasOwnProperty.call(message, "completedLate") && (typeof message.completedLate === "object" ? message.completedLate.low || message.completedLate.high : message.completedLate !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.completedLate);
            if (message.failed != null && $Object.hasOwnProperty.call(message, "failed") && (typeof message.failed === "object" ? message.failed.low || message.failed.high : message.failed !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.failed);
            if (message.totalLatencyMs != null && $Object.hasOwnProperty.call(message, "totalLatencyMs") && (typeof message.totalLatencyMs === "object" ? message.totalLatencyMs.low || message.totalLatencyMs.high : message.totalLatencyMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.totalLatencyMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WorkerpoolSla message from the specified reader or buffer.
         * @function decode
         * @memberof poco.WorkerpoolSla
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.WorkerpoolSla & poco.WorkerpoolSla.$Shape} WorkerpoolSla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerpoolSla.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.WorkerpoolSla();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.completedOnTime = value;
                        else
                            delete message.completedOnTime;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.completedLate = value;
                        else
                            delete message.completedLate;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.failed = value;
                        else
                            delete message.failed;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.totalLatencyMs = value;
                        else
                            delete message.totalLatencyMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a WorkerpoolSla message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.WorkerpoolSla
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.WorkerpoolSla} WorkerpoolSla
         */
        WorkerpoolSla.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.WorkerpoolSla)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.WorkerpoolSla: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.WorkerpoolSla();
            if (object.completedOnTime != null)
                if (typeof object.completedOnTime === "object" ? object.completedOnTime.low || object.completedOnTime.high : $Number(object.completedOnTime) !== 0)
                    if ($util.Long)
                        message.completedOnTime = $util.Long.fromValue(object.completedOnTime, true);
                    else if (typeof object.completedOnTime === "string")
                        message.completedOnTime = $parseInt(object.completedOnTime, 10);
                    else if (typeof object.completedOnTime === "number")
                        message.completedOnTime = object.completedOnTime;
                    else if (typeof object.completedOnTime === "object")
                        message.completedOnTime = new $util.LongBits(object.completedOnTime.low >>> 0, object.completedOnTime.high >>> 0).toNumber(true);
            if (object.completedLate != null)
                if (typeof object.completedLate === "object" ? object.completedLate.low || object.completedLate.high : $Number(object.completedLate) !== 0)
                    if ($util.Long)
                        message.completedLate = $util.Long.fromValue(object.completedLate, true);
                    else if (typeof object.completedLate === "string")
                        message.completedLate = $parseInt(object.completedLate, 10);
                    else if (typeof object.completedLate === "number")
                        message.completedLate = object.completedLate;
                    else if (typeof object.completedLate === "object")
                        message.completedLate = new $util.LongBits(object.completedLate.low >>> 0, object.completedLate.high >>> 0).toNumber(true);
            if (object.failed != null)
                if (typeof object.failed === "object" ? object.failed.low || object.failed.high : $Number(object.failed) !== 0)
                    if ($util.Long)
                        message.failed = $util.Long.fromValue(object.failed, true);
                    else if (typeof object.failed === "string")
                        message.failed = $parseInt(object.failed, 10);
                    else if (typeof object.failed === "number")
                        message.failed = object.failed;
                    else if (typeof object.failed === "object")
                        message.failed = new $util.LongBits(object.failed.low >>> 0, object.failed.high >>> 0).toNumber(true);
            if (object.totalLatencyMs != null)
                if (typeof object.totalLatencyMs === "object" ? object.totalLatencyMs.low || object.totalLatencyMs.high : $Number(object.totalLatencyMs) !== 0)
                    if ($util.Long)
                        message.totalLatencyMs = $util.Long.fromValue(object.totalLatencyMs, true);
                    else if (typeof object.totalLatencyMs === "string")
                        message.totalLatencyMs = $parseInt(object.totalLatencyMs, 10);
                    else if (typeof object.totalLatencyMs === "number")
                        message.totalLatencyMs = object.totalLatencyMs;
                    else if (typeof object.totalLatencyMs === "object")
                        message.totalLatencyMs = new $util.LongBits(object.totalLatencyMs.low >>> 0, object.totalLatencyMs.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a WorkerpoolSla message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.WorkerpoolSla
         * @static
         * @param {poco.WorkerpoolSla} message WorkerpoolSla
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkerpoolSla.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.completedOnTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.completedOnTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.completedLate = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.completedLate = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.failed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.failed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.totalLatencyMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.totalLatencyMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.completedOnTime != null && $Object.hasOwnProperty.call(message, "completedOnTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.completedOnTime = typeof message.completedOnTime === "number" ? $BigInt(message.completedOnTime) : $util.Long.fromBits(message.completedOnTime.low >>> 0, message.completedOnTime.high >>> 0, true).toBigInt();
                else if (typeof message.completedOnTime === "number")
                    object.completedOnTime = options.longs === $String ? $String(message.completedOnTime) : message.completedOnTime;
                else
                    object.completedOnTime = options.longs === $String ? $util.Long.prototype.toString.call(message.completedOnTime) : options.longs === $Number ? new $util.LongBits(message.completedOnTime.low >>> 0, message.completedOnTime.high >>> 0).toNumber(true) : message.completedOnTime;
            if (message.completedLate != null && $Object.hasOwnProperty.call(message, "completedLate"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.completedLate = typeof message.completedLate === "number" ? $BigInt(message.completedLate) : $util.Long.fromBits(message.completedLate.low >>> 0, message.completedLate.high >>> 0, true).toBigInt();
                else if (typeof message.completedLate === "number")
                    object.completedLate = options.longs === $String ? $String(message.completedLate) : message.completedLate;
                else
                    object.completedLate = options.longs === $String ? $util.Long.prototype.toString.call(message.completedLate) : options.longs === $Number ? new $util.LongBits(message.completedLate.low >>> 0, message.completedLate.high >>> 0).toNumber(true) : message.completedLate;
            if (message.failed != null && $Object.hasOwnProperty.call(message, "failed"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.failed = typeof message.failed === "number" ? $BigInt(message.failed) : $util.Long.fromBits(message.failed.low >>> 0, message.failed.high >>> 0, true).toBigInt();
                else if (typeof message.failed === "number")
                    object.failed = options.longs === $String ? $String(message.failed) : message.failed;
                else
                    object.failed = options.longs === $String ? $util.Long.prototype.toString.call(message.failed) : options.longs === $Number ? new $util.LongBits(message.failed.low >>> 0, message.failed.high >>> 0).toNumber(true) : message.failed;
            if (message.totalLatencyMs != null && $Object.hasOwnProperty.call(message, "totalLatencyMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.totalLatencyMs = typeof message.totalLatencyMs === "number" ? $BigInt(message.totalLatencyMs) : $util.Long.fromBits(message.totalLatencyMs.low >>> 0, message.totalLatencyMs.high >>> 0, true).toBigInt();
                else if (typeof message.totalLatencyMs === "number")
                    object.totalLatencyMs = options.longs === $String ? $String(message.totalLatencyMs) : message.totalLatencyMs;
                else
                    object.totalLatencyMs = options.longs === $String ? $util.Long.prototype.toString.call(message.totalLatencyMs) : options.longs === $Number ? new $util.LongBits(message.totalLatencyMs.low >>> 0, message.totalLatencyMs.high >>> 0).toNumber(true) : message.totalLatencyMs;
            return object;
        };

        /**
         * Converts this WorkerpoolSla to JSON.
         * @function toJSON
         * @memberof poco.WorkerpoolSla
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkerpoolSla.prototype.toJSON = function() {
            return WorkerpoolSla.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WorkerpoolSla;
    })();

    poco.Kitty = (function() {

        /**
         * Properties of a Kitty.
         * @typedef {Object} poco.Kitty.$Properties
         * @property {Uint8Array|null} [amount] Kitty amount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Kitty.
         * @memberof poco
         * @interface IKitty
         * @augments poco.Kitty.$Properties
         * @deprecated Use poco.Kitty.$Properties instead.
         */

        /**
         * Shape of a Kitty.
         * @typedef {poco.Kitty.$Properties} poco.Kitty.$Shape
         */

        /**
         * Constructs a new Kitty.
         * @memberof poco
         * @classdesc Represents a Kitty.
         * @constructor
         * @param {poco.Kitty.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Kitty = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Kitty amount.
         * @member {Uint8Array} amount
         * @memberof poco.Kitty
         * @instance
         */
        Kitty.prototype.amount = $util.newBuffer([]);

        /**
         * Creates a new Kitty instance using the specified properties.
         * @function create
         * @memberof poco.Kitty
         * @static
         * @param {poco.Kitty.$Properties=} [properties] Properties to set
         * @returns {poco.Kitty} Kitty instance
         * @type {{
         *   (properties: poco.Kitty.$Shape): poco.Kitty & poco.Kitty.$Shape;
         *   (properties?: poco.Kitty.$Properties): poco.Kitty;
         * }}
         */
        Kitty.create = function(properties) {
            return new Kitty(properties);
        };

        /**
         * Encodes the specified Kitty message. Does not implicitly {@link poco.Kitty.verify|verify} messages.
         * @function encode
         * @memberof poco.Kitty
         * @static
         * @param {poco.Kitty.$Properties} message Kitty message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Kitty.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.amount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Kitty message from the specified reader or buffer.
         * @function decode
         * @memberof poco.Kitty
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {poco.Kitty & poco.Kitty.$Shape} Kitty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Kitty.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.poco.Kitty();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.amount = value;
                        else
                            delete message.amount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Creates a Kitty message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof poco.Kitty
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {poco.Kitty} Kitty
         */
        Kitty.fromObject = function (object, _depth) {
            if (object instanceof $root.poco.Kitty)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".poco.Kitty: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.poco.Kitty();
            if (object.amount != null)
                if (object.amount.length)
                    if (typeof object.amount === "string")
                        $util.base64.decode(object.amount, message.amount = $util.newBuffer($util.base64.length(object.amount)), 0);
                    else if (object.amount.length >= 0)
                        message.amount = object.amount;
            return message;
        };

        /**
         * Creates a plain object from a Kitty message. Also converts values to other types if specified.
         * @function toObject
         * @memberof poco.Kitty
         * @static
         * @param {poco.Kitty} message Kitty
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Kitty.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.amount = "";
                else {
                    object.amount = [];
                    if (options.bytes !== $Array)
                        object.amount = $util.newBuffer(object.amount);
                }
            if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                object.amount = options.bytes === $String ? $util.base64.encode(message.amount, 0, message.amount.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.amount) : message.amount;
            return object;
        };

        /**
         * Converts this Kitty to JSON.
         * @function toJSON
         * @memberof poco.Kitty
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Kitty.prototype.toJSON = function() {
            return Kitty.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Kitty;
    })();

    return poco;
})();

export {
  $root as default
};
