using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Shortfall.Tests.Integration;

/// <summary>
/// A decoded PNG (8-bit greyscale, grey-alpha, RGB or RGBA, not interlaced: what Chromium's
/// screenshots use): the IDAT chunks are concatenated, inflated with ZLibStream, and each scanline
/// unfiltered (None, Sub, Up, Average, Paeth) as the PNG specification defines.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The pixel at (x, y) as RGB, alpha blended over white.</summary>
    public (byte R, byte G, byte B) Pixel(int x, int y)
    {
        var i = (y * Width + x) * _channels;
        var (r, g, b, a) = _channels switch
        {
            1 => (_pixels[i], _pixels[i], _pixels[i], (byte)255),
            2 => (_pixels[i], _pixels[i], _pixels[i], _pixels[i + 1]),
            3 => (_pixels[i], _pixels[i + 1], _pixels[i + 2], (byte)255),
            _ => (_pixels[i], _pixels[i + 1], _pixels[i + 2], _pixels[i + 3]),
        };
        return (OverWhite(r, a), OverWhite(g, a), OverWhite(b, a));
    }

    /// <summary>The number of pixels that are not pure white.</summary>
    public int CountNonWhite() => Count(0, Width, p => p != (255, 255, 255));

    /// <summary>The number of pixels in columns [<paramref name="left"/>, <paramref name="right"/>) for which <paramref name="match"/> holds.</summary>
    public int Count(int left, int right, Func<(byte R, byte G, byte B), bool> match)
    {
        var count = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = left; x < right; x++)
            {
                if (match(Pixel(x, y)))
                {
                    count++;
                }
            }
        }
        return count;
    }

    /// <exception cref="InvalidDataException">When the bytes are not a PNG of a supported kind.</exception>
    public static PngImage Decode(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: the signature is wrong.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var offset = Signature.Length; offset + 8 <= png.Length;)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset)));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            offset += 12 + length;
            if (type == "IHDR")
            {
                width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                var (depth, colour, interlace) = (data[8], data[9], data[12]);
                channels = colour switch { 0 => 1, 4 => 2, 2 => 3, 6 => 4, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0)
                {
                    throw new InvalidDataException($"Unsupported PNG: bit depth {depth}, colour type {colour}, interlace {interlace}.");
                }
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }
        }
        if (channels == 0)
        {
            throw new InvalidDataException("The PNG has no IHDR chunk.");
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"The image data has {raw.Length} bytes; {width}×{height}×{channels} needs {height * (stride + 1)}.");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var x = raw[y * (stride + 1) + 1 + i];
                int a = i >= channels ? pixels[y * stride + i - channels] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
                int c = i >= channels && y > 0 ? pixels[(y - 1) * stride + i - channels] : 0;
                pixels[y * stride + i] = (byte)(x + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} on row {y}."),
                });
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte OverWhite(byte value, byte alpha) => (byte)((value * alpha + 255 * (255 - alpha) + 127) / 255);
}
