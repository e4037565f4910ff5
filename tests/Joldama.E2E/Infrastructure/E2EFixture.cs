using Microsoft.Playwright;

namespace Joldama.E2E.Infrastructure;

/// <summary>
/// One Joldama.Web process and one headless Chromium for the whole E2E collection; every test gets
/// its own browser context (fresh cookies, so no language chosen yet) through <see cref="NewSessionAsync"/>.
/// </summary>
public sealed class E2EFixture : IAsyncLifetime
{
    /// <summary>Flags without which Chromium's connections are refused on this closed network, or it tries to reach out.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private WebAppServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("The E2E fixture is not started.");

    /// <summary>Where the app writes the SMS it sends (one JSON line each), e.g. a patient's sign-in code.</summary>
    public string SmsSinkPath => _server?.SmsSinkPath ?? throw new InvalidOperationException("The E2E fixture is not started.");

    /// <summary>The password of every demo staff account: Demo:Password of src/Joldama.Web/appsettings.Demo.json, as README says.</summary>
    public static string DemoPassword { get; } = ReadDemoPassword();

    public async Task InitializeAsync()
    {
        TestPaths.ClearStaleScreenshots();

        // Web-first assertions wait up to 10 s (Playwright's 5 s is tight on a 2-core CI machine
        // that runs the other test assemblies at the same time).
        Assertions.SetDefaultExpectTimeout(10_000);

        // The browser first: it is the cheaper to fail, with the clearer message.
        try
        {
            _playwright = await Playwright.CreateAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                "Could not start the Playwright driver. It ships inside the Microsoft.Playwright NuGet package and is copied " +
                $"to .playwright/ beside the test binaries ({Path.Combine(AppContext.BaseDirectory, ".playwright")}); no 'playwright install' is used.", e);
        }

        var executable = Environment.GetEnvironmentVariable("JOLDAMA_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"Chromium not found at {executable} (set JOLDAMA_CHROMIUM, or: apt-get install -y chromium).", executable);
        }

        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
        _server = await WebAppServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context and page for one test, named for its screenshots.</summary>
    internal async Task<BrowserSession> NewSessionAsync(string scenario)
    {
        var browser = _browser ?? throw new InvalidOperationException("The E2E fixture is not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "ru-RU",
            TimezoneId = "Asia/Almaty",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, scenario);
    }

    private static string ReadDemoPassword()
    {
        var path = Path.Combine(TestPaths.WebProjectDirectory, "appsettings.Demo.json");
        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        return settings.RootElement.GetProperty("Demo").GetProperty("Password").GetString()
            ?? throw new InvalidOperationException($"{path} has no Demo:Password.");
    }
}

[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<E2EFixture>
{
    public const string Name = "E2E";
}
