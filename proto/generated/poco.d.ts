import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace poco. */
export namespace poco {

    /**
     * Properties of a Transfer.
     * @deprecated Use poco.Transfer.$Properties instead.
     */
    interface ITransfer extends poco.Transfer.$Properties {
    }

    /** Represents a Transfer. */
    class Transfer {

        /**
         * Constructs a new Transfer.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Transfer.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Transfer to. */
        to: Uint8Array;

        /** Transfer amount. */
        amount: Uint8Array;

        /**
         * Creates a new Transfer instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Transfer instance
         */
        static create(properties: poco.Transfer.$Shape): poco.Transfer & poco.Transfer.$Shape;
        static create(properties?: poco.Transfer.$Properties): poco.Transfer;

        /**
         * Encodes the specified Transfer message. Does not implicitly {@link poco.Transfer.verify|verify} messages.
         * @param message Transfer message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Transfer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Transfer message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Transfer & poco.Transfer.$Shape} Transfer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Transfer & poco.Transfer.$Shape;

        /**
         * Creates a Transfer message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Transfer
         */
        static fromObject(object: { [k: string]: any }): poco.Transfer;

        /**
         * Creates a plain object from a Transfer message. Also converts values to other types if specified.
         * @param message Transfer
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Transfer, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Transfer to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Transfer {

        /** Properties of a Transfer. */
        interface $Properties {

            /** Transfer to */
            to?: (Uint8Array|null);

            /** Transfer amount */
            amount?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Transfer. */
        type $Shape = poco.Transfer.$Properties;
    }

    /**
     * Properties of a Stake.
     * @deprecated Use poco.Stake.$Properties instead.
     */
    interface IStake extends poco.Stake.$Properties {
    }

    /** Represents a Stake. */
    class Stake {

        /**
         * Constructs a new Stake.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Stake.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Stake amount. */
        amount: Uint8Array;

        /**
         * Creates a new Stake instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Stake instance
         */
        static create(properties: poco.Stake.$Shape): poco.Stake & poco.Stake.$Shape;
        static create(properties?: poco.Stake.$Properties): poco.Stake;

        /**
         * Encodes the specified Stake message. Does not implicitly {@link poco.Stake.verify|verify} messages.
         * @param message Stake message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Stake.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Stake message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Stake & poco.Stake.$Shape} Stake
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Stake & poco.Stake.$Shape;

        /**
         * Creates a Stake message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Stake
         */
        static fromObject(object: { [k: string]: any }): poco.Stake;

        /**
         * Creates a plain object from a Stake message. Also converts values to other types if specified.
         * @param message Stake
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Stake, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Stake to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Stake {

        /** Properties of a Stake. */
        interface $Properties {

            /** Stake amount */
            amount?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Stake. */
        type $Shape = poco.Stake.$Properties;
    }

    /**
     * Properties of an Unstake.
     * @deprecated Use poco.Unstake.$Properties instead.
     */
    interface IUnstake extends poco.Unstake.$Properties {
    }

    /** Represents an Unstake. */
    class Unstake {

        /**
         * Constructs a new Unstake.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Unstake.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Unstake amount. */
        amount: Uint8Array;

        /**
         * Creates a new Unstake instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Unstake instance
         */
        static create(properties: poco.Unstake.$Shape): poco.Unstake & poco.Unstake.$Shape;
        static create(properties?: poco.Unstake.$Properties): poco.Unstake;

        /**
         * Encodes the specified Unstake message. Does not implicitly {@link poco.Unstake.verify|verify} messages.
         * @param message Unstake message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Unstake.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Unstake message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Unstake & poco.Unstake.$Shape} Unstake
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Unstake & poco.Unstake.$Shape;

        /**
         * Creates an Unstake message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Unstake
         */
        static fromObject(object: { [k: string]: any }): poco.Unstake;

        /**
         * Creates a plain object from an Unstake message. Also converts values to other types if specified.
         * @param message Unstake
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Unstake, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Unstake to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Unstake {

        /** Properties of an Unstake. */
        interface $Properties {

            /** Unstake amount */
            amount?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Unstake. */
        type $Shape = poco.Unstake.$Properties;
    }

    /**
     * Properties of a Bond.
     * @deprecated Use poco.Bond.$Properties instead.
     */
    interface IBond extends poco.Bond.$Properties {
    }

    /** Represents a Bond. */
    class Bond {

        /**
         * Constructs a new Bond.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Bond.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Bond amount. */
        amount: Uint8Array;

        /**
         * Creates a new Bond instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Bond instance
         */
        static create(properties: poco.Bond.$Shape): poco.Bond & poco.Bond.$Shape;
        static create(properties?: poco.Bond.$Properties): poco.Bond;

        /**
         * Encodes the specified Bond message. Does not implicitly {@link poco.Bond.verify|verify} messages.
         * @param message Bond message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Bond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Bond message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Bond & poco.Bond.$Shape} Bond
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Bond & poco.Bond.$Shape;

        /**
         * Creates a Bond message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Bond
         */
        static fromObject(object: { [k: string]: any }): poco.Bond;

        /**
         * Creates a plain object from a Bond message. Also converts values to other types if specified.
         * @param message Bond
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Bond, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Bond to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Bond {

        /** Properties of a Bond. */
        interface $Properties {

            /** Bond amount */
            amount?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Bond. */
        type $Shape = poco.Bond.$Properties;
    }

    /**
     * Properties of an Unbond.
     * @deprecated Use poco.Unbond.$Properties instead.
     */
    interface IUnbond extends poco.Unbond.$Properties {
    }

    /** Represents an Unbond. */
    class Unbond {

        /**
         * Constructs a new Unbond.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Unbond.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Unbond amount. */
        amount: Uint8Array;

        /**
         * Creates a new Unbond instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Unbond instance
         */
        static create(properties: poco.Unbond.$Shape): poco.Unbond & poco.Unbond.$Shape;
        static create(properties?: poco.Unbond.$Properties): poco.Unbond;

        /**
         * Encodes the specified Unbond message. Does not implicitly {@link poco.Unbond.verify|verify} messages.
         * @param message Unbond message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Unbond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Unbond message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Unbond & poco.Unbond.$Shape} Unbond
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Unbond & poco.Unbond.$Shape;

        /**
         * Creates an Unbond message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Unbond
         */
        static fromObject(object: { [k: string]: any }): poco.Unbond;

        /**
         * Creates a plain object from an Unbond message. Also converts values to other types if specified.
         * @param message Unbond
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Unbond, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Unbond to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Unbond {

        /** Properties of an Unbond. */
        interface $Properties {

            /** Unbond amount */
            amount?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Unbond. */
        type $Shape = poco.Unbond.$Properties;
    }

    /**
     * Properties of an Unjail.
     * @deprecated Use poco.Unjail.$Properties instead.
     */
    interface IUnjail extends poco.Unjail.$Properties {
    }

    /** Represents an Unjail. */
    class Unjail {

        /**
         * Constructs a new Unjail.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Unjail.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Unjail instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Unjail instance
         */
        static create(properties: poco.Unjail.$Shape): poco.Unjail & poco.Unjail.$Shape;
        static create(properties?: poco.Unjail.$Properties): poco.Unjail;

        /**
         * Encodes the specified Unjail message. Does not implicitly {@link poco.Unjail.verify|verify} messages.
         * @param message Unjail message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Unjail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Unjail message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Unjail & poco.Unjail.$Shape} Unjail
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Unjail & poco.Unjail.$Shape;

        /**
         * Creates an Unjail message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Unjail
         */
        static fromObject(object: { [k: string]: any }): poco.Unjail;

        /**
         * Creates a plain object from an Unjail message. Also converts values to other types if specified.
         * @param message Unjail
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Unjail, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Unjail to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Unjail {

        /** Properties of an Unjail. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Unjail. */
        type $Shape = poco.Unjail.$Properties;
    }

    /**
     * Properties of a SetPeerId.
     * @deprecated Use poco.SetPeerId.$Properties instead.
     */
    interface ISetPeerId extends poco.SetPeerId.$Properties {
    }

    /** Represents a SetPeerId. */
    class SetPeerId {

        /**
         * Constructs a new SetPeerId.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.SetPeerId.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SetPeerId peerId. */
        peerId: Uint8Array;

        /**
         * Creates a new SetPeerId instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetPeerId instance
         */
        static create(properties: poco.SetPeerId.$Shape): poco.SetPeerId & poco.SetPeerId.$Shape;
        static create(properties?: poco.SetPeerId.$Properties): poco.SetPeerId;

        /**
         * Encodes the specified SetPeerId message. Does not implicitly {@link poco.SetPeerId.verify|verify} messages.
         * @param message SetPeerId message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.SetPeerId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetPeerId message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.SetPeerId & poco.SetPeerId.$Shape} SetPeerId
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.SetPeerId & poco.SetPeerId.$Shape;

        /**
         * Creates a SetPeerId message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetPeerId
         */
        static fromObject(object: { [k: string]: any }): poco.SetPeerId;

        /**
         * Creates a plain object from a SetPeerId message. Also converts values to other types if specified.
         * @param message SetPeerId
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.SetPeerId, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetPeerId to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SetPeerId {

        /** Properties of a SetPeerId. */
        interface $Properties {

            /** SetPeerId peerId */
            peerId?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SetPeerId. */
        type $Shape = poco.SetPeerId.$Properties;
    }

    /**
     * Properties of a RegisterApp.
     * @deprecated Use poco.RegisterApp.$Properties instead.
     */
    interface IRegisterApp extends poco.RegisterApp.$Properties {
    }

    /** Represents a RegisterApp. */
    class RegisterApp {

        /**
         * Constructs a new RegisterApp.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.RegisterApp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegisterApp name. */
        name: string;

        /** RegisterApp uri. */
        uri: string;

        /** RegisterApp checksum. */
        checksum: Uint8Array;

        /** RegisterApp mrenclave. */
        mrenclave: Uint8Array;

        /**
         * Creates a new RegisterApp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisterApp instance
         */
        static create(properties: poco.RegisterApp.$Shape): poco.RegisterApp & poco.RegisterApp.$Shape;
        static create(properties?: poco.RegisterApp.$Properties): poco.RegisterApp;

        /**
         * Encodes the specified RegisterApp message. Does not implicitly {@link poco.RegisterApp.verify|verify} messages.
         * @param message RegisterApp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.RegisterApp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterApp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.RegisterApp & poco.RegisterApp.$Shape} RegisterApp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.RegisterApp & poco.RegisterApp.$Shape;

        /**
         * Creates a RegisterApp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RegisterApp
         */
        static fromObject(object: { [k: string]: any }): poco.RegisterApp;

        /**
         * Creates a plain object from a RegisterApp message. Also converts values to other types if specified.
         * @param message RegisterApp
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.RegisterApp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RegisterApp to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RegisterApp {

        /** Properties of a RegisterApp. */
        interface $Properties {

            /** RegisterApp name */
            name?: (string|null);

            /** RegisterApp uri */
            uri?: (string|null);

            /** RegisterApp checksum */
            checksum?: (Uint8Array|null);

            /** RegisterApp mrenclave */
            mrenclave?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegisterApp. */
        type $Shape = poco.RegisterApp.$Properties;
    }

    /**
     * Properties of a RegisterDataset.
     * @deprecated Use poco.RegisterDataset.$Properties instead.
     */
    interface IRegisterDataset extends poco.RegisterDataset.$Properties {
    }

    /** Represents a RegisterDataset. */
    class RegisterDataset {

        /**
         * Constructs a new RegisterDataset.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.RegisterDataset.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegisterDataset name. */
        name: string;

        /** RegisterDataset uri. */
        uri: string;

        /** RegisterDataset checksum. */
        checksum: Uint8Array;

        /**
         * Creates a new RegisterDataset instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisterDataset instance
         */
        static create(properties: poco.RegisterDataset.$Shape): poco.RegisterDataset & poco.RegisterDataset.$Shape;
        static create(properties?: poco.RegisterDataset.$Properties): poco.RegisterDataset;

        /**
         * Encodes the specified RegisterDataset message. Does not implicitly {@link poco.RegisterDataset.verify|verify} messages.
         * @param message RegisterDataset message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.RegisterDataset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterDataset message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.RegisterDataset & poco.RegisterDataset.$Shape} RegisterDataset
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.RegisterDataset & poco.RegisterDataset.$Shape;

        /**
         * Creates a RegisterDataset message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RegisterDataset
         */
        static fromObject(object: { [k: string]: any }): poco.RegisterDataset;

        /**
         * Creates a plain object from a RegisterDataset message. Also converts values to other types if specified.
         * @param message RegisterDataset
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.RegisterDataset, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RegisterDataset to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RegisterDataset {

        /** Properties of a RegisterDataset. */
        interface $Properties {

            /** RegisterDataset name */
            name?: (string|null);

            /** RegisterDataset uri */
            uri?: (string|null);

            /** RegisterDataset checksum */
            checksum?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegisterDataset. */
        type $Shape = poco.RegisterDataset.$Properties;
    }

    /**
     * Properties of a RegisterWorkerpool.
     * @deprecated Use poco.RegisterWorkerpool.$Properties instead.
     */
    interface IRegisterWorkerpool extends poco.RegisterWorkerpool.$Properties {
    }

    /** Represents a RegisterWorkerpool. */
    class RegisterWorkerpool {

        /**
         * Constructs a new RegisterWorkerpool.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.RegisterWorkerpool.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegisterWorkerpool description. */
        description: string;

        /** RegisterWorkerpool schedulerRewardRatio. */
        schedulerRewardRatio: number;

        /** RegisterWorkerpool powerEfficiency. */
        powerEfficiency: number;

        /**
         * Creates a new RegisterWorkerpool instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisterWorkerpool instance
         */
        static create(properties: poco.RegisterWorkerpool.$Shape): poco.RegisterWorkerpool & poco.RegisterWorkerpool.$Shape;
        static create(properties?: poco.RegisterWorkerpool.$Properties): poco.RegisterWorkerpool;

        /**
         * Encodes the specified RegisterWorkerpool message. Does not implicitly {@link poco.RegisterWorkerpool.verify|verify} messages.
         * @param message RegisterWorkerpool message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.RegisterWorkerpool.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterWorkerpool message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.RegisterWorkerpool & poco.RegisterWorkerpool.$Shape} RegisterWorkerpool
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.RegisterWorkerpool & poco.RegisterWorkerpool.$Shape;

        /**
         * Creates a RegisterWorkerpool message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RegisterWorkerpool
         */
        static fromObject(object: { [k: string]: any }): poco.RegisterWorkerpool;

        /**
         * Creates a plain object from a RegisterWorkerpool message. Also converts values to other types if specified.
         * @param message RegisterWorkerpool
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.RegisterWorkerpool, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RegisterWorkerpool to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RegisterWorkerpool {

        /** Properties of a RegisterWorkerpool. */
        interface $Properties {

            /** RegisterWorkerpool description */
            description?: (string|null);

            /** RegisterWorkerpool schedulerRewardRatio */
            schedulerRewardRatio?: (number|null);

            /** RegisterWorkerpool powerEfficiency */
            powerEfficiency?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegisterWorkerpool. */
        type $Shape = poco.RegisterWorkerpool.$Properties;
    }

    /**
     * Properties of a RegisterCategory.
     * @deprecated Use poco.RegisterCategory.$Properties instead.
     */
    interface IRegisterCategory extends poco.RegisterCategory.$Properties {
    }

    /** Represents a RegisterCategory. */
    class RegisterCategory {

        /**
         * Constructs a new RegisterCategory.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.RegisterCategory.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegisterCategory name. */
        name: string;

        /** RegisterCategory description. */
        description: string;

        /** RegisterCategory workClockTimeRef. */
        workClockTimeRef: (number|Long);

        /**
         * Creates a new RegisterCategory instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisterCategory instance
         */
        static create(properties: poco.RegisterCategory.$Shape): poco.RegisterCategory & poco.RegisterCategory.$Shape;
        static create(properties?: poco.RegisterCategory.$Properties): poco.RegisterCategory;

        /**
         * Encodes the specified RegisterCategory message. Does not implicitly {@link poco.RegisterCategory.verify|verify} messages.
         * @param message RegisterCategory message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.RegisterCategory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterCategory message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.RegisterCategory & poco.RegisterCategory.$Shape} RegisterCategory
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.RegisterCategory & poco.RegisterCategory.$Shape;

        /**
         * Creates a RegisterCategory message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RegisterCategory
         */
        static fromObject(object: { [k: string]: any }): poco.RegisterCategory;

        /**
         * Creates a plain object from a RegisterCategory message. Also converts values to other types if specified.
         * @param message RegisterCategory
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.RegisterCategory, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RegisterCategory to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RegisterCategory {

        /** Properties of a RegisterCategory. */
        interface $Properties {

            /** RegisterCategory name */
            name?: (string|null);

            /** RegisterCategory description */
            description?: (string|null);

            /** RegisterCategory workClockTimeRef */
            workClockTimeRef?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegisterCategory. */
        type $Shape = poco.RegisterCategory.$Properties;
    }

    /**
     * Properties of an AppOrder.
     * @deprecated Use poco.AppOrder.$Properties instead.
     */
    interface IAppOrder extends poco.AppOrder.$Properties {
    }

    /** Represents an AppOrder. */
    class AppOrder {

        /**
         * Constructs a new AppOrder.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.AppOrder.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AppOrder app. */
        app: Uint8Array;

        /** AppOrder appprice. */
        appprice: Uint8Array;

        /** AppOrder volume. */
        volume: Uint8Array;

        /** AppOrder tag. */
        tag: Uint8Array;

        /** AppOrder datasetrestrict. */
        datasetrestrict: Uint8Array;

        /** AppOrder workerpoolrestrict. */
        workerpoolrestrict: Uint8Array;

        /** AppOrder requesterrestrict. */
        requesterrestrict: Uint8Array;

        /** AppOrder salt. */
        salt: Uint8Array;

        /** AppOrder sign. */
        sign: Uint8Array;

        /**
         * Creates a new AppOrder instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AppOrder instance
         */
        static create(properties: poco.AppOrder.$Shape): poco.AppOrder & poco.AppOrder.$Shape;
        static create(properties?: poco.AppOrder.$Properties): poco.AppOrder;

        /**
         * Encodes the specified AppOrder message. Does not implicitly {@link poco.AppOrder.verify|verify} messages.
         * @param message AppOrder message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.AppOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AppOrder message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.AppOrder & poco.AppOrder.$Shape} AppOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.AppOrder & poco.AppOrder.$Shape;

        /**
         * Creates an AppOrder message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AppOrder
         */
        static fromObject(object: { [k: string]: any }): poco.AppOrder;

        /**
         * Creates a plain object from an AppOrder message. Also converts values to other types if specified.
         * @param message AppOrder
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.AppOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AppOrder to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace AppOrder {

        /** Properties of an AppOrder. */
        interface $Properties {

            /** AppOrder app */
            app?: (Uint8Array|null);

            /** AppOrder appprice */
            appprice?: (Uint8Array|null);

            /** AppOrder volume */
            volume?: (Uint8Array|null);

            /** AppOrder tag */
            tag?: (Uint8Array|null);

            /** AppOrder datasetrestrict */
            datasetrestrict?: (Uint8Array|null);

            /** AppOrder workerpoolrestrict */
            workerpoolrestrict?: (Uint8Array|null);

            /** AppOrder requesterrestrict */
            requesterrestrict?: (Uint8Array|null);

            /** AppOrder salt */
            salt?: (Uint8Array|null);

            /** AppOrder sign */
            sign?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AppOrder. */
        type $Shape = poco.AppOrder.$Properties;
    }

    /**
     * Properties of a DatasetOrder.
     * @deprecated Use poco.DatasetOrder.$Properties instead.
     */
    interface IDatasetOrder extends poco.DatasetOrder.$Properties {
    }

    /** Represents a DatasetOrder. */
    class DatasetOrder {

        /**
         * Constructs a new DatasetOrder.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.DatasetOrder.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DatasetOrder dataset. */
        dataset: Uint8Array;

        /** DatasetOrder datasetprice. */
        datasetprice: Uint8Array;

        /** DatasetOrder volume. */
        volume: Uint8Array;

        /** DatasetOrder tag. */
        tag: Uint8Array;

        /** DatasetOrder apprestrict. */
        apprestrict: Uint8Array;

        /** DatasetOrder workerpoolrestrict. */
        workerpoolrestrict: Uint8Array;

        /** DatasetOrder requesterrestrict. */
        requesterrestrict: Uint8Array;

        /** DatasetOrder salt. */
        salt: Uint8Array;

        /** DatasetOrder sign. */
        sign: Uint8Array;

        /**
         * Creates a new DatasetOrder instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DatasetOrder instance
         */
        static create(properties: poco.DatasetOrder.$Shape): poco.DatasetOrder & poco.DatasetOrder.$Shape;
        static create(properties?: poco.DatasetOrder.$Properties): poco.DatasetOrder;

        /**
         * Encodes the specified DatasetOrder message. Does not implicitly {@link poco.DatasetOrder.verify|verify} messages.
         * @param message DatasetOrder message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.DatasetOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DatasetOrder message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.DatasetOrder & poco.DatasetOrder.$Shape} DatasetOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.DatasetOrder & poco.DatasetOrder.$Shape;

        /**
         * Creates a DatasetOrder message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DatasetOrder
         */
        static fromObject(object: { [k: string]: any }): poco.DatasetOrder;

        /**
         * Creates a plain object from a DatasetOrder message. Also converts values to other types if specified.
         * @param message DatasetOrder
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.DatasetOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DatasetOrder to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DatasetOrder {

        /** Properties of a DatasetOrder. */
        interface $Properties {

            /** DatasetOrder dataset */
            dataset?: (Uint8Array|null);

            /** DatasetOrder datasetprice */
            datasetprice?: (Uint8Array|null);

            /** DatasetOrder volume */
            volume?: (Uint8Array|null);

            /** DatasetOrder tag */
            tag?: (Uint8Array|null);

            /** DatasetOrder apprestrict */
            apprestrict?: (Uint8Array|null);

            /** DatasetOrder workerpoolrestrict */
            workerpoolrestrict?: (Uint8Array|null);

            /** DatasetOrder requesterrestrict */
            requesterrestrict?: (Uint8Array|null);

            /** DatasetOrder salt */
            salt?: (Uint8Array|null);

            /** DatasetOrder sign */
            sign?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DatasetOrder. */
        type $Shape = poco.DatasetOrder.$Properties;
    }

    /**
     * Properties of a WorkerpoolOrder.
     * @deprecated Use poco.WorkerpoolOrder.$Properties instead.
     */
    interface IWorkerpoolOrder extends poco.WorkerpoolOrder.$Properties {
    }

    /** Represents a WorkerpoolOrder. */
    class WorkerpoolOrder {

        /**
         * Constructs a new WorkerpoolOrder.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.WorkerpoolOrder.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WorkerpoolOrder workerpool. */
        workerpool: Uint8Array;

        /** WorkerpoolOrder workerpoolprice. */
        workerpoolprice: Uint8Array;

        /** WorkerpoolOrder volume. */
        volume: Uint8Array;

        /** WorkerpoolOrder tag. */
        tag: Uint8Array;

