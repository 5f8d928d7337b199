// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccountRecord} from "bridge/AccountRecord.sol";
import {PocoBridge} from "bridge/PocoBridge.sol";
import {TestRLC} from "bridge/TestRLC.sol";
import {BridgeFixture} from "./BridgeFixture.sol";
import {StateTreeModel} from "./StateTreeModel.sol";
import {WithdrawalsHandler} from "./WithdrawalsInvariant.t.sol";

/// @notice Drives a bridge with a hatch like a sidechain of a few accounts and hostile users would:
///         deposits credited to accounts, transfers, stake/lock/bond moves, withdrawals debited from
///         balances, checkpoints of the accounts' state tree, time passing, the hatch opening, honest
///         and forged exits, withdrawal claims and installments. Ghosts record what was paid, and when.
contract HatchHandler is WithdrawalsHandler {
    uint256 internal constant ACCOUNTS = 6;

    AccountRecord.Fields[ACCOUNTS] internal current;
    AccountRecord.Fields[ACCOUNTS] internal anchored;
    uint256 public anchoredWithdrawals;
    mapping(uint256 => bool) public withdrawalClaimed;

    uint256 public exitPaid0;
    mapping(uint256 => uint256) public exitPaid;
    mapping(uint256 => uint256) public exitsAccepted;
    mapping(uint256 => uint256) public paidInWindow;
    uint256 public maxPaidInWindow;
    bool public forgedExitPaid;
    bool public checkpointAfterHatch;
    bool public honestExitRefused;

    constructor(PocoBridge bridge_, TestRLC rlc_, uint256[] memory words_, uint256[] memory keys_)
        WithdrawalsHandler(bridge_, rlc_, words_, keys_)
    {}

    function accountAt(uint256 i) public pure returns (address) {
        return address(uint160(0x3000 + i));
    }

    function anchoredTotal(uint256 i) public view returns (uint256) {
        return AccountRecord.total(anchored[i]);
    }

    // ── sidechain actions ──

    function depositTo(uint256 seed, uint256 amount) external {
        if (bridge.hatchOpenedAt() != 0) return;
        uint256 i = seed % ACCOUNTS;
        amount = 1 + (amount % 1e18);
        address actor = accountAt(i);
        rlc.mint(actor, amount);
        vm.prank(actor);
        rlc.approve(address(bridge), amount);
        vm.prank(actor);
        bridge.deposit(amount, actor);
        totalDeposited += amount;
        current[i].balance += amount;
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        AccountRecord.Fields storage from = current[fromSeed % ACCOUNTS];
        if (from.balance == 0) return;
        amount = 1 + (amount % from.balance);
        from.balance -= amount;
        from.nonce += 1;
        current[toSeed % ACCOUNTS].balance += amount;
    }

    /// Moves part of the balance to stake (0), locked (1) or bonded (2), or back to the balance (3).
    function move(uint256 seed, uint8 field, uint256 amount) external {
        AccountRecord.Fields storage a = current[seed % ACCOUNTS];
        field %= 4;
        if (field == 3) {
            a.balance += a.stake;
            a.stake = 0;
            return;
        }
        if (a.balance == 0) return;
        amount = 1 + (amount % a.balance);
        a.balance -= amount;
        if (field == 0) a.stake += amount;
        else if (field == 1) a.locked += amount;
        else a.bonded += amount;
    }

    function withdrawFrom(uint256 seed, uint256 amount) external {
        AccountRecord.Fields storage a = current[seed % ACCOUNTS];
        if (a.balance == 0 || withdrawals.length == MAX_WITHDRAWALS) return;
        amount = 1 + (amount % a.balance);
        a.balance -= amount;
        withdrawals.push(Withdrawal(address(uint160(0x2000 + (seed % 8))), amount, ++sidechainHeight));
    }

    /// A checkpoint of the accounts' state tree and of the withdrawals tree, signed by all validators.
    function anchorState() external {
        uint64 height = ++sidechainHeight;
        (bytes32[] memory keys_, bytes32[] memory values,) = tree(current);
        PocoBridge.Checkpoint memory cp = checkpoint(height, rootOf(withdrawals.length), setHash(words));
        cp.stateRoot = StateTreeModel.root(keys_, values);
        uint256 bitmap = allBits(words.length);
        bytes memory sigs = signAll(bridge, cp, keys, bitmap);
        bool open = bridge.hatchOpenedAt() != 0;
        try bridge.submitCheckpoint(cp, words, bitmap, sigs, new uint256[](0)) {
            if (open) checkpointAfterHatch = true;
            for (uint256 i; i < ACCOUNTS; ++i) {
                anchored[i] = current[i];
            }
            anchoredWithdrawals = withdrawals.length;
            coveredAt[height] = withdrawals.length;
            checkpointHeights.push(height);
        } catch {}
    }

    // ── Ethereum actions ──

    function warp(uint256 secondsSeed) external {
        vm.warp(block.timestamp + 1 + (secondsSeed % 3 days));
    }

    function openHatch() external {
        try bridge.openHatch() {} catch {}
    }

    /// Claims withdrawal `id` against the last checkpoint (honest fields).
    function claimWithdrawal(uint256 idSeed) external {
        uint256 covered = anchoredWithdrawals;
        if (covered == 0) return;
        uint256 id = idSeed % covered;
        Withdrawal memory w = withdrawals[id];
        uint256 before = rlc.balanceOf(w.recipient);
        try bridge.withdraw(bridge.lastHeight(), id, w.recipient, w.amount, w.height, proofOf(id, covered)) {
            withdrawalClaimed[id] = true;
            recordPaid(rlc.balanceOf(w.recipient) - before);
        } catch {}
    }

    /// mode 0: honest; 1: balance + 1; 2: the current (not anchored) record and its proof against the
    /// current tree; 3: another account's record and proof; 4: stake moved into the balance.
    function exitAccount(uint256 seed, uint8 mode) external {
        uint256 i = seed % ACCOUNTS;
        mode %= 5;
        address account = accountAt(i);
        AccountRecord.Fields[ACCOUNTS] memory records = mode == 2 ? current : anchored;
        (bytes32[] memory keys_, bytes32[] memory values, uint256[] memory index) = tree(records);
        uint256 j = mode == 3 ? (i + 1) % ACCOUNTS : i;
        if (index[j] == type(uint256).max || keys_.length == 0) return; // no record to prove
        AccountRecord.Fields memory f = records[j];
        if (mode == 1) f.balance += 1;
        if (mode == 4) (f.balance, f.stake) = (f.balance + f.stake, 0);
        bytes32[] memory siblings = StateTreeModel.proof(keys_, values, index[j]);
        bool honest = mode == 0 || (mode == 2 && sameRecords()) || (mode == 4 && f.stake == anchored[i].stake);
        bool exitedBefore = bridge.exited(account);
        uint256 before = rlc.balanceOf(account);
        try bridge.exit(account, f, siblings) {
            uint256 got = rlc.balanceOf(account) - before;
            recordPaid(got);
            exitPaid[i] += got;
            if (++exitsAccepted[i] > 1 || !honest) forgedExitPaid = true;
        } catch (bytes memory err) {
            bytes4 sel = selectorOf(err);
            bool fine = exitedBefore || bridge.hatchOpenedAt() == 0 || sel == PocoBridge.RateLimited.selector
                || (sel == PocoBridge.ZeroAmount.selector && AccountRecord.total(f) == 0);
            if (honest && !fine) honestExitRefused = true;
        }
    }

    function claimOwed(uint256 seed) external {
        uint256 i = seed % ACCOUNTS;
        address account = accountAt(i);
        uint256 before = rlc.balanceOf(account);
        try bridge.claimOwed(account) {
            uint256 got = rlc.balanceOf(account) - before;
            recordPaid(got);
            exitPaid[i] += got;
        } catch {}
    }

    // ── helpers ──

    function recordPaid(uint256 amount) internal {
        totalPaid += amount;
        uint256 window = block.timestamp / bridge.ratePeriod();
        uint256 paid = paidInWindow[window] + amount;
        paidInWindow[window] = paid;
        if (paid > maxPaidInWindow) maxPaidInWindow = paid;
    }

    function sameRecords() internal view returns (bool) {
        for (uint256 i; i < ACCOUNTS; ++i) {
            if (keccak256(AccountRecord.encode(current[i])) != keccak256(AccountRecord.encode(anchored[i]))) {
                return false;
            }
        }
        return true;
    }

    /// The state tree of the non-empty records: keys, values, and each account's leaf index (max = none).
    function tree(AccountRecord.Fields[ACCOUNTS] memory records)
        internal
        pure
        returns (bytes32[] memory keys_, bytes32[] memory values, uint256[] memory index)
    {
        uint256 n;
        index = new uint256[](ACCOUNTS);
        for (uint256 i; i < ACCOUNTS; ++i) {
            index[i] = type(uint256).max;
            if (AccountRecord.total(records[i]) != 0 || records[i].nonce != 0) index[i] = n++;
        }
        keys_ = new bytes32[](n);
        values = new bytes32[](n);
        for (uint256 i; i < ACCOUNTS; ++i) {
            if (index[i] == type(uint256).max) continue;
            keys_[index[i]] = AccountRecord.keyHash(accountAt(i));
            values[index[i]] = keccak256(AccountRecord.encode(records[i]));
        }
    }

    /// What the bridge still owes: unclaimed anchored withdrawals, plus (hatch open) every account's
    /// anchored holdings not yet paid by its exit.
    function liabilities() external view returns (uint256 total) {
        for (uint256 id; id < anchoredWithdrawals; ++id) {
            if (!withdrawalClaimed[id]) total += withdrawals[id].amount;
        }
        if (bridge.hatchOpenedAt() == 0) return total;
        for (uint256 i; i < ACCOUNTS; ++i) {
            total += anchoredTotal(i) - exitPaid[i];
        }
    }
}

