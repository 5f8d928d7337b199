// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @dev A model of the sidechain's path-compressed sparse Merkle tree (node/state/sparseMerkleTree.ts)
///      for a handful of leaves, built from scratch by recursion: a subtree holding one leaf is that
///      leaf's hash, an empty one is 0, otherwise keccak256(0x01 ‖ left ‖ right) split on the path bit.
library StateTreeModel {
    function leafHash(bytes32 keyHash, bytes32 valueHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x00), keyHash, valueHash));
    }

    function bit(bytes32 path, uint256 depth) private pure returns (uint256) {
        return (uint256(path) >> (255 - depth)) & 1;
    }

    /// @dev Root of the leaves among `keys`/`values` selected by `mask` (bit i = leaf i), at `depth`.
    function subtree(bytes32[] memory keys, bytes32[] memory values, uint256 mask, uint256 depth)
        private
        pure
        returns (bytes32)
    {
        if (mask == 0) return bytes32(0);
        if (mask & (mask - 1) == 0) {
            uint256 i;
            while ((mask >> i) & 1 == 0) ++i;
            return leafHash(keys[i], values[i]);
        }
        (uint256 left, uint256 right) = split(keys, mask, depth);
        return keccak256(
            abi.encodePacked(
                bytes1(0x01), subtree(keys, values, left, depth + 1), subtree(keys, values, right, depth + 1)
            )
        );
    }

    function split(bytes32[] memory keys, uint256 mask, uint256 depth)
        private
        pure
        returns (uint256 left, uint256 right)
    {
        for (uint256 i; i < keys.length; ++i) {
            if ((mask >> i) & 1 == 0) continue;
            if (bit(keys[i], depth) == 0) left |= 1 << i;
            else right |= 1 << i;
        }
    }

    function root(bytes32[] memory keys, bytes32[] memory values) internal pure returns (bytes32) {
        return subtree(keys, values, keys.length == 256 ? type(uint256).max : (1 << keys.length) - 1, 0);
    }

    /// @dev Siblings from the root down to leaf `index` (keys distinct, at most 255 leaves).
    function proof(bytes32[] memory keys, bytes32[] memory values, uint256 index)
        internal
        pure
        returns (bytes32[] memory siblings)
    {
        bytes32[] memory buf = new bytes32[](256);
        uint256 mask = (1 << keys.length) - 1;
        uint256 depth;
        while (mask & (mask - 1) != 0) {
            (uint256 left, uint256 right) = split(keys, mask, depth);
            bool goLeft = bit(keys[index], depth) == 0;
            buf[depth] = subtree(keys, values, goLeft ? right : left, depth + 1);
            mask = goLeft ? left : right;
            ++depth;
        }
        siblings = new bytes32[](depth);
        for (uint256 i; i < depth; ++i) {
            siblings[i] = buf[i];
        }
    }
}
