namespace Shortfall.Analysis.Output;

/// <summary>
/// A file that appears complete or not at all: everything is written to a temporary file in the
/// same directory, which <see cref="Commit"/> flushes to disk and renames over the destination
/// (a rename within one directory is atomic). Disposing without committing deletes the
/// temporary file, so a failed or cancelled run leaves the old file, if any, untouched. <see cref="Prepare"/> does the
/// writing half of a commit alone, so that a set of files can be fully on disk before any of them replaces an old one
/// (<see cref="ResultsDirectory"/>).
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly FileStream _file;
    private readonly BufferedStream _stream;
    private bool _prepared;
    private bool _committed;
    private bool _disposed;

    private AtomicFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        TemporaryPath = System.IO.Path.Combine(directory, $"{TemporaryPrefix}{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}{TemporarySuffix}");
        _file = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        _stream = new BufferedStream(_file, 1 << 16);
    }

    /// <summary>The destination.</summary>
    public string Path { get; }

    /// <summary>Where the content is written until <see cref="Commit"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>The stream to write the content to; do not dispose it.</summary>
    public Stream Stream => _disposed || _committed || _prepared ? throw new ObjectDisposedException(Path) : _stream;

    /// <summary>Prefix of every temporary file's name: a file of a results directory that starts with it and ends in
    /// <see cref="TemporarySuffix"/> is left over from a writer that was stopped.</summary>
    public const string TemporaryPrefix = ".";

    /// <summary>Suffix of every temporary file's name.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>Starts writing <paramref name="path"/>; its directory must exist.</summary>
    /// <exception cref="DirectoryNotFoundException">When the directory does not exist.</exception>
    public static AtomicFile Create(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new AtomicFile(path);
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        using var file = Create(path);
        file.Write(content);
        file.Commit();
    }

    /// <summary>Appends <paramref name="content"/>.</summary>
    /// <exception cref="IOException">When the disk is full or the file passes the process's file size limit.</exception>
    public void Write(ReadOnlySpan<byte> content)
    {
        try
        {
            Stream.Write(content);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "value")
        {
            throw TooLarge(e);
        }
    }

    /// <summary>Lets <paramref name="write"/> append to <see cref="Stream"/> (e.g. a library's writer), a full disk or the file size limit
    /// reported as by <see cref="Write(ReadOnlySpan{byte})"/>.</summary>
    /// <exception cref="IOException">When the disk is full or the file passes the process's file size limit.</exception>
    public void Write(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            write(Stream);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "value")
        {
            throw TooLarge(e);
        }
    }

    // .NET reports a write past the file size limit (EFBIG) as an out-of-range argument; it is a failed write like a full disk.
    private IOException TooLarge(ArgumentOutOfRangeException e) => new($"{System.IO.Path.GetFileName(Path)} would pass the file size limit.", e);

    /// <summary>Flushes the content to disk and closes it, without moving it into place yet; a full disk fails here. Idempotent.</summary>
    /// <exception cref="InvalidOperationException">When already committed or disposed.</exception>
    public void Prepare()
    {
        if (_committed || _disposed)
        {
            throw new InvalidOperationException($"{Path} is already committed or abandoned.");
        }

        if (_prepared)
        {
            return;
        }

        try
        {
            _stream.Flush();
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "value")
        {
            throw TooLarge(e);
        }

        _file.Flush(flushToDisk: true);
        _stream.Dispose();
        _prepared = true;
    }

    /// <summary>Flushes the content to disk (unless prepared) and renames it over the destination.</summary>
    /// <exception cref="InvalidOperationException">When already committed or disposed.</exception>
    public void Commit()
    {
        Prepare();
        File.Move(TemporaryPath, Path, overwrite: true);
        _committed = true;
    }

    /// <summary>Abandons the content unless committed: the temporary file is deleted.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_committed)
        {
            return;
        }

        // The unbuffered file is closed without writing what the buffer holds (it is abandoned): on a full disk that write would
        // fail again and keep the temporary file.
        _file.Dispose();
        File.Delete(TemporaryPath);
    }
}
