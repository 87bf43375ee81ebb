using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrityPortal.Testing;

/// <summary>Keeps every email the portal would send, in place of SMTP.</summary>
public sealed class RecordingSender : INotificationSender
{
    public List<Notification> Sent { get; } = [];

    public Task SendAsync(Notification notification, CancellationToken ct)
    {
        lock (Sent)
        {
            Sent.Add(notification);
        }

        return Task.CompletedTask;
    }

    /// <summary>The application with email configured (or not) and its emails kept here.</summary>
    public WebApplicationFactory<Program> Over(PortalFactory factory, bool emailEnabled) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Email:Enabled", emailEnabled ? "true" : "false");
            builder.UseSetting("Email:Host", "smtp.example.invalid");
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<INotificationSender>(this)));
        });
}
