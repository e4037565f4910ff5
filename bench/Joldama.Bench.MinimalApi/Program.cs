using System.Text.Json;
using Joldama.Bench.Baseline;
using Npgsql;

// Baseline (b) of issue 7: the thinnest web endpoint — no authentication, no ORM, no validation — running the same
// transaction as baseline (a) (SqlLifecycle) per request. Configuration: Bench:ConnectionString, Bench:World (JSON of
// BaselineWorld), and the URL (--urls).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var world = JsonSerializer.Deserialize<BaselineWorld>(builder.Configuration["Bench:World"] ?? throw new InvalidOperationException("Bench:World is missing."))!;
var source = NpgsqlDataSource.Create(builder.Configuration["Bench:ConnectionString"] ?? throw new InvalidOperationException("Bench:ConnectionString is missing."));
var lifecycle = new SqlLifecycle(source, world, TimeProvider.System);
var app = builder.Build();

app.MapPost("/cases/{id:guid}/{step}", async (Guid id, string step, Guid patientId, string iin, int? upload, HttpContext context) =>
{
    if (!Enum.TryParse<LifecycleStep>(step, ignoreCase: true, out var parsed))
    {
        return Results.NotFound();
    }

    await lifecycle.RunAsync(parsed, new BaselineCase(id, patientId, iin), upload ?? 0, context.RequestAborted);
    return Results.Ok(new { id, step = parsed.ToString() });
});
app.MapGet("/health", () => "ok");
app.Run();
