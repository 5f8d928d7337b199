// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IPocoResultReceiver, PocoResults} from "./PocoResults.sol";

/// @dev Test-only: an oracle consumer. It reads verified results from PocoResults (one storage read each)
///      and is a deal's callback: mode 0 records what it receives, 1 reverts, 2 burns all its gas.
contract TestResultConsumer is IPocoResultReceiver {
    PocoResults public immutable results;
    uint8 public mode;
    mapping(bytes32 => bytes32) public received;
    uint256 public receivedCount;

    constructor(PocoResults results_) {
        results = results_;
    }

    function setMode(uint8 mode_) external {
        mode = mode_;
    }

    function receiveResult(bytes32 taskId, bytes32 resultDigest) external {
        require(msg.sender == address(results), "not PocoResults");
        if (mode == 1) revert("callback refuses");
        if (mode == 2) {
            uint256 x;
            while (true) {
                x++;
            }
        }
        received[taskId] = resultDigest;
        receivedCount++;
    }

    /// @notice What an oracle consumer does: trust a result only once PocoResults verified it completed,
    ///         and only for the app it expects.
    function answer(bytes32 taskId, address expectedApp) external view returns (bytes32 resultDigest, address requester) {
        PocoResults.Result memory r = results.resultOf(taskId);
        require(r.status == 3, "no verified completed result");
        PocoResults.Deal memory d = results.dealOf(r.dealId);
        require(d.app == expectedApp, "another app");
        return (r.resultDigest, d.requester);
    }
}
