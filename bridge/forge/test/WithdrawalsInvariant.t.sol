// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {PocoBridge} from "bridge/PocoBridge.sol";
import {TestRLC} from "bridge/TestRLC.sol";
import {BridgeFixture} from "./BridgeFixture.sol";

/// @notice Drives the bridge like a sidechain and hostile claimers would: deposits, withdrawals
///         (burnt on the "sidechain", appended to the cumulative withdrawals tree), checkpoints
///         signed by the set, honest claims, replays, and claims with a tampered amount, recipient or
///         id. Ghost variables record what the bridge paid.
contract WithdrawalsHandler is BridgeFixture {
    uint256 internal constant MAX_WITHDRAWALS = 48;

    PocoBridge public immutable bridge;
    TestRLC public immutable rlc;
    uint256[] internal words;
    uint256[] internal keys;

    struct Withdrawal {
        address recipient;
        uint256 amount;
        uint64 height;
    }

    Withdrawal[] internal withdrawals;
    /// sidechain balance still to withdraw (deposited − requested)
    uint256 public sidechainSupply;
    uint64 public sidechainHeight;
    /// checkpoint height → number of withdrawals its root covers
    mapping(uint64 => uint256) public coveredAt;
    uint64[] internal checkpointHeights;

    mapping(uint256 => uint256) public timesPaid;
    uint256 public unclaimedTotal;
    uint256 public totalDeposited;
    uint256 public totalPaid;
    bool public paidTwice;
    bool public paidForgery;
    bool public honestClaimRefused;

    constructor(PocoBridge bridge_, TestRLC rlc_, uint256[] memory words_, uint256[] memory keys_) {
        bridge = bridge_;
        rlc = rlc_;
        words = words_;
        keys = keys_;
    }

    function withdrawalCount() external view returns (uint256) {
        return withdrawals.length;
    }

    // ── actions ──

    function deposit(uint256 actorSeed, uint256 amount) external {
        amount = 1 + (amount % 1e18);
        address actor = address(uint160(0x1000 + (actorSeed % 8)));
        rlc.mint(actor, amount);
        vm.prank(actor);
        rlc.approve(address(bridge), amount);
        vm.prank(actor);
        bridge.deposit(amount, actor);
        totalDeposited += amount;
        sidechainSupply += amount;
    }

    /// The sidechain burns `amount` and appends a leaf (never more than was deposited).
    function requestWithdrawal(uint256 recipientSeed, uint256 amount) external {
        if (sidechainSupply == 0 || withdrawals.length == MAX_WITHDRAWALS) return;
        amount = 1 + (amount % sidechainSupply);
        sidechainSupply -= amount;
        unclaimedTotal += amount;
        withdrawals.push(Withdrawal(address(uint160(0x2000 + (recipientSeed % 8))), amount, ++sidechainHeight));
    }

    /// A checkpoint of the current tree, signed by all validators.
    function anchor() external {
        uint64 height = ++sidechainHeight;
        uint256 count = withdrawals.length;
        PocoBridge.Checkpoint memory cp = checkpoint(height, rootOf(count), setHash(words));
        uint256 bitmap = allBits(words.length);
        bridge.submitCheckpoint(cp, words, bitmap, signAll(bridge, cp, keys, bitmap), new uint256[](0));
        coveredAt[height] = count;
        checkpointHeights.push(height);
    }

    /// mode 0: honest; 1: amount + 1; 2: another recipient; 3: the proof of a neighbour id;
    /// 4: an id the checkpoint does not cover yet (honest fields).
    function claim(uint256 idSeed, uint256 cpSeed, uint8 mode) external {
        if (checkpointHeights.length == 0 || withdrawals.length == 0) return;
        uint64 cpHeight = checkpointHeights[cpSeed % checkpointHeights.length];
        uint256 covered = coveredAt[cpHeight];
        mode %= 5;
        uint256 id = idSeed % withdrawals.length;
        bool honest = mode == 0 && id < covered;
        if (mode == 4 && id < covered) return;
        if (mode != 4 && id >= covered) return;
        Withdrawal memory w = withdrawals[id];
        address recipient = mode == 2 ? address(uint160(w.recipient) ^ 1) : w.recipient;
        uint256 amount = mode == 1 ? w.amount + 1 : w.amount;
        uint256 proofId = mode == 3 ? id ^ 1 : id;
        bytes32[] memory proof = proofOf(proofId, mode == 4 ? withdrawals.length : covered);
        bool claimedBefore = bridge.isClaimed(id);

        uint256 before = rlc.balanceOf(recipient);
        try bridge.withdraw(cpHeight, id, recipient, amount, w.height, proof) {
            uint256 got = rlc.balanceOf(recipient) - before;
            totalPaid += got;
            if (++timesPaid[id] > 1) paidTwice = true;
            if (!honest) paidForgery = true;
            else unclaimedTotal -= w.amount;
        } catch {
            if (honest && !claimedBefore) honestClaimRefused = true;
        }
    }

    // ── the sidechain's withdrawals tree (depth 32, empty subtree = 0, node = keccak(l ‖ r)) ──

    function leafOf(uint256 id) internal view returns (bytes32) {
        Withdrawal memory w = withdrawals[id];
        return keccak256(abi.encode(id, w.recipient, w.amount, w.height));
    }

    function hashPair(bytes32 l, bytes32 r) internal pure returns (bytes32) {
        return l == 0 && r == 0 ? bytes32(0) : keccak256(abi.encodePacked(l, r));
    }

    /// Level 0 of the first `count` leaves, padded to a power of two ≥ 2.
    function levelZero(uint256 count) internal view returns (bytes32[] memory level) {
        uint256 width = 2;
        while (width < count) width <<= 1;
        level = new bytes32[](width);
        for (uint256 i; i < count; ++i) level[i] = leafOf(i);
    }

    function rootOf(uint256 count) internal view returns (bytes32) {
        bytes32[] memory level = levelZero(count);
        uint256 depth;
        while (level.length > 1) {
            bytes32[] memory up = new bytes32[](level.length / 2);
            for (uint256 i; i < up.length; ++i) up[i] = hashPair(level[2 * i], level[2 * i + 1]);
            level = up;
            ++depth;
        }
        bytes32 node = level[0];
        for (; depth < TREE_DEPTH; ++depth) node = hashPair(node, 0);
        return node;
    }

    uint256 internal constant TREE_DEPTH = 32;

    /// Siblings of leaf `id` bottom-up in the tree of the first `count` leaves (all 32 given).
    function proofOf(uint256 id, uint256 count) internal view returns (bytes32[] memory proof) {
        proof = new bytes32[](TREE_DEPTH);
        bytes32[] memory level = levelZero(count);
        uint256 index = id;
        uint256 depth;
        while (level.length > 1) {
            proof[depth] = index < level.length ? level[index ^ 1] : bytes32(0);
            bytes32[] memory up = new bytes32[](level.length / 2);
            for (uint256 i; i < up.length; ++i) up[i] = hashPair(level[2 * i], level[2 * i + 1]);
            level = up;
            index >>= 1;
            ++depth;
        }
    }
}