/// @notice Invariants of the escape hatch, the rate limit and custody under the handler's actions.
contract EscapeHatchInvariantTest is BridgeFixture {
    uint256 internal constant CAP = 6e17;
    PocoBridge internal bridge;
    TestRLC internal rlc;
    HatchHandler internal handler;

    function setUp() public {
        rlc = new TestRLC();
        (uint256[] memory words, uint256[] memory keys) = makeSet(4, 0, 3, 100);
        PocoBridge.Safety memory safety = looseSafety();
        safety.escapeDelay = 2 days;
        safety.ratePeriod = 1 days;
        safety.rateLimit = CAP;
        bridge = new PocoBridge(rlc, SIDECHAIN_ID, words, safety);
        handler = new HatchHandler(bridge, rlc, words, keys);
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    /// Only the hatch handler's own actions (not the inherited withdrawals-only ones).
    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        bytes4[] memory s = new bytes4[](11);
        s[0] = HatchHandler.depositTo.selector;
        s[1] = HatchHandler.transfer.selector;
        s[2] = HatchHandler.move.selector;
        s[3] = HatchHandler.withdrawFrom.selector;
        s[4] = HatchHandler.anchorState.selector;
        s[5] = HatchHandler.warp.selector;
        s[6] = HatchHandler.openHatch.selector;
        s[7] = HatchHandler.claimWithdrawal.selector;
        s[8] = HatchHandler.exitAccount.selector;
        s[9] = HatchHandler.claimOwed.selector;
        s[10] = HatchHandler.anchorState.selector;
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector(address(handler), s);
    }

    /// Each account is paid by exits (and installments) at most its anchored holdings, exits once,
    /// and no forged exit (altered record, another account's record, a non-anchored root) is paid.
    function invariant_exitsWithinAnchoredHoldingsOnce() public view {
        check(!handler.forgedExitPaid(), "a forged or second exit was paid");
        check(!handler.honestExitRefused(), "an honest exit was refused");
        for (uint256 i; i < 6; ++i) {
            address a = handler.accountAt(i);
            check(handler.exitPaid(i) + bridge.owed(a) <= handler.anchoredTotal(i), "exit above anchored holdings");
            check(handler.exitsAccepted(i) <= 1, "account exited twice");
            check(bridge.exited(a) == (handler.exitsAccepted(i) == 1), "exited flag == paid");
        }
    }

    function invariant_noCheckpointAfterHatch() public view {
        check(!handler.checkpointAfterHatch(), "a checkpoint was accepted after the hatch opened");
    }

    /// RLC held covers everything still owed (unclaimed anchored withdrawals and, hatch open, every
    /// account's unpaid anchored holdings), and is exactly deposits − payouts.
    function invariant_rlcCoversLiabilities() public view {
        uint256 held = rlc.balanceOf(address(bridge));
        check(held == handler.totalDeposited() - handler.totalPaid(), "held == deposited - paid");
        check(held >= handler.liabilities(), "bridge holds less than it owes");
    }

    function invariant_rateLimitNeverExceeded() public view {
        check(handler.maxPaidInWindow() <= CAP, "a window paid more than the cap");
        check(bridge.paidInPeriod() <= CAP, "contract's window total above the cap");
    }
}

