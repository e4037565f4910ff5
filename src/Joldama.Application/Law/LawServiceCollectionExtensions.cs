using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Joldama.Application.Law;

public static class LawServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="LawLibrary"/>, loaded now so that a broken data file stops start-up
    /// with its message. <c>Law:DataDirectory</c> (env <c>Law__DataDirectory</c>) overrides the folder.
    /// </summary>
    public static IServiceCollection AddJoldamaLaw(this IServiceCollection services, IConfiguration configuration)
    {
        var library = LawLibrary.Load(configuration["Law:DataDirectory"]);
        services.AddSingleton(library);
        services.AddSingleton(library.Catalog);
        services.AddSingleton(library.Calendar);
        services.AddSingleton(library.Funding);
        services.AddSingleton(library.Regions);
        return services;
    }
}
