namespace Shortfall.Model.Results;

/// <summary>
/// Why a destination-day that the target called for got no delivery: the state that held longest
/// during that day's delivery hours. With no product, the production cause that blocked most
/// line-hours since the previous day began; <see cref="Capacity"/> when the lines were running
/// and simply made too little.
/// </summary>
public enum MissCause
{
    /// <summary>No product, because production lacked power.</summary>
    Power,

    /// <summary>No product, because production lacked inputs.</summary>
    Input,

    /// <summary>No product, because production was outside staff hours.</summary>
    Staff,

    /// <summary>No product, although the lines were not blocked: they made too little.</summary>
    Capacity,

    /// <summary>Product was there but no carrier could go (busy, broken down, or off duty).</summary>
    Carrier,

    /// <summary>Product and a carrier were there but no fuel for the trip.</summary>
    Fuel,

    /// <summary>Two or more of product, carrier and fuel were missing at every moment of the day's
    /// delivery hours, so removing any one alone would not have brought a delivery.</summary>
    Joint,
}
