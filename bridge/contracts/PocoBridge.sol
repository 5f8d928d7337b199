// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccountRecord} from "./AccountRecord.sol";
import {StateProof} from "./StateProof.sol";

/// @title PocoBridge — locks RLC for the PoCo sidechain and pays withdrawals proven against checkpoints.
/// @notice
///  - `deposit` locks RLC and emits `Deposit(nonce, …)`; sidechain validators credit it once > 2/3 of
///    their power attested the event (identified by its block hash and log index) from their own node.
///  - `submitCheckpoint` accepts a sidechain checkpoint signed (secp256k1, ecrecover) by > 2/3 of the
///    power of the current validator set (the same rule as the sidechain's consensus). The set is NOT
///    stored: only its hash is, and the caller passes the list in calldata (one word per validator:
///    power << 160 | address). Each checkpoint carries the hash of the next set, so a rotation is signed
///    by the previous set; a rotation must also give the next set's members, which are checked (at most
///    MAX_VALIDATORS, sorted, non-zero) so that the contract never adopts a set it could not verify later,
///    and emitted in `ValidatorSetChanged` so that any relayer rebuilds the current set from Ethereum.
///  - The signed digest names this chain (`block.chainid`) and this contract (`address(this)`): a
///    checkpoint of one deployment is worthless to any other.
///  - `withdraw` pays a leaf of the sidechain's append-only withdrawals tree once (bitmap nullifier),
///    against the withdrawals root of any accepted checkpoint.
///  - Escape hatch: when no checkpoint was accepted for `escapeDelay` seconds, anyone opens the hatch;
///    from then on no checkpoint (and no deposit) is accepted, and each sidechain account exits once
///    with an inclusion proof of its account record against the last anchored state root (`exit`).
///  - Rate limit: withdrawals and exits together pay at most `rateLimit` per `ratePeriod` (fixed
///    windows of block time), so even a forged checkpoint drains at most that much a period.
///  - Guardian: may pause deposits (never withdrawals or exits) for at most `maxPause`, then not again
///    before as long again has passed; replacing the guardian waits `guardianDelay` (propose, accept).
///  The relayer calling these functions is untrusted: every input is checked by signatures or proofs.
contract PocoBridge {
    using SafeERC20 for IERC20;

    /// @dev keccak256 of the checkpoint type; the signed digest is
    ///      keccak256(abi.encode(CHECKPOINT_TYPEHASH, block.chainid, address(this), sidechainId, height,
    ///      blockHash, stateRoot, withdrawalsRoot, nextValidatorSetHash)), signed raw (no message prefix).
    bytes32 public constant CHECKPOINT_TYPEHASH = keccak256(
        "PoCoCheckpoint(uint256 ethChainId,address bridge,uint64 chainId,uint64 height,bytes32 blockHash,bytes32 stateRoot,bytes32 withdrawalsRoot,bytes32 nextValidatorSetHash)"
    );
    /// @dev Depth of the withdrawals tree (2^32 withdrawals); proofs may omit trailing zero siblings.
    uint256 public constant TREE_DEPTH = 32;
    uint256 public constant MAX_VALIDATORS = 256;
    /// @dev secp256k1 order / 2: signatures with a larger s (the malleated twin of a valid one) are
    ///      refused, like the sidechain's verifier (low-s only, EIP-2).
    uint256 private constant SECP256K1_HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    IERC20 public immutable token;
    uint64 public immutable sidechainId;
    /// @notice Seconds without an accepted checkpoint after which anyone may open the escape hatch.
    uint64 public immutable escapeDelay;
    /// @notice Seconds between proposing a new guardian and its acceptance.
    uint64 public immutable guardianDelay;
    /// @notice Longest deposit pause; a new pause waits as long again after the previous one ends.
    uint64 public immutable maxPause;
    /// @notice Length of a rate-limit window (windows are block.timestamp / ratePeriod).
    uint64 public immutable ratePeriod;
    /// @notice Most nRLC paid by withdrawals and exits together in one window.
    uint256 public immutable rateLimit;

    /// @notice Safety parameters of a deployment (see the immutables of the same names).
    struct Safety {
        uint64 escapeDelay;
        address guardian;
        uint64 guardianDelay;
        uint64 maxPause;
        uint64 ratePeriod;
        uint256 rateLimit;
    }

    /// @notice keccak256(abi.encodePacked(uint256[] words)), word = power << 160 | address.
    bytes32 public validatorSetHash;
    uint64 public lastHeight;
    /// @notice block.timestamp of the last accepted checkpoint (of the deployment before the first).
    /// @dev Packed with lastHeight, which every checkpoint changes: the slot's write costs the same
    ///      whatever the timestamp, so a gas estimate made in the same second as the previous
    ///      checkpoint (a no-op write there) is not short when the transaction lands a second later.
    uint64 public lastCheckpointAt;
    /// @notice block.timestamp the escape hatch opened at; 0 while closed (read by every checkpoint).
    uint64 public hatchOpenedAt;
    /// @notice Deposits are refused while block.timestamp < depositsPausedUntil (same slot: a deposit
    ///         reads its two conditions with one storage read).
    uint64 public depositsPausedUntil;
    uint256 public depositCount;
    /// @notice Withdrawals root of each accepted checkpoint, by sidechain height.
    mapping(uint64 => bytes32) public withdrawalsRoots;
    /// @notice State root of each accepted checkpoint, by sidechain height: what proofs of the
    ///         sidechain's state (balances, task results) are verified against (see StateProof.sol).
    mapping(uint64 => bytes32) public stateRoots;
    /// @dev Withdrawal id → claimed bit (256 ids per word: sequential ids share storage slots).
    mapping(uint256 => uint256) private claimedWords;

    /// @notice Sidechain accounts that exited through the hatch.
    mapping(address => bool) public exited;
    /// @notice What a claim larger than a whole window's cap still has to receive (paid by `claimOwed`).
    mapping(address => uint256) public owed;
    /// @notice The rate-limit window of `paidInPeriod`, and what was paid in it (one slot: a payout
    ///         reads and writes the window with one storage access each).
    uint64 public currentPeriod;
    uint192 public paidInPeriod;

    address public guardian;
    address public pendingGuardian;
    uint64 public pendingGuardianReadyAt;
    /// @notice The guardian may pause again from this time on.
    uint64 public nextPauseAllowedAt;

    event Deposit(uint256 indexed nonce, address indexed from, address indexed recipient, uint256 amount);
    event CheckpointAccepted(
        uint64 indexed height, bytes32 blockHash, bytes32 stateRoot, bytes32 withdrawalsRoot, bytes32 nextValidatorSetHash
    );
    event Withdrawn(uint256 indexed id, address indexed recipient, uint256 amount);
    /// @notice The members of every set the contract adopts (at deployment and on each rotation).
    event ValidatorSetChanged(bytes32 indexed setHash, uint256[] validators);

    error ZeroAmount();
    error ZeroAddress();
    error StaleCheckpoint(uint64 height, uint64 lastHeight);
    error WrongValidatorSet();
    error TooManyValidators();
    error BadSignerBitmap();
    error BadSignatures();
    error BadSignature(uint256 index);
    error InsufficientPower(uint256 signedPower, uint256 totalPower);
    error UnknownCheckpoint(uint64 height);
    error AlreadyClaimed(uint256 id);
    error BadProof();
    error BadValidatorSet(uint256 index);
    error BadSafetyParameters();
    error HatchOpen();
    error HatchClosed();
    error HatchNotDue(uint256 opensAt);
    error AlreadyExited(address account);
    error DepositsPaused(uint256 until);
    error NotGuardian();
    error PauseNotAllowedUntil(uint256 at);
    error GuardianNotReady(uint256 readyAt);
    /// @notice Paying `amount` now would exceed this window's cap: `available` is left, and the next
    ///         window (with the whole cap) starts at `availableAt`.
    error RateLimited(uint256 amount, uint256 available, uint256 availableAt);
    error InsufficientReserves(uint256 amount, uint256 held);
    error NothingOwed(address account);

    event HatchOpened(uint64 lastHeight, bytes32 stateRoot);
    event Exited(address indexed account, uint256 amount, uint64 height);
    /// @notice Part of a claim larger than a window's cap, left to `claimOwed` in later windows.
    event Owed(address indexed account, uint256 amount);
    event OwedPaid(address indexed account, uint256 amount);
    event DepositsPausedUntil(uint64 until);
    event GuardianProposed(address indexed guardian, uint64 readyAt);
    event GuardianChanged(address indexed guardian);

    struct Checkpoint {
        uint64 height;
        bytes32 blockHash;
        bytes32 stateRoot;
        bytes32 withdrawalsRoot;
        bytes32 nextValidatorSetHash;
    }

    constructor(IERC20 token_, uint64 sidechainId_, uint256[] memory initialValidators, Safety memory safety) {
        if (address(token_) == address(0)) revert ZeroAddress();
        if (safety.escapeDelay == 0 || safety.ratePeriod == 0 || safety.rateLimit == 0 || safety.maxPause == 0) {
            revert BadSafetyParameters();
        }
        token = token_;
        sidechainId = sidechainId_;
        escapeDelay = safety.escapeDelay;
        guardianDelay = safety.guardianDelay;
        maxPause = safety.maxPause;
        ratePeriod = safety.ratePeriod;
        rateLimit = safety.rateLimit;
        guardian = safety.guardian;
        lastCheckpointAt = uint64(block.timestamp);
        bytes32 setHash = _verifiedSetHash(initialValidators);
        validatorSetHash = setHash;
        emit ValidatorSetChanged(setHash, initialValidators);
    }

    // ───────────────────────────── deposits ─────────────────────────────

    /// @notice Locks `amount` RLC (9 decimals) for `sidechainRecipient` on the sidechain.
    function deposit(uint256 amount, address sidechainRecipient) external returns (uint256 nonce) {
        if (amount == 0) revert ZeroAmount();
        if (sidechainRecipient == address(0)) revert ZeroAddress();
        // no sidechain will credit a deposit after the hatch opened
        if (hatchOpenedAt != 0) revert HatchOpen();
        if (block.timestamp < depositsPausedUntil) revert DepositsPaused(depositsPausedUntil);
        nonce = depositCount++;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Deposit(nonce, msg.sender, sidechainRecipient, amount);
    }

    // ───────────────────────────── checkpoints ─────────────────────────────

    function checkpointDigest(Checkpoint calldata cp) public view returns (bytes32) {
        return keccak256(
            abi.encode(
                CHECKPOINT_TYPEHASH,
                block.chainid,
                address(this),
                sidechainId,
                cp.height,
                cp.blockHash,
                cp.stateRoot,
                cp.withdrawalsRoot,
                cp.nextValidatorSetHash
            )
        );
    }

    /// @param validators the current set, one word each: power << 160 | address (hash must match).
    /// @param signerBitmap bit i set ⇔ validators[i] signed; `signatures` holds their 65-byte r‖s‖v
    ///        (v = 27/28) signatures in the same order, packed.
    /// @param nextValidators the members of `cp.nextValidatorSetHash` when it differs from the current
    ///        set (checked and emitted), empty otherwise.
    function submitCheckpoint(
        Checkpoint calldata cp,
        uint256[] calldata validators,
        uint256 signerBitmap,
        bytes calldata signatures,
        uint256[] calldata nextValidators
    ) external {
        if (hatchOpenedAt != 0) revert HatchOpen();
        if (cp.height <= lastHeight) revert StaleCheckpoint(cp.height, lastHeight);
        if (cp.nextValidatorSetHash == bytes32(0)) revert WrongValidatorSet();
        bytes32 setHash = _checkValidatorSet(validators, signerBitmap);
        _checkSignatures(checkpointDigest(cp), validators, signerBitmap, signatures);

        lastHeight = cp.height;
        lastCheckpointAt = uint64(block.timestamp);
        withdrawalsRoots[cp.height] = cp.withdrawalsRoot;
        stateRoots[cp.height] = cp.stateRoot;
        if (cp.nextValidatorSetHash != setHash) {
            if (_verifiedSetHash(nextValidators) != cp.nextValidatorSetHash) revert WrongValidatorSet();
            validatorSetHash = cp.nextValidatorSetHash;
            emit ValidatorSetChanged(cp.nextValidatorSetHash, nextValidators);
        } else if (nextValidators.length != 0) {
            revert WrongValidatorSet();
        }
        emit CheckpointAccepted(cp.height, cp.blockHash, cp.stateRoot, cp.withdrawalsRoot, cp.nextValidatorSetHash);
    }

    /// @dev The hash of a set this contract can verify checkpoints of: 1..MAX_VALIDATORS members, each
    ///      with a non-zero power and address, addresses strictly increasing (no duplicates).
    function _verifiedSetHash(uint256[] memory words) private pure returns (bytes32 setHash) {
        uint256 n = words.length;
        if (n == 0) revert WrongValidatorSet();
        if (n > MAX_VALIDATORS) revert TooManyValidators();
        uint256 previous;
        for (uint256 i; i < n; ++i) {
            uint256 word = words[i];
            uint256 addr = uint160(word);
            if (word >> 160 == 0 || addr == 0 || (i != 0 && addr <= previous)) revert BadValidatorSet(i);
            previous = addr;
        }
        assembly ("memory-safe") {
            setHash := keccak256(add(words, 32), mul(n, 32))
        }
    }

    function _checkValidatorSet(uint256[] calldata validators, uint256 signerBitmap)
        private
        view
        returns (bytes32 setHash)
    {
        uint256 n = validators.length;
        if (n > MAX_VALIDATORS) revert TooManyValidators();
        if (n < MAX_VALIDATORS && (signerBitmap >> n) != 0) revert BadSignerBitmap();
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            calldatacopy(ptr, validators.offset, mul(n, 32))
            setHash := keccak256(ptr, mul(n, 32))
        }
        if (setHash != validatorSetHash) revert WrongValidatorSet();
    }

    function _checkSignatures(
        bytes32 digest,
        uint256[] calldata validators,
        uint256 signerBitmap,
        bytes calldata signatures
    ) private view {
        uint256 totalPower;
        uint256 signedPower;
        uint256 sigOffset;
        uint256 n = validators.length;
        for (uint256 i; i < n; ++i) {
            uint256 word = validators[i];
            totalPower += word >> 160;
            if ((signerBitmap >> i) & 1 == 0) continue;
            if (sigOffset + 65 > signatures.length) revert BadSignatures();
            address signer;
            uint256 s;
            assembly ("memory-safe") {
                // ecrecover precompile on (digest, v, r, s); 0 when the signature is invalid
                let p := add(signatures.offset, sigOffset)
                let ptr := mload(0x40)
                mstore(ptr, digest)
                mstore(add(ptr, 32), byte(0, calldataload(add(p, 64))))
                calldatacopy(add(ptr, 64), p, 64)
                mstore(0x00, 0)
                pop(staticcall(gas(), 1, ptr, 128, 0x00, 0x20))
                signer := mload(0x00)
                s := calldataload(add(p, 32))
            }
            if (s > SECP256K1_HALF_N || signer == address(0) || signer != address(uint160(word))) {
                revert BadSignature(i);
            }
            signedPower += word >> 160;
            sigOffset += 65;
        }
        if (sigOffset != signatures.length) revert BadSignatures();
        // Strictly more than 2/3, like the sidechain's consensus (20/30 is refused, 21/30 accepted).
        if (signedPower * 3 <= totalPower * 2) {
            revert InsufficientPower(signedPower, totalPower);
        }
    }

    // ───────────────────────────── withdrawals ─────────────────────────────

    function isClaimed(uint256 id) public view returns (bool) {
        return (claimedWords[id >> 8] >> (id & 255)) & 1 == 1;
    }

    /// @dev leaf = keccak256(abi.encode(id, recipient, amount, height)), at position `id` in the tree.
    function withdrawalLeaf(uint256 id, address recipient, uint256 amount, uint64 height)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(id, recipient, amount, height));
    }

    /// @notice Pays withdrawal `id` to `recipient` (anyone may submit it) against the withdrawals root of
    ///         the checkpoint at `checkpointHeight`. `proof` lists siblings from the leaf up; omitted upper
    ///         siblings are empty subtrees (0). An empty subtree's hash is 0.
    function withdraw(
        uint64 checkpointHeight,
        uint256 id,
        address recipient,
        uint256 amount,
        uint64 height,
        bytes32[] calldata proof
    ) external {
        bytes32 root = withdrawalsRoots[checkpointHeight];
        if (root == bytes32(0)) revert UnknownCheckpoint(checkpointHeight);
        if (proof.length > TREE_DEPTH || id >> TREE_DEPTH != 0) revert BadProof();
        uint256 word = claimedWords[id >> 8];
        uint256 bit = 1 << (id & 255);
        if (word & bit != 0) revert AlreadyClaimed(id);

        bytes32 node = keccak256(abi.encode(id, recipient, amount, height));
        assembly ("memory-safe") {
            let len := proof.length
            for { let i := 0 } lt(i, 32) { i := add(i, 1) } {
                let sibling := 0
                if lt(i, len) { sibling := calldataload(add(proof.offset, mul(i, 32))) }
                switch and(shr(i, id), 1)
                case 0 {
                    mstore(0x00, node)
                    mstore(0x20, sibling)
                }
                default {
                    // a right child has a non-empty left sibling, which the proof must give
                    if iszero(lt(i, len)) { node := 0 break }
                    mstore(0x00, sibling)
                    mstore(0x20, node)
                }
                node := keccak256(0x00, 0x40)
            }
        }
        if (node != root) revert BadProof();

        claimedWords[id >> 8] = word | bit;
        _payOut(recipient, amount);
        emit Withdrawn(id, recipient, amount);
    }

    // ───────────────────────────── escape hatch ─────────────────────────────

    /// @notice Opens the hatch once no checkpoint was accepted for `escapeDelay` seconds (anyone may).
    function openHatch() external {
        if (hatchOpenedAt != 0) revert HatchOpen();
        uint256 opensAt = uint256(lastCheckpointAt) + escapeDelay;
        if (block.timestamp < opensAt) revert HatchNotDue(opensAt);
        hatchOpenedAt = uint64(block.timestamp);
        emit HatchOpened(lastHeight, stateRoots[lastHeight]);
    }

    /// @notice Pays sidechain `account` (anyone may submit; the RLC goes to `account`) what its record
    ///         held in the last anchored state: balance + stake + locked + bonded, once. `siblings` is
    ///         the state tree proof (StateProof.sol) of the record re-encoded from `fields`. Withdrawals
    ///         requested on the sidechain up to that state were already debited from the record, so
    ///         `withdraw` and `exit` never pay the same RLC twice.
    function exit(address account, AccountRecord.Fields calldata fields, bytes32[] calldata siblings) external {
        if (hatchOpenedAt == 0) revert HatchClosed();
        if (exited[account]) revert AlreadyExited(account);
        uint64 height = lastHeight;
        bytes32 root = stateRoots[height];
        if (root == bytes32(0)) revert UnknownCheckpoint(height);
        AccountRecord.Fields memory f = fields;
        uint256 amount = AccountRecord.total(f);
        if (amount == 0) revert ZeroAmount();
        bytes32 valueHash = keccak256(AccountRecord.encode(f));
        if (!StateProof.verifyInclusionHashed(root, AccountRecord.keyHash(account), valueHash, siblings)) {
            revert BadProof();
        }
        exited[account] = true;
        _payOut(account, amount);
        emit Exited(account, amount, height);
    }

    // ───────────────────────────── rate limit ─────────────────────────────

    /// @notice What withdrawals and exits may still pay in the current window.
    function availableToPay() public view returns (uint256) {
        uint64 period = uint64(block.timestamp / ratePeriod);
        return period == currentPeriod ? rateLimit - paidInPeriod : rateLimit;
    }

    /// @notice Pays `account` what the current window allows of what it is owed.
    function claimOwed(address account) external {
        uint256 due = owed[account];
        if (due == 0) revert NothingOwed(account);
        uint256 available = availableToPay();
        if (available == 0) revert RateLimited(due, 0, _nextPeriodStart());
        uint256 paid = due < available ? due : available;
        owed[account] = due - paid;
        _transferCounted(account, paid);
        emit OwedPaid(account, paid);
    }

    /// @dev Pays `amount` within the window's cap. Over what is left of the cap the claim reverts with
    ///      `RateLimited` (it fits a later window) — unless it is larger than a whole window's cap: then
    ///      it would never fit, so what is left is paid now and the rest is owed to later windows.
    function _payOut(address to, uint256 amount) private {
        uint256 available = availableToPay();
        if (amount <= available) {
            _transferCounted(to, amount);
            return;
        }
        if (amount <= rateLimit || available == 0) revert RateLimited(amount, available, _nextPeriodStart());
        owed[to] += amount - available;
        emit Owed(to, amount - available);
        _transferCounted(to, available);
    }

    function _transferCounted(address to, uint256 amount) private {
        uint256 held = token.balanceOf(address(this));
        if (amount > held) revert InsufficientReserves(amount, held);
        // amount ≤ held ≤ the token's supply, far below 2^192: the cast cannot truncate
        uint64 period = uint64(block.timestamp / ratePeriod);
        if (period != currentPeriod) {
            (currentPeriod, paidInPeriod) = (period, uint192(amount));
        } else {
            paidInPeriod += uint192(amount);
        }
        token.safeTransfer(to, amount);
    }

    function _nextPeriodStart() private view returns (uint256) {
        return (block.timestamp / ratePeriod + 1) * ratePeriod;
    }

    // ───────────────────────────── guardian ─────────────────────────────
    // Pausing is instant (an emergency brake) but bounded: at most `maxPause`, then unpaused for at
    // least as long, so a guardian (or its stolen key) slows deposits, never freezes them. Withdrawals
    // and exits have no pause at all. Replacing the guardian is timelocked so that a change is public
    // `guardianDelay` before it takes effect.

    function pauseDeposits() external {
        if (msg.sender != guardian) revert NotGuardian();
        if (block.timestamp < nextPauseAllowedAt) revert PauseNotAllowedUntil(nextPauseAllowedAt);
        uint64 until = uint64(block.timestamp) + maxPause;
        depositsPausedUntil = until;
        nextPauseAllowedAt = until + maxPause;
        emit DepositsPausedUntil(until);
    }

    function unpauseDeposits() external {
        if (msg.sender != guardian) revert NotGuardian();
        if (depositsPausedUntil > block.timestamp) depositsPausedUntil = uint64(block.timestamp);
        emit DepositsPausedUntil(depositsPausedUntil);
    }

    /// @notice The guardian proposes its successor (address(0) renounces), effective after `guardianDelay`.
    function proposeGuardian(address next) external {
        if (msg.sender != guardian) revert NotGuardian();
        uint64 readyAt = uint64(block.timestamp) + guardianDelay;
        pendingGuardian = next;
        pendingGuardianReadyAt = readyAt;
        emit GuardianProposed(next, readyAt);
    }

    /// @notice The proposed guardian (or anyone, to apply a renunciation) accepts once the delay passed.
    function acceptGuardian() external {
        address next = pendingGuardian;
        if (pendingGuardianReadyAt == 0) revert NotGuardian();
        if (next != address(0) && msg.sender != next) revert NotGuardian();
        if (block.timestamp < pendingGuardianReadyAt) revert GuardianNotReady(pendingGuardianReadyAt);
        guardian = next;
        pendingGuardian = address(0);
        pendingGuardianReadyAt = 0;
        emit GuardianChanged(next);
    }
}
