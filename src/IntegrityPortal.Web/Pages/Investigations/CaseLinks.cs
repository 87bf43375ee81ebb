using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>What a case shows of each record it links to, read per kind from its register.</summary>
public static class CaseLinks
{
    public static async Task<IReadOnlyList<LinkedRecord>> DescribeAsync(IntegrityDbContext db, IReadOnlyCollection<InvestigationLink> links, CancellationToken ct)
    {
        var giftIds = links.Where(l => l.Kind == LinkedRecordKind.GiftDeclaration).Select(l => l.RecordId).ToList();
        var gifts = giftIds.Count == 0 ? [] : await db.GiftDeclarations.AsNoTracking().Where(d => giftIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => $"{d.OfferType} from {d.OrganisationName}, offered {d.OfferedOn:d MMMM yyyy}", ct);

        var contactIds = links.Where(l => l.Kind == LinkedRecordKind.MediaContact).Select(l => l.RecordId).ToList();
        var contacts = contactIds.Count == 0 ? [] : await db.MediaContacts.AsNoTracking().Where(c => contactIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Method, c.JournalistName, c.OutletName, c.ContactedUtc, c.Subject, c.Person!.GivenName, c.Person.FamilyName })
            .ToDictionaryAsync(c => c.Id, c => $"{c.GivenName} {c.FamilyName}: {c.Method.Describe().ToLowerInvariant()} with {c.JournalistName}, {c.OutletName}, {Infrastructure.UkFormat.DateTime(c.ContactedUtc)}: {c.Subject}", ct);

        var interestIds = links.Where(l => l.Kind == LinkedRecordKind.BusinessInterest).Select(l => l.RecordId).ToList();
        var interests = interestIds.Count == 0 ? [] : await db.BusinessInterests.AsNoTracking().Where(i => interestIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Kind, i.OrganisationName, i.Applicant!.GivenName, i.Applicant.FamilyName })
            .ToDictionaryAsync(i => i.Id, i => $"{i.GivenName} {i.FamilyName}: {i.Kind.Describe().ToLowerInvariant()}, {i.OrganisationName}", ct);

        return links.OrderBy(l => l.AddedUtc).Select(l => l.Kind switch
        {
            LinkedRecordKind.GiftDeclaration => new LinkedRecord(l.Kind, l.RecordId, RecordLinks.Reference(l.Kind, l.RecordId),
                gifts.GetValueOrDefault(l.RecordId) ?? "Gifts and hospitality declaration", $"/Gifts/Register/View/{l.RecordId}", l.AddedBy, l.AddedUtc),
            LinkedRecordKind.MediaContact => new LinkedRecord(l.Kind, l.RecordId, RecordLinks.Reference(l.Kind, l.RecordId),
                contacts.GetValueOrDefault(l.RecordId) ?? "Media contact", $"/Media/Office/View/{l.RecordId}", l.AddedBy, l.AddedUtc),
            LinkedRecordKind.BusinessInterest => new LinkedRecord(l.Kind, l.RecordId, RecordLinks.Reference(l.Kind, l.RecordId),
                interests.GetValueOrDefault(l.RecordId) ?? "Business interest", $"/BusinessInterests/Psd/Assess/{l.RecordId}", l.AddedBy, l.AddedUtc),
            _ => new LinkedRecord(l.Kind, l.RecordId, RecordLinks.Reference(l.Kind, l.RecordId), l.Kind.Describe(), null, l.AddedBy, l.AddedUtc),
        }).ToList();
    }
}
