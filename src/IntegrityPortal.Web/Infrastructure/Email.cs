using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>The "Email" settings section. Off unless <see cref="Enabled"/> is set and a host is given.</summary>
public sealed class EmailSettings
{
    public bool Enabled { get; set; }
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; } = true;
    public string From { get; set; } = "integrity-portal@localhost";
    public string? UserName { get; set; }
    public string? Password { get; set; }

    public bool IsOn => Enabled && !string.IsNullOrWhiteSpace(Host);
}

/// <summary>A message to one person. It never carries personal data: a reference and a link.</summary>
public sealed record Notification(string To, string Subject, string Body);

/// <summary>Sends an email notification; the portal's own list on the home page is the main channel.</summary>
public interface INotificationSender
{
    Task SendAsync(Notification notification, CancellationToken ct);
}

public sealed class SmtpNotificationSender(IOptions<EmailSettings> options, ILogger<SmtpNotificationSender> logger) : INotificationSender
{
    public async Task SendAsync(Notification notification, CancellationToken ct)
    {
        var settings = options.Value;
        using var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.UseTls };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new System.Net.NetworkCredential(settings.UserName, settings.Password);
        }

        try
        {
            await client.SendMailAsync(new MailMessage(settings.From, notification.To, notification.Subject, notification.Body), ct);
        }
        catch (SmtpException e)
        {
            // A failed email must not undo the step: the home page lists what awaits each person.
            // The address is personal data and stays out of the log.
            logger.LogWarning(e, "A notification email could not be sent");
        }
    }
}

public static class EmailSetup
{
    public static void AddPortalEmail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<EmailSettings>(builder.Configuration.GetSection("Email"));
        builder.Services.AddSingleton<INotificationSender, SmtpNotificationSender>();
    }
}
