namespace Joldama.Web.Api.Conformity;

internal static class ConformityEndpoints
{
    public static void MapConformityEndpoints(this RouteGroupBuilder api)
    {
        var conformity = api.MapGroup("/conformity").WithTags("Conformity");
        conformity.MapResourceEndpoints();
        conformity.MapResourceImportEndpoints();
        conformity.MapApplicationEndpoints();
        conformity.MapConclusionEndpoints();
    }
}