/// @notice Deterministic walk through the hatch: the handler's honest paths really pay, forged ones are
///         really tried and refused (so the invariants above are not vacuous).
contract EscapeHatchScenarioTest is BridgeFixture {
    function test_exitOnceWithAnchoredRecord() public {
        TestRLC rlc = new TestRLC();
        (uint256[] memory words, uint256[] memory keys) = makeSet(4, 0, 3, 100);
        PocoBridge.Safety memory safety = looseSafety();
        safety.escapeDelay = 2 days;
        safety.rateLimit = 6e17;
        PocoBridge bridge = new PocoBridge(rlc, SIDECHAIN_ID, words, safety);
        HatchHandler h = new HatchHandler(bridge, rlc, words, keys);
        h.depositTo(0, 999); // 1000 to account 0
        h.depositTo(1, 499); // 500 to account 1
        h.transfer(0, 2, 99); // 100 to account 2
        h.move(1, 1, 49); // 50 of account 1 locked
        h.withdrawFrom(0, 199); // 200 of account 0 withdrawn
        h.anchorState();
        h.withdrawFrom(1, 9); // after the anchor: not claimable, still in account 1's anchored balance
        h.exitAccount(0, 0);
        check(h.exitsAccepted(0) == 0, "no exit before the hatch");
        h.warp(2 days);
        h.openHatch();
        check(bridge.hatchOpenedAt() != 0, "hatch open");
        h.anchorState();
        check(!h.checkpointAfterHatch() && bridge.lastHeight() == 2, "checkpoint refused after the hatch");
        h.exitAccount(0, 1); // balance + 1
        h.exitAccount(1, 2); // the non-anchored record
        h.exitAccount(2, 3); // account 3's record (none: returns) — then account 2 with account 3's
        h.exitAccount(1, 3); // account 2's record for account 1
        check(h.exitsAccepted(0) + h.exitsAccepted(1) + h.exitsAccepted(2) == 0, "forgeries refused");
        h.exitAccount(0, 0);
        h.exitAccount(1, 0);
        h.exitAccount(2, 0);
        check(h.exitPaid(0) == 700 && h.exitPaid(1) == 500 && h.exitPaid(2) == 100, "anchored holdings paid");
        h.exitAccount(0, 0);
        check(h.exitsAccepted(0) == 1 && !h.forgedExitPaid(), "second exit refused");
        h.claimWithdrawal(0);
        check(h.withdrawalClaimed(0), "anchored withdrawal still claimable after the hatch");
        check(!h.honestExitRefused(), "honest exits paid");
        // the withdrawal requested after the anchor was paid by account 1's exit: nothing is left
        check(rlc.balanceOf(address(bridge)) == 0 && h.liabilities() == 0, "custody");
    }
}
