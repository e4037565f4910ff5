using System.Globalization;
using Microsoft.Playwright;

namespace Joldama.E2E.Infrastructure;

/// <summary>
/// One test's browser context and page. Saves numbered screenshots
/// (<c>screenshots/{scenario}-{NN}-{step}.png</c>), records server errors (5xx) and script/CSP errors
/// the page met, and on a failed test leaves a <c>FAILED</c> screenshot and the page's HTML.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _scenario;
    private readonly List<string> _serverErrors = [];
    private readonly List<string> _pageErrors = [];
    private int _step;

    public BrowserSession(IBrowserContext context, IPage page, string scenario)
    {
        _context = context;
        Page = page;
        _scenario = scenario;
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                _serverErrors.Add($"{response.Status} {response.Url}");
            }
        };
        page.PageError += (_, error) => _pageErrors.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            // 404s of the not-found pages and the favicon are expected and reported as responses;
            // anything else logged as an error (a CSP violation, a script error) is not.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _pageErrors.Add("console: " + message.Text);
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> ServerErrors => _serverErrors;

    public IReadOnlyList<string> PageErrors => _pageErrors;

    /// <summary>Saves a full-page screenshot named for the step; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string step)
    {
        _step++;
        var path = Path.Combine(TestPaths.ScreenshotsDirectory, string.Create(CultureInfo.InvariantCulture, $"{_scenario}-{_step:00}-{step}.png"));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Runs a test body; on failure saves what the page showed before the failure propagates.</summary>
    public async Task RunAsync(Func<IPage, Task> body)
    {
        try
        {
            await body(Page);
        }
        catch
        {
            await SaveFailureArtifactsAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task SaveFailureArtifactsAsync()
    {
        try
        {
            await ScreenshotAsync("FAILED");
            var html = await Page.ContentAsync();
            await File.WriteAllTextAsync(Path.Combine(TestPaths.ScreenshotsDirectory, $"{_scenario}-FAILED.html"), html);
        }
        catch (PlaywrightException)
        {
            // The page itself is gone: the original failure is what matters.
        }
    }
}
