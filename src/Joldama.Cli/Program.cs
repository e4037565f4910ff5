using Joldama.Cli;

return CliApp.Run(args, Console.Out, Console.Error);

/// <summary>Declared (and internal) so that the ASP.NET Core source generator does not make it public: test projects that reference both the CLI and the web host would see two public Program types.</summary>
internal static partial class Program;
