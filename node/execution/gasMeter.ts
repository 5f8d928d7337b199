/**
 * Gas metering. A `GasMeter` counts gas against a limit and throws TX_OUT_OF_GAS past it; a
 * `MeteredOverlay` is a state overlay that charges its meter for every read and write, so every
 * module's state work is paid without each handler counting it by hand. Deterministic: the same
 * transaction on the same state makes the same reads and writes on every node.
 */

import { StateOverlay, type StateReader } from "../state/stateOverlay.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import { Gas } from "./gasSchedule.js";

export class GasMeter {
  private usedGas = 0;

  constructor(readonly limit: number) {}

  get used(): number {
    return this.usedGas;
  }

  get remaining(): number {
    return this.limit - this.usedGas;
  }

  /** Adds `gas`; past the limit the meter is full and TX_OUT_OF_GAS is thrown. */
  charge(gas: number, what: string): void {
    this.usedGas += gas;
    if (this.usedGas > this.limit) {
      this.usedGas = this.limit;
      throw new TxError(TxErrorCode.OUT_OF_GAS, `out of gas (limit ${this.limit}) at ${what}`);
    }
  }
}

export class MeteredOverlay extends StateOverlay {
  constructor(
    parent: StateReader,
    readonly meter: GasMeter,
  ) {
    super(parent);
  }

  override get(key: string): Uint8Array | undefined {
    const value = super.get(key);
    this.meter.charge(Gas.STATE_READ + Gas.STATE_READ_BYTE * (value?.length ?? 0), "state read");
    return value;
  }

  override set(key: string, value: Uint8Array): void {
    this.meter.charge(Gas.STATE_WRITE + Gas.STATE_WRITE_BYTE * (key.length + value.length), "state write");
    super.set(key, value);
  }

  override delete(key: string): void {
    this.meter.charge(Gas.STATE_WRITE + Gas.STATE_WRITE_BYTE * key.length, "state delete");
    super.delete(key);
  }
}