        /** WorkerpoolOrder category. */
        category: Uint8Array;

        /** WorkerpoolOrder trust. */
        trust: Uint8Array;

        /** WorkerpoolOrder apprestrict. */
        apprestrict: Uint8Array;

        /** WorkerpoolOrder datasetrestrict. */
        datasetrestrict: Uint8Array;

        /** WorkerpoolOrder requesterrestrict. */
        requesterrestrict: Uint8Array;

        /** WorkerpoolOrder salt. */
        salt: Uint8Array;

        /** WorkerpoolOrder sign. */
        sign: Uint8Array;

        /**
         * Creates a new WorkerpoolOrder instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WorkerpoolOrder instance
         */
        static create(properties: poco.WorkerpoolOrder.$Shape): poco.WorkerpoolOrder & poco.WorkerpoolOrder.$Shape;
        static create(properties?: poco.WorkerpoolOrder.$Properties): poco.WorkerpoolOrder;

        /**
         * Encodes the specified WorkerpoolOrder message. Does not implicitly {@link poco.WorkerpoolOrder.verify|verify} messages.
         * @param message WorkerpoolOrder message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.WorkerpoolOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WorkerpoolOrder message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.WorkerpoolOrder & poco.WorkerpoolOrder.$Shape} WorkerpoolOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.WorkerpoolOrder & poco.WorkerpoolOrder.$Shape;

        /**
         * Creates a WorkerpoolOrder message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WorkerpoolOrder
         */
        static fromObject(object: { [k: string]: any }): poco.WorkerpoolOrder;

        /**
         * Creates a plain object from a WorkerpoolOrder message. Also converts values to other types if specified.
         * @param message WorkerpoolOrder
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.WorkerpoolOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WorkerpoolOrder to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace WorkerpoolOrder {

        /** Properties of a WorkerpoolOrder. */
        interface $Properties {

            /** WorkerpoolOrder workerpool */
            workerpool?: (Uint8Array|null);

            /** WorkerpoolOrder workerpoolprice */
            workerpoolprice?: (Uint8Array|null);

            /** WorkerpoolOrder volume */
            volume?: (Uint8Array|null);

            /** WorkerpoolOrder tag */
            tag?: (Uint8Array|null);

            /** WorkerpoolOrder category */
            category?: (Uint8Array|null);

            /** WorkerpoolOrder trust */
            trust?: (Uint8Array|null);

            /** WorkerpoolOrder apprestrict */
            apprestrict?: (Uint8Array|null);

            /** WorkerpoolOrder datasetrestrict */
            datasetrestrict?: (Uint8Array|null);

            /** WorkerpoolOrder requesterrestrict */
            requesterrestrict?: (Uint8Array|null);

            /** WorkerpoolOrder salt */
            salt?: (Uint8Array|null);

            /** WorkerpoolOrder sign */
            sign?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WorkerpoolOrder. */
        type $Shape = poco.WorkerpoolOrder.$Properties;
    }

    /**
     * Properties of a RequestOrder.
     * @deprecated Use poco.RequestOrder.$Properties instead.
     */
    interface IRequestOrder extends poco.RequestOrder.$Properties {
    }

    /** Represents a RequestOrder. */
    class RequestOrder {

        /**
         * Constructs a new RequestOrder.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.RequestOrder.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RequestOrder app. */
        app: Uint8Array;

        /** RequestOrder appmaxprice. */
        appmaxprice: Uint8Array;

        /** RequestOrder dataset. */
        dataset: Uint8Array;

        /** RequestOrder datasetmaxprice. */
        datasetmaxprice: Uint8Array;

        /** RequestOrder workerpool. */
        workerpool: Uint8Array;

        /** RequestOrder workerpoolmaxprice. */
        workerpoolmaxprice: Uint8Array;

        /** RequestOrder requester. */
        requester: Uint8Array;

        /** RequestOrder volume. */
        volume: Uint8Array;

        /** RequestOrder tag. */
        tag: Uint8Array;

        /** RequestOrder category. */
        category: Uint8Array;

        /** RequestOrder trust. */
        trust: Uint8Array;

        /** RequestOrder beneficiary. */
        beneficiary: Uint8Array;

        /** RequestOrder callback. */
        callback: Uint8Array;

        /** RequestOrder params. */
        params: string;

        /** RequestOrder salt. */
        salt: Uint8Array;

        /** RequestOrder sign. */
        sign: Uint8Array;

        /**
         * Creates a new RequestOrder instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestOrder instance
         */
        static create(properties: poco.RequestOrder.$Shape): poco.RequestOrder & poco.RequestOrder.$Shape;
        static create(properties?: poco.RequestOrder.$Properties): poco.RequestOrder;

        /**
         * Encodes the specified RequestOrder message. Does not implicitly {@link poco.RequestOrder.verify|verify} messages.
         * @param message RequestOrder message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.RequestOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestOrder message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.RequestOrder & poco.RequestOrder.$Shape} RequestOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.RequestOrder & poco.RequestOrder.$Shape;

        /**
         * Creates a RequestOrder message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RequestOrder
         */
        static fromObject(object: { [k: string]: any }): poco.RequestOrder;

        /**
         * Creates a plain object from a RequestOrder message. Also converts values to other types if specified.
         * @param message RequestOrder
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.RequestOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RequestOrder to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RequestOrder {

        /** Properties of a RequestOrder. */
        interface $Properties {

            /** RequestOrder app */
            app?: (Uint8Array|null);

            /** RequestOrder appmaxprice */
            appmaxprice?: (Uint8Array|null);

            /** RequestOrder dataset */
            dataset?: (Uint8Array|null);

            /** RequestOrder datasetmaxprice */
            datasetmaxprice?: (Uint8Array|null);

            /** RequestOrder workerpool */
            workerpool?: (Uint8Array|null);

            /** RequestOrder workerpoolmaxprice */
            workerpoolmaxprice?: (Uint8Array|null);

            /** RequestOrder requester */
            requester?: (Uint8Array|null);

            /** RequestOrder volume */
            volume?: (Uint8Array|null);

            /** RequestOrder tag */
            tag?: (Uint8Array|null);

            /** RequestOrder category */
            category?: (Uint8Array|null);

            /** RequestOrder trust */
            trust?: (Uint8Array|null);

            /** RequestOrder beneficiary */
            beneficiary?: (Uint8Array|null);

            /** RequestOrder callback */
            callback?: (Uint8Array|null);

            /** RequestOrder params */
            params?: (string|null);

            /** RequestOrder salt */
            salt?: (Uint8Array|null);

            /** RequestOrder sign */
            sign?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RequestOrder. */
        type $Shape = poco.RequestOrder.$Properties;
    }

    /**
     * Properties of a PublishOrder.
     * @deprecated Use poco.PublishOrder.$Properties instead.
     */
    interface IPublishOrder extends poco.PublishOrder.$Properties {
    }

    /** Represents a PublishOrder. */
    class PublishOrder {

        /**
         * Constructs a new PublishOrder.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.PublishOrder.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PublishOrder app. */
        app?: (poco.AppOrder.$Properties|null);

        /** PublishOrder dataset. */
        dataset?: (poco.DatasetOrder.$Properties|null);

        /** PublishOrder workerpool. */
        workerpool?: (poco.WorkerpoolOrder.$Properties|null);

        /** PublishOrder request. */
        request?: (poco.RequestOrder.$Properties|null);

        /** PublishOrder matchGas. */
        matchGas: (number|Long);

        /** PublishOrder order. */
        order?: ("app"|"dataset"|"workerpool"|"request");

        /**
         * Creates a new PublishOrder instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PublishOrder instance
         */
        static create(properties: poco.PublishOrder.$Shape): poco.PublishOrder & poco.PublishOrder.$Shape;
        static create(properties?: poco.PublishOrder.$Properties): poco.PublishOrder;

        /**
         * Encodes the specified PublishOrder message. Does not implicitly {@link poco.PublishOrder.verify|verify} messages.
         * @param message PublishOrder message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.PublishOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PublishOrder message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.PublishOrder & poco.PublishOrder.$Shape} PublishOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.PublishOrder & poco.PublishOrder.$Shape;

        /**
         * Creates a PublishOrder message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PublishOrder
         */
        static fromObject(object: { [k: string]: any }): poco.PublishOrder;

        /**
         * Creates a plain object from a PublishOrder message. Also converts values to other types if specified.
         * @param message PublishOrder
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.PublishOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PublishOrder to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PublishOrder {

        /** Properties of a PublishOrder. */
        interface $Properties {

            /** PublishOrder app */
            app?: (poco.AppOrder.$Properties|null);

            /** PublishOrder dataset */
            dataset?: (poco.DatasetOrder.$Properties|null);

            /** PublishOrder workerpool */
            workerpool?: (poco.WorkerpoolOrder.$Properties|null);

            /** PublishOrder request */
            request?: (poco.RequestOrder.$Properties|null);

            /** PublishOrder matchGas */
            matchGas?: (number|Long|null);

            /** PublishOrder order */
            order?: ("app"|"dataset"|"workerpool"|"request");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a PublishOrder. */
        type $Shape = {
          app?: poco.AppOrder.$Shape|null;
          dataset?: poco.DatasetOrder.$Shape|null;
          workerpool?: poco.WorkerpoolOrder.$Shape|null;
          request?: poco.RequestOrder.$Shape|null;
          matchGas?: number|Long|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ order?: undefined; app?: null; dataset?: null; workerpool?: null; request?: null }|{ order?: "app"; app: poco.AppOrder.$Shape; dataset?: null; workerpool?: null; request?: null }|{ order?: "dataset"; app?: null; dataset: poco.DatasetOrder.$Shape; workerpool?: null; request?: null }|{ order?: "workerpool"; app?: null; dataset?: null; workerpool: poco.WorkerpoolOrder.$Shape; request?: null }|{ order?: "request"; app?: null; dataset?: null; workerpool?: null; request: poco.RequestOrder.$Shape })
        );
    }

    /**
     * Properties of a CancelOrder.
     * @deprecated Use poco.CancelOrder.$Properties instead.
     */
    interface ICancelOrder extends poco.CancelOrder.$Properties {
    }

    /** Represents a CancelOrder. */
    class CancelOrder {

        /**
         * Constructs a new CancelOrder.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.CancelOrder.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CancelOrder orderHash. */
        orderHash: Uint8Array;

        /**
         * Creates a new CancelOrder instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CancelOrder instance
         */
        static create(properties: poco.CancelOrder.$Shape): poco.CancelOrder & poco.CancelOrder.$Shape;
        static create(properties?: poco.CancelOrder.$Properties): poco.CancelOrder;

        /**
         * Encodes the specified CancelOrder message. Does not implicitly {@link poco.CancelOrder.verify|verify} messages.
         * @param message CancelOrder message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.CancelOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CancelOrder message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.CancelOrder & poco.CancelOrder.$Shape} CancelOrder
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.CancelOrder & poco.CancelOrder.$Shape;

        /**
         * Creates a CancelOrder message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CancelOrder
         */
        static fromObject(object: { [k: string]: any }): poco.CancelOrder;

        /**
         * Creates a plain object from a CancelOrder message. Also converts values to other types if specified.
         * @param message CancelOrder
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.CancelOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CancelOrder to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CancelOrder {

        /** Properties of a CancelOrder. */
        interface $Properties {

            /** CancelOrder orderHash */
            orderHash?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CancelOrder. */
        type $Shape = poco.CancelOrder.$Properties;
    }

    /**
     * Properties of a MatchOrders.
     * @deprecated Use poco.MatchOrders.$Properties instead.
     */
    interface IMatchOrders extends poco.MatchOrders.$Properties {
    }

    /** Represents a MatchOrders. */
    class MatchOrders {

        /**
         * Constructs a new MatchOrders.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.MatchOrders.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MatchOrders app. */
        app?: (poco.AppOrder.$Properties|null);

        /** MatchOrders dataset. */
        dataset?: (poco.DatasetOrder.$Properties|null);

        /** MatchOrders workerpool. */
        workerpool?: (poco.WorkerpoolOrder.$Properties|null);

        /** MatchOrders request. */
        request?: (poco.RequestOrder.$Properties|null);

        /**
         * Creates a new MatchOrders instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MatchOrders instance
         */
        static create(properties: poco.MatchOrders.$Shape): poco.MatchOrders & poco.MatchOrders.$Shape;
        static create(properties?: poco.MatchOrders.$Properties): poco.MatchOrders;

        /**
         * Encodes the specified MatchOrders message. Does not implicitly {@link poco.MatchOrders.verify|verify} messages.
         * @param message MatchOrders message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.MatchOrders.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MatchOrders message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.MatchOrders & poco.MatchOrders.$Shape} MatchOrders
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.MatchOrders & poco.MatchOrders.$Shape;

        /**
         * Creates a MatchOrders message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MatchOrders
         */
        static fromObject(object: { [k: string]: any }): poco.MatchOrders;

        /**
         * Creates a plain object from a MatchOrders message. Also converts values to other types if specified.
         * @param message MatchOrders
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.MatchOrders, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MatchOrders to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace MatchOrders {

        /** Properties of a MatchOrders. */
        interface $Properties {

            /** MatchOrders app */
            app?: (poco.AppOrder.$Properties|null);

            /** MatchOrders dataset */
            dataset?: (poco.DatasetOrder.$Properties|null);

            /** MatchOrders workerpool */
            workerpool?: (poco.WorkerpoolOrder.$Properties|null);

            /** MatchOrders request */
            request?: (poco.RequestOrder.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MatchOrders. */
        type $Shape = poco.MatchOrders.$Properties;
    }

    /**
     * Properties of a Contribute.
     * @deprecated Use poco.Contribute.$Properties instead.
     */
    interface IContribute extends poco.Contribute.$Properties {
    }

    /** Represents a Contribute. */
    class Contribute {

        /**
         * Constructs a new Contribute.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Contribute.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Contribute taskId. */
        taskId: Uint8Array;

        /** Contribute resultHash. */
        resultHash: Uint8Array;

        /** Contribute resultSeal. */
        resultSeal: Uint8Array;

        /** Contribute enclaveChallenge. */
        enclaveChallenge: Uint8Array;

        /** Contribute authorization. */
        authorization: Uint8Array;

        /**
         * Creates a new Contribute instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Contribute instance
         */
        static create(properties: poco.Contribute.$Shape): poco.Contribute & poco.Contribute.$Shape;
        static create(properties?: poco.Contribute.$Properties): poco.Contribute;

        /**
         * Encodes the specified Contribute message. Does not implicitly {@link poco.Contribute.verify|verify} messages.
         * @param message Contribute message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Contribute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Contribute message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Contribute & poco.Contribute.$Shape} Contribute
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Contribute & poco.Contribute.$Shape;

        /**
         * Creates a Contribute message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Contribute
         */
        static fromObject(object: { [k: string]: any }): poco.Contribute;

        /**
         * Creates a plain object from a Contribute message. Also converts values to other types if specified.
         * @param message Contribute
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Contribute, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Contribute to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Contribute {

        /** Properties of a Contribute. */
        interface $Properties {

            /** Contribute taskId */
            taskId?: (Uint8Array|null);

            /** Contribute resultHash */
            resultHash?: (Uint8Array|null);

            /** Contribute resultSeal */
            resultSeal?: (Uint8Array|null);

            /** Contribute enclaveChallenge */
            enclaveChallenge?: (Uint8Array|null);

            /** Contribute authorization */
            authorization?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Contribute. */
        type $Shape = poco.Contribute.$Properties;
    }

    /**
     * Properties of a Reveal.
     * @deprecated Use poco.Reveal.$Properties instead.
     */
    interface IReveal extends poco.Reveal.$Properties {
    }

    /** Represents a Reveal. */
    class Reveal {

        /**
         * Constructs a new Reveal.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Reveal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Reveal taskId. */
        taskId: Uint8Array;

        /** Reveal resultDigest. */
        resultDigest: Uint8Array;

        /**
         * Creates a new Reveal instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Reveal instance
         */
        static create(properties: poco.Reveal.$Shape): poco.Reveal & poco.Reveal.$Shape;
        static create(properties?: poco.Reveal.$Properties): poco.Reveal;

        /**
         * Encodes the specified Reveal message. Does not implicitly {@link poco.Reveal.verify|verify} messages.
         * @param message Reveal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Reveal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Reveal message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Reveal & poco.Reveal.$Shape} Reveal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Reveal & poco.Reveal.$Shape;

        /**
         * Creates a Reveal message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Reveal
         */
        static fromObject(object: { [k: string]: any }): poco.Reveal;

        /**
         * Creates a plain object from a Reveal message. Also converts values to other types if specified.
         * @param message Reveal
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Reveal, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Reveal to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Reveal {

        /** Properties of a Reveal. */
        interface $Properties {

            /** Reveal taskId */
            taskId?: (Uint8Array|null);

            /** Reveal resultDigest */
            resultDigest?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Reveal. */
        type $Shape = poco.Reveal.$Properties;
    }

    /**
     * Properties of a Reopen.
     * @deprecated Use poco.Reopen.$Properties instead.
     */
    interface IReopen extends poco.Reopen.$Properties {
    }

    /** Represents a Reopen. */
    class Reopen {

        /**
         * Constructs a new Reopen.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Reopen.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Reopen taskId. */
        taskId: Uint8Array;

        /**
         * Creates a new Reopen instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Reopen instance
         */
        static create(properties: poco.Reopen.$Shape): poco.Reopen & poco.Reopen.$Shape;
        static create(properties?: poco.Reopen.$Properties): poco.Reopen;

        /**
         * Encodes the specified Reopen message. Does not implicitly {@link poco.Reopen.verify|verify} messages.
         * @param message Reopen message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Reopen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Reopen message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Reopen & poco.Reopen.$Shape} Reopen
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Reopen & poco.Reopen.$Shape;

        /**
         * Creates a Reopen message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Reopen
         */
        static fromObject(object: { [k: string]: any }): poco.Reopen;

        /**
         * Creates a plain object from a Reopen message. Also converts values to other types if specified.
         * @param message Reopen
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Reopen, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Reopen to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Reopen {

        /** Properties of a Reopen. */
        interface $Properties {

            /** Reopen taskId */
            taskId?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Reopen. */
        type $Shape = poco.Reopen.$Properties;
    }

    /**
     * Properties of a Finalize.
     * @deprecated Use poco.Finalize.$Properties instead.
     */
    interface IFinalize extends poco.Finalize.$Properties {
    }

    /** Represents a Finalize. */
    class Finalize {

        /**
         * Constructs a new Finalize.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Finalize.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Finalize taskId. */
        taskId: Uint8Array;

        /** Finalize results. */
        results: Uint8Array;

        /**
         * Creates a new Finalize instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Finalize instance
         */
        static create(properties: poco.Finalize.$Shape): poco.Finalize & poco.Finalize.$Shape;
        static create(properties?: poco.Finalize.$Properties): poco.Finalize;

        /**
         * Encodes the specified Finalize message. Does not implicitly {@link poco.Finalize.verify|verify} messages.
         * @param message Finalize message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Finalize.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Finalize message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Finalize & poco.Finalize.$Shape} Finalize
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Finalize & poco.Finalize.$Shape;

        /**
         * Creates a Finalize message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Finalize
         */
        static fromObject(object: { [k: string]: any }): poco.Finalize;

        /**
         * Creates a plain object from a Finalize message. Also converts values to other types if specified.
         * @param message Finalize
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Finalize, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Finalize to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Finalize {

        /** Properties of a Finalize. */
        interface $Properties {

            /** Finalize taskId */
            taskId?: (Uint8Array|null);

            /** Finalize results */
            results?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Finalize. */
        type $Shape = poco.Finalize.$Properties;
    }

    /**
     * Properties of a Claim.
     * @deprecated Use poco.Claim.$Properties instead.
     */
    interface IClaim extends poco.Claim.$Properties {
    }

    /** Represents a Claim. */
    class Claim {

        /**
         * Constructs a new Claim.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Claim.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Claim taskId. */
        taskId: Uint8Array;

        /**
         * Creates a new Claim instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Claim instance
         */
        static create(properties: poco.Claim.$Shape): poco.Claim & poco.Claim.$Shape;
        static create(properties?: poco.Claim.$Properties): poco.Claim;

        /**
         * Encodes the specified Claim message. Does not implicitly {@link poco.Claim.verify|verify} messages.
         * @param message Claim message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Claim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Claim message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Claim & poco.Claim.$Shape} Claim
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Claim & poco.Claim.$Shape;

        /**
         * Creates a Claim message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Claim
         */
        static fromObject(object: { [k: string]: any }): poco.Claim;

        /**
         * Creates a plain object from a Claim message. Also converts values to other types if specified.
         * @param message Claim
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Claim, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Claim to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Claim {

        /** Properties of a Claim. */
        interface $Properties {

            /** Claim taskId */
            taskId?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Claim. */
        type $Shape = poco.Claim.$Properties;
    }

    /**
     * Properties of a ContributeAndFinalize.
     * @deprecated Use poco.ContributeAndFinalize.$Properties instead.
     */
    interface IContributeAndFinalize extends poco.ContributeAndFinalize.$Properties {
    }

    /** Represents a ContributeAndFinalize. */
    class ContributeAndFinalize {

        /**
         * Constructs a new ContributeAndFinalize.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ContributeAndFinalize.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContributeAndFinalize taskId. */
        taskId: Uint8Array;

        /** ContributeAndFinalize resultDigest. */
        resultDigest: Uint8Array;

        /** ContributeAndFinalize results. */
        results: Uint8Array;

        /** ContributeAndFinalize enclaveChallenge. */
        enclaveChallenge: Uint8Array;

        /** ContributeAndFinalize authorization. */
        authorization: Uint8Array;

        /**
         * Creates a new ContributeAndFinalize instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContributeAndFinalize instance
         */
        static create(properties: poco.ContributeAndFinalize.$Shape): poco.ContributeAndFinalize & poco.ContributeAndFinalize.$Shape;
        static create(properties?: poco.ContributeAndFinalize.$Properties): poco.ContributeAndFinalize;

        /**
         * Encodes the specified ContributeAndFinalize message. Does not implicitly {@link poco.ContributeAndFinalize.verify|verify} messages.
         * @param message ContributeAndFinalize message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ContributeAndFinalize.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContributeAndFinalize message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ContributeAndFinalize & poco.ContributeAndFinalize.$Shape} ContributeAndFinalize
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ContributeAndFinalize & poco.ContributeAndFinalize.$Shape;

        /**
         * Creates a ContributeAndFinalize message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ContributeAndFinalize
         */
        static fromObject(object: { [k: string]: any }): poco.ContributeAndFinalize;

        /**
         * Creates a plain object from a ContributeAndFinalize message. Also converts values to other types if specified.
         * @param message ContributeAndFinalize
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ContributeAndFinalize, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ContributeAndFinalize to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ContributeAndFinalize {

        /** Properties of a ContributeAndFinalize. */
        interface $Properties {

            /** ContributeAndFinalize taskId */
            taskId?: (Uint8Array|null);

            /** ContributeAndFinalize resultDigest */
            resultDigest?: (Uint8Array|null);

            /** ContributeAndFinalize results */
            results?: (Uint8Array|null);

            /** ContributeAndFinalize enclaveChallenge */
            enclaveChallenge?: (Uint8Array|null);