/// @notice Invariants of the bridge's custody under the handler's actions.
contract WithdrawalsInvariantTest is BridgeFixture {
    PocoBridge internal bridge;
    TestRLC internal rlc;
    WithdrawalsHandler internal handler;

    function setUp() public {
        rlc = new TestRLC();
        (uint256[] memory words, uint256[] memory keys) = makeSet(4, 0, 3, 100);
        bridge = new PocoBridge(rlc, SIDECHAIN_ID, words, looseSafety());
        handler = new WithdrawalsHandler(bridge, rlc, words, keys);
    }

    /// Read by forge: only the handler's functions are called.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// RLC held by the bridge covers every withdrawal not yet claimed (and is exactly deposits − paid).
    function invariant_rlcCoversUnclaimedWithdrawals() public view {
        uint256 held = rlc.balanceOf(address(bridge));
        check(held >= handler.unclaimedTotal(), "bridge holds less than the unclaimed withdrawals");
        check(held == handler.totalDeposited() - handler.totalPaid(), "held == deposited - paid");
    }

    /// No withdrawal id is paid twice, and nothing but an exact leaf of an accepted root is paid.
    function invariant_noIdPaidTwiceNoForgeryPaid() public view {
        check(!handler.paidTwice(), "a withdrawal id was paid twice");
        check(!handler.paidForgery(), "a tampered claim was paid");
    }

    /// Liveness: an honest claim of an anchored, unclaimed withdrawal is never refused, and the
    /// nullifier matches what was paid.
    function invariant_honestClaimsPaidOnce() public view {
        check(!handler.honestClaimRefused(), "an honest claim was refused");
        uint256 n = handler.withdrawalCount();
        for (uint256 id; id < n; ++id) {
            check(bridge.isClaimed(id) == (handler.timesPaid(id) == 1), "nullifier == paid");
        }
    }
}

/// @notice The handler's honest path really pays (so the invariants above are not vacuous) and a
///         replay or a tampered claim really is tried and refused.
contract WithdrawalsHandlerSanityTest is BridgeFixture {
    function test_handlerPaysOnceAndRefusesReplaysAndForgeries() public {
        TestRLC rlc = new TestRLC();
        (uint256[] memory words, uint256[] memory keys) = makeSet(4, 0, 3, 100);
        PocoBridge bridge = new PocoBridge(rlc, SIDECHAIN_ID, words, looseSafety());
        WithdrawalsHandler h = new WithdrawalsHandler(bridge, rlc, words, keys);
        h.deposit(1, 1000);
        h.requestWithdrawal(2, 300);
        h.requestWithdrawal(3, 400);
        h.anchor();
        h.claim(0, 0, 0);
        check(h.timesPaid(0) == 1 && bridge.isClaimed(0), "honest claim paid");
        h.claim(0, 0, 0); // replay
        h.claim(1, 0, 1); // amount + 1
        h.claim(1, 0, 2); // other recipient
        h.claim(1, 0, 3); // neighbour's proof
        check(h.timesPaid(0) == 1 && h.timesPaid(1) == 0, "replay and forgeries refused");
        check(!h.paidTwice() && !h.paidForgery() && !h.honestClaimRefused(), "ghosts clean");
        h.claim(1, 0, 0);
        check(h.timesPaid(1) == 1 && h.unclaimedTotal() == 0, "second honest claim paid");
        check(rlc.balanceOf(address(bridge)) == h.totalDeposited() - h.totalPaid(), "custody");
    }
}
