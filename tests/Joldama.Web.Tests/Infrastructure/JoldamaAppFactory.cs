using System.Collections.Concurrent;
using Joldama.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Web.Tests.Infrastructure;

/// <summary>
/// The real web host (Program.cs, its pipeline and its migrations on start) in memory, on its own
/// database: a fresh SQLite file under a temp folder (<c>Database:SqlitePath</c>) or a fresh
/// PostgreSQL database (<c>Database:Provider=Postgres</c>). A test may hand in a
/// <see cref="FakeTimeProvider"/>, which replaces the one real clock Program.cs registers.
/// Runs as "Production" (what ./run.sh runs) unless <see cref="Environment"/> says otherwise.
/// </summary>
public sealed class JoldamaAppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase? _database;

    private JoldamaAppFactory(DatabaseProvider provider, TestDatabase? database, string? connectionString, string folder)
    {
        Provider = provider;
        _database = database;
        ConnectionString = connectionString;
        Folder = folder;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Database:ConnectionString given to the app; null for SQLite, which gets Database:SqlitePath.</summary>
    public string? ConnectionString { get; }

    /// <summary>The SQLite file the app uses, when it uses SQLite by path.</summary>
    public string? SqlitePath => _database?.SqlitePath;

    /// <summary>This factory's temp folder (SQLite file, copies of data); deleted on dispose.</summary>
    public string Folder { get; }

    public FakeTimeProvider? Clock { get; init; }

    public string Environment { get; init; } = "Production";

    public string? LawDataDirectory { get; init; }

    public bool? MigrateOnStart { get; init; }

    /// <summary>Further configuration (key "Section:Name" → value) given to the app like <c>--key=value</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Further test services (e.g. a command counter on the app's DbContext), added after Program.cs's.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>Warnings and errors the app logged (level, category, message and exception).</summary>
    public ConcurrentQueue<string> LoggedProblems { get; } = new();

    /// <summary>Every line the app logged at the levels its configuration lets through, with its exception (issue 8: scanned for personal data).</summary>
    public ConcurrentQueue<string> Logged { get; } = new();

    public static JoldamaAppFactory Sqlite(
        FakeTimeProvider? clock = null, string environment = "Production", string? lawDataDirectory = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = NewFolder();
        return new JoldamaAppFactory(DatabaseProvider.Sqlite, TestDatabase.CreateSqlite(folder), null, folder)
        {
            Clock = clock,
            Environment = environment,
            LawDataDirectory = lawDataDirectory,
            Settings = settings ?? new Dictionary<string, string?>(),
        };
    }

    public static async Task<JoldamaAppFactory> PostgresAsync(
        FakeTimeProvider? clock = null, string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreatePostgresAsync();
        return new JoldamaAppFactory(DatabaseProvider.Postgres, database, database.ConnectionString, NewFolder())
        {
            Clock = clock,
            Environment = environment,
            Settings = settings ?? new Dictionary<string, string?>(),
        };
    }

    public static async Task<JoldamaAppFactory> CreateAsync(
        DatabaseProvider provider, FakeTimeProvider? clock = null, string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? testServices = null)
    {
        var factory = provider == DatabaseProvider.Postgres ? await PostgresAsync(clock, environment, settings) : Sqlite(clock, environment, settings: settings);
        factory.TestServices = testServices;
        return factory;
    }

    /// <summary>An app pointed at a connection string the test controls (e.g. a port that is or will be closed).</summary>
    public static JoldamaAppFactory WithConnectionString(
        DatabaseProvider provider, string connectionString, FakeTimeProvider? clock = null, string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null) =>
        new(provider, null, connectionString, NewFolder())
        {
            Clock = clock,
            Environment = environment,
            Settings = settings ?? new Dictionary<string, string?>(),
        };

    /// <summary>A context on the app's database, for looking at what the app wrote.</summary>
    public JoldamaDbContext CreateDbContext() =>
        _database?.CreateContext() ?? throw new InvalidOperationException("This factory does not own its database.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);

        // UseSetting reaches builder.Configuration before Program.cs reads it (AddJoldamaData, AddJoldamaLaw).
        builder.UseSetting("Database:Provider", Provider.ToString());
        if (ConnectionString is not null)
        {
            builder.UseSetting("Database:ConnectionString", ConnectionString);
        }
        else
        {
            builder.UseSetting("Database:SqlitePath", SqlitePath);
        }

        if (LawDataDirectory is not null)
        {
            builder.UseSetting("Law:DataDirectory", LawDataDirectory);
        }

        if (MigrateOnStart is { } migrate)
        {
            builder.UseSetting("Database:MigrateOnStart", migrate ? "true" : "false");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(LoggedProblems, Logged)));
        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }

            TestServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp folder.
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "joldama-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> problems, ConcurrentQueue<string> all) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, problems, all);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> problems, ConcurrentQueue<string> all) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name} {exception?.Message}";
            all.Enqueue(line + " " + exception);
            if (logLevel >= LogLevel.Warning)
            {
                problems.Enqueue(line);
            }
        }
    }
}