            /** ContributeAndFinalize authorization */
            authorization?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContributeAndFinalize. */
        type $Shape = poco.ContributeAndFinalize.$Properties;
    }

    /**
     * Properties of a ClaimArray.
     * @deprecated Use poco.ClaimArray.$Properties instead.
     */
    interface IClaimArray extends poco.ClaimArray.$Properties {
    }

    /** Represents a ClaimArray. */
    class ClaimArray {

        /**
         * Constructs a new ClaimArray.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ClaimArray.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClaimArray taskIds. */
        taskIds: Uint8Array[];

        /**
         * Creates a new ClaimArray instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClaimArray instance
         */
        static create(properties: poco.ClaimArray.$Shape): poco.ClaimArray & poco.ClaimArray.$Shape;
        static create(properties?: poco.ClaimArray.$Properties): poco.ClaimArray;

        /**
         * Encodes the specified ClaimArray message. Does not implicitly {@link poco.ClaimArray.verify|verify} messages.
         * @param message ClaimArray message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ClaimArray.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClaimArray message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ClaimArray & poco.ClaimArray.$Shape} ClaimArray
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ClaimArray & poco.ClaimArray.$Shape;

        /**
         * Creates a ClaimArray message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ClaimArray
         */
        static fromObject(object: { [k: string]: any }): poco.ClaimArray;

        /**
         * Creates a plain object from a ClaimArray message. Also converts values to other types if specified.
         * @param message ClaimArray
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ClaimArray, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ClaimArray to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ClaimArray {

        /** Properties of a ClaimArray. */
        interface $Properties {

            /** ClaimArray taskIds */
            taskIds?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ClaimArray. */
        type $Shape = poco.ClaimArray.$Properties;
    }

    /**
     * Properties of a ContributeBatch.
     * @deprecated Use poco.ContributeBatch.$Properties instead.
     */
    interface IContributeBatch extends poco.ContributeBatch.$Properties {
    }

    /** Represents a ContributeBatch. */
    class ContributeBatch {

        /**
         * Constructs a new ContributeBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ContributeBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContributeBatch entries. */
        entries: poco.Contribute.$Properties[];

        /**
         * Creates a new ContributeBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContributeBatch instance
         */
        static create(properties: poco.ContributeBatch.$Shape): poco.ContributeBatch & poco.ContributeBatch.$Shape;
        static create(properties?: poco.ContributeBatch.$Properties): poco.ContributeBatch;

        /**
         * Encodes the specified ContributeBatch message. Does not implicitly {@link poco.ContributeBatch.verify|verify} messages.
         * @param message ContributeBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ContributeBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContributeBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ContributeBatch & poco.ContributeBatch.$Shape} ContributeBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ContributeBatch & poco.ContributeBatch.$Shape;

        /**
         * Creates a ContributeBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ContributeBatch
         */
        static fromObject(object: { [k: string]: any }): poco.ContributeBatch;

        /**
         * Creates a plain object from a ContributeBatch message. Also converts values to other types if specified.
         * @param message ContributeBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ContributeBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ContributeBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ContributeBatch {

        /** Properties of a ContributeBatch. */
        interface $Properties {

            /** ContributeBatch entries */
            entries?: (poco.Contribute.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContributeBatch. */
        type $Shape = poco.ContributeBatch.$Properties;
    }

    /**
     * Properties of a RevealBatch.
     * @deprecated Use poco.RevealBatch.$Properties instead.
     */
    interface IRevealBatch extends poco.RevealBatch.$Properties {
    }

    /** Represents a RevealBatch. */
    class RevealBatch {

        /**
         * Constructs a new RevealBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.RevealBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RevealBatch entries. */
        entries: poco.Reveal.$Properties[];

        /**
         * Creates a new RevealBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RevealBatch instance
         */
        static create(properties: poco.RevealBatch.$Shape): poco.RevealBatch & poco.RevealBatch.$Shape;
        static create(properties?: poco.RevealBatch.$Properties): poco.RevealBatch;

        /**
         * Encodes the specified RevealBatch message. Does not implicitly {@link poco.RevealBatch.verify|verify} messages.
         * @param message RevealBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.RevealBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RevealBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.RevealBatch & poco.RevealBatch.$Shape} RevealBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.RevealBatch & poco.RevealBatch.$Shape;

        /**
         * Creates a RevealBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RevealBatch
         */
        static fromObject(object: { [k: string]: any }): poco.RevealBatch;

        /**
         * Creates a plain object from a RevealBatch message. Also converts values to other types if specified.
         * @param message RevealBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.RevealBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RevealBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RevealBatch {

        /** Properties of a RevealBatch. */
        interface $Properties {

            /** RevealBatch entries */
            entries?: (poco.Reveal.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RevealBatch. */
        type $Shape = poco.RevealBatch.$Properties;
    }

    /**
     * Properties of a ContributeAndFinalizeBatch.
     * @deprecated Use poco.ContributeAndFinalizeBatch.$Properties instead.
     */
    interface IContributeAndFinalizeBatch extends poco.ContributeAndFinalizeBatch.$Properties {
    }

    /** Represents a ContributeAndFinalizeBatch. */
    class ContributeAndFinalizeBatch {

        /**
         * Constructs a new ContributeAndFinalizeBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ContributeAndFinalizeBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContributeAndFinalizeBatch entries. */
        entries: poco.ContributeAndFinalize.$Properties[];

        /**
         * Creates a new ContributeAndFinalizeBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContributeAndFinalizeBatch instance
         */
        static create(properties: poco.ContributeAndFinalizeBatch.$Shape): poco.ContributeAndFinalizeBatch & poco.ContributeAndFinalizeBatch.$Shape;
        static create(properties?: poco.ContributeAndFinalizeBatch.$Properties): poco.ContributeAndFinalizeBatch;

        /**
         * Encodes the specified ContributeAndFinalizeBatch message. Does not implicitly {@link poco.ContributeAndFinalizeBatch.verify|verify} messages.
         * @param message ContributeAndFinalizeBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ContributeAndFinalizeBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContributeAndFinalizeBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ContributeAndFinalizeBatch & poco.ContributeAndFinalizeBatch.$Shape} ContributeAndFinalizeBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ContributeAndFinalizeBatch & poco.ContributeAndFinalizeBatch.$Shape;

        /**
         * Creates a ContributeAndFinalizeBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ContributeAndFinalizeBatch
         */
        static fromObject(object: { [k: string]: any }): poco.ContributeAndFinalizeBatch;

        /**
         * Creates a plain object from a ContributeAndFinalizeBatch message. Also converts values to other types if specified.
         * @param message ContributeAndFinalizeBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ContributeAndFinalizeBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ContributeAndFinalizeBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ContributeAndFinalizeBatch {

        /** Properties of a ContributeAndFinalizeBatch. */
        interface $Properties {

            /** ContributeAndFinalizeBatch entries */
            entries?: (poco.ContributeAndFinalize.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContributeAndFinalizeBatch. */
        type $Shape = poco.ContributeAndFinalizeBatch.$Properties;
    }

    /**
     * Properties of a Withdraw.
     * @deprecated Use poco.Withdraw.$Properties instead.
     */
    interface IWithdraw extends poco.Withdraw.$Properties {
    }

    /** Represents a Withdraw. */
    class Withdraw {

        /**
         * Constructs a new Withdraw.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Withdraw.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Withdraw ethRecipient. */
        ethRecipient: Uint8Array;

        /** Withdraw amount. */
        amount: Uint8Array;

        /**
         * Creates a new Withdraw instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Withdraw instance
         */
        static create(properties: poco.Withdraw.$Shape): poco.Withdraw & poco.Withdraw.$Shape;
        static create(properties?: poco.Withdraw.$Properties): poco.Withdraw;

        /**
         * Encodes the specified Withdraw message. Does not implicitly {@link poco.Withdraw.verify|verify} messages.
         * @param message Withdraw message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Withdraw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Withdraw message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Withdraw & poco.Withdraw.$Shape} Withdraw
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Withdraw & poco.Withdraw.$Shape;

        /**
         * Creates a Withdraw message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Withdraw
         */
        static fromObject(object: { [k: string]: any }): poco.Withdraw;

        /**
         * Creates a plain object from a Withdraw message. Also converts values to other types if specified.
         * @param message Withdraw
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Withdraw, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Withdraw to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Withdraw {

        /** Properties of a Withdraw. */
        interface $Properties {

            /** Withdraw ethRecipient */
            ethRecipient?: (Uint8Array|null);

            /** Withdraw amount */
            amount?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Withdraw. */
        type $Shape = poco.Withdraw.$Properties;
    }

    /**
     * Properties of a DepositAttestation.
     * @deprecated Use poco.DepositAttestation.$Properties instead.
     */
    interface IDepositAttestation extends poco.DepositAttestation.$Properties {
    }

    /** Represents a DepositAttestation. */
    class DepositAttestation {

        /**
         * Constructs a new DepositAttestation.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.DepositAttestation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DepositAttestation depositNonce. */
        depositNonce: (number|Long);

        /** DepositAttestation recipient. */
        recipient: Uint8Array;

        /** DepositAttestation amount. */
        amount: Uint8Array;

        /** DepositAttestation ethTxHash. */
        ethTxHash: Uint8Array;

        /** DepositAttestation ethBlockNumber. */
        ethBlockNumber: (number|Long);

        /** DepositAttestation ethBlockHash. */
        ethBlockHash: Uint8Array;

        /** DepositAttestation ethLogIndex. */
        ethLogIndex: (number|Long);

        /**
         * Creates a new DepositAttestation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DepositAttestation instance
         */
        static create(properties: poco.DepositAttestation.$Shape): poco.DepositAttestation & poco.DepositAttestation.$Shape;
        static create(properties?: poco.DepositAttestation.$Properties): poco.DepositAttestation;

        /**
         * Encodes the specified DepositAttestation message. Does not implicitly {@link poco.DepositAttestation.verify|verify} messages.
         * @param message DepositAttestation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.DepositAttestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DepositAttestation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.DepositAttestation & poco.DepositAttestation.$Shape} DepositAttestation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.DepositAttestation & poco.DepositAttestation.$Shape;

        /**
         * Creates a DepositAttestation message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DepositAttestation
         */
        static fromObject(object: { [k: string]: any }): poco.DepositAttestation;

        /**
         * Creates a plain object from a DepositAttestation message. Also converts values to other types if specified.
         * @param message DepositAttestation
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.DepositAttestation, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DepositAttestation to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DepositAttestation {

        /** Properties of a DepositAttestation. */
        interface $Properties {

            /** DepositAttestation depositNonce */
            depositNonce?: (number|Long|null);

            /** DepositAttestation recipient */
            recipient?: (Uint8Array|null);

            /** DepositAttestation amount */
            amount?: (Uint8Array|null);

            /** DepositAttestation ethTxHash */
            ethTxHash?: (Uint8Array|null);

            /** DepositAttestation ethBlockNumber */
            ethBlockNumber?: (number|Long|null);

            /** DepositAttestation ethBlockHash */
            ethBlockHash?: (Uint8Array|null);

            /** DepositAttestation ethLogIndex */
            ethLogIndex?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DepositAttestation. */
        type $Shape = poco.DepositAttestation.$Properties;
    }

    /**
     * Properties of a DepositAttestationBatch.
     * @deprecated Use poco.DepositAttestationBatch.$Properties instead.
     */
    interface IDepositAttestationBatch extends poco.DepositAttestationBatch.$Properties {
    }

    /** Represents a DepositAttestationBatch. */
    class DepositAttestationBatch {

        /**
         * Constructs a new DepositAttestationBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.DepositAttestationBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DepositAttestationBatch fromBlock. */
        fromBlock: (number|Long);

        /** DepositAttestationBatch toBlock. */
        toBlock: (number|Long);

        /** DepositAttestationBatch deposits. */
        deposits: poco.DepositAttestation.$Properties[];

        /**
         * Creates a new DepositAttestationBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DepositAttestationBatch instance
         */
        static create(properties: poco.DepositAttestationBatch.$Shape): poco.DepositAttestationBatch & poco.DepositAttestationBatch.$Shape;
        static create(properties?: poco.DepositAttestationBatch.$Properties): poco.DepositAttestationBatch;

        /**
         * Encodes the specified DepositAttestationBatch message. Does not implicitly {@link poco.DepositAttestationBatch.verify|verify} messages.
         * @param message DepositAttestationBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.DepositAttestationBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DepositAttestationBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.DepositAttestationBatch & poco.DepositAttestationBatch.$Shape} DepositAttestationBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.DepositAttestationBatch & poco.DepositAttestationBatch.$Shape;

        /**
         * Creates a DepositAttestationBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DepositAttestationBatch
         */
        static fromObject(object: { [k: string]: any }): poco.DepositAttestationBatch;

        /**
         * Creates a plain object from a DepositAttestationBatch message. Also converts values to other types if specified.
         * @param message DepositAttestationBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.DepositAttestationBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DepositAttestationBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DepositAttestationBatch {

        /** Properties of a DepositAttestationBatch. */
        interface $Properties {

            /** DepositAttestationBatch fromBlock */
            fromBlock?: (number|Long|null);

            /** DepositAttestationBatch toBlock */
            toBlock?: (number|Long|null);

            /** DepositAttestationBatch deposits */
            deposits?: (poco.DepositAttestation.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DepositAttestationBatch. */
        type $Shape = poco.DepositAttestationBatch.$Properties;
    }

    /**
     * Properties of an Evidence.
     * @deprecated Use poco.Evidence.$Properties instead.
     */
    interface IEvidence extends poco.Evidence.$Properties {
    }

    /** Represents an Evidence. */
    class Evidence {

        /**
         * Constructs a new Evidence.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Evidence.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Evidence voteA. */
        voteA?: (poco.SignedVote.$Properties|null);

        /** Evidence voteB. */
        voteB?: (poco.SignedVote.$Properties|null);

        /** Evidence proposalA. */
        proposalA?: (poco.SignedProposal.$Properties|null);

        /** Evidence proposalB. */
        proposalB?: (poco.SignedProposal.$Properties|null);

        /** Evidence checkpointA. */
        checkpointA?: (poco.CheckpointSignature.$Properties|null);

        /** Evidence checkpointB. */
        checkpointB?: (poco.CheckpointSignature.$Properties|null);

        /**
         * Creates a new Evidence instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Evidence instance
         */
        static create(properties: poco.Evidence.$Shape): poco.Evidence & poco.Evidence.$Shape;
        static create(properties?: poco.Evidence.$Properties): poco.Evidence;

        /**
         * Encodes the specified Evidence message. Does not implicitly {@link poco.Evidence.verify|verify} messages.
         * @param message Evidence message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Evidence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Evidence message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Evidence & poco.Evidence.$Shape} Evidence
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Evidence & poco.Evidence.$Shape;

        /**
         * Creates an Evidence message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Evidence
         */
        static fromObject(object: { [k: string]: any }): poco.Evidence;

        /**
         * Creates a plain object from an Evidence message. Also converts values to other types if specified.
         * @param message Evidence
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Evidence, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Evidence to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Evidence {

        /** Properties of an Evidence. */
        interface $Properties {

            /** Evidence voteA */
            voteA?: (poco.SignedVote.$Properties|null);

            /** Evidence voteB */
            voteB?: (poco.SignedVote.$Properties|null);

            /** Evidence proposalA */
            proposalA?: (poco.SignedProposal.$Properties|null);

            /** Evidence proposalB */
            proposalB?: (poco.SignedProposal.$Properties|null);

            /** Evidence checkpointA */
            checkpointA?: (poco.CheckpointSignature.$Properties|null);

            /** Evidence checkpointB */
            checkpointB?: (poco.CheckpointSignature.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Evidence. */
        type $Shape = poco.Evidence.$Properties;
    }

    /**
     * Properties of a Tx.
     * @deprecated Use poco.Tx.$Properties instead.
     */
    interface ITx extends poco.Tx.$Properties {
    }

    /** Represents a Tx. */
    class Tx {

        /**
         * Constructs a new Tx.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Tx.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Tx chainId. */
        chainId: (number|Long);

        /** Tx sender. */
        sender: Uint8Array;

        /** Tx nonce. */
        nonce: (number|Long);

        /** Tx gasLimit. */
        gasLimit: (number|Long);

        /** Tx maxFeePerGas. */
        maxFeePerGas: Uint8Array;

        /** Tx maxPriorityFeePerGas. */
        maxPriorityFeePerGas: Uint8Array;

        /** Tx transfer. */
        transfer?: (poco.Transfer.$Properties|null);

        /** Tx stake. */
        stake?: (poco.Stake.$Properties|null);

        /** Tx unstake. */
        unstake?: (poco.Unstake.$Properties|null);

        /** Tx bond. */
        bond?: (poco.Bond.$Properties|null);

        /** Tx unbond. */
        unbond?: (poco.Unbond.$Properties|null);

        /** Tx unjail. */
        unjail?: (poco.Unjail.$Properties|null);

        /** Tx setPeerId. */
        setPeerId?: (poco.SetPeerId.$Properties|null);

        /** Tx registerApp. */
        registerApp?: (poco.RegisterApp.$Properties|null);

        /** Tx registerDataset. */
        registerDataset?: (poco.RegisterDataset.$Properties|null);

        /** Tx registerWorkerpool. */
        registerWorkerpool?: (poco.RegisterWorkerpool.$Properties|null);

        /** Tx registerCategory. */
        registerCategory?: (poco.RegisterCategory.$Properties|null);

        /** Tx publishOrder. */
        publishOrder?: (poco.PublishOrder.$Properties|null);

        /** Tx cancelOrder. */
        cancelOrder?: (poco.CancelOrder.$Properties|null);

        /** Tx matchOrders. */
        matchOrders?: (poco.MatchOrders.$Properties|null);

        /** Tx contribute. */
        contribute?: (poco.Contribute.$Properties|null);

        /** Tx reveal. */
        reveal?: (poco.Reveal.$Properties|null);

        /** Tx reopen. */
        reopen?: (poco.Reopen.$Properties|null);

        /** Tx finalize. */
        finalize?: (poco.Finalize.$Properties|null);

        /** Tx claim. */
        claim?: (poco.Claim.$Properties|null);

        /** Tx contributeAndFinalize. */
        contributeAndFinalize?: (poco.ContributeAndFinalize.$Properties|null);

        /** Tx claimArray. */
        claimArray?: (poco.ClaimArray.$Properties|null);

        /** Tx contributeBatch. */
        contributeBatch?: (poco.ContributeBatch.$Properties|null);

        /** Tx revealBatch. */
        revealBatch?: (poco.RevealBatch.$Properties|null);

        /** Tx contributeAndFinalizeBatch. */
        contributeAndFinalizeBatch?: (poco.ContributeAndFinalizeBatch.$Properties|null);

        /** Tx withdraw. */
        withdraw?: (poco.Withdraw.$Properties|null);

        /** Tx depositAttestation. */
        depositAttestation?: (poco.DepositAttestation.$Properties|null);

        /** Tx depositAttestationBatch. */
        depositAttestationBatch?: (poco.DepositAttestationBatch.$Properties|null);

        /** Tx evidence. */
        evidence?: (poco.Evidence.$Properties|null);

        /** Tx kind. */
        kind?: ("transfer"|"stake"|"unstake"|"bond"|"unbond"|"unjail"|"setPeerId"|"registerApp"|"registerDataset"|"registerWorkerpool"|"registerCategory"|"publishOrder"|"cancelOrder"|"matchOrders"|"contribute"|"reveal"|"reopen"|"finalize"|"claim"|"contributeAndFinalize"|"claimArray"|"contributeBatch"|"revealBatch"|"contributeAndFinalizeBatch"|"withdraw"|"depositAttestation"|"depositAttestationBatch"|"evidence");

        /**
         * Creates a new Tx instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Tx instance
         */
        static create(properties: poco.Tx.$Shape): poco.Tx & poco.Tx.$Shape;
        static create(properties?: poco.Tx.$Properties): poco.Tx;

        /**
         * Encodes the specified Tx message. Does not implicitly {@link poco.Tx.verify|verify} messages.
         * @param message Tx message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Tx.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Tx message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Tx & poco.Tx.$Shape} Tx
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Tx & poco.Tx.$Shape;

        /**
         * Creates a Tx message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Tx
         */
        static fromObject(object: { [k: string]: any }): poco.Tx;

        /**
         * Creates a plain object from a Tx message. Also converts values to other types if specified.
         * @param message Tx
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Tx, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Tx to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Tx {

        /** Properties of a Tx. */
        interface $Properties {

            /** Tx chainId */
            chainId?: (number|Long|null);

            /** Tx sender */
            sender?: (Uint8Array|null);

            /** Tx nonce */
            nonce?: (number|Long|null);

            /** Tx gasLimit */
            gasLimit?: (number|Long|null);

            /** Tx maxFeePerGas */
            maxFeePerGas?: (Uint8Array|null);

            /** Tx maxPriorityFeePerGas */
            maxPriorityFeePerGas?: (Uint8Array|null);

            /** Tx transfer */
            transfer?: (poco.Transfer.$Properties|null);

            /** Tx stake */
            stake?: (poco.Stake.$Properties|null);

            /** Tx unstake */
            unstake?: (poco.Unstake.$Properties|null);

            /** Tx bond */
            bond?: (poco.Bond.$Properties|null);

            /** Tx unbond */
            unbond?: (poco.Unbond.$Properties|null);

            /** Tx unjail */
            unjail?: (poco.Unjail.$Properties|null);

            /** Tx setPeerId */
            setPeerId?: (poco.SetPeerId.$Properties|null);

            /** Tx registerApp */
            registerApp?: (poco.RegisterApp.$Properties|null);

            /** Tx registerDataset */
            registerDataset?: (poco.RegisterDataset.$Properties|null);

            /** Tx registerWorkerpool */
            registerWorkerpool?: (poco.RegisterWorkerpool.$Properties|null);

            /** Tx registerCategory */
            registerCategory?: (poco.RegisterCategory.$Properties|null);

            /** Tx publishOrder */
            publishOrder?: (poco.PublishOrder.$Properties|null);

            /** Tx cancelOrder */
            cancelOrder?: (poco.CancelOrder.$Properties|null);

            /** Tx matchOrders */
            matchOrders?: (poco.MatchOrders.$Properties|null);

            /** Tx contribute */
            contribute?: (poco.Contribute.$Properties|null);

            /** Tx reveal */
            reveal?: (poco.Reveal.$Properties|null);

            /** Tx reopen */
            reopen?: (poco.Reopen.$Properties|null);

            /** Tx finalize */
            finalize?: (poco.Finalize.$Properties|null);

            /** Tx claim */
            claim?: (poco.Claim.$Properties|null);

            /** Tx contributeAndFinalize */
            contributeAndFinalize?: (poco.ContributeAndFinalize.$Properties|null);

            /** Tx claimArray */
            claimArray?: (poco.ClaimArray.$Properties|null);

            /** Tx contributeBatch */
            contributeBatch?: (poco.ContributeBatch.$Properties|null);

            /** Tx revealBatch */
            revealBatch?: (poco.RevealBatch.$Properties|null);

