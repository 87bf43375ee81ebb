using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Data;

public class AuditLogTests
{
    [Fact]
    public async Task RecordRead_WritesAConsultationWithJustification()
    {
        var path = await TestDatabase.CreateCopyAsync();
        var actor = new TestActor("psd.cumbria", 2, new ForceScope(false, [2]), Roles.Psd);
        await using (var db = TestDatabase.Open(path, actor))
        {
            await new AuditLog(db).RecordReadAsync("Investigation", "42", recordForceId: 2, justification: "Assessing a referral");
        }

        await using var check = TestDatabase.OpenAsSystem(path);
        var read = await check.AuditEvents.SingleAsync(e => e.Action == AuditAction.Read);
        Assert.Equal(("psd.cumbria", "psd", "Investigation", "42", 2, "Assessing a referral"),
            (read.UserName, read.Roles, read.EntityType, read.EntityId, read.RecordForceId!.Value, read.Justification!));
    }

    [Fact]
    public async Task RecordExport_WritesADisclosureWithTheFilterAndRowCount()
    {
        var path = await TestDatabase.CreateCopyAsync();
        var actor = new TestActor("psd.cumbria", 2, new ForceScope(false, [2]), Roles.Psd);
        await using (var db = TestDatabase.Open(path, actor))
        {
            await new AuditLog(db).RecordExportAsync("GiftDeclaration", "organisation = Acme Ltd", recordForceId: 2, rowCount: 17);
        }

        await using var check = TestDatabase.OpenAsSystem(path);
        var export = await check.AuditEvents.SingleAsync(e => e.Action == AuditAction.Export);
        Assert.Equal("GiftDeclaration", export.EntityType);
        Assert.Contains("organisation = Acme Ltd", export.Changes);
        Assert.Contains("\"rows\":17", export.Changes);
    }
}
