// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {PocoBridge} from "bridge/PocoBridge.sol";
import {TestRLC} from "bridge/TestRLC.sol";
import {BridgeFixture} from "./BridgeFixture.sol";

/// @notice Fuzz properties of `submitCheckpoint`: quorum, rotation, signatures.
contract CheckpointsTest is BridgeFixture {
    TestRLC internal rlc;

    function setUp() public {
        rlc = new TestRLC();
    }

    function deploy(uint256[] memory words) internal returns (PocoBridge) {
        return new PocoBridge(rlc, SIDECHAIN_ID, words, looseSafety());
    }

    function submit(
        PocoBridge bridge,
        PocoBridge.Checkpoint memory cp,
        uint256[] memory words,
        uint256 bitmap,
        bytes memory sigs,
        uint256[] memory next
    ) internal returns (bool ok, bytes memory err) {
        try bridge.submitCheckpoint(cp, words, bitmap, sigs, next) {
            ok = true;
        } catch (bytes memory e) {
            err = e;
        }
    }

    // ── quorum: accepted iff signed power × 3 > total × 2 ──

    /// Any set (1..12 members, powers 1..1000) and any subset of signers: accepted exactly when the
    /// signers hold strictly more than 2/3 of the stored set's power; otherwise InsufficientPower.
    function testFuzz_acceptedIffMoreThanTwoThirds(uint8 nSeed, uint256 powerSeed, uint256 bitmapSeed) public {
        uint256 n = 1 + (nSeed % 12);
        (uint256[] memory words, uint256[] memory keys) = makeSet(n, 0, powerSeed, 1000);
        PocoBridge bridge = deploy(words);
        uint256 bitmap = bitmapSeed & allBits(n);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(uint256(1)), setHash(words));
        (bool ok, bytes memory err) =
            submit(bridge, cp, words, bitmap, signAll(bridge, cp, keys, bitmap), new uint256[](0));
        (uint256 signed, uint256 total) = powerOf(words, bitmap);
        bool quorum = signed * 3 > total * 2;
        check(ok == quorum, "accepted iff signed power > 2/3");
        if (ok) {
            check(bridge.lastHeight() == 1, "height stored");
            check(bridge.withdrawalsRoots(1) == bytes32(uint256(1)), "root stored");
        } else {
            checkError(err, PocoBridge.InsufficientPower.selector, "InsufficientPower");
            check(bridge.lastHeight() == 0, "nothing stored on refusal");
        }
    }

    /// Exactly 2/3 is refused (the sidechain consensus rule is strictly more than 2/3): 20/30 refused,
    /// 21/30 accepted.
    function test_exactlyTwoThirdsRefused() public {
        uint256[] memory keys = new uint256[](3);
        uint256[] memory words = new uint256[](3);
        // three members with power 10 each: any two of them sign exactly 20/30
        (words, keys) = makeSet(3, 100, 0, 1);
        for (uint256 i; i < 3; ++i) words[i] = (uint256(10) << 160) | uint160(words[i]);
        PocoBridge bridge = deploy(words);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(0), setHash(words));
        (bool ok, bytes memory err) = submit(bridge, cp, words, 3, signAll(bridge, cp, keys, 3), new uint256[](0));
        check(!ok, "20/30 must be refused");
        checkError(err, PocoBridge.InsufficientPower.selector, "InsufficientPower at exactly 2/3");
        (ok,) = submit(bridge, cp, words, 7, signAll(bridge, cp, keys, 7), new uint256[](0));
        check(ok, "30/30 accepted");

        // 11 + 10 of 11 + 10 + 9: 21/30 accepted
        words[0] = (uint256(11) << 160) | uint160(words[0]);
        words[1] = (uint256(10) << 160) | uint160(words[1]);
        words[2] = (uint256(9) << 160) | uint160(words[2]);
        bridge = deploy(words);
        cp = checkpoint(1, bytes32(0), setHash(words));
        (ok,) = submit(bridge, cp, words, 3, signAll(bridge, cp, keys, 3), new uint256[](0));
        check(ok, "21/30 accepted");
    }

    /// A checkpoint signed by anyone other than the stored set is refused, even by a full quorum of
    /// its own set passed as `validators` (the hash must match the stored one).
    function testFuzz_otherSetRefused(uint8 nSeed, uint256 powerSeed, uint256 keySeed) public {
        uint256 n = 1 + (nSeed % 8);
        (uint256[] memory words,) = makeSet(n, 0, powerSeed, 1000);
        (uint256[] memory fakeWords, uint256[] memory fakeKeys) = makeSet(n, 1000 + (keySeed % 1e9), powerSeed, 1000);
        PocoBridge bridge = deploy(words);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(uint256(1)), setHash(fakeWords));
        uint256 bitmap = allBits(n);
        (bool ok, bytes memory err) =
            submit(bridge, cp, fakeWords, bitmap, signAll(bridge, cp, fakeKeys, bitmap), new uint256[](0));
        check(!ok, "a set other than the stored one cannot sign");
        checkError(err, PocoBridge.WrongValidatorSet.selector, "WrongValidatorSet");
    }

    // ── rotation: only with the old set's quorum ──

    /// A rotation is accepted iff the OLD set signs with > 2/3; after it only the new set can sign,
    /// and the old set's signatures are refused.
    function testFuzz_rotationNeedsOldQuorum(uint8 nSeed, uint8 mSeed, uint256 powerSeed, uint256 bitmapSeed)
        public
    {
        uint256 n = 1 + (nSeed % 8);
        uint256 m = 1 + (mSeed % 8);
        (uint256[] memory oldWords, uint256[] memory oldKeys) = makeSet(n, 0, powerSeed, 1000);
        (uint256[] memory newWords, uint256[] memory newKeys) = makeSet(m, 500, powerSeed >> 1, 1000);
        PocoBridge bridge = deploy(oldWords);
        uint256 bitmap = bitmapSeed & allBits(n);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(0), setHash(newWords));
        (bool ok, bytes memory err) =
            submit(bridge, cp, oldWords, bitmap, signAll(bridge, cp, oldKeys, bitmap), newWords);
        (uint256 signed, uint256 total) = powerOf(oldWords, bitmap);
        check(ok == (signed * 3 > total * 2), "rotation accepted iff the old set's quorum signed");
        if (ok) afterRotation(bridge, oldWords, oldKeys, newWords, newKeys);
        else afterRefusedRotation(bridge, err, cp, oldWords, newWords, newKeys);
    }

    function afterRefusedRotation(
        PocoBridge bridge,
        bytes memory err,
        PocoBridge.Checkpoint memory cp,
        uint256[] memory oldWords,
        uint256[] memory newWords,
        uint256[] memory newKeys
    ) internal {
        checkError(err, PocoBridge.InsufficientPower.selector, "InsufficientPower");
        check(bridge.validatorSetHash() == setHash(oldWords), "set unchanged on refusal");
        // the new set cannot rotate itself in
        uint256 all = allBits(newWords.length);
        bytes memory sigs = signAll(bridge, cp, newKeys, all);
        (bool ok, bytes memory e2) = submit(bridge, cp, newWords, all, sigs, newWords);
        check(!ok, "the new set cannot sign its own rotation");
        checkError(e2, PocoBridge.WrongValidatorSet.selector, "WrongValidatorSet");
    }

    function afterRotation(
        PocoBridge bridge,
        uint256[] memory oldWords,
        uint256[] memory oldKeys,
        uint256[] memory newWords,
        uint256[] memory newKeys
    ) internal {
        check(bridge.validatorSetHash() == setHash(newWords), "new set stored");
        // the old set no longer counts
        PocoBridge.Checkpoint memory cp2 = checkpoint(2, bytes32(0), setHash(oldWords));
        uint256 allOld = allBits(oldWords.length);
        bytes memory sigs = signAll(bridge, cp2, oldKeys, allOld);
        (bool ok, bytes memory err) = submit(bridge, cp2, oldWords, allOld, sigs, new uint256[](0));
        check(!ok, "old set refused after the rotation");
        checkError(err, PocoBridge.WrongValidatorSet.selector, "WrongValidatorSet");
        // the new one does
        cp2.nextValidatorSetHash = setHash(newWords);
        uint256 allNew = allBits(newWords.length);
        sigs = signAll(bridge, cp2, newKeys, allNew);
        (ok,) = submit(bridge, cp2, newWords, allNew, sigs, new uint256[](0));
        check(ok, "new set signs after the rotation");
    }

    /// A rotation whose `nextValidators` do not hash to the signed next set hash is refused.
    function testFuzz_rotationMembersMustMatchSignedHash(uint256 powerSeed, uint256 wrongHash) public {
        (uint256[] memory words, uint256[] memory keys) = makeSet(4, 0, powerSeed, 1000);
        (uint256[] memory newWords,) = makeSet(3, 500, powerSeed, 1000);
        vm.assume(bytes32(wrongHash) != setHash(newWords) && wrongHash != 0 && bytes32(wrongHash) != setHash(words));
        PocoBridge bridge = deploy(words);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(0), bytes32(wrongHash));
        (bool ok, bytes memory err) = submit(bridge, cp, words, 15, signAll(bridge, cp, keys, 15), newWords);
        check(!ok, "members must hash to the signed next set");
        checkError(err, PocoBridge.WrongValidatorSet.selector, "WrongValidatorSet");
    }

    // ── signatures: high-s and invalid (zero-address) signatures rejected ──

    /// The malleated twin (s' = N − s, v flipped) of a valid signature recovers the same signer but
    /// is refused: the contract accepts only low-s signatures, like the sidechain's verifier.
    function testFuzz_highSRejected(uint256 powerSeed, uint8 who, uint256 height) public {
        uint256 n = 4;
        (uint256[] memory words, uint256[] memory keys) = makeSet(n, 0, powerSeed, 1);
        PocoBridge bridge = deploy(words);
        PocoBridge.Checkpoint memory cp = checkpoint(uint64(1 + (height % 1e9)), bytes32(0), setHash(words));
        bytes32 digest = bridge.checkpointDigest(cp);
        uint256 victim = who % n;
        bytes memory sigs;
        for (uint256 i; i < n; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], digest);
            if (i == victim) {
                s = bytes32(SECP256K1_N - uint256(s));
                v = v == 27 ? 28 : 27;
                check(ecrecover(digest, v, r, s) == address(uint160(words[i])), "twin recovers the signer");
            }
            sigs = abi.encodePacked(sigs, r, s, v);
        }
        (bool ok, bytes memory err) = submit(bridge, cp, words, allBits(n), sigs, new uint256[](0));
        check(!ok, "high-s signature must be refused");
        check(keccak256(err) == keccak256(abi.encodeWithSelector(PocoBridge.BadSignature.selector, victim)), "BadSignature(victim)");
    }

    /// Garbage signatures (random r, s, v — including v ∉ {27, 28} and r = 0, for which ecrecover
    /// returns the zero address) are refused with BadSignature, never counted.
    function testFuzz_garbageSignatureRejected(bytes32 r, bytes32 s, uint8 v, uint8 who) public {
        uint256 n = 4;
        (uint256[] memory words, uint256[] memory keys) = makeSet(n, 0, 0, 1);
        PocoBridge bridge = deploy(words);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(0), setHash(words));
        bytes32 digest = bridge.checkpointDigest(cp);
        uint256 victim = who % n;
        bytes memory sigs;
        for (uint256 i; i < n; ++i) {
            if (i == victim) {
                sigs = abi.encodePacked(sigs, r, s, v);
            } else {
                (uint8 vi, bytes32 ri, bytes32 si) = vm.sign(keys[i], digest);
                sigs = abi.encodePacked(sigs, ri, si, vi);
            }
        }
        (bool ok, bytes memory err) = submit(bridge, cp, words, allBits(n), sigs, new uint256[](0));
        check(!ok, "garbage signature must be refused");
        check(keccak256(err) == keccak256(abi.encodeWithSelector(PocoBridge.BadSignature.selector, victim)), "BadSignature(victim)");
    }

    function test_zeroSignatureRejected() public {
        (uint256[] memory words,) = makeSet(1, 0, 0, 1);
        PocoBridge bridge = deploy(words);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(0), setHash(words));
        bytes memory sigs = abi.encodePacked(bytes32(0), bytes32(0), uint8(27));
        check(ecrecover(bridge.checkpointDigest(cp), 27, 0, 0) == address(0), "ecrecover gives zero");
        (bool ok, bytes memory err) = submit(bridge, cp, words, 1, sigs, new uint256[](0));
        check(!ok, "zero signature refused");
        checkError(err, PocoBridge.BadSignature.selector, "BadSignature");
    }

    // ── sets the contract adopts: ≤ 256 members, sorted, non-zero ──

    /// forge-config: default.fuzz.runs = 4
    function testFuzz_setAboveCapRefused(uint8 extra) public {
        uint256 n = 257 + (extra % 8);
        (uint256[] memory words,) = makeSet(n, 0, 0, 1);
        try new PocoBridge(rlc, SIDECHAIN_ID, words, looseSafety()) {
            check(false, "constructor must refuse > 256 members");
        } catch (bytes memory err) {
            checkError(err, PocoBridge.TooManyValidators.selector, "TooManyValidators");
        }
        // nor can a rotation adopt it
        (uint256[] memory cur, uint256[] memory keys) = makeSet(1, 10_000, 0, 1);
        PocoBridge bridge = deploy(cur);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(0), setHash(words));
        (bool ok, bytes memory e2) = submit(bridge, cp, cur, 1, signAll(bridge, cp, keys, 1), words);
        check(!ok, "rotation to > 256 members refused");
        checkError(e2, PocoBridge.TooManyValidators.selector, "TooManyValidators");
        check(bridge.validatorSetHash() == setHash(cur), "set unchanged");
    }

    function test_setAtCapAcceptedAndUsable() public {
        (uint256[] memory words, uint256[] memory keys) = makeSet(256, 0, 0, 1);
        PocoBridge bridge = deploy(words);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(0), setHash(words));
        uint256 bitmap = allBits(256) >> 85; // 171 of 256 signers: 513 > 512
        (bool ok,) = submit(bridge, cp, words, bitmap, signAll(bridge, cp, keys, bitmap), new uint256[](0));
        check(ok, "a 256-member set signs checkpoints");
    }

    /// Any unsorted, duplicated, zero-address or zero-power member makes a set unadoptable, at
    /// deployment and on rotation, with the index of the first bad member.
    function testFuzz_badSetRefused(uint8 nSeed, uint8 iSeed, uint8 kind) public {
        uint256 n = 2 + (nSeed % 10);
        (uint256[] memory words,) = makeSet(n, 0, 1, 1000);
        uint256 i = 1 + (iSeed % (n - 1));
        uint256 bad = i;
        kind %= 4;
        if (kind == 0) {
            (words[i - 1], words[i]) = (words[i], words[i - 1]); // unsorted
        } else if (kind == 1) {
            words[i] = ((words[i] >> 160) << 160) | uint160(words[i - 1]); // duplicate address
        } else if (kind == 2) {
            words[i] = (words[i] >> 160) << 160; // zero address (unsorted too unless first)
        } else {
            words[i] = uint160(words[i]); // zero power
        }
        try new PocoBridge(rlc, SIDECHAIN_ID, words, looseSafety()) {
            check(false, "constructor must refuse a bad set");
        } catch (bytes memory err) {
            check(keccak256(err) == keccak256(abi.encodeWithSelector(PocoBridge.BadValidatorSet.selector, bad)), "BadValidatorSet(i)");
        }
        (uint256[] memory cur, uint256[] memory keys) = makeSet(1, 10_000, 0, 1);
        PocoBridge bridge = deploy(cur);
        PocoBridge.Checkpoint memory cp = checkpoint(1, bytes32(0), setHash(words));
        (bool ok, bytes memory e2) = submit(bridge, cp, cur, 1, signAll(bridge, cp, keys, 1), words);
        check(!ok, "rotation to a bad set refused");
        check(keccak256(e2) == keccak256(abi.encodeWithSelector(PocoBridge.BadValidatorSet.selector, bad)), "BadValidatorSet(i) on rotation");
    }

    function test_emptySetRefused() public {
        try new PocoBridge(rlc, SIDECHAIN_ID, new uint256[](0), looseSafety()) {
            check(false, "empty set refused");
        } catch (bytes memory err) {
            checkError(err, PocoBridge.WrongValidatorSet.selector, "WrongValidatorSet");
        }
    }
}