            /** Tx contributeAndFinalizeBatch */
            contributeAndFinalizeBatch?: (poco.ContributeAndFinalizeBatch.$Properties|null);

            /** Tx withdraw */
            withdraw?: (poco.Withdraw.$Properties|null);

            /** Tx depositAttestation */
            depositAttestation?: (poco.DepositAttestation.$Properties|null);

            /** Tx depositAttestationBatch */
            depositAttestationBatch?: (poco.DepositAttestationBatch.$Properties|null);

            /** Tx evidence */
            evidence?: (poco.Evidence.$Properties|null);

            /** Tx kind */
            kind?: ("transfer"|"stake"|"unstake"|"bond"|"unbond"|"unjail"|"setPeerId"|"registerApp"|"registerDataset"|"registerWorkerpool"|"registerCategory"|"publishOrder"|"cancelOrder"|"matchOrders"|"contribute"|"reveal"|"reopen"|"finalize"|"claim"|"contributeAndFinalize"|"claimArray"|"contributeBatch"|"revealBatch"|"contributeAndFinalizeBatch"|"withdraw"|"depositAttestation"|"depositAttestationBatch"|"evidence");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Tx. */
        type $Shape = {
          chainId?: number|Long|null;
          sender?: Uint8Array|null;
          nonce?: number|Long|null;
          gasLimit?: number|Long|null;
          maxFeePerGas?: Uint8Array|null;
          maxPriorityFeePerGas?: Uint8Array|null;
          transfer?: poco.Transfer.$Shape|null;
          stake?: poco.Stake.$Shape|null;
          unstake?: poco.Unstake.$Shape|null;
          bond?: poco.Bond.$Shape|null;
          unbond?: poco.Unbond.$Shape|null;
          unjail?: poco.Unjail.$Shape|null;
          setPeerId?: poco.SetPeerId.$Shape|null;
          registerApp?: poco.RegisterApp.$Shape|null;
          registerDataset?: poco.RegisterDataset.$Shape|null;
          registerWorkerpool?: poco.RegisterWorkerpool.$Shape|null;
          registerCategory?: poco.RegisterCategory.$Shape|null;
          publishOrder?: poco.PublishOrder.$Shape|null;
          cancelOrder?: poco.CancelOrder.$Shape|null;
          matchOrders?: poco.MatchOrders.$Shape|null;
          contribute?: poco.Contribute.$Shape|null;
          reveal?: poco.Reveal.$Shape|null;
          reopen?: poco.Reopen.$Shape|null;
          finalize?: poco.Finalize.$Shape|null;
          claim?: poco.Claim.$Shape|null;
          contributeAndFinalize?: poco.ContributeAndFinalize.$Shape|null;
          claimArray?: poco.ClaimArray.$Shape|null;
          contributeBatch?: poco.ContributeBatch.$Shape|null;
          revealBatch?: poco.RevealBatch.$Shape|null;
          contributeAndFinalizeBatch?: poco.ContributeAndFinalizeBatch.$Shape|null;
          withdraw?: poco.Withdraw.$Shape|null;
          depositAttestation?: poco.DepositAttestation.$Shape|null;
          depositAttestationBatch?: poco.DepositAttestationBatch.$Shape|null;
          evidence?: poco.Evidence.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "transfer"; transfer: poco.Transfer.$Shape; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "stake"; transfer?: null; stake: poco.Stake.$Shape; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "unstake"; transfer?: null; stake?: null; unstake: poco.Unstake.$Shape; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "bond"; transfer?: null; stake?: null; unstake?: null; bond: poco.Bond.$Shape; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "unbond"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond: poco.Unbond.$Shape; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "unjail"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail: poco.Unjail.$Shape; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "setPeerId"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId: poco.SetPeerId.$Shape; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "registerApp"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp: poco.RegisterApp.$Shape; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "registerDataset"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset: poco.RegisterDataset.$Shape; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "registerWorkerpool"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool: poco.RegisterWorkerpool.$Shape; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "registerCategory"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory: poco.RegisterCategory.$Shape; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "publishOrder"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder: poco.PublishOrder.$Shape; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "cancelOrder"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder: poco.CancelOrder.$Shape; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "matchOrders"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders: poco.MatchOrders.$Shape; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "contribute"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute: poco.Contribute.$Shape; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "reveal"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal: poco.Reveal.$Shape; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "reopen"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen: poco.Reopen.$Shape; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "finalize"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize: poco.Finalize.$Shape; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "claim"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim: poco.Claim.$Shape; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "contributeAndFinalize"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize: poco.ContributeAndFinalize.$Shape; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "claimArray"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray: poco.ClaimArray.$Shape; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "contributeBatch"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch: poco.ContributeBatch.$Shape; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "revealBatch"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch: poco.RevealBatch.$Shape; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "contributeAndFinalizeBatch"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch: poco.ContributeAndFinalizeBatch.$Shape; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "withdraw"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw: poco.Withdraw.$Shape; depositAttestation?: null; depositAttestationBatch?: null; evidence?: null }|{ kind?: "depositAttestation"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation: poco.DepositAttestation.$Shape; depositAttestationBatch?: null; evidence?: null }|{ kind?: "depositAttestationBatch"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch: poco.DepositAttestationBatch.$Shape; evidence?: null }|{ kind?: "evidence"; transfer?: null; stake?: null; unstake?: null; bond?: null; unbond?: null; unjail?: null; setPeerId?: null; registerApp?: null; registerDataset?: null; registerWorkerpool?: null; registerCategory?: null; publishOrder?: null; cancelOrder?: null; matchOrders?: null; contribute?: null; reveal?: null; reopen?: null; finalize?: null; claim?: null; contributeAndFinalize?: null; claimArray?: null; contributeBatch?: null; revealBatch?: null; contributeAndFinalizeBatch?: null; withdraw?: null; depositAttestation?: null; depositAttestationBatch?: null; evidence: poco.Evidence.$Shape })
        );
    }

    /**
     * Properties of a SignedTx.
     * @deprecated Use poco.SignedTx.$Properties instead.
     */
    interface ISignedTx extends poco.SignedTx.$Properties {
    }

    /** Represents a SignedTx. */
    class SignedTx {

        /**
         * Constructs a new SignedTx.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.SignedTx.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignedTx tx. */
        tx: Uint8Array;

        /** SignedTx signature. */
        signature: Uint8Array;

        /**
         * Creates a new SignedTx instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignedTx instance
         */
        static create(properties: poco.SignedTx.$Shape): poco.SignedTx & poco.SignedTx.$Shape;
        static create(properties?: poco.SignedTx.$Properties): poco.SignedTx;

        /**
         * Encodes the specified SignedTx message. Does not implicitly {@link poco.SignedTx.verify|verify} messages.
         * @param message SignedTx message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.SignedTx.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignedTx message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.SignedTx & poco.SignedTx.$Shape} SignedTx
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.SignedTx & poco.SignedTx.$Shape;

        /**
         * Creates a SignedTx message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SignedTx
         */
        static fromObject(object: { [k: string]: any }): poco.SignedTx;

        /**
         * Creates a plain object from a SignedTx message. Also converts values to other types if specified.
         * @param message SignedTx
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.SignedTx, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SignedTx to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SignedTx {

        /** Properties of a SignedTx. */
        interface $Properties {

            /** SignedTx tx */
            tx?: (Uint8Array|null);

            /** SignedTx signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignedTx. */
        type $Shape = poco.SignedTx.$Properties;
    }

    /**
     * Properties of a BlockHeader.
     * @deprecated Use poco.BlockHeader.$Properties instead.
     */
    interface IBlockHeader extends poco.BlockHeader.$Properties {
    }

    /** Represents a BlockHeader. */
    class BlockHeader {

        /**
         * Constructs a new BlockHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BlockHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BlockHeader chainId. */
        chainId: (number|Long);

        /** BlockHeader height. */
        height: (number|Long);

        /** BlockHeader round. */
        round: number;

        /** BlockHeader timeMs. */
        timeMs: (number|Long);

        /** BlockHeader prevHash. */
        prevHash: Uint8Array;

        /** BlockHeader txRoot. */
        txRoot: Uint8Array;

        /** BlockHeader stateRoot. */
        stateRoot: Uint8Array;

        /** BlockHeader validatorsHash. */
        validatorsHash: Uint8Array;

        /** BlockHeader proposer. */
        proposer: Uint8Array;

        /** BlockHeader lastCommitHash. */
        lastCommitHash: Uint8Array;

        /** BlockHeader receiptsRoot. */
        receiptsRoot: Uint8Array;

        /** BlockHeader baseFeePerGas. */
        baseFeePerGas: Uint8Array;

        /** BlockHeader gasUsed. */
        gasUsed: (number|Long);

        /** BlockHeader gasLimit. */
        gasLimit: (number|Long);

        /**
         * Creates a new BlockHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlockHeader instance
         */
        static create(properties: poco.BlockHeader.$Shape): poco.BlockHeader & poco.BlockHeader.$Shape;
        static create(properties?: poco.BlockHeader.$Properties): poco.BlockHeader;

        /**
         * Encodes the specified BlockHeader message. Does not implicitly {@link poco.BlockHeader.verify|verify} messages.
         * @param message BlockHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BlockHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlockHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BlockHeader & poco.BlockHeader.$Shape} BlockHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BlockHeader & poco.BlockHeader.$Shape;

        /**
         * Creates a BlockHeader message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BlockHeader
         */
        static fromObject(object: { [k: string]: any }): poco.BlockHeader;

        /**
         * Creates a plain object from a BlockHeader message. Also converts values to other types if specified.
         * @param message BlockHeader
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BlockHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlockHeader to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BlockHeader {

        /** Properties of a BlockHeader. */
        interface $Properties {

            /** BlockHeader chainId */
            chainId?: (number|Long|null);

            /** BlockHeader height */
            height?: (number|Long|null);

            /** BlockHeader round */
            round?: (number|null);

            /** BlockHeader timeMs */
            timeMs?: (number|Long|null);

            /** BlockHeader prevHash */
            prevHash?: (Uint8Array|null);

            /** BlockHeader txRoot */
            txRoot?: (Uint8Array|null);

            /** BlockHeader stateRoot */
            stateRoot?: (Uint8Array|null);

            /** BlockHeader validatorsHash */
            validatorsHash?: (Uint8Array|null);

            /** BlockHeader proposer */
            proposer?: (Uint8Array|null);

            /** BlockHeader lastCommitHash */
            lastCommitHash?: (Uint8Array|null);

            /** BlockHeader receiptsRoot */
            receiptsRoot?: (Uint8Array|null);

            /** BlockHeader baseFeePerGas */
            baseFeePerGas?: (Uint8Array|null);

            /** BlockHeader gasUsed */
            gasUsed?: (number|Long|null);

            /** BlockHeader gasLimit */
            gasLimit?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BlockHeader. */
        type $Shape = poco.BlockHeader.$Properties;
    }

    /**
     * Properties of a Block.
     * @deprecated Use poco.Block.$Properties instead.
     */
    interface IBlock extends poco.Block.$Properties {
    }

    /** Represents a Block. */
    class Block {

        /**
         * Constructs a new Block.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Block.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Block header. */
        header?: (poco.BlockHeader.$Properties|null);

        /** Block txs. */
        txs: Uint8Array[];

        /** Block lastCommit. */
        lastCommit?: (poco.Commit.$Properties|null);

        /**
         * Creates a new Block instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Block instance
         */
        static create(properties: poco.Block.$Shape): poco.Block & poco.Block.$Shape;
        static create(properties?: poco.Block.$Properties): poco.Block;

        /**
         * Encodes the specified Block message. Does not implicitly {@link poco.Block.verify|verify} messages.
         * @param message Block message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Block & poco.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Block & poco.Block.$Shape;

        /**
         * Creates a Block message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Block
         */
        static fromObject(object: { [k: string]: any }): poco.Block;

        /**
         * Creates a plain object from a Block message. Also converts values to other types if specified.
         * @param message Block
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Block, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Block to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Block {

        /** Properties of a Block. */
        interface $Properties {

            /** Block header */
            header?: (poco.BlockHeader.$Properties|null);

            /** Block txs */
            txs?: (Uint8Array[]|null);

            /** Block lastCommit */
            lastCommit?: (poco.Commit.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Block. */
        type $Shape = poco.Block.$Properties;
    }

    /** VoteType enum. */
    enum VoteType {

        /** VOTE_TYPE_UNSPECIFIED value */
        VOTE_TYPE_UNSPECIFIED = 0,

        /** PREVOTE value */
        PREVOTE = 1,

        /** PRECOMMIT value */
        PRECOMMIT = 2
    }

    /**
     * Properties of a Vote.
     * @deprecated Use poco.Vote.$Properties instead.
     */
    interface IVote extends poco.Vote.$Properties {
    }

    /** Represents a Vote. */
    class Vote {

        /**
         * Constructs a new Vote.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Vote.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Vote chainId. */
        chainId: (number|Long);

        /** Vote type. */
        type: poco.VoteType;

        /** Vote height. */
        height: (number|Long);

        /** Vote round. */
        round: number;

        /** Vote blockHash. */
        blockHash: Uint8Array;

        /** Vote timeMs. */
        timeMs: (number|Long);

        /** Vote validator. */
        validator: Uint8Array;

        /**
         * Creates a new Vote instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Vote instance
         */
        static create(properties: poco.Vote.$Shape): poco.Vote & poco.Vote.$Shape;
        static create(properties?: poco.Vote.$Properties): poco.Vote;

        /**
         * Encodes the specified Vote message. Does not implicitly {@link poco.Vote.verify|verify} messages.
         * @param message Vote message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Vote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Vote message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Vote & poco.Vote.$Shape} Vote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Vote & poco.Vote.$Shape;

        /**
         * Creates a Vote message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Vote
         */
        static fromObject(object: { [k: string]: any }): poco.Vote;

        /**
         * Creates a plain object from a Vote message. Also converts values to other types if specified.
         * @param message Vote
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Vote, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Vote to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Vote {

        /** Properties of a Vote. */
        interface $Properties {

            /** Vote chainId */
            chainId?: (number|Long|null);

            /** Vote type */
            type?: (poco.VoteType|null);

            /** Vote height */
            height?: (number|Long|null);

            /** Vote round */
            round?: (number|null);

            /** Vote blockHash */
            blockHash?: (Uint8Array|null);

            /** Vote timeMs */
            timeMs?: (number|Long|null);

            /** Vote validator */
            validator?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Vote. */
        type $Shape = poco.Vote.$Properties;
    }

    /**
     * Properties of a SignedVote.
     * @deprecated Use poco.SignedVote.$Properties instead.
     */
    interface ISignedVote extends poco.SignedVote.$Properties {
    }

    /** Represents a SignedVote. */
    class SignedVote {

        /**
         * Constructs a new SignedVote.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.SignedVote.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignedVote vote. */
        vote: Uint8Array;

        /** SignedVote signature. */
        signature: Uint8Array;

        /**
         * Creates a new SignedVote instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignedVote instance
         */
        static create(properties: poco.SignedVote.$Shape): poco.SignedVote & poco.SignedVote.$Shape;
        static create(properties?: poco.SignedVote.$Properties): poco.SignedVote;

        /**
         * Encodes the specified SignedVote message. Does not implicitly {@link poco.SignedVote.verify|verify} messages.
         * @param message SignedVote message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.SignedVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignedVote message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.SignedVote & poco.SignedVote.$Shape} SignedVote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.SignedVote & poco.SignedVote.$Shape;

        /**
         * Creates a SignedVote message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SignedVote
         */
        static fromObject(object: { [k: string]: any }): poco.SignedVote;

        /**
         * Creates a plain object from a SignedVote message. Also converts values to other types if specified.
         * @param message SignedVote
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.SignedVote, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SignedVote to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SignedVote {

        /** Properties of a SignedVote. */
        interface $Properties {

            /** SignedVote vote */
            vote?: (Uint8Array|null);

            /** SignedVote signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignedVote. */
        type $Shape = poco.SignedVote.$Properties;
    }

    /**
     * Properties of a Commit.
     * @deprecated Use poco.Commit.$Properties instead.
     */
    interface ICommit extends poco.Commit.$Properties {
    }

    /** Represents a Commit. */
    class Commit {

        /**
         * Constructs a new Commit.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Commit.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Commit height. */
        height: (number|Long);

        /** Commit round. */
        round: number;

        /** Commit blockHash. */
        blockHash: Uint8Array;

        /** Commit precommits. */
        precommits: poco.SignedVote.$Properties[];

        /**
         * Creates a new Commit instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Commit instance
         */
        static create(properties: poco.Commit.$Shape): poco.Commit & poco.Commit.$Shape;
        static create(properties?: poco.Commit.$Properties): poco.Commit;

        /**
         * Encodes the specified Commit message. Does not implicitly {@link poco.Commit.verify|verify} messages.
         * @param message Commit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Commit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Commit & poco.Commit.$Shape} Commit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Commit & poco.Commit.$Shape;

        /**
         * Creates a Commit message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Commit
         */
        static fromObject(object: { [k: string]: any }): poco.Commit;

        /**
         * Creates a plain object from a Commit message. Also converts values to other types if specified.
         * @param message Commit
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Commit, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Commit to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Commit {

        /** Properties of a Commit. */
        interface $Properties {

            /** Commit height */
            height?: (number|Long|null);

            /** Commit round */
            round?: (number|null);

            /** Commit blockHash */
            blockHash?: (Uint8Array|null);

            /** Commit precommits */
            precommits?: (poco.SignedVote.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Commit. */
        type $Shape = poco.Commit.$Properties;
    }

    /**
     * Properties of a Proposal.
     * @deprecated Use poco.Proposal.$Properties instead.
     */
    interface IProposal extends poco.Proposal.$Properties {
    }

    /** Represents a Proposal. */
    class Proposal {

        /**
         * Constructs a new Proposal.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Proposal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Proposal height. */
        height: (number|Long);

        /** Proposal round. */
        round: number;

        /** Proposal polRound. */
        polRound: number;

        /** Proposal polRoundSet. */
        polRoundSet: boolean;

        /** Proposal block. */
        block: Uint8Array;

        /** Proposal proposer. */
        proposer: Uint8Array;

        /** Proposal blockHash. */
        blockHash: Uint8Array;

        /** Proposal chainId. */
        chainId: (number|Long);

        /**
         * Creates a new Proposal instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Proposal instance
         */
        static create(properties: poco.Proposal.$Shape): poco.Proposal & poco.Proposal.$Shape;
        static create(properties?: poco.Proposal.$Properties): poco.Proposal;

        /**
         * Encodes the specified Proposal message. Does not implicitly {@link poco.Proposal.verify|verify} messages.
         * @param message Proposal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Proposal message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Proposal & poco.Proposal.$Shape} Proposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Proposal & poco.Proposal.$Shape;

        /**
         * Creates a Proposal message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Proposal
         */
        static fromObject(object: { [k: string]: any }): poco.Proposal;

        /**
         * Creates a plain object from a Proposal message. Also converts values to other types if specified.
         * @param message Proposal
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Proposal, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Proposal to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Proposal {

        /** Properties of a Proposal. */
        interface $Properties {

            /** Proposal height */
            height?: (number|Long|null);

            /** Proposal round */
            round?: (number|null);

            /** Proposal polRound */
            polRound?: (number|null);

            /** Proposal polRoundSet */
            polRoundSet?: (boolean|null);

            /** Proposal block */
            block?: (Uint8Array|null);

            /** Proposal proposer */
            proposer?: (Uint8Array|null);

            /** Proposal blockHash */
            blockHash?: (Uint8Array|null);

            /** Proposal chainId */
            chainId?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Proposal. */
        type $Shape = poco.Proposal.$Properties;
    }

    /**
     * Properties of a SignedProposal.
     * @deprecated Use poco.SignedProposal.$Properties instead.
     */
    interface ISignedProposal extends poco.SignedProposal.$Properties {
    }

    /** Represents a SignedProposal. */
    class SignedProposal {

        /**
         * Constructs a new SignedProposal.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.SignedProposal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignedProposal proposal. */
        proposal: Uint8Array;

        /** SignedProposal signature. */
        signature: Uint8Array;

        /**
         * Creates a new SignedProposal instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignedProposal instance
         */
        static create(properties: poco.SignedProposal.$Shape): poco.SignedProposal & poco.SignedProposal.$Shape;
        static create(properties?: poco.SignedProposal.$Properties): poco.SignedProposal;

        /**
         * Encodes the specified SignedProposal message. Does not implicitly {@link poco.SignedProposal.verify|verify} messages.
         * @param message SignedProposal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.SignedProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignedProposal message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.SignedProposal & poco.SignedProposal.$Shape} SignedProposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.SignedProposal & poco.SignedProposal.$Shape;

        /**
         * Creates a SignedProposal message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SignedProposal
         */
        static fromObject(object: { [k: string]: any }): poco.SignedProposal;

        /**
         * Creates a plain object from a SignedProposal message. Also converts values to other types if specified.
         * @param message SignedProposal
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.SignedProposal, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SignedProposal to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SignedProposal {

        /** Properties of a SignedProposal. */
        interface $Properties {

            /** SignedProposal proposal */
            proposal?: (Uint8Array|null);

            /** SignedProposal signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignedProposal. */
        type $Shape = poco.SignedProposal.$Properties;
    }

    /**
     * Properties of a Checkpoint.
     * @deprecated Use poco.Checkpoint.$Properties instead.
     */
    interface ICheckpoint extends poco.Checkpoint.$Properties {
    }

    /** Represents a Checkpoint. */
    class Checkpoint {

        /**
         * Constructs a new Checkpoint.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Checkpoint.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Checkpoint chainId. */
        chainId: (number|Long);

        /** Checkpoint height. */
        height: (number|Long);

        /** Checkpoint blockHash. */
        blockHash: Uint8Array;

        /** Checkpoint stateRoot. */
        stateRoot: Uint8Array;

        /** Checkpoint withdrawalsRoot. */
        withdrawalsRoot: Uint8Array;

        /** Checkpoint nextValidatorSetHash. */
        nextValidatorSetHash: Uint8Array;

        /** Checkpoint ethChainId. */
        ethChainId: (number|Long);

        /** Checkpoint bridge. */
        bridge: Uint8Array;

        /**
         * Creates a new Checkpoint instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Checkpoint instance
         */
        static create(properties: poco.Checkpoint.$Shape): poco.Checkpoint & poco.Checkpoint.$Shape;
        static create(properties?: poco.Checkpoint.$Properties): poco.Checkpoint;

        /**
         * Encodes the specified Checkpoint message. Does not implicitly {@link poco.Checkpoint.verify|verify} messages.
         * @param message Checkpoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Checkpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Checkpoint message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Checkpoint & poco.Checkpoint.$Shape} Checkpoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Checkpoint & poco.Checkpoint.$Shape;

        /**
         * Creates a Checkpoint message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Checkpoint
         */
        static fromObject(object: { [k: string]: any }): poco.Checkpoint;

        /**
         * Creates a plain object from a Checkpoint message. Also converts values to other types if specified.
         * @param message Checkpoint
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Checkpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Checkpoint to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Checkpoint {

        /** Properties of a Checkpoint. */
        interface $Properties {

