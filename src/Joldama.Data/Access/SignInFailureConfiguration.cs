using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.Access;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.ToTable("sign_in_failures");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.RemoteAddress).HasMaxLength(64);
        builder.HasIndex(f => new { f.RemoteAddress, f.At }); // the count per address within the window
        builder.HasIndex(f => f.At); // pruning of old rows over all addresses
    }
}
