using Shortfall.Configuration.Calibration;
using Shortfall.Configuration.Units;

namespace Shortfall.Configuration.Schema;

/// <summary>A prior as read from the file: the prior in the unit its parameters were written in, that unit, and its dimension.</summary>
internal sealed record WrittenPrior(Prior Prior, string Unit, Dimension Dimension, bool PerTime);