            /** Checkpoint chainId */
            chainId?: (number|Long|null);

            /** Checkpoint height */
            height?: (number|Long|null);

            /** Checkpoint blockHash */
            blockHash?: (Uint8Array|null);

            /** Checkpoint stateRoot */
            stateRoot?: (Uint8Array|null);

            /** Checkpoint withdrawalsRoot */
            withdrawalsRoot?: (Uint8Array|null);

            /** Checkpoint nextValidatorSetHash */
            nextValidatorSetHash?: (Uint8Array|null);

            /** Checkpoint ethChainId */
            ethChainId?: (number|Long|null);

            /** Checkpoint bridge */
            bridge?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Checkpoint. */
        type $Shape = poco.Checkpoint.$Properties;
    }

    /**
     * Properties of a CheckpointSignature.
     * @deprecated Use poco.CheckpointSignature.$Properties instead.
     */
    interface ICheckpointSignature extends poco.CheckpointSignature.$Properties {
    }

    /** Represents a CheckpointSignature. */
    class CheckpointSignature {

        /**
         * Constructs a new CheckpointSignature.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.CheckpointSignature.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CheckpointSignature checkpoint. */
        checkpoint?: (poco.Checkpoint.$Properties|null);

        /** CheckpointSignature validator. */
        validator: Uint8Array;

        /** CheckpointSignature signature. */
        signature: Uint8Array;

        /**
         * Creates a new CheckpointSignature instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CheckpointSignature instance
         */
        static create(properties: poco.CheckpointSignature.$Shape): poco.CheckpointSignature & poco.CheckpointSignature.$Shape;
        static create(properties?: poco.CheckpointSignature.$Properties): poco.CheckpointSignature;

        /**
         * Encodes the specified CheckpointSignature message. Does not implicitly {@link poco.CheckpointSignature.verify|verify} messages.
         * @param message CheckpointSignature message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.CheckpointSignature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CheckpointSignature message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.CheckpointSignature & poco.CheckpointSignature.$Shape} CheckpointSignature
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.CheckpointSignature & poco.CheckpointSignature.$Shape;

        /**
         * Creates a CheckpointSignature message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CheckpointSignature
         */
        static fromObject(object: { [k: string]: any }): poco.CheckpointSignature;

        /**
         * Creates a plain object from a CheckpointSignature message. Also converts values to other types if specified.
         * @param message CheckpointSignature
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.CheckpointSignature, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CheckpointSignature to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CheckpointSignature {

        /** Properties of a CheckpointSignature. */
        interface $Properties {

            /** CheckpointSignature checkpoint */
            checkpoint?: (poco.Checkpoint.$Properties|null);

            /** CheckpointSignature validator */
            validator?: (Uint8Array|null);

            /** CheckpointSignature signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CheckpointSignature. */
        type $Shape = poco.CheckpointSignature.$Properties;
    }

    /**
     * Properties of a Receipt.
     * @deprecated Use poco.Receipt.$Properties instead.
     */
    interface IReceipt extends poco.Receipt.$Properties {
    }

    /** Represents a Receipt. */
    class Receipt {

        /**
         * Constructs a new Receipt.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Receipt.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Receipt txHash. */
        txHash: Uint8Array;

        /** Receipt height. */
        height: (number|Long);

        /** Receipt index. */
        index: number;

        /** Receipt errorCode. */
        errorCode: string;

        /** Receipt errorMessage. */
        errorMessage: string;

        /** Receipt gasUsed. */
        gasUsed: (number|Long);

        /** Receipt fee. */
        fee: Uint8Array;

        /**
         * Creates a new Receipt instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Receipt instance
         */
        static create(properties: poco.Receipt.$Shape): poco.Receipt & poco.Receipt.$Shape;
        static create(properties?: poco.Receipt.$Properties): poco.Receipt;

        /**
         * Encodes the specified Receipt message. Does not implicitly {@link poco.Receipt.verify|verify} messages.
         * @param message Receipt message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Receipt message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Receipt & poco.Receipt.$Shape} Receipt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Receipt & poco.Receipt.$Shape;

        /**
         * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Receipt
         */
        static fromObject(object: { [k: string]: any }): poco.Receipt;

        /**
         * Creates a plain object from a Receipt message. Also converts values to other types if specified.
         * @param message Receipt
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Receipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Receipt to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Receipt {

        /** Properties of a Receipt. */
        interface $Properties {

            /** Receipt txHash */
            txHash?: (Uint8Array|null);

            /** Receipt height */
            height?: (number|Long|null);

            /** Receipt index */
            index?: (number|null);

            /** Receipt errorCode */
            errorCode?: (string|null);

            /** Receipt errorMessage */
            errorMessage?: (string|null);

            /** Receipt gasUsed */
            gasUsed?: (number|Long|null);

            /** Receipt fee */
            fee?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Receipt. */
        type $Shape = poco.Receipt.$Properties;
    }

    /**
     * Properties of an Account.
     * @deprecated Use poco.Account.$Properties instead.
     */
    interface IAccount extends poco.Account.$Properties {
    }

    /** Represents an Account. */
    class Account {

        /**
         * Constructs a new Account.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Account.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Account balance. */
        balance: Uint8Array;

        /** Account nonce. */
        nonce: (number|Long);

        /** Account stake. */
        stake: Uint8Array;

        /** Account locked. */
        locked: Uint8Array;

        /** Account bonded. */
        bonded: Uint8Array;

        /**
         * Creates a new Account instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Account instance
         */
        static create(properties: poco.Account.$Shape): poco.Account & poco.Account.$Shape;
        static create(properties?: poco.Account.$Properties): poco.Account;

        /**
         * Encodes the specified Account message. Does not implicitly {@link poco.Account.verify|verify} messages.
         * @param message Account message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Account.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Account message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Account & poco.Account.$Shape} Account
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Account & poco.Account.$Shape;

        /**
         * Creates an Account message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Account
         */
        static fromObject(object: { [k: string]: any }): poco.Account;

        /**
         * Creates a plain object from an Account message. Also converts values to other types if specified.
         * @param message Account
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Account, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Account to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Account {

        /** Properties of an Account. */
        interface $Properties {

            /** Account balance */
            balance?: (Uint8Array|null);

            /** Account nonce */
            nonce?: (number|Long|null);

            /** Account stake */
            stake?: (Uint8Array|null);

            /** Account locked */
            locked?: (Uint8Array|null);

            /** Account bonded */
            bonded?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Account. */
        type $Shape = poco.Account.$Properties;
    }

    /**
     * Properties of an AppRecord.
     * @deprecated Use poco.AppRecord.$Properties instead.
     */
    interface IAppRecord extends poco.AppRecord.$Properties {
    }

    /** Represents an AppRecord. */
    class AppRecord {

        /**
         * Constructs a new AppRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.AppRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AppRecord owner. */
        owner: Uint8Array;

        /** AppRecord name. */
        name: string;

        /** AppRecord uri. */
        uri: string;

        /** AppRecord checksum. */
        checksum: Uint8Array;

        /** AppRecord mrenclave. */
        mrenclave: Uint8Array;

        /**
         * Creates a new AppRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AppRecord instance
         */
        static create(properties: poco.AppRecord.$Shape): poco.AppRecord & poco.AppRecord.$Shape;
        static create(properties?: poco.AppRecord.$Properties): poco.AppRecord;

        /**
         * Encodes the specified AppRecord message. Does not implicitly {@link poco.AppRecord.verify|verify} messages.
         * @param message AppRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.AppRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AppRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.AppRecord & poco.AppRecord.$Shape} AppRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.AppRecord & poco.AppRecord.$Shape;

        /**
         * Creates an AppRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AppRecord
         */
        static fromObject(object: { [k: string]: any }): poco.AppRecord;

        /**
         * Creates a plain object from an AppRecord message. Also converts values to other types if specified.
         * @param message AppRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.AppRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AppRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace AppRecord {

        /** Properties of an AppRecord. */
        interface $Properties {

            /** AppRecord owner */
            owner?: (Uint8Array|null);

            /** AppRecord name */
            name?: (string|null);

            /** AppRecord uri */
            uri?: (string|null);

            /** AppRecord checksum */
            checksum?: (Uint8Array|null);

            /** AppRecord mrenclave */
            mrenclave?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AppRecord. */
        type $Shape = poco.AppRecord.$Properties;
    }

    /**
     * Properties of a DatasetRecord.
     * @deprecated Use poco.DatasetRecord.$Properties instead.
     */
    interface IDatasetRecord extends poco.DatasetRecord.$Properties {
    }

    /** Represents a DatasetRecord. */
    class DatasetRecord {

        /**
         * Constructs a new DatasetRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.DatasetRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DatasetRecord owner. */
        owner: Uint8Array;

        /** DatasetRecord name. */
        name: string;

        /** DatasetRecord uri. */
        uri: string;

        /** DatasetRecord checksum. */
        checksum: Uint8Array;

        /**
         * Creates a new DatasetRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DatasetRecord instance
         */
        static create(properties: poco.DatasetRecord.$Shape): poco.DatasetRecord & poco.DatasetRecord.$Shape;
        static create(properties?: poco.DatasetRecord.$Properties): poco.DatasetRecord;

        /**
         * Encodes the specified DatasetRecord message. Does not implicitly {@link poco.DatasetRecord.verify|verify} messages.
         * @param message DatasetRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.DatasetRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DatasetRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.DatasetRecord & poco.DatasetRecord.$Shape} DatasetRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.DatasetRecord & poco.DatasetRecord.$Shape;

        /**
         * Creates a DatasetRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DatasetRecord
         */
        static fromObject(object: { [k: string]: any }): poco.DatasetRecord;

        /**
         * Creates a plain object from a DatasetRecord message. Also converts values to other types if specified.
         * @param message DatasetRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.DatasetRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DatasetRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DatasetRecord {

        /** Properties of a DatasetRecord. */
        interface $Properties {

            /** DatasetRecord owner */
            owner?: (Uint8Array|null);

            /** DatasetRecord name */
            name?: (string|null);

            /** DatasetRecord uri */
            uri?: (string|null);

            /** DatasetRecord checksum */
            checksum?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DatasetRecord. */
        type $Shape = poco.DatasetRecord.$Properties;
    }

    /**
     * Properties of a WorkerpoolRecord.
     * @deprecated Use poco.WorkerpoolRecord.$Properties instead.
     */
    interface IWorkerpoolRecord extends poco.WorkerpoolRecord.$Properties {
    }

    /** Represents a WorkerpoolRecord. */
    class WorkerpoolRecord {

        /**
         * Constructs a new WorkerpoolRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.WorkerpoolRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WorkerpoolRecord owner. */
        owner: Uint8Array;

        /** WorkerpoolRecord description. */
        description: string;

        /** WorkerpoolRecord schedulerRewardRatio. */
        schedulerRewardRatio: number;

        /** WorkerpoolRecord powerEfficiency. */
        powerEfficiency: number;

        /**
         * Creates a new WorkerpoolRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WorkerpoolRecord instance
         */
        static create(properties: poco.WorkerpoolRecord.$Shape): poco.WorkerpoolRecord & poco.WorkerpoolRecord.$Shape;
        static create(properties?: poco.WorkerpoolRecord.$Properties): poco.WorkerpoolRecord;

        /**
         * Encodes the specified WorkerpoolRecord message. Does not implicitly {@link poco.WorkerpoolRecord.verify|verify} messages.
         * @param message WorkerpoolRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.WorkerpoolRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WorkerpoolRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.WorkerpoolRecord & poco.WorkerpoolRecord.$Shape} WorkerpoolRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.WorkerpoolRecord & poco.WorkerpoolRecord.$Shape;

        /**
         * Creates a WorkerpoolRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WorkerpoolRecord
         */
        static fromObject(object: { [k: string]: any }): poco.WorkerpoolRecord;

        /**
         * Creates a plain object from a WorkerpoolRecord message. Also converts values to other types if specified.
         * @param message WorkerpoolRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.WorkerpoolRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WorkerpoolRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace WorkerpoolRecord {

        /** Properties of a WorkerpoolRecord. */
        interface $Properties {

            /** WorkerpoolRecord owner */
            owner?: (Uint8Array|null);

            /** WorkerpoolRecord description */
            description?: (string|null);

            /** WorkerpoolRecord schedulerRewardRatio */
            schedulerRewardRatio?: (number|null);

            /** WorkerpoolRecord powerEfficiency */
            powerEfficiency?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WorkerpoolRecord. */
        type $Shape = poco.WorkerpoolRecord.$Properties;
    }

    /**
     * Properties of a CategoryRecord.
     * @deprecated Use poco.CategoryRecord.$Properties instead.
     */
    interface ICategoryRecord extends poco.CategoryRecord.$Properties {
    }

    /** Represents a CategoryRecord. */
    class CategoryRecord {

        /**
         * Constructs a new CategoryRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.CategoryRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CategoryRecord name. */
        name: string;

        /** CategoryRecord description. */
        description: string;

        /** CategoryRecord workClockTimeRef. */
        workClockTimeRef: (number|Long);

        /**
         * Creates a new CategoryRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CategoryRecord instance
         */
        static create(properties: poco.CategoryRecord.$Shape): poco.CategoryRecord & poco.CategoryRecord.$Shape;
        static create(properties?: poco.CategoryRecord.$Properties): poco.CategoryRecord;

        /**
         * Encodes the specified CategoryRecord message. Does not implicitly {@link poco.CategoryRecord.verify|verify} messages.
         * @param message CategoryRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.CategoryRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CategoryRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.CategoryRecord & poco.CategoryRecord.$Shape} CategoryRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.CategoryRecord & poco.CategoryRecord.$Shape;

        /**
         * Creates a CategoryRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CategoryRecord
         */
        static fromObject(object: { [k: string]: any }): poco.CategoryRecord;

        /**
         * Creates a plain object from a CategoryRecord message. Also converts values to other types if specified.
         * @param message CategoryRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.CategoryRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CategoryRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CategoryRecord {

        /** Properties of a CategoryRecord. */
        interface $Properties {

            /** CategoryRecord name */
            name?: (string|null);

            /** CategoryRecord description */
            description?: (string|null);

            /** CategoryRecord workClockTimeRef */
            workClockTimeRef?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CategoryRecord. */
        type $Shape = poco.CategoryRecord.$Properties;
    }

    /**
     * Properties of a ChainParams.
     * @deprecated Use poco.ChainParams.$Properties instead.
     */
    interface IChainParams extends poco.ChainParams.$Properties {
    }

    /** Represents a ChainParams. */
    class ChainParams {

        /**
         * Constructs a new ChainParams.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ChainParams.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChainParams blockGasLimit. */
        blockGasLimit: (number|Long);

        /** ChainParams minBaseFee. */
        minBaseFee: Uint8Array;

        /** ChainParams initialBaseFee. */
        initialBaseFee: Uint8Array;

        /** ChainParams maxBlockBytes. */
        maxBlockBytes: (number|Long);

        /** ChainParams maxBlockTxs. */
        maxBlockTxs: number;

        /** ChainParams matchBudgetPercent. */
        matchBudgetPercent: number;

        /**
         * Creates a new ChainParams instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChainParams instance
         */
        static create(properties: poco.ChainParams.$Shape): poco.ChainParams & poco.ChainParams.$Shape;
        static create(properties?: poco.ChainParams.$Properties): poco.ChainParams;

        /**
         * Encodes the specified ChainParams message. Does not implicitly {@link poco.ChainParams.verify|verify} messages.
         * @param message ChainParams message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ChainParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChainParams message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ChainParams & poco.ChainParams.$Shape} ChainParams
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ChainParams & poco.ChainParams.$Shape;

        /**
         * Creates a ChainParams message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChainParams
         */
        static fromObject(object: { [k: string]: any }): poco.ChainParams;

        /**
         * Creates a plain object from a ChainParams message. Also converts values to other types if specified.
         * @param message ChainParams
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ChainParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChainParams to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ChainParams {

        /** Properties of a ChainParams. */
        interface $Properties {

            /** ChainParams blockGasLimit */
            blockGasLimit?: (number|Long|null);

            /** ChainParams minBaseFee */
            minBaseFee?: (Uint8Array|null);

            /** ChainParams initialBaseFee */
            initialBaseFee?: (Uint8Array|null);

            /** ChainParams maxBlockBytes */
            maxBlockBytes?: (number|Long|null);

            /** ChainParams maxBlockTxs */
            maxBlockTxs?: (number|null);

            /** ChainParams matchBudgetPercent */
            matchBudgetPercent?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChainParams. */
        type $Shape = poco.ChainParams.$Properties;
    }

    /**
     * Properties of a WorkerHeartbeat.
     * @deprecated Use poco.WorkerHeartbeat.$Properties instead.
     */
    interface IWorkerHeartbeat extends poco.WorkerHeartbeat.$Properties {
    }

    /** Represents a WorkerHeartbeat. */
    class WorkerHeartbeat {

        /**
         * Constructs a new WorkerHeartbeat.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.WorkerHeartbeat.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WorkerHeartbeat worker. */
        worker: Uint8Array;

        /** WorkerHeartbeat seq. */
        seq: (number|Long);

        /** WorkerHeartbeat timeMs. */
        timeMs: (number|Long);

        /** WorkerHeartbeat capacity. */
        capacity: number;

        /** WorkerHeartbeat tags. */
        tags: Uint8Array;

        /** WorkerHeartbeat powerEfficiency. */
        powerEfficiency: number;

        /** WorkerHeartbeat multiaddrs. */
        multiaddrs: string[];

        /**
         * Creates a new WorkerHeartbeat instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WorkerHeartbeat instance
         */
        static create(properties: poco.WorkerHeartbeat.$Shape): poco.WorkerHeartbeat & poco.WorkerHeartbeat.$Shape;
        static create(properties?: poco.WorkerHeartbeat.$Properties): poco.WorkerHeartbeat;

        /**
         * Encodes the specified WorkerHeartbeat message. Does not implicitly {@link poco.WorkerHeartbeat.verify|verify} messages.
         * @param message WorkerHeartbeat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.WorkerHeartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WorkerHeartbeat message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.WorkerHeartbeat & poco.WorkerHeartbeat.$Shape} WorkerHeartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.WorkerHeartbeat & poco.WorkerHeartbeat.$Shape;

        /**
         * Creates a WorkerHeartbeat message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WorkerHeartbeat
         */
        static fromObject(object: { [k: string]: any }): poco.WorkerHeartbeat;

        /**
         * Creates a plain object from a WorkerHeartbeat message. Also converts values to other types if specified.
         * @param message WorkerHeartbeat
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.WorkerHeartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WorkerHeartbeat to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace WorkerHeartbeat {

        /** Properties of a WorkerHeartbeat. */
        interface $Properties {

            /** WorkerHeartbeat worker */
            worker?: (Uint8Array|null);

            /** WorkerHeartbeat seq */
            seq?: (number|Long|null);

            /** WorkerHeartbeat timeMs */
            timeMs?: (number|Long|null);

            /** WorkerHeartbeat capacity */
            capacity?: (number|null);

            /** WorkerHeartbeat tags */
            tags?: (Uint8Array|null);

            /** WorkerHeartbeat powerEfficiency */
            powerEfficiency?: (number|null);

            /** WorkerHeartbeat multiaddrs */
            multiaddrs?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WorkerHeartbeat. */
        type $Shape = poco.WorkerHeartbeat.$Properties;
    }

    /**
     * Properties of a SignedHeartbeat.
     * @deprecated Use poco.SignedHeartbeat.$Properties instead.
     */
    interface ISignedHeartbeat extends poco.SignedHeartbeat.$Properties {
    }

    /** Represents a SignedHeartbeat. */
    class SignedHeartbeat {

        /**
         * Constructs a new SignedHeartbeat.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.SignedHeartbeat.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignedHeartbeat heartbeat. */
        heartbeat: Uint8Array;

        /** SignedHeartbeat signature. */
        signature: Uint8Array;

        /**
         * Creates a new SignedHeartbeat instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignedHeartbeat instance
         */
        static create(properties: poco.SignedHeartbeat.$Shape): poco.SignedHeartbeat & poco.SignedHeartbeat.$Shape;
        static create(properties?: poco.SignedHeartbeat.$Properties): poco.SignedHeartbeat;

        /**
         * Encodes the specified SignedHeartbeat message. Does not implicitly {@link poco.SignedHeartbeat.verify|verify} messages.
         * @param message SignedHeartbeat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.SignedHeartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignedHeartbeat message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.SignedHeartbeat & poco.SignedHeartbeat.$Shape} SignedHeartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.SignedHeartbeat & poco.SignedHeartbeat.$Shape;

        /**
         * Creates a SignedHeartbeat message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SignedHeartbeat
         */
        static fromObject(object: { [k: string]: any }): poco.SignedHeartbeat;

        /**
         * Creates a plain object from a SignedHeartbeat message. Also converts values to other types if specified.
         * @param message SignedHeartbeat
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.SignedHeartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SignedHeartbeat to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SignedHeartbeat {

        /** Properties of a SignedHeartbeat. */
        interface $Properties {

            /** SignedHeartbeat heartbeat */
            heartbeat?: (Uint8Array|null);

            /** SignedHeartbeat signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignedHeartbeat. */
        type $Shape = poco.SignedHeartbeat.$Properties;
    }

    /**
     * Properties of a StatusRequest.
     * @deprecated Use poco.StatusRequest.$Properties instead.
     */
    interface IStatusRequest extends poco.StatusRequest.$Properties {
    }

    /** Represents a StatusRequest. */
    class StatusRequest {

        /**
         * Constructs a new StatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.StatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusRequest chainId. */
        chainId: (number|Long);

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusRequest instance
         */
        static create(properties: poco.StatusRequest.$Shape): poco.StatusRequest & poco.StatusRequest.$Shape;
        static create(properties?: poco.StatusRequest.$Properties): poco.StatusRequest;

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link poco.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.StatusRequest & poco.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.StatusRequest & poco.StatusRequest.$Shape;

        /**
         * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatusRequest
         */
        static fromObject(object: { [k: string]: any }): poco.StatusRequest;

        /**
         * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
         * @param message StatusRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatusRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace StatusRequest {

        /** Properties of a StatusRequest. */
        interface $Properties {

            /** StatusRequest chainId */
            chainId?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusRequest. */
        type $Shape = poco.StatusRequest.$Properties;
    }

    /**
     * Properties of a StatusResponse.
     * @deprecated Use poco.StatusResponse.$Properties instead.
     */
    interface IStatusResponse extends poco.StatusResponse.$Properties {
    }

    /** Represents a StatusResponse. */
    class StatusResponse {

        /**
         * Constructs a new StatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.StatusResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusResponse chainId. */
        chainId: (number|Long);

        /** StatusResponse genesisHash. */
        genesisHash: Uint8Array;

        /** StatusResponse height. */
        height: (number|Long);

        /** StatusResponse headHash. */
        headHash: Uint8Array;

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusResponse instance
         */
        static create(properties: poco.StatusResponse.$Shape): poco.StatusResponse & poco.StatusResponse.$Shape;
        static create(properties?: poco.StatusResponse.$Properties): poco.StatusResponse;

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link poco.StatusResponse.verify|verify} messages.
         * @param message StatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.StatusResponse & poco.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.StatusResponse & poco.StatusResponse.$Shape;

