// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {StateProof} from "./StateProof.sol";

/// @notice The part of PocoBridge this contract reads: the state root of each accepted checkpoint.
interface IPocoStateRoots {
    function stateRoots(uint64 height) external view returns (bytes32);
}

/// @notice What a deal's `callback` contract implements to be handed its task results (iExec's oracle
///         pattern). No ERC-165: the call is made blindly, with a fixed gas budget, and may fail.
interface IPocoResultReceiver {
    function receiveResult(bytes32 taskId, bytes32 resultDigest) external;
}

/// @title PocoResults — task results of the PoCo sidechain, verified on Ethereum.
/// @notice A task record (state key `task:<id hex>`, protobuf `Task` of proto/poco.proto) and its deal's
///  record (`deal:<id hex>`, protobuf `Deal`) are proven with inclusion proofs of the sidechain's state
///  tree (StateProof.sol) against the state root of a checkpoint that PocoBridge accepted
///  (`stateRoots(height)`); a root the bridge does not hold is refused. The records are given as the
///  exact bytes the node stores: the contract recomputes each key from the id, hashes the bytes into the
///  proven leaf (so bytes that are not the stored value are refused), and only then reads the few fields
///  it needs with a minimal protobuf reader (varint and length-delimited fields, unknown fields skipped;
///  the node writes canonical encodings, so each field appears at most once).
///  The first verification of a final task (status completed or failed) records it — later readers pay
///  a storage read (`resultOf`, `dealOf`) — and, for a completed task whose deal names a `callback`,
///  calls `callback.receiveResult(taskId, resultDigest)` with exactly CALLBACK_GAS gas: a callback that
///  reverts or runs out of gas does not undo the verification (`CallbackDelivered(…, false)`).
///  Deal fields are immutable on the sidechain (written once when orders match), so a deal is proven once
///  and every later task of the same deal needs only its own proof. Anyone may submit proofs.
contract PocoResults {
    uint8 public constant STATUS_COMPLETED = 3;
    uint8 public constant STATUS_FAILED = 4;
    /// @notice Gas given to a callback (iExec gives its callbacks a similar fixed budget).
    uint256 public constant CALLBACK_GAS = 200_000;

    IPocoStateRoots public immutable bridge;

    /// @notice A verified final task. `status` 0 means not verified (yet).
    struct Result {
        bytes32 dealId;
        bytes32 resultDigest;
        uint8 status;
        /// Checkpoint height whose state root proved it.
        uint64 height;
        /// The task's index in its deal (taskId = keccak256(dealId ‖ uint256(index))).
        uint64 index;
    }

    /// @notice The deal fields a consumer decides on. `app` is never zero for a verified deal.
    struct Deal {
        address app;
        address dataset;
        address workerpool;
        address requester;
        address beneficiary;
        address callback;
    }

    mapping(bytes32 => Result) private results;
    mapping(bytes32 => Deal) private deals;

    event DealVerified(
        bytes32 indexed dealId,
        address app,
        address dataset,
        address workerpool,
        address requester,
        address beneficiary,
        address callback
    );
    event ResultVerified(
        bytes32 indexed taskId, bytes32 indexed dealId, uint8 status, bytes32 resultDigest, uint64 height
    );
    event CallbackDelivered(bytes32 indexed taskId, address indexed callback, bool success);

    error ZeroAddress();
    error UnknownStateRoot(uint64 height);
    error BadProof();
    error BadRecord();
    error TaskNotFinal(uint8 status);
    error WrongTask();
    error InsufficientCallbackGas();

    constructor(IPocoStateRoots bridge_) {
        if (address(bridge_) == address(0)) revert ZeroAddress();
        bridge = bridge_;
    }

    // ───────────────────────────── reads ─────────────────────────────

    /// @notice The verified result of `taskId` (status 0: not verified).
    function resultOf(bytes32 taskId) external view returns (Result memory) {
        return results[taskId];
    }

    /// @notice The verified deal `dealId` (app == 0: not verified).
    function dealOf(bytes32 dealId) external view returns (Deal memory) {
        return deals[dealId];
    }

    /// @notice The sidechain's state key of a task: "task:" + 64 lowercase hex digits (node/state keys).
    function taskKey(bytes32 taskId) public pure returns (bytes memory) {
        return _idKey("task:", taskId);
    }

    /// @notice The sidechain's state key of a deal: "deal:" + 64 lowercase hex digits.
    function dealKey(bytes32 dealId) public pure returns (bytes memory) {
        return _idKey("deal:", dealId);
    }

    // ───────────────────────────── verification ─────────────────────────────

    /// @notice Verifies and records deal `dealId` from its stored record, proven against the state root
    ///         of the accepted checkpoint at `height`. Idempotent.
    function verifyDeal(uint64 height, bytes32 dealId, bytes calldata dealRecord, bytes32[] calldata proof)
        public
        returns (Deal memory deal)
    {
        deal = deals[dealId];
        if (deal.app != address(0)) return deal;
        _prove(_anchoredRoot(height), dealKey(dealId), dealRecord, proof);
        deal = _decodeDeal(dealRecord);
        deals[dealId] = deal;
        emit DealVerified(
            dealId, deal.app, deal.dataset, deal.workerpool, deal.requester, deal.beneficiary, deal.callback
        );
    }

    /// @notice Verifies and records the final task `taskId` from its stored record, proven against the
    ///         state root of the accepted checkpoint at `height`; its deal is verified from `dealRecord` and
    ///         `dealProof` (against the same root) unless already known, in which case they may be empty.
    ///         Delivers the result to the deal's callback on the first verification of a completed task.
    ///         A task already verified returns its record (nothing is checked or delivered again).
    function verifyResult(
        uint64 height,
        bytes32 taskId,
        bytes calldata taskRecord,
        bytes32[] calldata taskProof,
        bytes calldata dealRecord,
        bytes32[] calldata dealProof
    ) external returns (Result memory result) {
        result = results[taskId];
        if (result.status != 0) return result;
        result = _provenTask(height, taskId, taskRecord, taskProof);
        address callback = verifyDeal(height, result.dealId, dealRecord, dealProof).callback;
        _record(taskId, result, callback);
    }

    // ───────────────────────────── internals ─────────────────────────────

    /// @dev The final task proven at `height`, with the height set.
    function _provenTask(uint64 height, bytes32 taskId, bytes calldata taskRecord, bytes32[] calldata taskProof)
        private
        view
        returns (Result memory result)
    {
        _prove(_anchoredRoot(height), taskKey(taskId), taskRecord, taskProof);
        result = _decodeTask(taskRecord);
        if (result.status != STATUS_COMPLETED && result.status != STATUS_FAILED) {
            revert TaskNotFinal(result.status);
        }
        // Always true for a record stored under this key; checked so that the id links task and deal here.
        if (keccak256(abi.encode(result.dealId, uint256(result.index))) != taskId) revert WrongTask();
        result.height = height;
    }

    /// @dev Stores the result, then (effects before the interaction) delivers it to the callback.
    function _record(bytes32 taskId, Result memory result, address callback) private {
        results[taskId] = result;
        emit ResultVerified(taskId, result.dealId, result.status, result.resultDigest, result.height);
        if (result.status == STATUS_COMPLETED && callback != address(0)) {
            _deliver(taskId, result.resultDigest, callback);
        }
    }

    function _anchoredRoot(uint64 height) private view returns (bytes32 root) {
        root = bridge.stateRoots(height);
        if (root == bytes32(0)) revert UnknownStateRoot(height);
    }

    function _prove(bytes32 root, bytes memory key, bytes calldata value, bytes32[] calldata proof) private pure {
        if (!StateProof.verifyInclusionHashed(root, keccak256(key), keccak256(value), proof)) revert BadProof();
    }

    /// @dev Calls the callback with exactly CALLBACK_GAS (EIP-150 leaves a callee at most 63/64 of what
    ///      remains, so a caller could otherwise starve it on purpose and make it fail); copies no return
    ///      data (a callback cannot make this frame pay for a huge return).
    function _deliver(bytes32 taskId, bytes32 resultDigest, address callback) private {
        bytes memory data = abi.encodeCall(IPocoResultReceiver.receiveResult, (taskId, resultDigest));
        if (gasleft() < (CALLBACK_GAS * 64) / 63 + 5_000) revert InsufficientCallbackGas();
        bool ok;
        assembly ("memory-safe") {
            ok := call(CALLBACK_GAS, callback, 0, add(data, 32), mload(data), 0, 0)
        }
        emit CallbackDelivered(taskId, callback, ok && callback.code.length != 0);
    }

    /// @dev prefix ‖ lowercase hex of id (64 digits), as node/state keys name ids. The digit table sits
    ///      in scratch space so that mload(nibble)'s low byte is the nibble's digit.
    function _idKey(bytes5 prefix, bytes32 id) private pure returns (bytes memory key) {
        key = new bytes(69);
        assembly ("memory-safe") {
            mstore(add(key, 32), prefix)
            mstore(0x0f, 0x30313233343536373839616263646566)
            let o := add(key, 37)
            for { let i := 0 } lt(i, 32) { i := add(i, 1) } {
                let b := byte(i, id)
                mstore8(o, mload(shr(4, b)))
                mstore8(add(o, 1), mload(and(b, 15)))
                o := add(o, 2)
            }
        }
    }

    // ── a minimal protobuf reader: varints (wire type 0) and length-delimited fields (wire type 2) ──

    function _varint(bytes calldata b, uint256 p) private pure returns (uint256 v, uint256 next) {
        uint256 shift;
        while (true) {
            if (p >= b.length || shift > 63) revert BadRecord();
            uint256 c = uint8(b[p]);
            ++p;
            v |= (c & 0x7f) << shift;
            if (c < 0x80) return (v, p);
            shift += 7;
        }
    }

    /// @dev Reads the tag at `p`; for a length-delimited field also its length, checked against the end.
    function _field(bytes calldata b, uint256 p)
        private
        pure
        returns (uint256 field, uint256 wireType, uint256 value, uint256 next)
    {
        uint256 tag;
        (tag, p) = _varint(b, p);
        field = tag >> 3;
        wireType = tag & 7;
        if (wireType != 0 && wireType != 2) revert BadRecord();
        (value, next) = _varint(b, p);
        if (wireType == 2 && value > b.length - next) revert BadRecord();
    }

    function _bytes32(bytes calldata b, uint256 p, uint256 len) private pure returns (bytes32) {
        if (len != 32) revert BadRecord();
        return bytes32(b[p:p + 32]);
    }

    /// @dev An address field: empty (the zero address, proto default) or 20 bytes.
    function _address(bytes calldata b, uint256 p, uint256 len) private pure returns (address) {
        if (len == 0) return address(0);
        if (len != 20) revert BadRecord();
        return address(bytes20(b[p:p + 20]));
    }

    /// @dev Task: deal_id = 1 (bytes), index = 2, status = 3 (varints), result_digest = 14 (bytes).
    function _decodeTask(bytes calldata b) private pure returns (Result memory r) {
        uint256 p;
        while (p < b.length) {
            (uint256 field, uint256 wireType, uint256 value, uint256 next) = _field(b, p);
            if (wireType == 0) {
                if (field == 2) r.index = uint64(value);
                else if (field == 3) r.status = value > type(uint8).max ? type(uint8).max : uint8(value);
                p = next;
            } else {
                if (field == 1) r.dealId = _bytes32(b, next, value);
                else if (field == 14 && value != 0) r.resultDigest = _bytes32(b, next, value);
                p = next + value;
            }
        }
        if (r.dealId == bytes32(0)) revert BadRecord();
    }

    /// @dev Deal: app = 1, dataset = 4, workerpool = 7, requester = 10, beneficiary = 11, callback = 12.
    function _decodeDeal(bytes calldata b) private pure returns (Deal memory d) {
        uint256 p;
        while (p < b.length) {
            (uint256 field, uint256 wireType, uint256 value, uint256 next) = _field(b, p);
            if (wireType == 0) {
                p = next;
                continue;
            }
            if (field == 1) d.app = _address(b, next, value);
            else if (field == 4) d.dataset = _address(b, next, value);
            else if (field == 7) d.workerpool = _address(b, next, value);
            else if (field == 10) d.requester = _address(b, next, value);
            else if (field == 11) d.beneficiary = _address(b, next, value);
            else if (field == 12) d.callback = _address(b, next, value);
            p = next + value;
        }
        if (d.app == address(0)) revert BadRecord();
    }
}
