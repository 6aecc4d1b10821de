namespace Communications.Sending;

public static class HeaderText
{
    /// <summary>
    /// A value fit for one header line: control characters (CR and LF above all, which would let a
    /// value start a header of its own) become spaces, runs of spaces one.
    /// </summary>
    public static string? OneLine(string? text) => text is null
        ? null
        : string.Join(' ', new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
