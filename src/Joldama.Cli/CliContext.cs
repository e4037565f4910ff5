using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Joldama.Application;
using Joldama.Application.Law;
using Joldama.Application.Localization;
using Joldama.Data;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Joldama.Cli;

/// <summary>What every command shares: the output, the law (loaded on first use), the texts and the JSON settings.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public static readonly Option<string> Language = new("--lang")
    {
        Description = "Language of messages: kk or ru (default ru)",
        Recursive = true,
        DefaultValueFactory = _ => "ru",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Cyrillic readable; output is not HTML
        Converters = { new JsonStringEnumConverter() },
    };

    private LawLibrary? _law;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public LawLibrary Law => _law ??= LawLibrary.Load(Environment.GetEnvironmentVariable("Law__DataDirectory"));

    public TimeProvider Clock { get; } = TimeProvider.System;

    public IStringLocalizer Text { get; } = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    /// <summary>Sets the culture from --lang; an unknown language is bad input.</summary>
    public bool UseLanguage(ParseResult parse)
    {
        var lang = parse.GetValue(Language)?.Trim().ToLowerInvariant();
        var culture = lang switch { "kk" => "kk-KZ", "ru" => "ru-KZ", _ => null };
        if (culture is null)
        {
            Error.WriteLine($"Unknown language '{lang}': use --lang kk or --lang ru. / Белгісіз тіл / Неизвестный язык.");
            return false;
        }

        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        return true;
    }

    /// <summary>The configured database (Database__Provider, Database__ConnectionString / Database__SqlitePath), as the web host opens it.</summary>
    public static (JoldamaDbContext Db, DatabaseProvider Provider) OpenDatabase()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var builder = DataServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<JoldamaDbContext>(), options.Provider, options.ResolveConnectionString());
        return (new JoldamaDbContext((DbContextOptions<JoldamaDbContext>)builder.Options), options.Provider);
    }

    public void WriteJson<T>(T value) => Output.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>Prints an expected failure in the chosen language; bad input → 2, a rule refusing → 1.</summary>
    public int Fail(Error error)
    {
        Error.WriteLine($"{Text.Describe(error)} [{error.Code}]");
        return error is ValidationError or NotFoundError ? CliApp.BadInput : CliApp.Failure;
    }

    /// <summary>Runs a command body after the language is set.</summary>
    public Func<ParseResult, int> Action(Func<ParseResult, int> body) =>
        parse => UseLanguage(parse) ? body(parse) : CliApp.BadInput;
}
