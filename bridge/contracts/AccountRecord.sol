// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title AccountRecord — the sidechain's account entry (state key and value bytes) rebuilt on Ethereum.
/// @notice The sidechain stores each account under the key `"acct:" ‖ lowercase hex address (no 0x)`
///  (node/state/stateKeys.ts), its value being the canonical protobuf `poco.Account`
///  (node/state/accounts.ts, proto/poco.proto):
///    1 balance (bytes), 2 nonce (uint64 varint), 3 stake (bytes), 4 locked (bytes), 5 bonded (bytes),
///  every amount as minimal big-endian bytes, a zero field omitted, fields in number order. The
///  bridge takes the fields as arguments and re-encodes them: there is exactly one encoding of a
///  record, so a caller cannot make the contract read a balance out of crafted bytes, and a record
///  that is not the proven one hashes to another leaf.
library AccountRecord {
    struct Fields {
        uint256 balance;
        uint64 nonce;
        uint256 stake;
        uint256 locked;
        uint256 bonded;
    }

    /// @notice keccak256 of the account's state key (the path of its leaf in the state tree).
    function keyHash(address account) internal pure returns (bytes32 h) {
        bytes memory key = new bytes(45);
        key[0] = "a";
        key[1] = "c";
        key[2] = "c";
        key[3] = "t";
        key[4] = ":";
        uint160 a = uint160(account);
        for (uint256 i = 45; i > 5;) {
            unchecked {
                --i;
            }
            uint8 nibble = uint8(a & 0xf);
            key[i] = bytes1(nibble < 10 ? nibble + 0x30 : nibble + 0x57);
            a >>= 4;
        }
        h = keccak256(key);
    }

    /// @notice The canonical `poco.Account` bytes of `f` (empty for an all-zero account, which the
    ///         sidechain deletes instead of storing).
    function encode(Fields memory f) internal pure returns (bytes memory out) {
        out = bytes.concat(_uintField(0x0a, f.balance), _varintField(0x10, f.nonce), _uintField(0x1a, f.stake));
        out = bytes.concat(out, _uintField(0x22, f.locked), _uintField(0x2a, f.bonded));
    }

    /// @notice The holdings an exit pays: free balance, worker stake, amounts locked in deals and bond.
    function total(Fields memory f) internal pure returns (uint256) {
        return f.balance + f.stake + f.locked + f.bonded;
    }

    /// @dev tag ‖ length ‖ minimal big-endian bytes of `v`; nothing when v = 0.
    function _uintField(bytes1 tag, uint256 v) private pure returns (bytes memory out) {
        if (v == 0) return out;
        uint256 len;
        for (uint256 x = v; x != 0; x >>= 8) {
            ++len;
        }
        out = new bytes(len + 2);
        out[0] = tag;
        out[1] = bytes1(uint8(len)); // ≤ 32: a one-byte varint
        for (uint256 i; i < len; ++i) {
            out[len + 1 - i] = bytes1(uint8(v >> (8 * i)));
        }
    }

    /// @dev tag ‖ varint(v) (7 bits a byte, least significant first); nothing when v = 0.
    function _varintField(bytes1 tag, uint64 v) private pure returns (bytes memory out) {
        if (v == 0) return out;
        out = abi.encodePacked(tag);
        while (v >= 0x80) {
            out = bytes.concat(out, bytes1(uint8(v & 0x7f) | 0x80));
            v >>= 7;
        }
        out = bytes.concat(out, bytes1(uint8(v)));
    }
}
