// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {StateProof} from "./StateProof.sol";

/// @dev Test-only: exposes StateProof so that tests check it against the sidechain's own tree.
contract TestStateProof {
    function verifyInclusion(bytes32 root, bytes calldata key, bytes calldata value, bytes32[] calldata siblings)
        external
        pure
        returns (bool)
    {
        return StateProof.verifyInclusion(root, key, value, siblings);
    }
}
