using System.Buffers.Binary;
using System.Text;

namespace Shortfall.Analysis.Charts;

/// <summary>
/// Adds tEXt chunks (PNG specification, section 11.3.4) right after a PNG's header chunk, so a picture pasted
/// into a slide or opened alone still carries its chart's title and description.
/// </summary>
internal static class PngText
{
    // The signature (8 bytes) and the IHDR chunk (4 length + 4 type + 13 data + 4 CRC).
    private const int AfterHeader = 8 + 4 + 4 + 13 + 4;

    private static readonly uint[] CrcTable = MakeTable();

    /// <summary>The PNG with one tEXt chunk per (keyword, text), in the given order.</summary>
    /// <exception cref="ArgumentException">The bytes are not a PNG that starts with its header chunk.</exception>
    public static byte[] With(byte[] png, IEnumerable<(string Keyword, string Text)> entries)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < AfterHeader || Encoding.ASCII.GetString(png, 12, 4) != "IHDR")
        {
            throw new ArgumentException("Not a PNG with its header first.", nameof(png));
        }
        using var result = new MemoryStream();
        result.Write(png, 0, AfterHeader);
        Span<byte> number = stackalloc byte[4];
        foreach (var (keyword, text) in entries)
        {
            // tEXt is Latin-1; characters outside it become '?', the text stays readable.
            var data = Encoding.Latin1.GetBytes(keyword + "\0" + text);
            var chunk = new byte[4 + data.Length];
            Encoding.ASCII.GetBytes("tEXt").CopyTo(chunk, 0);
            data.CopyTo(chunk, 4);
            BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
            result.Write(number);
            result.Write(chunk);
            BinaryPrimitives.WriteUInt32BigEndian(number, Crc(chunk));
            result.Write(number);
        }
        result.Write(png, AfterHeader, png.Length - AfterHeader);
        return result.ToArray();
    }

    /// <summary>The tEXt entries of a PNG, keyword to text, for reading a chart back.</summary>
    public static IReadOnlyDictionary<string, string> Read(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "tEXt")
            {
                var text = Encoding.Latin1.GetString(png, at + 8, length);
                var zero = text.IndexOf('\0', StringComparison.Ordinal);
                entries[text[..zero]] = text[(zero + 1)..];
            }
            at += 12 + length;
        }
        return entries;
    }

    // CRC-32 over the chunk type and data (PNG specification, annex D).
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] MakeTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