        /**
         * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatusResponse
         */
        static fromObject(object: { [k: string]: any }): poco.StatusResponse;

        /**
         * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
         * @param message StatusResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatusResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace StatusResponse {

        /** Properties of a StatusResponse. */
        interface $Properties {

            /** StatusResponse chainId */
            chainId?: (number|Long|null);

            /** StatusResponse genesisHash */
            genesisHash?: (Uint8Array|null);

            /** StatusResponse height */
            height?: (number|Long|null);

            /** StatusResponse headHash */
            headHash?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusResponse. */
        type $Shape = poco.StatusResponse.$Properties;
    }

    /**
     * Properties of a BlocksByRangeRequest.
     * @deprecated Use poco.BlocksByRangeRequest.$Properties instead.
     */
    interface IBlocksByRangeRequest extends poco.BlocksByRangeRequest.$Properties {
    }

    /** Represents a BlocksByRangeRequest. */
    class BlocksByRangeRequest {

        /**
         * Constructs a new BlocksByRangeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BlocksByRangeRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BlocksByRangeRequest startHeight. */
        startHeight: (number|Long);

        /** BlocksByRangeRequest count. */
        count: number;

        /**
         * Creates a new BlocksByRangeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlocksByRangeRequest instance
         */
        static create(properties: poco.BlocksByRangeRequest.$Shape): poco.BlocksByRangeRequest & poco.BlocksByRangeRequest.$Shape;
        static create(properties?: poco.BlocksByRangeRequest.$Properties): poco.BlocksByRangeRequest;

        /**
         * Encodes the specified BlocksByRangeRequest message. Does not implicitly {@link poco.BlocksByRangeRequest.verify|verify} messages.
         * @param message BlocksByRangeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BlocksByRangeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlocksByRangeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BlocksByRangeRequest & poco.BlocksByRangeRequest.$Shape} BlocksByRangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BlocksByRangeRequest & poco.BlocksByRangeRequest.$Shape;

        /**
         * Creates a BlocksByRangeRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BlocksByRangeRequest
         */
        static fromObject(object: { [k: string]: any }): poco.BlocksByRangeRequest;

        /**
         * Creates a plain object from a BlocksByRangeRequest message. Also converts values to other types if specified.
         * @param message BlocksByRangeRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BlocksByRangeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlocksByRangeRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BlocksByRangeRequest {

        /** Properties of a BlocksByRangeRequest. */
        interface $Properties {

            /** BlocksByRangeRequest startHeight */
            startHeight?: (number|Long|null);

            /** BlocksByRangeRequest count */
            count?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BlocksByRangeRequest. */
        type $Shape = poco.BlocksByRangeRequest.$Properties;
    }

    /**
     * Properties of a BlocksByRangeResponse.
     * @deprecated Use poco.BlocksByRangeResponse.$Properties instead.
     */
    interface IBlocksByRangeResponse extends poco.BlocksByRangeResponse.$Properties {
    }

    /** Represents a BlocksByRangeResponse. */
    class BlocksByRangeResponse {

        /**
         * Constructs a new BlocksByRangeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BlocksByRangeResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BlocksByRangeResponse blocks. */
        blocks: Uint8Array[];

        /** BlocksByRangeResponse commits. */
        commits: poco.Commit.$Properties[];

        /**
         * Creates a new BlocksByRangeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlocksByRangeResponse instance
         */
        static create(properties: poco.BlocksByRangeResponse.$Shape): poco.BlocksByRangeResponse & poco.BlocksByRangeResponse.$Shape;
        static create(properties?: poco.BlocksByRangeResponse.$Properties): poco.BlocksByRangeResponse;

        /**
         * Encodes the specified BlocksByRangeResponse message. Does not implicitly {@link poco.BlocksByRangeResponse.verify|verify} messages.
         * @param message BlocksByRangeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BlocksByRangeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlocksByRangeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BlocksByRangeResponse & poco.BlocksByRangeResponse.$Shape} BlocksByRangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BlocksByRangeResponse & poco.BlocksByRangeResponse.$Shape;

        /**
         * Creates a BlocksByRangeResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BlocksByRangeResponse
         */
        static fromObject(object: { [k: string]: any }): poco.BlocksByRangeResponse;

        /**
         * Creates a plain object from a BlocksByRangeResponse message. Also converts values to other types if specified.
         * @param message BlocksByRangeResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BlocksByRangeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlocksByRangeResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BlocksByRangeResponse {

        /** Properties of a BlocksByRangeResponse. */
        interface $Properties {

            /** BlocksByRangeResponse blocks */
            blocks?: (Uint8Array[]|null);

            /** BlocksByRangeResponse commits */
            commits?: (poco.Commit.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BlocksByRangeResponse. */
        type $Shape = poco.BlocksByRangeResponse.$Properties;
    }

    /**
     * Properties of a BlockTxsRequest.
     * @deprecated Use poco.BlockTxsRequest.$Properties instead.
     */
    interface IBlockTxsRequest extends poco.BlockTxsRequest.$Properties {
    }

    /** Represents a BlockTxsRequest. */
    class BlockTxsRequest {

        /**
         * Constructs a new BlockTxsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BlockTxsRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BlockTxsRequest blockHash. */
        blockHash: Uint8Array;

        /** BlockTxsRequest indexes. */
        indexes: number[];

        /** BlockTxsRequest fullBlock. */
        fullBlock: boolean;

        /**
         * Creates a new BlockTxsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlockTxsRequest instance
         */
        static create(properties: poco.BlockTxsRequest.$Shape): poco.BlockTxsRequest & poco.BlockTxsRequest.$Shape;
        static create(properties?: poco.BlockTxsRequest.$Properties): poco.BlockTxsRequest;

        /**
         * Encodes the specified BlockTxsRequest message. Does not implicitly {@link poco.BlockTxsRequest.verify|verify} messages.
         * @param message BlockTxsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BlockTxsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlockTxsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BlockTxsRequest & poco.BlockTxsRequest.$Shape} BlockTxsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BlockTxsRequest & poco.BlockTxsRequest.$Shape;

        /**
         * Creates a BlockTxsRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BlockTxsRequest
         */
        static fromObject(object: { [k: string]: any }): poco.BlockTxsRequest;

        /**
         * Creates a plain object from a BlockTxsRequest message. Also converts values to other types if specified.
         * @param message BlockTxsRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BlockTxsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlockTxsRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BlockTxsRequest {

        /** Properties of a BlockTxsRequest. */
        interface $Properties {

            /** BlockTxsRequest blockHash */
            blockHash?: (Uint8Array|null);

            /** BlockTxsRequest indexes */
            indexes?: (number[]|null);

            /** BlockTxsRequest fullBlock */
            fullBlock?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BlockTxsRequest. */
        type $Shape = poco.BlockTxsRequest.$Properties;
    }

    /**
     * Properties of a BlockTxsResponse.
     * @deprecated Use poco.BlockTxsResponse.$Properties instead.
     */
    interface IBlockTxsResponse extends poco.BlockTxsResponse.$Properties {
    }

    /** Represents a BlockTxsResponse. */
    class BlockTxsResponse {

        /**
         * Constructs a new BlockTxsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BlockTxsResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BlockTxsResponse txs. */
        txs: Uint8Array[];

        /** BlockTxsResponse block. */
        block: Uint8Array;

        /**
         * Creates a new BlockTxsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlockTxsResponse instance
         */
        static create(properties: poco.BlockTxsResponse.$Shape): poco.BlockTxsResponse & poco.BlockTxsResponse.$Shape;
        static create(properties?: poco.BlockTxsResponse.$Properties): poco.BlockTxsResponse;

        /**
         * Encodes the specified BlockTxsResponse message. Does not implicitly {@link poco.BlockTxsResponse.verify|verify} messages.
         * @param message BlockTxsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BlockTxsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlockTxsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BlockTxsResponse & poco.BlockTxsResponse.$Shape} BlockTxsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BlockTxsResponse & poco.BlockTxsResponse.$Shape;

        /**
         * Creates a BlockTxsResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BlockTxsResponse
         */
        static fromObject(object: { [k: string]: any }): poco.BlockTxsResponse;

        /**
         * Creates a plain object from a BlockTxsResponse message. Also converts values to other types if specified.
         * @param message BlockTxsResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BlockTxsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlockTxsResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BlockTxsResponse {

        /** Properties of a BlockTxsResponse. */
        interface $Properties {

            /** BlockTxsResponse txs */
            txs?: (Uint8Array[]|null);

            /** BlockTxsResponse block */
            block?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BlockTxsResponse. */
        type $Shape = poco.BlockTxsResponse.$Properties;
    }

    /**
     * Properties of a Validator.
     * @deprecated Use poco.Validator.$Properties instead.
     */
    interface IValidator extends poco.Validator.$Properties {
    }

    /** Represents a Validator. */
    class Validator {

        /**
         * Constructs a new Validator.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Validator.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Validator address. */
        address: Uint8Array;

        /** Validator power. */
        power: (number|Long);

        /**
         * Creates a new Validator instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Validator instance
         */
        static create(properties: poco.Validator.$Shape): poco.Validator & poco.Validator.$Shape;
        static create(properties?: poco.Validator.$Properties): poco.Validator;

        /**
         * Encodes the specified Validator message. Does not implicitly {@link poco.Validator.verify|verify} messages.
         * @param message Validator message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Validator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Validator message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Validator & poco.Validator.$Shape} Validator
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Validator & poco.Validator.$Shape;

        /**
         * Creates a Validator message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Validator
         */
        static fromObject(object: { [k: string]: any }): poco.Validator;

        /**
         * Creates a plain object from a Validator message. Also converts values to other types if specified.
         * @param message Validator
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Validator, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Validator to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Validator {

        /** Properties of a Validator. */
        interface $Properties {

            /** Validator address */
            address?: (Uint8Array|null);

            /** Validator power */
            power?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Validator. */
        type $Shape = poco.Validator.$Properties;
    }

    /**
     * Properties of a ValidatorSet.
     * @deprecated Use poco.ValidatorSet.$Properties instead.
     */
    interface IValidatorSet extends poco.ValidatorSet.$Properties {
    }

    /** Represents a ValidatorSet. */
    class ValidatorSet {

        /**
         * Constructs a new ValidatorSet.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ValidatorSet.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ValidatorSet validators. */
        validators: poco.Validator.$Properties[];

        /**
         * Creates a new ValidatorSet instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidatorSet instance
         */
        static create(properties: poco.ValidatorSet.$Shape): poco.ValidatorSet & poco.ValidatorSet.$Shape;
        static create(properties?: poco.ValidatorSet.$Properties): poco.ValidatorSet;

        /**
         * Encodes the specified ValidatorSet message. Does not implicitly {@link poco.ValidatorSet.verify|verify} messages.
         * @param message ValidatorSet message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ValidatorSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidatorSet message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ValidatorSet & poco.ValidatorSet.$Shape} ValidatorSet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ValidatorSet & poco.ValidatorSet.$Shape;

        /**
         * Creates a ValidatorSet message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ValidatorSet
         */
        static fromObject(object: { [k: string]: any }): poco.ValidatorSet;

        /**
         * Creates a plain object from a ValidatorSet message. Also converts values to other types if specified.
         * @param message ValidatorSet
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ValidatorSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ValidatorSet to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ValidatorSet {

        /** Properties of a ValidatorSet. */
        interface $Properties {

            /** ValidatorSet validators */
            validators?: (poco.Validator.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ValidatorSet. */
        type $Shape = poco.ValidatorSet.$Properties;
    }

    /**
     * Properties of an OrderRecord.
     * @deprecated Use poco.OrderRecord.$Properties instead.
     */
    interface IOrderRecord extends poco.OrderRecord.$Properties {
    }

    /** Represents an OrderRecord. */
    class OrderRecord {

        /**
         * Constructs a new OrderRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.OrderRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OrderRecord kind. */
        kind: number;

        /** OrderRecord order. */
        order: Uint8Array;

        /** OrderRecord consumed. */
        consumed: Uint8Array;

        /** OrderRecord cancelled. */
        cancelled: boolean;

        /** OrderRecord presigned. */
        presigned: boolean;

        /**
         * Creates a new OrderRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OrderRecord instance
         */
        static create(properties: poco.OrderRecord.$Shape): poco.OrderRecord & poco.OrderRecord.$Shape;
        static create(properties?: poco.OrderRecord.$Properties): poco.OrderRecord;

        /**
         * Encodes the specified OrderRecord message. Does not implicitly {@link poco.OrderRecord.verify|verify} messages.
         * @param message OrderRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.OrderRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OrderRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.OrderRecord & poco.OrderRecord.$Shape} OrderRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.OrderRecord & poco.OrderRecord.$Shape;

        /**
         * Creates an OrderRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns OrderRecord
         */
        static fromObject(object: { [k: string]: any }): poco.OrderRecord;

        /**
         * Creates a plain object from an OrderRecord message. Also converts values to other types if specified.
         * @param message OrderRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.OrderRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this OrderRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace OrderRecord {

        /** Properties of an OrderRecord. */
        interface $Properties {

            /** OrderRecord kind */
            kind?: (number|null);

            /** OrderRecord order */
            order?: (Uint8Array|null);

            /** OrderRecord consumed */
            consumed?: (Uint8Array|null);

            /** OrderRecord cancelled */
            cancelled?: (boolean|null);

            /** OrderRecord presigned */
            presigned?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OrderRecord. */
        type $Shape = poco.OrderRecord.$Properties;
    }

    /**
     * Properties of a Deal.
     * @deprecated Use poco.Deal.$Properties instead.
     */
    interface IDeal extends poco.Deal.$Properties {
    }

    /** Represents a Deal. */
    class Deal {

        /**
         * Constructs a new Deal.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Deal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Deal app. */
        app: Uint8Array;

        /** Deal appOwner. */
        appOwner: Uint8Array;

        /** Deal appPrice. */
        appPrice: Uint8Array;

        /** Deal dataset. */
        dataset: Uint8Array;

        /** Deal datasetOwner. */
        datasetOwner: Uint8Array;

        /** Deal datasetPrice. */
        datasetPrice: Uint8Array;

        /** Deal workerpool. */
        workerpool: Uint8Array;

        /** Deal workerpoolOwner. */
        workerpoolOwner: Uint8Array;

        /** Deal workerpoolPrice. */
        workerpoolPrice: Uint8Array;

        /** Deal requester. */
        requester: Uint8Array;

        /** Deal beneficiary. */
        beneficiary: Uint8Array;

        /** Deal callback. */
        callback: Uint8Array;

        /** Deal params. */
        params: string;

        /** Deal tag. */
        tag: Uint8Array;

        /** Deal category. */
        category: (number|Long);

        /** Deal trust. */
        trust: (number|Long);

        /** Deal botFirst. */
        botFirst: (number|Long);

        /** Deal botSize. */
        botSize: (number|Long);

        /** Deal startTimeMs. */
        startTimeMs: (number|Long);

        /** Deal timeRefMs. */
        timeRefMs: (number|Long);

        /** Deal schedulerRewardRatio. */
        schedulerRewardRatio: number;

        /** Deal schedulerStake. */
        schedulerStake: Uint8Array;

        /** Deal workerStake. */
        workerStake: Uint8Array;

        /** Deal appOrderHash. */
        appOrderHash: Uint8Array;

        /** Deal datasetOrderHash. */
        datasetOrderHash: Uint8Array;

        /** Deal workerpoolOrderHash. */
        workerpoolOrderHash: Uint8Array;

        /** Deal requestOrderHash. */
        requestOrderHash: Uint8Array;

        /**
         * Creates a new Deal instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Deal instance
         */
        static create(properties: poco.Deal.$Shape): poco.Deal & poco.Deal.$Shape;
        static create(properties?: poco.Deal.$Properties): poco.Deal;

        /**
         * Encodes the specified Deal message. Does not implicitly {@link poco.Deal.verify|verify} messages.
         * @param message Deal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Deal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Deal message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Deal & poco.Deal.$Shape} Deal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Deal & poco.Deal.$Shape;

        /**
         * Creates a Deal message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Deal
         */
        static fromObject(object: { [k: string]: any }): poco.Deal;

        /**
         * Creates a plain object from a Deal message. Also converts values to other types if specified.
         * @param message Deal
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Deal, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Deal to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Deal {

        /** Properties of a Deal. */
        interface $Properties {

            /** Deal app */
            app?: (Uint8Array|null);

            /** Deal appOwner */
            appOwner?: (Uint8Array|null);

            /** Deal appPrice */
            appPrice?: (Uint8Array|null);

            /** Deal dataset */
            dataset?: (Uint8Array|null);

            /** Deal datasetOwner */
            datasetOwner?: (Uint8Array|null);

            /** Deal datasetPrice */
            datasetPrice?: (Uint8Array|null);

            /** Deal workerpool */
            workerpool?: (Uint8Array|null);

            /** Deal workerpoolOwner */
            workerpoolOwner?: (Uint8Array|null);

            /** Deal workerpoolPrice */
            workerpoolPrice?: (Uint8Array|null);

            /** Deal requester */
            requester?: (Uint8Array|null);

            /** Deal beneficiary */
            beneficiary?: (Uint8Array|null);

            /** Deal callback */
            callback?: (Uint8Array|null);

            /** Deal params */
            params?: (string|null);

            /** Deal tag */
            tag?: (Uint8Array|null);

            /** Deal category */
            category?: (number|Long|null);

            /** Deal trust */
            trust?: (number|Long|null);

            /** Deal botFirst */
            botFirst?: (number|Long|null);

            /** Deal botSize */
            botSize?: (number|Long|null);

            /** Deal startTimeMs */
            startTimeMs?: (number|Long|null);

            /** Deal timeRefMs */
            timeRefMs?: (number|Long|null);

            /** Deal schedulerRewardRatio */
            schedulerRewardRatio?: (number|null);

            /** Deal schedulerStake */
            schedulerStake?: (Uint8Array|null);

            /** Deal workerStake */
            workerStake?: (Uint8Array|null);

            /** Deal appOrderHash */
            appOrderHash?: (Uint8Array|null);

            /** Deal datasetOrderHash */
            datasetOrderHash?: (Uint8Array|null);

            /** Deal workerpoolOrderHash */
            workerpoolOrderHash?: (Uint8Array|null);

            /** Deal requestOrderHash */
            requestOrderHash?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Deal. */
        type $Shape = poco.Deal.$Properties;
    }

    /**
     * Properties of a ResultGroup.
     * @deprecated Use poco.ResultGroup.$Properties instead.
     */
    interface IResultGroup extends poco.ResultGroup.$Properties {
    }

    /** Represents a ResultGroup. */
    class ResultGroup {

        /**
         * Constructs a new ResultGroup.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ResultGroup.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ResultGroup resultHash. */
        resultHash: Uint8Array;

        /** ResultGroup weight. */
        weight: Uint8Array;

        /**
         * Creates a new ResultGroup instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResultGroup instance
         */
        static create(properties: poco.ResultGroup.$Shape): poco.ResultGroup & poco.ResultGroup.$Shape;
        static create(properties?: poco.ResultGroup.$Properties): poco.ResultGroup;

        /**
         * Encodes the specified ResultGroup message. Does not implicitly {@link poco.ResultGroup.verify|verify} messages.
         * @param message ResultGroup message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ResultGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResultGroup message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ResultGroup & poco.ResultGroup.$Shape} ResultGroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ResultGroup & poco.ResultGroup.$Shape;

        /**
         * Creates a ResultGroup message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResultGroup
         */
        static fromObject(object: { [k: string]: any }): poco.ResultGroup;

        /**
         * Creates a plain object from a ResultGroup message. Also converts values to other types if specified.
         * @param message ResultGroup
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ResultGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResultGroup to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ResultGroup {

        /** Properties of a ResultGroup. */
        interface $Properties {

            /** ResultGroup resultHash */
            resultHash?: (Uint8Array|null);

            /** ResultGroup weight */
            weight?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ResultGroup. */
        type $Shape = poco.ResultGroup.$Properties;
    }

    /**
     * Properties of a Task.
     * @deprecated Use poco.Task.$Properties instead.
     */
    interface ITask extends poco.Task.$Properties {
    }

    /** Represents a Task. */
    class Task {

        /**
         * Constructs a new Task.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Task.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Task dealId. */
        dealId: Uint8Array;

        /** Task index. */
        index: (number|Long);

        /** Task status. */
        status: number;

        /** Task contributionDeadlineMs. */
        contributionDeadlineMs: (number|Long);

        /** Task finalDeadlineMs. */
        finalDeadlineMs: (number|Long);

        /** Task revealDeadlineMs. */
        revealDeadlineMs: (number|Long);

        /** Task consensusTimeMs. */
        consensusTimeMs: (number|Long);

        /** Task consensusValue. */
        consensusValue: Uint8Array;

        /** Task totalWeight. */
        totalWeight: Uint8Array;

        /** Task groups. */
        groups: poco.ResultGroup.$Properties[];

        /** Task contributors. */
        contributors: Uint8Array[];

        /** Task winnerCount. */
        winnerCount: number;

        /** Task revealCount. */
        revealCount: number;

        /** Task resultDigest. */
        resultDigest: Uint8Array;

        /** Task results. */
        results: Uint8Array;

        /** Task completedTimeMs. */
        completedTimeMs: (number|Long);

        /**
         * Creates a new Task instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Task instance
         */
        static create(properties: poco.Task.$Shape): poco.Task & poco.Task.$Shape;
        static create(properties?: poco.Task.$Properties): poco.Task;

        /**
         * Encodes the specified Task message. Does not implicitly {@link poco.Task.verify|verify} messages.
         * @param message Task message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Task message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Task & poco.Task.$Shape} Task
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Task & poco.Task.$Shape;

        /**
         * Creates a Task message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Task
         */
        static fromObject(object: { [k: string]: any }): poco.Task;

        /**
         * Creates a plain object from a Task message. Also converts values to other types if specified.
         * @param message Task
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Task, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Task to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Task {

        /** Properties of a Task. */
        interface $Properties {

            /** Task dealId */
            dealId?: (Uint8Array|null);

            /** Task index */
            index?: (number|Long|null);

            /** Task status */
            status?: (number|null);

            /** Task contributionDeadlineMs */
            contributionDeadlineMs?: (number|Long|null);

            /** Task finalDeadlineMs */
            finalDeadlineMs?: (number|Long|null);

            /** Task revealDeadlineMs */
            revealDeadlineMs?: (number|Long|null);

            /** Task consensusTimeMs */
            consensusTimeMs?: (number|Long|null);

            /** Task consensusValue */
            consensusValue?: (Uint8Array|null);

            /** Task totalWeight */
            totalWeight?: (Uint8Array|null);

            /** Task groups */
            groups?: (poco.ResultGroup.$Properties[]|null);

            /** Task contributors */
            contributors?: (Uint8Array[]|null);

            /** Task winnerCount */
            winnerCount?: (number|null);

            /** Task revealCount */
            revealCount?: (number|null);

            /** Task resultDigest */
            resultDigest?: (Uint8Array|null);

            /** Task results */
            results?: (Uint8Array|null);

            /** Task completedTimeMs */
            completedTimeMs?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Task. */
        type $Shape = poco.Task.$Properties;
    }

