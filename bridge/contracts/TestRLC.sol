// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestRLC — a devnet stand-in for the RLC token: ERC-20 with 9 decimals and open minting.
/// @notice Never deploy on a public network: anyone can mint.
contract TestRLC is ERC20 {
    constructor() ERC20("Test RLC", "RLC") {}

    function decimals() public pure override returns (uint8) {
        return 9;
    }

    /// @notice Devnet faucet: mints `amount` (nRLC, 9 decimals) to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
