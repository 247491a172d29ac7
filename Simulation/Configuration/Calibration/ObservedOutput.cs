namespace Shortfall.Configuration.Calibration;

/// <summary>The outputs of a run that an observation can be about; each is one number per replication.</summary>
public enum ObservedOutput
{
    /// <summary>Deliveries that counted per destination-month, the mean over the destination-months of the chosen months.</summary>
    DeliveriesPerDestinationMonth,

    /// <summary>The share of the chosen months' destination-months that received nothing at all.</summary>
    NoDeliveryShare,

    /// <summary>Sessions the equipment served per user and year (every piece of equipment's sessions over its users).</summary>
    SessionsPerUserYear,
}