    /**
     * Properties of a Contribution.
     * @deprecated Use poco.Contribution.$Properties instead.
     */
    interface IContribution extends poco.Contribution.$Properties {
    }

    /** Represents a Contribution. */
    class Contribution {

        /**
         * Constructs a new Contribution.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Contribution.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Contribution status. */
        status: number;

        /** Contribution resultHash. */
        resultHash: Uint8Array;

        /** Contribution resultSeal. */
        resultSeal: Uint8Array;

        /** Contribution enclaveChallenge. */
        enclaveChallenge: Uint8Array;

        /** Contribution weight. */
        weight: Uint8Array;

        /** Contribution stake. */
        stake: Uint8Array;

        /**
         * Creates a new Contribution instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Contribution instance
         */
        static create(properties: poco.Contribution.$Shape): poco.Contribution & poco.Contribution.$Shape;
        static create(properties?: poco.Contribution.$Properties): poco.Contribution;

        /**
         * Encodes the specified Contribution message. Does not implicitly {@link poco.Contribution.verify|verify} messages.
         * @param message Contribution message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Contribution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Contribution message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Contribution & poco.Contribution.$Shape} Contribution
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Contribution & poco.Contribution.$Shape;

        /**
         * Creates a Contribution message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Contribution
         */
        static fromObject(object: { [k: string]: any }): poco.Contribution;

        /**
         * Creates a plain object from a Contribution message. Also converts values to other types if specified.
         * @param message Contribution
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Contribution, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Contribution to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Contribution {

        /** Properties of a Contribution. */
        interface $Properties {

            /** Contribution status */
            status?: (number|null);

            /** Contribution resultHash */
            resultHash?: (Uint8Array|null);

            /** Contribution resultSeal */
            resultSeal?: (Uint8Array|null);

            /** Contribution enclaveChallenge */
            enclaveChallenge?: (Uint8Array|null);

            /** Contribution weight */
            weight?: (Uint8Array|null);

            /** Contribution stake */
            stake?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Contribution. */
        type $Shape = poco.Contribution.$Properties;
    }

    /**
     * Properties of a WorkerScore.
     * @deprecated Use poco.WorkerScore.$Properties instead.
     */
    interface IWorkerScore extends poco.WorkerScore.$Properties {
    }

    /** Represents a WorkerScore. */
    class WorkerScore {

        /**
         * Constructs a new WorkerScore.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.WorkerScore.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WorkerScore score. */
        score: (number|Long);

        /**
         * Creates a new WorkerScore instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WorkerScore instance
         */
        static create(properties: poco.WorkerScore.$Shape): poco.WorkerScore & poco.WorkerScore.$Shape;
        static create(properties?: poco.WorkerScore.$Properties): poco.WorkerScore;

        /**
         * Encodes the specified WorkerScore message. Does not implicitly {@link poco.WorkerScore.verify|verify} messages.
         * @param message WorkerScore message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.WorkerScore.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WorkerScore message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.WorkerScore & poco.WorkerScore.$Shape} WorkerScore
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.WorkerScore & poco.WorkerScore.$Shape;

        /**
         * Creates a WorkerScore message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WorkerScore
         */
        static fromObject(object: { [k: string]: any }): poco.WorkerScore;

        /**
         * Creates a plain object from a WorkerScore message. Also converts values to other types if specified.
         * @param message WorkerScore
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.WorkerScore, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WorkerScore to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace WorkerScore {

        /** Properties of a WorkerScore. */
        interface $Properties {

            /** WorkerScore score */
            score?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WorkerScore. */
        type $Shape = poco.WorkerScore.$Properties;
    }

    /**
     * Properties of a WorkerpoolSla.
     * @deprecated Use poco.WorkerpoolSla.$Properties instead.
     */
    interface IWorkerpoolSla extends poco.WorkerpoolSla.$Properties {
    }

    /** Represents a WorkerpoolSla. */
    class WorkerpoolSla {

        /**
         * Constructs a new WorkerpoolSla.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.WorkerpoolSla.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WorkerpoolSla completedOnTime. */
        completedOnTime: (number|Long);

        /** WorkerpoolSla completedLate. */
        completedLate: (number|Long);

        /** WorkerpoolSla failed. */
        failed: (number|Long);

        /** WorkerpoolSla totalLatencyMs. */
        totalLatencyMs: (number|Long);

        /**
         * Creates a new WorkerpoolSla instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WorkerpoolSla instance
         */
        static create(properties: poco.WorkerpoolSla.$Shape): poco.WorkerpoolSla & poco.WorkerpoolSla.$Shape;
        static create(properties?: poco.WorkerpoolSla.$Properties): poco.WorkerpoolSla;

        /**
         * Encodes the specified WorkerpoolSla message. Does not implicitly {@link poco.WorkerpoolSla.verify|verify} messages.
         * @param message WorkerpoolSla message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.WorkerpoolSla.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WorkerpoolSla message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.WorkerpoolSla & poco.WorkerpoolSla.$Shape} WorkerpoolSla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.WorkerpoolSla & poco.WorkerpoolSla.$Shape;

        /**
         * Creates a WorkerpoolSla message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WorkerpoolSla
         */
        static fromObject(object: { [k: string]: any }): poco.WorkerpoolSla;

        /**
         * Creates a plain object from a WorkerpoolSla message. Also converts values to other types if specified.
         * @param message WorkerpoolSla
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.WorkerpoolSla, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WorkerpoolSla to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace WorkerpoolSla {

        /** Properties of a WorkerpoolSla. */
        interface $Properties {

            /** WorkerpoolSla completedOnTime */
            completedOnTime?: (number|Long|null);

            /** WorkerpoolSla completedLate */
            completedLate?: (number|Long|null);

            /** WorkerpoolSla failed */
            failed?: (number|Long|null);

            /** WorkerpoolSla totalLatencyMs */
            totalLatencyMs?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WorkerpoolSla. */
        type $Shape = poco.WorkerpoolSla.$Properties;
    }

    /**
     * Properties of a Kitty.
     * @deprecated Use poco.Kitty.$Properties instead.
     */
    interface IKitty extends poco.Kitty.$Properties {
    }

    /** Represents a Kitty. */
    class Kitty {

        /**
         * Constructs a new Kitty.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.Kitty.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Kitty amount. */
        amount: Uint8Array;

        /**
         * Creates a new Kitty instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Kitty instance
         */
        static create(properties: poco.Kitty.$Shape): poco.Kitty & poco.Kitty.$Shape;
        static create(properties?: poco.Kitty.$Properties): poco.Kitty;

        /**
         * Encodes the specified Kitty message. Does not implicitly {@link poco.Kitty.verify|verify} messages.
         * @param message Kitty message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.Kitty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Kitty message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.Kitty & poco.Kitty.$Shape} Kitty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.Kitty & poco.Kitty.$Shape;

        /**
         * Creates a Kitty message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Kitty
         */
        static fromObject(object: { [k: string]: any }): poco.Kitty;

        /**
         * Creates a plain object from a Kitty message. Also converts values to other types if specified.
         * @param message Kitty
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.Kitty, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Kitty to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Kitty {

        /** Properties of a Kitty. */
        interface $Properties {

            /** Kitty amount */
            amount?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Kitty. */
        type $Shape = poco.Kitty.$Properties;
    }

    /**
     * Properties of a BookNode.
     * @deprecated Use poco.BookNode.$Properties instead.
     */
    interface IBookNode extends poco.BookNode.$Properties {
    }

    /** Represents a BookNode. */
    class BookNode {

        /**
         * Constructs a new BookNode.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BookNode.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BookNode price. */
        price: Uint8Array;

        /** BookNode left. */
        left: Uint8Array;

        /** BookNode right. */
        right: Uint8Array;

        /**
         * Creates a new BookNode instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BookNode instance
         */
        static create(properties: poco.BookNode.$Shape): poco.BookNode & poco.BookNode.$Shape;
        static create(properties?: poco.BookNode.$Properties): poco.BookNode;

        /**
         * Encodes the specified BookNode message. Does not implicitly {@link poco.BookNode.verify|verify} messages.
         * @param message BookNode message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BookNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BookNode message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BookNode & poco.BookNode.$Shape} BookNode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BookNode & poco.BookNode.$Shape;

        /**
         * Creates a BookNode message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BookNode
         */
        static fromObject(object: { [k: string]: any }): poco.BookNode;

        /**
         * Creates a plain object from a BookNode message. Also converts values to other types if specified.
         * @param message BookNode
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BookNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BookNode to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BookNode {

        /** Properties of a BookNode. */
        interface $Properties {

            /** BookNode price */
            price?: (Uint8Array|null);

            /** BookNode left */
            left?: (Uint8Array|null);

            /** BookNode right */
            right?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BookNode. */
        type $Shape = poco.BookNode.$Properties;
    }

    /**
     * Properties of a BookRoot.
     * @deprecated Use poco.BookRoot.$Properties instead.
     */
    interface IBookRoot extends poco.BookRoot.$Properties {
    }

    /** Represents a BookRoot. */
    class BookRoot {

        /**
         * Constructs a new BookRoot.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BookRoot.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BookRoot root. */
        root: Uint8Array;

        /** BookRoot size. */
        size: (number|Long);

        /**
         * Creates a new BookRoot instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BookRoot instance
         */
        static create(properties: poco.BookRoot.$Shape): poco.BookRoot & poco.BookRoot.$Shape;
        static create(properties?: poco.BookRoot.$Properties): poco.BookRoot;

        /**
         * Encodes the specified BookRoot message. Does not implicitly {@link poco.BookRoot.verify|verify} messages.
         * @param message BookRoot message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BookRoot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BookRoot message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BookRoot & poco.BookRoot.$Shape} BookRoot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BookRoot & poco.BookRoot.$Shape;

        /**
         * Creates a BookRoot message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BookRoot
         */
        static fromObject(object: { [k: string]: any }): poco.BookRoot;

        /**
         * Creates a plain object from a BookRoot message. Also converts values to other types if specified.
         * @param message BookRoot
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BookRoot, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BookRoot to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BookRoot {

        /** Properties of a BookRoot. */
        interface $Properties {

            /** BookRoot root */
            root?: (Uint8Array|null);

            /** BookRoot size */
            size?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BookRoot. */
        type $Shape = poco.BookRoot.$Properties;
    }

    /**
     * Properties of an AutoQueue.
     * @deprecated Use poco.AutoQueue.$Properties instead.
     */
    interface IAutoQueue extends poco.AutoQueue.$Properties {
    }

    /** Represents an AutoQueue. */
    class AutoQueue {

        /**
         * Constructs a new AutoQueue.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.AutoQueue.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AutoQueue head. */
        head: (number|Long);

        /** AutoQueue tail. */
        tail: (number|Long);

        /**
         * Creates a new AutoQueue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AutoQueue instance
         */
        static create(properties: poco.AutoQueue.$Shape): poco.AutoQueue & poco.AutoQueue.$Shape;
        static create(properties?: poco.AutoQueue.$Properties): poco.AutoQueue;

        /**
         * Encodes the specified AutoQueue message. Does not implicitly {@link poco.AutoQueue.verify|verify} messages.
         * @param message AutoQueue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.AutoQueue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AutoQueue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.AutoQueue & poco.AutoQueue.$Shape} AutoQueue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.AutoQueue & poco.AutoQueue.$Shape;

        /**
         * Creates an AutoQueue message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AutoQueue
         */
        static fromObject(object: { [k: string]: any }): poco.AutoQueue;

        /**
         * Creates a plain object from an AutoQueue message. Also converts values to other types if specified.
         * @param message AutoQueue
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.AutoQueue, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AutoQueue to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace AutoQueue {

        /** Properties of an AutoQueue. */
        interface $Properties {

            /** AutoQueue head */
            head?: (number|Long|null);

            /** AutoQueue tail */
            tail?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AutoQueue. */
        type $Shape = poco.AutoQueue.$Properties;
    }

    /**
     * Properties of an AutoQueueEntry.
     * @deprecated Use poco.AutoQueueEntry.$Properties instead.
     */
    interface IAutoQueueEntry extends poco.AutoQueueEntry.$Properties {
    }

    /** Represents an AutoQueueEntry. */
    class AutoQueueEntry {

        /**
         * Constructs a new AutoQueueEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.AutoQueueEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AutoQueueEntry requestHash. */
        requestHash: Uint8Array;

        /** AutoQueueEntry gasLeft. */
        gasLeft: (number|Long);

        /**
         * Creates a new AutoQueueEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AutoQueueEntry instance
         */
        static create(properties: poco.AutoQueueEntry.$Shape): poco.AutoQueueEntry & poco.AutoQueueEntry.$Shape;
        static create(properties?: poco.AutoQueueEntry.$Properties): poco.AutoQueueEntry;

        /**
         * Encodes the specified AutoQueueEntry message. Does not implicitly {@link poco.AutoQueueEntry.verify|verify} messages.
         * @param message AutoQueueEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.AutoQueueEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AutoQueueEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.AutoQueueEntry & poco.AutoQueueEntry.$Shape} AutoQueueEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.AutoQueueEntry & poco.AutoQueueEntry.$Shape;

        /**
         * Creates an AutoQueueEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AutoQueueEntry
         */
        static fromObject(object: { [k: string]: any }): poco.AutoQueueEntry;

        /**
         * Creates a plain object from an AutoQueueEntry message. Also converts values to other types if specified.
         * @param message AutoQueueEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.AutoQueueEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AutoQueueEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace AutoQueueEntry {

        /** Properties of an AutoQueueEntry. */
        interface $Properties {

            /** AutoQueueEntry requestHash */
            requestHash?: (Uint8Array|null);

            /** AutoQueueEntry gasLeft */
            gasLeft?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AutoQueueEntry. */
        type $Shape = poco.AutoQueueEntry.$Properties;
    }

    /**
     * Properties of a ConsensusMessage.
     * @deprecated Use poco.ConsensusMessage.$Properties instead.
     */
    interface IConsensusMessage extends poco.ConsensusMessage.$Properties {
    }

    /** Represents a ConsensusMessage. */
    class ConsensusMessage {

        /**
         * Constructs a new ConsensusMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ConsensusMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConsensusMessage proposal. */
        proposal?: (poco.SignedProposal.$Properties|null);

        /** ConsensusMessage vote. */
        vote?: (poco.SignedVote.$Properties|null);

        /** ConsensusMessage resend. */
        resend: (number|Long);

        /** ConsensusMessage block. */
        block: Uint8Array;

        /** ConsensusMessage compact. */
        compact?: (poco.CompactBlock.$Properties|null);

        /** ConsensusMessage msg. */
        msg?: ("proposal"|"vote");

        /**
         * Creates a new ConsensusMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConsensusMessage instance
         */
        static create(properties: poco.ConsensusMessage.$Shape): poco.ConsensusMessage & poco.ConsensusMessage.$Shape;
        static create(properties?: poco.ConsensusMessage.$Properties): poco.ConsensusMessage;

        /**
         * Encodes the specified ConsensusMessage message. Does not implicitly {@link poco.ConsensusMessage.verify|verify} messages.
         * @param message ConsensusMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ConsensusMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConsensusMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ConsensusMessage & poco.ConsensusMessage.$Shape} ConsensusMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ConsensusMessage & poco.ConsensusMessage.$Shape;

        /**
         * Creates a ConsensusMessage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ConsensusMessage
         */
        static fromObject(object: { [k: string]: any }): poco.ConsensusMessage;

        /**
         * Creates a plain object from a ConsensusMessage message. Also converts values to other types if specified.
         * @param message ConsensusMessage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ConsensusMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ConsensusMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ConsensusMessage {

        /** Properties of a ConsensusMessage. */
        interface $Properties {

            /** ConsensusMessage proposal */
            proposal?: (poco.SignedProposal.$Properties|null);

            /** ConsensusMessage vote */
            vote?: (poco.SignedVote.$Properties|null);

            /** ConsensusMessage resend */
            resend?: (number|Long|null);

            /** ConsensusMessage block */
            block?: (Uint8Array|null);

            /** ConsensusMessage compact */
            compact?: (poco.CompactBlock.$Properties|null);

            /** ConsensusMessage msg */
            msg?: ("proposal"|"vote");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ConsensusMessage. */
        type $Shape = {
          proposal?: poco.SignedProposal.$Shape|null;
          vote?: poco.SignedVote.$Shape|null;
          resend?: number|Long|null;
          block?: Uint8Array|null;
          compact?: poco.CompactBlock.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ msg?: undefined; proposal?: null; vote?: null }|{ msg?: "proposal"; proposal: poco.SignedProposal.$Shape; vote?: null }|{ msg?: "vote"; proposal?: null; vote: poco.SignedVote.$Shape })
        );
    }

    /**
     * Properties of a CompactBlock.
     * @deprecated Use poco.CompactBlock.$Properties instead.
     */
    interface ICompactBlock extends poco.CompactBlock.$Properties {
    }

    /** Represents a CompactBlock. */
    class CompactBlock {

        /**
         * Constructs a new CompactBlock.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.CompactBlock.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CompactBlock header. */
        header?: (poco.BlockHeader.$Properties|null);

        /** CompactBlock txHashes. */
        txHashes: Uint8Array[];

        /** CompactBlock lastCommit. */
        lastCommit?: (poco.Commit.$Properties|null);

        /**
         * Creates a new CompactBlock instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CompactBlock instance
         */
        static create(properties: poco.CompactBlock.$Shape): poco.CompactBlock & poco.CompactBlock.$Shape;
        static create(properties?: poco.CompactBlock.$Properties): poco.CompactBlock;

        /**
         * Encodes the specified CompactBlock message. Does not implicitly {@link poco.CompactBlock.verify|verify} messages.
         * @param message CompactBlock message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.CompactBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CompactBlock message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.CompactBlock & poco.CompactBlock.$Shape} CompactBlock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.CompactBlock & poco.CompactBlock.$Shape;

        /**
         * Creates a CompactBlock message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CompactBlock
         */
        static fromObject(object: { [k: string]: any }): poco.CompactBlock;

        /**
         * Creates a plain object from a CompactBlock message. Also converts values to other types if specified.
         * @param message CompactBlock
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.CompactBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CompactBlock to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CompactBlock {

        /** Properties of a CompactBlock. */
        interface $Properties {

            /** CompactBlock header */
            header?: (poco.BlockHeader.$Properties|null);

            /** CompactBlock txHashes */
            txHashes?: (Uint8Array[]|null);

            /** CompactBlock lastCommit */
            lastCommit?: (poco.Commit.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CompactBlock. */
        type $Shape = poco.CompactBlock.$Properties;
    }

    /**
     * Properties of a ValidatorRecord.
     * @deprecated Use poco.ValidatorRecord.$Properties instead.
     */
    interface IValidatorRecord extends poco.ValidatorRecord.$Properties {
    }

    /** Represents a ValidatorRecord. */
    class ValidatorRecord {

        /**
         * Constructs a new ValidatorRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ValidatorRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ValidatorRecord jailed. */
        jailed: boolean;

        /** ValidatorRecord pendingBond. */
        pendingBond: Uint8Array;

        /** ValidatorRecord pendingBondHeight. */
        pendingBondHeight: (number|Long);

        /** ValidatorRecord unbonding. */
        unbonding: Uint8Array;

        /** ValidatorRecord unbondingReleaseHeight. */
        unbondingReleaseHeight: (number|Long);

        /** ValidatorRecord signedBlocks. */
        signedBlocks: (number|Long);

        /** ValidatorRecord missedBlocks. */
        missedBlocks: (number|Long);

        /** ValidatorRecord timesSlashed. */
        timesSlashed: (number|Long);

        /** ValidatorRecord jailedUntil. */
        jailedUntil: (number|Long);

        /**
         * Creates a new ValidatorRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidatorRecord instance
         */
        static create(properties: poco.ValidatorRecord.$Shape): poco.ValidatorRecord & poco.ValidatorRecord.$Shape;
        static create(properties?: poco.ValidatorRecord.$Properties): poco.ValidatorRecord;

        /**
         * Encodes the specified ValidatorRecord message. Does not implicitly {@link poco.ValidatorRecord.verify|verify} messages.
         * @param message ValidatorRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ValidatorRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidatorRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ValidatorRecord & poco.ValidatorRecord.$Shape} ValidatorRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ValidatorRecord & poco.ValidatorRecord.$Shape;

        /**
         * Creates a ValidatorRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ValidatorRecord
         */
        static fromObject(object: { [k: string]: any }): poco.ValidatorRecord;

        /**
         * Creates a plain object from a ValidatorRecord message. Also converts values to other types if specified.
         * @param message ValidatorRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ValidatorRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ValidatorRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ValidatorRecord {

        /** Properties of a ValidatorRecord. */
        interface $Properties {

            /** ValidatorRecord jailed */
            jailed?: (boolean|null);

            /** ValidatorRecord pendingBond */
            pendingBond?: (Uint8Array|null);

            /** ValidatorRecord pendingBondHeight */
            pendingBondHeight?: (number|Long|null);

            /** ValidatorRecord unbonding */
            unbonding?: (Uint8Array|null);

            /** ValidatorRecord unbondingReleaseHeight */
            unbondingReleaseHeight?: (number|Long|null);

            /** ValidatorRecord signedBlocks */
            signedBlocks?: (number|Long|null);

            /** ValidatorRecord missedBlocks */
            missedBlocks?: (number|Long|null);

            /** ValidatorRecord timesSlashed */
            timesSlashed?: (number|Long|null);

            /** ValidatorRecord jailedUntil */
            jailedUntil?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ValidatorRecord. */
        type $Shape = poco.ValidatorRecord.$Properties;
    }

    /**
     * Properties of a ValidatorParams.
     * @deprecated Use poco.ValidatorParams.$Properties instead.
     */
    interface IValidatorParams extends poco.ValidatorParams.$Properties {
    }

    /** Represents a ValidatorParams. */
    class ValidatorParams {

        /**
         * Constructs a new ValidatorParams.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ValidatorParams.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ValidatorParams powerUnit. */
        powerUnit: Uint8Array;

        /** ValidatorParams minSelfBond. */
        minSelfBond: Uint8Array;

        /** ValidatorParams maxValidators. */
        maxValidators: (number|Long);

        /** ValidatorParams bondDelay. */
        bondDelay: (number|Long);

        /** ValidatorParams unbondDelay. */
        unbondDelay: (number|Long);

        /** ValidatorParams slashPercent. */
        slashPercent: (number|Long);

        /** ValidatorParams evidenceMaxAgeBlocks. */
        evidenceMaxAgeBlocks: (number|Long);

        /** ValidatorParams checkpointTrustBlocks. */
        checkpointTrustBlocks: (number|Long);

        /** ValidatorParams jailBlocks. */
        jailBlocks: (number|Long);

        /** ValidatorParams participationWindow. */
        participationWindow: (number|Long);

        /** ValidatorParams participationThresholdPercent. */
        participationThresholdPercent: (number|Long);

        /**
         * Creates a new ValidatorParams instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidatorParams instance
         */
        static create(properties: poco.ValidatorParams.$Shape): poco.ValidatorParams & poco.ValidatorParams.$Shape;
        static create(properties?: poco.ValidatorParams.$Properties): poco.ValidatorParams;

