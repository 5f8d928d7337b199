// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IPocoResultReceiver, IPocoStateRoots, PocoResults} from "bridge/PocoResults.sol";

/// @dev Anchored state roots, set by the test (PocoBridge's `stateRoots` without checkpoints).
contract MockRoots is IPocoStateRoots {
    mapping(uint64 => bytes32) public stateRoots;

    function set(uint64 height, bytes32 root) external {
        stateRoots[height] = root;
    }
}

/// @dev A callback that records the gas it was given, or burns all of it.
contract GasProbe is IPocoResultReceiver {
    uint256 public gasSeen;
    bool public burn;

    function setBurn(bool b) external {
        burn = b;
    }

    function receiveResult(bytes32, bytes32) external {
        gasSeen = gasleft();
        if (burn) {
            while (true) {}
        }
    }
}

/// @notice Properties of PocoResults with records encoded here field by field (protobuf, as the node's
///  `Task` and `Deal` messages) in one-leaf state trees (root = the leaf hash), so any record can be
///  anchored: the contract records exactly the fields the bytes hold, refuses any other bytes, non-final
///  tasks, records under another task's key and roots that are not anchored; a callback always gets its
///  full gas budget or nothing is recorded, and a failing callback never undoes the verification.
///  (test/e2e/taskResultProof.test.ts checks the same against the node's real records and tree.)
contract ResultsTest {
    error Starved(uint256 gasGiven, uint256 callbackGas);

    MockRoots internal roots;
    PocoResults internal results;

    function setUp() public {
        roots = new MockRoots();
        results = new PocoResults(roots);
    }

    // ── protobuf encoding (varints and length-delimited fields) ──

    function varint(uint256 v) internal pure returns (bytes memory out) {
        out = new bytes(0);
        while (v >= 0x80) {
            out = abi.encodePacked(out, bytes1(uint8(v & 0x7f) | 0x80));
            v >>= 7;
        }
        out = abi.encodePacked(out, bytes1(uint8(v)));
    }

    function fVarint(uint256 field, uint256 v) internal pure returns (bytes memory) {
        return v == 0 ? new bytes(0) : abi.encodePacked(varint(field << 3), varint(v));
    }

    function fBytes(uint256 field, bytes memory b) internal pure returns (bytes memory) {
        return b.length == 0 ? b : abi.encodePacked(varint((field << 3) | 2), varint(b.length), b);
    }

    function fAddress(uint256 field, address a) internal pure returns (bytes memory) {
        return a == address(0) ? new bytes(0) : fBytes(field, abi.encodePacked(a));
    }

    struct TaskFields {
        bytes32 dealId;
        uint64 index;
        uint8 status;
        bytes32 digest;
        bytes junk;
    }

    function taskRecord(TaskFields memory t) internal pure returns (bytes memory) {
        bytes memory head = abi.encodePacked(
            fBytes(1, abi.encodePacked(t.dealId)), fVarint(2, t.index), fVarint(3, t.status)
        );
        head = abi.encodePacked(head, fVarint(4, 1_700_000_070_000), fBytes(10, t.junk));
        head = abi.encodePacked(head, fBytes(11, abi.encodePacked(address(0xBEEF))), fVarint(12, 3));
        bytes memory digest = t.digest == bytes32(0) ? new bytes(0) : fBytes(14, abi.encodePacked(t.digest));
        return abi.encodePacked(head, digest, fBytes(15, t.junk), fVarint(16, 1_700_000_090_000));
    }

    function dealRecord(PocoResults.Deal memory d, bytes memory params) internal pure returns (bytes memory r) {
        r = abi.encodePacked(fAddress(1, d.app), fAddress(2, address(0xA11CE)), fBytes(3, hex"0de0b6b3a7640000"));
        r = abi.encodePacked(r, fAddress(4, d.dataset), fAddress(7, d.workerpool), fAddress(10, d.requester));
        r = abi.encodePacked(r, fAddress(11, d.beneficiary), fAddress(12, d.callback), fBytes(13, params));
        r = abi.encodePacked(r, fVarint(15, 2), fVarint(16, 5), fVarint(21, 10));
        r = abi.encodePacked(r, fBytes(27, abi.encodePacked(keccak256(params))));
    }

    function leafRoot(bytes memory key, bytes memory value) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x00), keccak256(key), keccak256(value)));
    }

    function taskIdOf(bytes32 dealId, uint64 index) internal pure returns (bytes32) {
        return keccak256(abi.encode(dealId, uint256(index)));
    }

    function deal(uint160 seed, address callback) internal pure returns (PocoResults.Deal memory d) {
        d.app = address(seed | 1); // never zero
        d.dataset = address(seed >> 1);
        d.workerpool = address(seed ^ 0xFF);
        d.requester = address(seed ^ 0xF0F0);
        d.beneficiary = address(seed >> 3);
        d.callback = callback;
    }

    /// Anchors the deal's record at height 1 and the task's at height 2; returns the task id.
    function anchor(TaskFields memory t, PocoResults.Deal memory d) internal returns (bytes32 taskId, bytes memory tRec) {
        bytes memory dRec = dealRecord(d, "{\"iexec_args\":\"x\"}");
        roots.set(1, leafRoot(results.dealKey(t.dealId), dRec));
        results.verifyDeal(1, t.dealId, dRec, new bytes32[](0));
        taskId = taskIdOf(t.dealId, t.index);
        tRec = taskRecord(t);
        roots.set(2, leafRoot(results.taskKey(taskId), tRec));
    }

    function verify(uint64 height, bytes32 taskId, bytes memory tRec) internal returns (bool ok, bytes memory err) {
        try results.verifyResult(height, taskId, tRec, new bytes32[](0), "", new bytes32[](0)) {
            ok = true;
        } catch (bytes memory e) {
            err = e;
        }
    }

    function selectorOf(bytes memory err) internal pure returns (bytes4 s) {
        if (err.length >= 4) s = bytes4(err);
    }

    // ── properties ──

    function testFuzz_recordsExactlyWhatTheRecordsHold(
        bytes32 dealId,
        uint64 index,
        bool failed,
        bytes32 digest,
        uint160 seed,
        bytes memory junk
    ) public {
        if (dealId == bytes32(0)) dealId = bytes32(uint256(1));
        TaskFields memory t = TaskFields(dealId, index, failed ? 4 : 3, digest, junk);
        PocoResults.Deal memory d = deal(seed, address(0));
        (bytes32 taskId, bytes memory tRec) = anchor(t, d);
        (bool ok,) = verify(2, taskId, tRec);
        require(ok, "a final task's record verifies");
        PocoResults.Result memory r = results.resultOf(taskId);
        require(r.dealId == dealId && r.index == index && r.status == t.status, "task fields");
        require(r.resultDigest == digest && r.height == 2, "digest and height");
        PocoResults.Deal memory stored = results.dealOf(dealId);
        require(keccak256(abi.encode(stored)) == keccak256(abi.encode(d)), "deal fields");
    }

    function testFuzz_anyOtherBytesAreRefused(uint256 pos, uint8 flip, bytes32 digest) public {
        flip = flip == 0 ? 1 : flip;
        TaskFields memory t = TaskFields(bytes32(uint256(7)), 1, 3, digest, hex"0102");
        (bytes32 taskId, bytes memory tRec) = anchor(t, deal(42, address(0)));
        pos = pos % tRec.length;
        tRec[pos] = bytes1(uint8(tRec[pos]) ^ flip);
        (bool ok, bytes memory err) = verify(2, taskId, tRec);
        require(!ok && selectorOf(err) == PocoResults.BadProof.selector, "an altered record is refused");
        require(results.resultOf(taskId).status == 0, "nothing recorded");
    }

    function testFuzz_nonFinalTasksAreRefused(uint8 status) public {
        if (status == 3 || status == 4) status = 2;
        TaskFields memory t = TaskFields(bytes32(uint256(7)), 0, status, bytes32(0), "");
        (bytes32 taskId, bytes memory tRec) = anchor(t, deal(42, address(0)));
        (bool ok, bytes memory err) = verify(2, taskId, tRec);
        require(!ok && selectorOf(err) == PocoResults.TaskNotFinal.selector, "TaskNotFinal");
    }

    function test_aRecordUnderAnotherTasksKeyIsRefused() public {
        TaskFields memory t = TaskFields(bytes32(uint256(7)), 0, 3, keccak256("r"), "");
        anchor(t, deal(42, address(0)));
        bytes32 other = taskIdOf(t.dealId, 1);
        bytes memory tRec = taskRecord(t); // index 0's record stored under index 1's key
        roots.set(3, leafRoot(results.taskKey(other), tRec));
        (bool ok, bytes memory err) = verify(3, other, tRec);
        require(!ok && selectorOf(err) == PocoResults.WrongTask.selector, "WrongTask");
        (ok, err) = verify(2, other, tRec);
        require(!ok && selectorOf(err) == PocoResults.BadProof.selector, "another key's proof");
    }

    function test_rootsThatAreNotAnchoredAreRefused() public {
        TaskFields memory t = TaskFields(bytes32(uint256(7)), 0, 3, keccak256("r"), "");
        (bytes32 taskId, bytes memory tRec) = anchor(t, deal(42, address(0)));
        (bool ok, bytes memory err) = verify(9, taskId, tRec);
        require(!ok && selectorOf(err) == PocoResults.UnknownStateRoot.selector, "UnknownStateRoot");
    }

    function test_aTaskOfAnUnknownDealNeedsTheDealProof() public {
        TaskFields memory t = TaskFields(bytes32(uint256(8)), 0, 3, keccak256("r"), "");
        bytes32 taskId = taskIdOf(t.dealId, 0);
        bytes memory tRec = taskRecord(t);
        roots.set(5, leafRoot(results.taskKey(taskId), tRec));
        (bool ok, bytes memory err) = verify(5, taskId, tRec);
        require(!ok && selectorOf(err) == PocoResults.BadProof.selector, "the deal's (empty) proof is refused");
    }

    /// Whatever gas the caller gives, either the callback gets its whole budget or nothing is recorded.
    function test_theCallbackGetsItsFullBudgetOrNothingIsRecorded() public {
        GasProbe probe = new GasProbe();
        TaskFields memory t = TaskFields(bytes32(uint256(9)), 0, 3, keccak256("r"), "");
        (bytes32 taskId, bytes memory tRec) = anchor(t, deal(42, address(probe)));
        uint256 budget = results.CALLBACK_GAS();
        bool recorded;
        for (uint256 g = 100_000; g <= 600_000 && !recorded; g += 5_000) {
            try results.verifyResult{gas: g}(2, taskId, tRec, new bytes32[](0), "", new bytes32[](0)) {
                recorded = true;
                // gasleft() in the callee: the budget less its own dispatch (≈ 270 gas)
                if (probe.gasSeen() + 1_000 < budget) revert Starved(g, probe.gasSeen());
            } catch {
                require(results.resultOf(taskId).status == 0, "a failed call records nothing");
            }
        }
        require(recorded, "recorded with enough gas");
    }

    function test_aFailingCallbackDoesNotUndoTheVerification() public {
        GasProbe probe = new GasProbe();
        probe.setBurn(true);
        TaskFields memory t = TaskFields(bytes32(uint256(9)), 0, 3, keccak256("r"), "");
        (bytes32 taskId, bytes memory tRec) = anchor(t, deal(42, address(probe)));
        (bool ok,) = verify(2, taskId, tRec);
        require(ok, "verified although the callback burnt its gas");
        require(results.resultOf(taskId).resultDigest == keccak256("r"), "recorded");
    }
}
