namespace Joldama.Application.Access;

/// <summary>
/// Configuration section <c>Demo</c>. <c>Enabled</c> seeds demo organizations and one user per role
/// on first start (README lists them); it is on in the Development environment only, and a
/// Production start refuses to run while demo accounts exist.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>The password of every demo staff account (from configuration, never from code).</summary>
    public string? Password { get; set; }

    public string Region { get; set; } = "karaganda";

    public string SecondRegion { get; set; } = "pavlodar";
}
