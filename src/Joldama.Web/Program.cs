using Joldama.Web.Api;
using Joldama.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System); // the only real clock
builder.AddJoldamaServices();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseJoldamaPipeline();
app.MapJoldamaApi();
app.MapRazorPages();
await app.RunAsync();

/// <summary>The web host; public for WebApplicationFactory in tests.</summary>
public partial class Program;
