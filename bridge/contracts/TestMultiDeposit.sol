// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

interface IDepositToken {
    function approve(address spender, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

interface IPocoBridgeDeposit {
    function deposit(uint256 amount, address sidechainRecipient) external returns (uint256);
}

/// @title TestMultiDeposit — tests only: many bridge deposits in ONE Ethereum transaction (a burst the
///        deposit watcher and the sidechain must absorb).
contract TestMultiDeposit {
    function depositMany(IPocoBridgeDeposit bridge, IDepositToken token, uint256 count, uint256 amount, address recipient)
        external
    {
        token.transferFrom(msg.sender, address(this), count * amount);
        token.approve(address(bridge), count * amount);
        for (uint256 i; i < count; ++i) {
            bridge.deposit(amount, recipient);
        }
    }
}
