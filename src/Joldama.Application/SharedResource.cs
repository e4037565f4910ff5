namespace Joldama.Application;

/// <summary>
/// Marker for the ru/kk texts in Resources/SharedResource.{ru,kk}.resx: every visible string of the
/// UI, every error and warning (keyed <c>error.{code}</c>, <c>warning.{code}</c>). Shared by the
/// web host and the CLI so that both say the same thing.
/// </summary>
public sealed class SharedResource;
