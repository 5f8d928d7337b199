// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title StateProof — verifies membership proofs of the sidechain's state tree on Ethereum.
/// @notice The sidechain's state root is the root of a path-compressed binary sparse Merkle tree
///  (node/state/sparseMerkleTree.ts), the path of a key being keccak256(key) read from its most
///  significant bit (0 = left, 1 = right):
///    leaf hash   = keccak256(0x00 ‖ keyHash ‖ valueHash), valueHash = keccak256(value)
///    branch hash = keccak256(0x01 ‖ left ‖ right), an empty subtree = bytes32(0).
///  A proof is the list of sibling hashes from the root down to the leaf (`siblings[i]` beside the
///  path at depth i + 1), at most 256 of them.
library StateProof {
    uint256 internal constant PATH_BITS = 256;

    /// @notice Whether `siblings` prove that `key` maps to `value` in the tree of root `root`.
    function verifyInclusion(bytes32 root, bytes memory key, bytes memory value, bytes32[] calldata siblings)
        internal
        pure
        returns (bool)
    {
        return verifyInclusionHashed(root, keccak256(key), keccak256(value), siblings);
    }

    /// @notice The same with the key and value already hashed (keyHash = keccak256(key)).
    function verifyInclusionHashed(bytes32 root, bytes32 keyHash, bytes32 valueHash, bytes32[] calldata siblings)
        internal
        pure
        returns (bool)
    {
        uint256 depth = siblings.length;
        if (depth > PATH_BITS) return false;
        bytes32 h = keccak256(abi.encodePacked(bytes1(0x00), keyHash, valueHash));
        uint256 path = uint256(keyHash);
        while (depth > 0) {
            unchecked {
                depth--;
            }
            bytes32 sibling = siblings[depth];
            // bit `depth` of the path, counted from the most significant bit
            if ((path >> (PATH_BITS - 1 - depth)) & 1 == 0) {
                h = keccak256(abi.encodePacked(bytes1(0x01), h, sibling));
            } else {
                h = keccak256(abi.encodePacked(bytes1(0x01), sibling, h));
            }
        }
        return h == root && root != bytes32(0);
    }
}