        /**
         * Encodes the specified ValidatorParams message. Does not implicitly {@link poco.ValidatorParams.verify|verify} messages.
         * @param message ValidatorParams message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ValidatorParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidatorParams message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ValidatorParams & poco.ValidatorParams.$Shape} ValidatorParams
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ValidatorParams & poco.ValidatorParams.$Shape;

        /**
         * Creates a ValidatorParams message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ValidatorParams
         */
        static fromObject(object: { [k: string]: any }): poco.ValidatorParams;

        /**
         * Creates a plain object from a ValidatorParams message. Also converts values to other types if specified.
         * @param message ValidatorParams
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ValidatorParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ValidatorParams to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ValidatorParams {

        /** Properties of a ValidatorParams. */
        interface $Properties {

            /** ValidatorParams powerUnit */
            powerUnit?: (Uint8Array|null);

            /** ValidatorParams minSelfBond */
            minSelfBond?: (Uint8Array|null);

            /** ValidatorParams maxValidators */
            maxValidators?: (number|Long|null);

            /** ValidatorParams bondDelay */
            bondDelay?: (number|Long|null);

            /** ValidatorParams unbondDelay */
            unbondDelay?: (number|Long|null);

            /** ValidatorParams slashPercent */
            slashPercent?: (number|Long|null);

            /** ValidatorParams evidenceMaxAgeBlocks */
            evidenceMaxAgeBlocks?: (number|Long|null);

            /** ValidatorParams checkpointTrustBlocks */
            checkpointTrustBlocks?: (number|Long|null);

            /** ValidatorParams jailBlocks */
            jailBlocks?: (number|Long|null);

            /** ValidatorParams participationWindow */
            participationWindow?: (number|Long|null);

            /** ValidatorParams participationThresholdPercent */
            participationThresholdPercent?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ValidatorParams. */
        type $Shape = poco.ValidatorParams.$Properties;
    }

    /**
     * Properties of a TxBatch.
     * @deprecated Use poco.TxBatch.$Properties instead.
     */
    interface ITxBatch extends poco.TxBatch.$Properties {
    }

    /** Represents a TxBatch. */
    class TxBatch {

        /**
         * Constructs a new TxBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.TxBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TxBatch txs. */
        txs: Uint8Array[];

        /**
         * Creates a new TxBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TxBatch instance
         */
        static create(properties: poco.TxBatch.$Shape): poco.TxBatch & poco.TxBatch.$Shape;
        static create(properties?: poco.TxBatch.$Properties): poco.TxBatch;

        /**
         * Encodes the specified TxBatch message. Does not implicitly {@link poco.TxBatch.verify|verify} messages.
         * @param message TxBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.TxBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TxBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.TxBatch & poco.TxBatch.$Shape} TxBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.TxBatch & poco.TxBatch.$Shape;

        /**
         * Creates a TxBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TxBatch
         */
        static fromObject(object: { [k: string]: any }): poco.TxBatch;

        /**
         * Creates a plain object from a TxBatch message. Also converts values to other types if specified.
         * @param message TxBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.TxBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TxBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace TxBatch {

        /** Properties of a TxBatch. */
        interface $Properties {

            /** TxBatch txs */
            txs?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TxBatch. */
        type $Shape = poco.TxBatch.$Properties;
    }

    /**
     * Properties of a BridgeWithdrawal.
     * @deprecated Use poco.BridgeWithdrawal.$Properties instead.
     */
    interface IBridgeWithdrawal extends poco.BridgeWithdrawal.$Properties {
    }

    /** Represents a BridgeWithdrawal. */
    class BridgeWithdrawal {

        /**
         * Constructs a new BridgeWithdrawal.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BridgeWithdrawal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BridgeWithdrawal id. */
        id: (number|Long);

        /** BridgeWithdrawal ethRecipient. */
        ethRecipient: Uint8Array;

        /** BridgeWithdrawal amount. */
        amount: Uint8Array;

        /** BridgeWithdrawal height. */
        height: (number|Long);

        /** BridgeWithdrawal sender. */
        sender: Uint8Array;

        /**
         * Creates a new BridgeWithdrawal instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BridgeWithdrawal instance
         */
        static create(properties: poco.BridgeWithdrawal.$Shape): poco.BridgeWithdrawal & poco.BridgeWithdrawal.$Shape;
        static create(properties?: poco.BridgeWithdrawal.$Properties): poco.BridgeWithdrawal;

        /**
         * Encodes the specified BridgeWithdrawal message. Does not implicitly {@link poco.BridgeWithdrawal.verify|verify} messages.
         * @param message BridgeWithdrawal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BridgeWithdrawal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BridgeWithdrawal message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BridgeWithdrawal & poco.BridgeWithdrawal.$Shape} BridgeWithdrawal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BridgeWithdrawal & poco.BridgeWithdrawal.$Shape;

        /**
         * Creates a BridgeWithdrawal message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BridgeWithdrawal
         */
        static fromObject(object: { [k: string]: any }): poco.BridgeWithdrawal;

        /**
         * Creates a plain object from a BridgeWithdrawal message. Also converts values to other types if specified.
         * @param message BridgeWithdrawal
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BridgeWithdrawal, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BridgeWithdrawal to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BridgeWithdrawal {

        /** Properties of a BridgeWithdrawal. */
        interface $Properties {

            /** BridgeWithdrawal id */
            id?: (number|Long|null);

            /** BridgeWithdrawal ethRecipient */
            ethRecipient?: (Uint8Array|null);

            /** BridgeWithdrawal amount */
            amount?: (Uint8Array|null);

            /** BridgeWithdrawal height */
            height?: (number|Long|null);

            /** BridgeWithdrawal sender */
            sender?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BridgeWithdrawal. */
        type $Shape = poco.BridgeWithdrawal.$Properties;
    }

    /**
     * Properties of a BridgeWithdrawalTree.
     * @deprecated Use poco.BridgeWithdrawalTree.$Properties instead.
     */
    interface IBridgeWithdrawalTree extends poco.BridgeWithdrawalTree.$Properties {
    }

    /** Represents a BridgeWithdrawalTree. */
    class BridgeWithdrawalTree {

        /**
         * Constructs a new BridgeWithdrawalTree.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BridgeWithdrawalTree.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BridgeWithdrawalTree count. */
        count: (number|Long);

        /** BridgeWithdrawalTree branch. */
        branch: Uint8Array[];

        /**
         * Creates a new BridgeWithdrawalTree instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BridgeWithdrawalTree instance
         */
        static create(properties: poco.BridgeWithdrawalTree.$Shape): poco.BridgeWithdrawalTree & poco.BridgeWithdrawalTree.$Shape;
        static create(properties?: poco.BridgeWithdrawalTree.$Properties): poco.BridgeWithdrawalTree;

        /**
         * Encodes the specified BridgeWithdrawalTree message. Does not implicitly {@link poco.BridgeWithdrawalTree.verify|verify} messages.
         * @param message BridgeWithdrawalTree message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BridgeWithdrawalTree.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BridgeWithdrawalTree message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BridgeWithdrawalTree & poco.BridgeWithdrawalTree.$Shape} BridgeWithdrawalTree
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BridgeWithdrawalTree & poco.BridgeWithdrawalTree.$Shape;

        /**
         * Creates a BridgeWithdrawalTree message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BridgeWithdrawalTree
         */
        static fromObject(object: { [k: string]: any }): poco.BridgeWithdrawalTree;

        /**
         * Creates a plain object from a BridgeWithdrawalTree message. Also converts values to other types if specified.
         * @param message BridgeWithdrawalTree
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BridgeWithdrawalTree, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BridgeWithdrawalTree to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BridgeWithdrawalTree {

        /** Properties of a BridgeWithdrawalTree. */
        interface $Properties {

            /** BridgeWithdrawalTree count */
            count?: (number|Long|null);

            /** BridgeWithdrawalTree branch */
            branch?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BridgeWithdrawalTree. */
        type $Shape = poco.BridgeWithdrawalTree.$Properties;
    }

    /**
     * Properties of a BridgeDepositClaim.
     * @deprecated Use poco.BridgeDepositClaim.$Properties instead.
     */
    interface IBridgeDepositClaim extends poco.BridgeDepositClaim.$Properties {
    }

    /** Represents a BridgeDepositClaim. */
    class BridgeDepositClaim {

        /**
         * Constructs a new BridgeDepositClaim.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BridgeDepositClaim.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BridgeDepositClaim claimHash. */
        claimHash: Uint8Array;

        /** BridgeDepositClaim attestation. */
        attestation?: (poco.DepositAttestation.$Properties|null);

        /** BridgeDepositClaim attesters. */
        attesters: Uint8Array[];

        /**
         * Creates a new BridgeDepositClaim instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BridgeDepositClaim instance
         */
        static create(properties: poco.BridgeDepositClaim.$Shape): poco.BridgeDepositClaim & poco.BridgeDepositClaim.$Shape;
        static create(properties?: poco.BridgeDepositClaim.$Properties): poco.BridgeDepositClaim;

        /**
         * Encodes the specified BridgeDepositClaim message. Does not implicitly {@link poco.BridgeDepositClaim.verify|verify} messages.
         * @param message BridgeDepositClaim message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BridgeDepositClaim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BridgeDepositClaim message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BridgeDepositClaim & poco.BridgeDepositClaim.$Shape} BridgeDepositClaim
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BridgeDepositClaim & poco.BridgeDepositClaim.$Shape;

        /**
         * Creates a BridgeDepositClaim message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BridgeDepositClaim
         */
        static fromObject(object: { [k: string]: any }): poco.BridgeDepositClaim;

        /**
         * Creates a plain object from a BridgeDepositClaim message. Also converts values to other types if specified.
         * @param message BridgeDepositClaim
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BridgeDepositClaim, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BridgeDepositClaim to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BridgeDepositClaim {

        /** Properties of a BridgeDepositClaim. */
        interface $Properties {

            /** BridgeDepositClaim claimHash */
            claimHash?: (Uint8Array|null);

            /** BridgeDepositClaim attestation */
            attestation?: (poco.DepositAttestation.$Properties|null);

            /** BridgeDepositClaim attesters */
            attesters?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BridgeDepositClaim. */
        type $Shape = poco.BridgeDepositClaim.$Properties;
    }

    /**
     * Properties of a BridgeDeposit.
     * @deprecated Use poco.BridgeDeposit.$Properties instead.
     */
    interface IBridgeDeposit extends poco.BridgeDeposit.$Properties {
    }

    /** Represents a BridgeDeposit. */
    class BridgeDeposit {

        /**
         * Constructs a new BridgeDeposit.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BridgeDeposit.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BridgeDeposit credited. */
        credited: boolean;

        /** BridgeDeposit creditedHeight. */
        creditedHeight: (number|Long);

        /** BridgeDeposit claims. */
        claims: poco.BridgeDepositClaim.$Properties[];

        /** BridgeDeposit duplicate. */
        duplicate: boolean;

        /**
         * Creates a new BridgeDeposit instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BridgeDeposit instance
         */
        static create(properties: poco.BridgeDeposit.$Shape): poco.BridgeDeposit & poco.BridgeDeposit.$Shape;
        static create(properties?: poco.BridgeDeposit.$Properties): poco.BridgeDeposit;

        /**
         * Encodes the specified BridgeDeposit message. Does not implicitly {@link poco.BridgeDeposit.verify|verify} messages.
         * @param message BridgeDeposit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BridgeDeposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BridgeDeposit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BridgeDeposit & poco.BridgeDeposit.$Shape} BridgeDeposit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BridgeDeposit & poco.BridgeDeposit.$Shape;

        /**
         * Creates a BridgeDeposit message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BridgeDeposit
         */
        static fromObject(object: { [k: string]: any }): poco.BridgeDeposit;

        /**
         * Creates a plain object from a BridgeDeposit message. Also converts values to other types if specified.
         * @param message BridgeDeposit
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BridgeDeposit, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BridgeDeposit to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BridgeDeposit {

        /** Properties of a BridgeDeposit. */
        interface $Properties {

            /** BridgeDeposit credited */
            credited?: (boolean|null);

            /** BridgeDeposit creditedHeight */
            creditedHeight?: (number|Long|null);

            /** BridgeDeposit claims */
            claims?: (poco.BridgeDepositClaim.$Properties[]|null);

            /** BridgeDeposit duplicate */
            duplicate?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BridgeDeposit. */
        type $Shape = poco.BridgeDeposit.$Properties;
    }

    /**
     * Properties of a BridgeTotals.
     * @deprecated Use poco.BridgeTotals.$Properties instead.
     */
    interface IBridgeTotals extends poco.BridgeTotals.$Properties {
    }

    /** Represents a BridgeTotals. */
    class BridgeTotals {

        /**
         * Constructs a new BridgeTotals.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.BridgeTotals.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BridgeTotals deposited. */
        deposited: Uint8Array;

        /** BridgeTotals withdrawn. */
        withdrawn: Uint8Array;

        /** BridgeTotals depositsCredited. */
        depositsCredited: (number|Long);

        /**
         * Creates a new BridgeTotals instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BridgeTotals instance
         */
        static create(properties: poco.BridgeTotals.$Shape): poco.BridgeTotals & poco.BridgeTotals.$Shape;
        static create(properties?: poco.BridgeTotals.$Properties): poco.BridgeTotals;

        /**
         * Encodes the specified BridgeTotals message. Does not implicitly {@link poco.BridgeTotals.verify|verify} messages.
         * @param message BridgeTotals message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.BridgeTotals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BridgeTotals message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.BridgeTotals & poco.BridgeTotals.$Shape} BridgeTotals
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.BridgeTotals & poco.BridgeTotals.$Shape;

        /**
         * Creates a BridgeTotals message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BridgeTotals
         */
        static fromObject(object: { [k: string]: any }): poco.BridgeTotals;

        /**
         * Creates a plain object from a BridgeTotals message. Also converts values to other types if specified.
         * @param message BridgeTotals
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.BridgeTotals, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BridgeTotals to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BridgeTotals {

        /** Properties of a BridgeTotals. */
        interface $Properties {

            /** BridgeTotals deposited */
            deposited?: (Uint8Array|null);

            /** BridgeTotals withdrawn */
            withdrawn?: (Uint8Array|null);

            /** BridgeTotals depositsCredited */
            depositsCredited?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BridgeTotals. */
        type $Shape = poco.BridgeTotals.$Properties;
    }

    /**
     * Properties of a ValidatorPriority.
     * @deprecated Use poco.ValidatorPriority.$Properties instead.
     */
    interface IValidatorPriority extends poco.ValidatorPriority.$Properties {
    }

    /** Represents a ValidatorPriority. */
    class ValidatorPriority {

        /**
         * Constructs a new ValidatorPriority.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ValidatorPriority.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ValidatorPriority address. */
        address: Uint8Array;

        /** ValidatorPriority power. */
        power: (number|Long);

        /** ValidatorPriority priorityMagnitude. */
        priorityMagnitude: Uint8Array;

        /** ValidatorPriority priorityNegative. */
        priorityNegative: boolean;

        /**
         * Creates a new ValidatorPriority instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidatorPriority instance
         */
        static create(properties: poco.ValidatorPriority.$Shape): poco.ValidatorPriority & poco.ValidatorPriority.$Shape;
        static create(properties?: poco.ValidatorPriority.$Properties): poco.ValidatorPriority;

        /**
         * Encodes the specified ValidatorPriority message. Does not implicitly {@link poco.ValidatorPriority.verify|verify} messages.
         * @param message ValidatorPriority message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ValidatorPriority.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidatorPriority message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ValidatorPriority & poco.ValidatorPriority.$Shape} ValidatorPriority
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ValidatorPriority & poco.ValidatorPriority.$Shape;

        /**
         * Creates a ValidatorPriority message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ValidatorPriority
         */
        static fromObject(object: { [k: string]: any }): poco.ValidatorPriority;

        /**
         * Creates a plain object from a ValidatorPriority message. Also converts values to other types if specified.
         * @param message ValidatorPriority
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ValidatorPriority, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ValidatorPriority to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ValidatorPriority {

        /** Properties of a ValidatorPriority. */
        interface $Properties {

            /** ValidatorPriority address */
            address?: (Uint8Array|null);

            /** ValidatorPriority power */
            power?: (number|Long|null);

            /** ValidatorPriority priorityMagnitude */
            priorityMagnitude?: (Uint8Array|null);

            /** ValidatorPriority priorityNegative */
            priorityNegative?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ValidatorPriority. */
        type $Shape = poco.ValidatorPriority.$Properties;
    }

    /**
     * Properties of a ProposerPriorityState.
     * @deprecated Use poco.ProposerPriorityState.$Properties instead.
     */
    interface IProposerPriorityState extends poco.ProposerPriorityState.$Properties {
    }

    /** Represents a ProposerPriorityState. */
    class ProposerPriorityState {

        /**
         * Constructs a new ProposerPriorityState.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.ProposerPriorityState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProposerPriorityState height. */
        height: (number|Long);

        /** ProposerPriorityState validators. */
        validators: poco.ValidatorPriority.$Properties[];

        /** ProposerPriorityState previous. */
        previous?: (poco.ValidatorSet.$Properties|null);

        /**
         * Creates a new ProposerPriorityState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProposerPriorityState instance
         */
        static create(properties: poco.ProposerPriorityState.$Shape): poco.ProposerPriorityState & poco.ProposerPriorityState.$Shape;
        static create(properties?: poco.ProposerPriorityState.$Properties): poco.ProposerPriorityState;

        /**
         * Encodes the specified ProposerPriorityState message. Does not implicitly {@link poco.ProposerPriorityState.verify|verify} messages.
         * @param message ProposerPriorityState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.ProposerPriorityState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProposerPriorityState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.ProposerPriorityState & poco.ProposerPriorityState.$Shape} ProposerPriorityState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.ProposerPriorityState & poco.ProposerPriorityState.$Shape;

        /**
         * Creates a ProposerPriorityState message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ProposerPriorityState
         */
        static fromObject(object: { [k: string]: any }): poco.ProposerPriorityState;

        /**
         * Creates a plain object from a ProposerPriorityState message. Also converts values to other types if specified.
         * @param message ProposerPriorityState
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.ProposerPriorityState, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ProposerPriorityState to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ProposerPriorityState {

        /** Properties of a ProposerPriorityState. */
        interface $Properties {

            /** ProposerPriorityState height */
            height?: (number|Long|null);

            /** ProposerPriorityState validators */
            validators?: (poco.ValidatorPriority.$Properties[]|null);

            /** ProposerPriorityState previous */
            previous?: (poco.ValidatorSet.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProposerPriorityState. */
        type $Shape = poco.ProposerPriorityState.$Properties;
    }

    /**
     * Properties of a DueEntry.
     * @deprecated Use poco.DueEntry.$Properties instead.
     */
    interface IDueEntry extends poco.DueEntry.$Properties {
    }

    /** Represents a DueEntry. */
    class DueEntry {

        /**
         * Constructs a new DueEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.DueEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DueEntry kind. */
        kind: number;

        /** DueEntry id. */
        id: Uint8Array;

        /** DueEntry deadlineMs. */
        deadlineMs: (number|Long);

        /**
         * Creates a new DueEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DueEntry instance
         */
        static create(properties: poco.DueEntry.$Shape): poco.DueEntry & poco.DueEntry.$Shape;
        static create(properties?: poco.DueEntry.$Properties): poco.DueEntry;

        /**
         * Encodes the specified DueEntry message. Does not implicitly {@link poco.DueEntry.verify|verify} messages.
         * @param message DueEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.DueEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DueEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.DueEntry & poco.DueEntry.$Shape} DueEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.DueEntry & poco.DueEntry.$Shape;

        /**
         * Creates a DueEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DueEntry
         */
        static fromObject(object: { [k: string]: any }): poco.DueEntry;

        /**
         * Creates a plain object from a DueEntry message. Also converts values to other types if specified.
         * @param message DueEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.DueEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DueEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DueEntry {

        /** Properties of a DueEntry. */
        interface $Properties {

            /** DueEntry kind */
            kind?: (number|null);

            /** DueEntry id */
            id?: (Uint8Array|null);

            /** DueEntry deadlineMs */
            deadlineMs?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DueEntry. */
        type $Shape = poco.DueEntry.$Properties;
    }

    /**
     * Properties of a DueBucket.
     * @deprecated Use poco.DueBucket.$Properties instead.
     */
    interface IDueBucket extends poco.DueBucket.$Properties {
    }

    /** Represents a DueBucket. */
    class DueBucket {

        /**
         * Constructs a new DueBucket.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.DueBucket.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DueBucket count. */
        count: (number|Long);

        /** DueBucket head. */
        head: (number|Long);

        /**
         * Creates a new DueBucket instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DueBucket instance
         */
        static create(properties: poco.DueBucket.$Shape): poco.DueBucket & poco.DueBucket.$Shape;
        static create(properties?: poco.DueBucket.$Properties): poco.DueBucket;

        /**
         * Encodes the specified DueBucket message. Does not implicitly {@link poco.DueBucket.verify|verify} messages.
         * @param message DueBucket message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.DueBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DueBucket message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.DueBucket & poco.DueBucket.$Shape} DueBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.DueBucket & poco.DueBucket.$Shape;

        /**
         * Creates a DueBucket message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DueBucket
         */
        static fromObject(object: { [k: string]: any }): poco.DueBucket;

        /**
         * Creates a plain object from a DueBucket message. Also converts values to other types if specified.
         * @param message DueBucket
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.DueBucket, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DueBucket to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DueBucket {

        /** Properties of a DueBucket. */
        interface $Properties {

            /** DueBucket count */
            count?: (number|Long|null);

            /** DueBucket head */
            head?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DueBucket. */
        type $Shape = poco.DueBucket.$Properties;
    }

    /**
     * Properties of a DueCursor.
     * @deprecated Use poco.DueCursor.$Properties instead.
     */
    interface IDueCursor extends poco.DueCursor.$Properties {
    }

    /** Represents a DueCursor. */
    class DueCursor {

        /**
         * Constructs a new DueCursor.
         * @param [properties] Properties to set
         */
        constructor(properties?: poco.DueCursor.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DueCursor bucket. */
        bucket: (number|Long);

        /**
         * Creates a new DueCursor instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DueCursor instance
         */
        static create(properties: poco.DueCursor.$Shape): poco.DueCursor & poco.DueCursor.$Shape;
        static create(properties?: poco.DueCursor.$Properties): poco.DueCursor;

        /**
         * Encodes the specified DueCursor message. Does not implicitly {@link poco.DueCursor.verify|verify} messages.
         * @param message DueCursor message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: poco.DueCursor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DueCursor message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {poco.DueCursor & poco.DueCursor.$Shape} DueCursor
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): poco.DueCursor & poco.DueCursor.$Shape;

        /**
         * Creates a DueCursor message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DueCursor
         */
        static fromObject(object: { [k: string]: any }): poco.DueCursor;

        /**
         * Creates a plain object from a DueCursor message. Also converts values to other types if specified.
         * @param message DueCursor
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: poco.DueCursor, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DueCursor to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DueCursor {

        /** Properties of a DueCursor. */
        interface $Properties {

            /** DueCursor bucket */
            bucket?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DueCursor. */
        type $Shape = poco.DueCursor.$Properties;
    }
}
