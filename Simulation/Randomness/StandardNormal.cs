namespace Shortfall.Randomness;

/// <summary>
/// Standard normal variates by the ziggurat method (Marsaglia and Tsang, 2000, in Doornik's
/// 128-layer form): one 64-bit draw and a table look-up almost always, no cached state, so a
/// stream alone determines the sequence.
/// </summary>
internal static class StandardNormal
{
    private const int Layers = 128;

    // Right edge of the base layer, where the tail starts, and the common area of every layer.
    private const double TailStart = 3.442619855899;
    private const double LayerArea = 9.91256303526217e-3;

    // X[i] is the right edge of layer i (decreasing, X[Layers] = 0); Ratio[i] = X[i + 1] / X[i]
    // is the part of layer i that lies wholly under the density.
    private static readonly double[] X = BuildEdges();
    private static readonly double[] Ratio = BuildRatios();

    public static double Sample(RandomStream random)
    {
        while (true)
        {
            var bits = random.NextUInt64();
            var layer = (int)(bits & (Layers - 1));
            // The top 53 bits give the signed uniform; the low 7 bits chose the layer.
            var u = 2.0 * ((bits >> 11) * (1.0 / (1UL << 53))) - 1.0;
            if (Math.Abs(u) < Ratio[layer])
            {
                return u * X[layer];
            }
            if (layer == 0)
            {
                return Tail(random, u < 0);
            }
            var x = u * X[layer];
            var atOuterEdge = Math.Exp(-0.5 * (X[layer] * X[layer] - x * x));
            var atInnerEdge = Math.Exp(-0.5 * (X[layer + 1] * X[layer + 1] - x * x));
            if (atInnerEdge + random.NextDouble() * (atOuterEdge - atInnerEdge) < 1.0)
            {
                return x;
            }
        }
    }

    // Marsaglia's tail method: exact for |Z| > TailStart.
    private static double Tail(RandomStream random, bool negative)
    {
        double x, y;
        do
        {
            x = Math.Log(random.NextOpenDouble()) / TailStart;
            y = Math.Log(random.NextOpenDouble());
        }
        while (-2.0 * y < x * x);
        return negative ? x - TailStart : TailStart - x;
    }

    private static double[] BuildEdges()
    {
        var edges = new double[Layers + 1];
        var density = Math.Exp(-0.5 * TailStart * TailStart);
        edges[0] = LayerArea / density;
        edges[1] = TailStart;
        for (var i = 2; i < Layers; i++)
        {
            // Layer i − 1 has area LayerArea: X[i−1] · (f(X[i]) − f(X[i−1])).
            edges[i] = Math.Sqrt(-2.0 * Math.Log(LayerArea / edges[i - 1] + density));
            density = Math.Exp(-0.5 * edges[i] * edges[i]);
        }
        edges[Layers] = 0.0;
        return edges;
    }

    private static double[] BuildRatios()
    {
        var ratios = new double[Layers];
        for (var i = 0; i < Layers; i++)
        {
            ratios[i] = X[i + 1] / X[i];
        }
        return ratios;
    }
}
