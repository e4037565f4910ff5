using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project bench/Joldama.Benchmarks -- --filter '*'
// In-process: no second build of the project (which on a busy 2-core machine can outlast
// BenchmarkDotNet's build timeout); the measured code is the same Release build.
// See docs/PERFORMANCE.md for the figures and how to read the ratios.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
