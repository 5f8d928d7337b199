// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {PocoBridge} from "bridge/PocoBridge.sol";
import {TestRLC} from "bridge/TestRLC.sol";

/// @dev The few Foundry cheatcodes these tests use (declared here instead of depending on forge-std).
interface Vm {
    function sign(uint256 privateKey, bytes32 digest) external pure returns (uint8 v, bytes32 r, bytes32 s);
    function addr(uint256 privateKey) external pure returns (address);
    function assume(bool condition) external pure;
    function prank(address sender) external;
    function warp(uint256 timestamp) external;
    function toString(uint256 value) external pure returns (string memory);
}

/// @dev Validator keys, sets, signed checkpoints and assertions shared by the property tests.
abstract contract BridgeFixture {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint64 internal constant SIDECHAIN_ID = 7;
    /// @dev secp256k1 group order; a signature with s > N/2 is the malleated twin of a low-s one.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    struct Member {
        uint256 key;
        uint256 power;
    }

    /// @dev A set of `n` validators with keys `keySeed + 1 .. keySeed + n`, powers from `powerSeed`
    ///      (1..maxPower each), as the contract's words (power << 160 | address) sorted by address,
    ///      with the keys in the same order.
    function makeSet(uint256 n, uint256 keySeed, uint256 powerSeed, uint256 maxPower)
        internal
        pure
        returns (uint256[] memory words, uint256[] memory keys)
    {
        words = new uint256[](n);
        keys = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            uint256 key = keySeed + i + 1;
            uint256 power = 1 + (uint256(keccak256(abi.encode(powerSeed, i))) % maxPower);
            words[i] = (power << 160) | uint160(vm.addr(key));
            keys[i] = key;
        }
        // insertion sort by address (n ≤ 256 here, pure test code)
        for (uint256 i = 1; i < n; ++i) {
            uint256 w = words[i];
            uint256 k = keys[i];
            uint256 j = i;
            while (j > 0 && uint160(words[j - 1]) > uint160(w)) {
                words[j] = words[j - 1];
                keys[j] = keys[j - 1];
                --j;
            }
            words[j] = w;
            keys[j] = k;
        }
    }

    /// @dev Safety parameters that stay out of the way of tests about something else: a long escape
    ///      delay and no effective rate limit.
    function looseSafety() internal pure returns (PocoBridge.Safety memory) {
        return PocoBridge.Safety({
            escapeDelay: 14 days,
            guardian: address(0),
            guardianDelay: 2 days,
            maxPause: 7 days,
            ratePeriod: 1 days,
            rateLimit: type(uint256).max
        });
    }

    function setHash(uint256[] memory words) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(words));
    }

    function checkpoint(uint64 height, bytes32 withdrawalsRoot, bytes32 nextSetHash)
        internal
        pure
        returns (PocoBridge.Checkpoint memory cp)
    {
        cp.height = height;
        cp.blockHash = keccak256(abi.encode("block", height));
        cp.stateRoot = keccak256(abi.encode("state", height));
        cp.withdrawalsRoot = withdrawalsRoot;
        cp.nextValidatorSetHash = nextSetHash;
    }

    /// @dev Packed r‖s‖v signatures of the members whose bit is set in `bitmap`, in list order.
    function signAll(PocoBridge bridge, PocoBridge.Checkpoint memory cp, uint256[] memory keys, uint256 bitmap)
        internal
        view
        returns (bytes memory sigs)
    {
        bytes32 digest = bridge.checkpointDigest(cp);
        for (uint256 i; i < keys.length; ++i) {
            if ((bitmap >> i) & 1 == 0) continue;
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], digest);
            sigs = abi.encodePacked(sigs, r, s, v);
        }
    }

    function powerOf(uint256[] memory words, uint256 bitmap) internal pure returns (uint256 signed, uint256 total) {
        for (uint256 i; i < words.length; ++i) {
            uint256 p = words[i] >> 160;
            total += p;
            if ((bitmap >> i) & 1 == 1) signed += p;
        }
    }

    function allBits(uint256 n) internal pure returns (uint256) {
        return n == 256 ? type(uint256).max : (uint256(1) << n) - 1;
    }

    function selectorOf(bytes memory revertData) internal pure returns (bytes4 sel) {
        if (revertData.length < 4) return bytes4(0);
        assembly ("memory-safe") {
            sel := mload(add(revertData, 32))
        }
    }

    function check(bool ok, string memory what) internal pure {
        require(ok, what);
    }

    function checkError(bytes memory revertData, bytes4 expected, string memory what) internal pure {
        require(selectorOf(revertData) == expected, what);
    }
}
