namespace Shortfall.Model.Results;

/// <summary>
/// Why a production line was not running. During its staff hours a line is blocked by the first of
/// transport (for a product made for use: no carrier on duty, or no fuel, to take it out before it
/// spoils), input, power, storage (or carrier, when storage is full while no carrier can take product away);
/// outside them, the hours count as blocked by staff only when power, input and storage would have
/// let it run — the hours a night shift could use.
/// </summary>
public enum BlockCause
{
    /// <summary>No power, or not enough kW, to start or continue a batch.</summary>
    Power,

    /// <summary>An input of the recipe is short.</summary>
    Input,

    /// <summary>Product storage is full and no carrier is available to empty it.</summary>
    Carrier,

    /// <summary>Outside staff hours while everything else would allow production.</summary>
    Staff,

    /// <summary>Product storage is full (with carriers available: there is nowhere to send it).</summary>
    Storage,

    /// <summary>The product is made for use and no carrier that could take it out will have the fuel to go
    /// before it spoils, so the plan makes none.</summary>
    Fuel,
}
