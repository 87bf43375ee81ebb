using IntegrityPortal.Core.Procurement;

namespace IntegrityPortal.Core.Tests.Procurement;

/// <summary>Name pairs the cross-check must take for the same party, and pairs it must not.</summary>
public class OrganisationMatcherTests
{
    [Theory]
    [InlineData("Acme Security Ltd", "ACME SECURITY LIMITED")]                      // case, legal form
    [InlineData("Marsh & Partners Solicitors LLP", "Marsh and Partners Solicitors")] // &/and, LLP
    [InlineData("The Old Mill Hotel", "Old Mill Hotel, The")]                        // "The", punctuation
    [InlineData("Bluelight Radio Systems plc", "BLUELIGHT RADIO SYSTEMS P.L.C.")]    // punctuation inside the legal form
    [InlineData("Northgate Vehicle Leasing Ltd", "Vehicle Leasing Northgate")]       // word order
    [InlineData("Sentinel Body Armour Ltd", "Sentinel Body Armor Ltd")]              // a typo
    [InlineData("Crestline Facilities Management Ltd", "Crestline Facilities Mgmt")] // abbreviation
    [InlineData("Kestrel Security Services", "Kestrel Security Svcs Ltd")]           // abbreviation
    [InlineData("Smith's Bakery", "Smiths Bakery Limited")]                          // apostrophe
    [InlineData("Café Rouge", "CAFE ROUGE")]                                         // accents
    [InlineData("Forensic Analytics UK Ltd", "Forensic Analytics Ltd.")]             // "UK"
    [InlineData("Acme Security Services Ltd", "Acme Security")]                      // a shorter name
    [InlineData("British Telecom", "BT")]                                            // initials
    [InlineData("Vantage Fleet Telematics Ltd", "Vantage Fleet Telemtaics")]         // transposed letters
    public void NamesOfTheSameParty_Match(string left, string right)
    {
        var match = OrganisationMatcher.Compare(new NamedParty(1, left), new NamedParty(2, right));

        Assert.NotNull(match);
        Assert.InRange(match.Score, OrganisationMatcher.MinimumScore, 100);
        Assert.Contains(left, match.Reason);
    }

    [Theory]
    [InlineData("Amazon", "AMZN MKTP UK*2K3")]
    [InlineData("Amazon UK Services Ltd", "AMZN Mktp UK*7H1")]
    [InlineData("The Old Mill Hotel and Restaurant", "OLD MILL HOTEL*R4T2")]
    [InlineData("Harbour Catering Co Ltd", "SQ *HARBOUR CATERING")]
    [InlineData("Castle Hill Golf Club", "CASTLE HILL GOLF CLUB 01")]
    [InlineData("Tesco", "TESCO STORES 2345")]
    public void MerchantStringsOfTheSameParty_Match(string organisation, string merchant)
    {
        Assert.NotNull(OrganisationMatcher.Compare(new NamedParty(1, organisation), new NamedParty(2, merchant), rightIsMerchant: true));
    }

    [Theory]
    [InlineData("Northgate Vehicle Leasing Ltd", "Northgate Vehicle Hire Ltd")]
    [InlineData("Albion Cleaning Ltd", "Albion Printing Ltd")]
    [InlineData("North Wales Catering", "North Wales Cleaning")]
    [InlineData("Acme Security Services", "Services Ltd")]
    [InlineData("Harbour Catering Co Ltd", "Greenfields Events Catering Ltd")]
    [InlineData("County Evening Standard", "County Council Highways Department")]
    [InlineData("The Limited Company", "Acme Ltd")]
    [InlineData("BT", "Beacon Trading Services")]
    [InlineData("Kestrel Security", "Kestrel Kennels")]
    public void DifferentParties_DoNotMatch(string left, string right)
    {
        Assert.Null(OrganisationMatcher.Compare(new NamedParty(1, left), new NamedParty(2, right)));
    }

    [Theory]
    [InlineData("Tesco", "TRAINLINE.COM")]
    [InlineData("Amazon", "AMAZING GRACE CAFE")]
    [InlineData("The Old Mill Hotel and Restaurant", "PREMIER INN 44012")]
    public void UnrelatedMerchants_DoNotMatch(string organisation, string merchant)
    {
        Assert.Null(OrganisationMatcher.Compare(new NamedParty(1, organisation), new NamedParty(2, merchant), rightIsMerchant: true));
    }

    [Fact]
    public void CompanyOrVatNumber_IsCertain_AndTwoDifferentCompanyNumbersAreTwoCompanies()
    {
        var byCompany = OrganisationMatcher.Compare(new NamedParty(1, "Redline Uniforms Ltd", "SC402117"), new NamedParty(2, "RUL Trading", "sc 402117"));
        var byVat = OrganisationMatcher.Compare(new NamedParty(1, "Acme", VatNumber: "GB123456789"), new NamedParty(2, "Zenith Holdings", VatNumber: "GB 123 456 789"));
        var different = OrganisationMatcher.Compare(new NamedParty(1, "Acme Security Ltd", "01234567"), new NamedParty(2, "ACME SECURITY LIMITED", "07654321"));

        Assert.Equal((100, "Same company number, SC402117"), (byCompany!.Score, byCompany.Reason));
        Assert.Equal((100, "Same VAT number, GB123456789"), (byVat!.Score, byVat.Reason));
        Assert.Null(different);
    }

    [Fact]
    public void Blocking_FindsTheSameMatchesAsComparingEveryPair_OnNamesWithVariants()
    {
        var left = new List<NamedParty>();
        var right = new List<NamedParty>();
        var prefixes = new[] { "Albion", "Beacon", "Cedar", "Dunmore", "Elmwood", "Foxglove", "Granite", "Hawthorn", "Ironbridge", "Juniper" };
        var trades = new[] { "Cleaning", "Printing", "Vehicle Parts", "Office Supplies", "Catering" };
        var id = 0;
        foreach (var prefix in prefixes)
        {
            foreach (var trade in trades)
            {
                left.Add(new NamedParty(++id, $"{prefix} {trade} Ltd"));
                right.Add(new NamedParty(++id, $"{prefix.ToUpperInvariant()} {trade.ToUpperInvariant()} LIMITED"));
                right.Add(new NamedParty(++id, $"{trade} {prefix}"));
                right.Add(new NamedParty(++id, $"{prefix}s {trade} Ltd"));
            }
        }

        var blocked = OrganisationMatcher.Match(left, right).Select(m => (m.LeftId, m.RightId)).ToHashSet();
        var everyPair = left.SelectMany(l => right.Select(r => OrganisationMatcher.Compare(l, r))).OfType<NameMatch>().Select(m => (m.LeftId, m.RightId)).ToHashSet();

        Assert.True(everyPair.Count >= left.Count * 3, $"{everyPair.Count} matches by comparing every pair");
        Assert.Equal(everyPair, blocked);
    }

    [Fact]
    public void Blocking_FindsATypingErrorAtTheStartOfTheOnlyDistinctiveWord_AndInitialsEitherWay()
    {
        // "Hwathorn" shares no first three letters with "Hawthorn", and "Services" makes no
        // block: only the word with one letter left out ("HWTHORN") brings the two together.
        var left = new List<NamedParty> { new(1, "Hawthorn Services Ltd"), new(2, "BT"), new(3, "Kestrel Data Systems") };
        var right = new List<NamedParty> { new(11, "Hwathorn Services"), new(12, "British Telecom PLC"), new(13, "KDS") };

        var found = OrganisationMatcher.Match(left, right).Select(m => (m.LeftId, m.RightId)).ToHashSet();
        var duplicates = OrganisationMatcher.Duplicates([.. left, .. right]).Select(m => (m.LeftId, m.RightId)).ToHashSet();

        Assert.Equal([(1, 11), (2, 12), (3, 13)], found.Order());
        Assert.Equal([(1, 11), (2, 12), (3, 13)], duplicates.Order());
    }

    [Theory]
    [InlineData("Puwumabr Rkizisiyo PLC", "Puwmabr Rkizisiyo")]                   // a letter missing
    [InlineData("Ngalutr Hotels LLP", "Ngaltr Vokugez Hotels Ltd")]                // a letter missing, a shorter name
    [InlineData("Grall, Consultiig", "Graull Adocho Consulting Limited")]         // a letter added, and a typo in a common word
    [InlineData("Chizoss Hafebic Systems Limited", "Hafebc Systems")]             // a letter missing, a shorter name
    [InlineData("HOTELS GREFIGUVI", "Grefiguvy Wekuwh Hotels Ltd.")]              // a letter wrong, in capitals and another order
    [InlineData("Fudruuzo Cleaning", "Fudrumzo Cleaning Ltd")]                    // a letter wrong
    [InlineData("Howhe Consulitng", "Wonime Howeh Consulting LLP")]               // two letters swapped at the end
    [InlineData("Hawthorn Services Ltd", "Hwathorn Services")]                    // a typing error at the start
    public void Blocking_FindsPairsTheComparisonTakesForTheSame_AmongNamesWithCommonWords(string left, string right)
    {
        // The pair is a match to the comparison; the blocks must bring it together, either way
        // round and within one list, among names that share its common words.
        Assert.NotNull(OrganisationMatcher.Compare(new NamedParty(1, left), new NamedParty(2, right)));
        var others = new[] { "Services", "Hotels", "Consulting", "Cleaning", "Systems", "Logistics" }
            .SelectMany((trade, t) => Enumerable.Range(0, 40).Select(n => new NamedParty(100 + t * 1000 + n, $"{Invented(t * 40 + n)} {trade} Ltd")))
            .ToList();

        var duplicates = OrganisationMatcher.Duplicates([new(1, left), new(2, right), .. others]).Select(m => (m.LeftId, m.RightId));
        var found = OrganisationMatcher.Match([new(1, left)], [new(2, right), .. others]).Select(m => (m.LeftId, m.RightId));
        var back = OrganisationMatcher.Match([new(2, right)], [new(1, left), .. others]).Select(m => (m.LeftId, m.RightId));

        Assert.Contains((1, 2), duplicates);
        Assert.Contains((1, 2), found);
        Assert.Contains((2, 1), back);
    }

    [Theory]
    [InlineData("Puwumabr Rkizisiyo PLC", "Pwmabr Rkizisiyo")]                    // two letters missing from one word
    [InlineData("Ngalutr Hotels LLP", "Ngutr Vokugez Hotels Ltd")]                 // two letters missing, a shorter name
    [InlineData("Grall, Consultiig", "Grayull Adocho Consulting Limited")]        // two letters added
    [InlineData("Chizoss Hafebic Systems Limited", "Hafice Systems")]             // a letter missing and one wrong
    [InlineData("Howhe Consulitng", "Wonime Howhegaro Consulting LLP")]           // a word the start of another
    [InlineData("HOTELS GREFIGUVI", "Grefi Wekuwh Hotels Ltd.")]                  // the same, in capitals and another order
    [InlineData("Fudruuzo Cleaning", "Fudrumo Cleaning Ltd")]                     // a letter added and one wrong
    [InlineData("Harbour Catering", "Harbour Cateri")]                            // a word cut short, not by a bank
    public void WordsMoreThanOneTypingErrorApart_DoNotMatch_ThoughJaroWinklerFindsThemAlike(string left, string right)
    {
        // Jaro-Winkler rewards a shared start of any length, so these words are at least 0.92
        // alike; but two errors in one word, or a word that merely starts another, are most often
        // two different names.
        Assert.Null(OrganisationMatcher.Compare(new NamedParty(1, left), new NamedParty(2, right)));
        Assert.Null(OrganisationMatcher.Compare(new NamedParty(2, right), new NamedParty(1, left)));
        Assert.Empty(OrganisationMatcher.Duplicates([new(1, left), new(2, right)]));
    }

    [Theory]
    [InlineData("Harbour Catering Co Ltd", "SQ *HARBOUR CATERI*1A2B")]
    [InlineData("Wonime Howhegaro Consulting LLP", "WONIME HOWHEGA 0412*9F31")]
    public void MerchantWordCutShortByTheBank_Matches_AndBlockingFindsIt(string organisation, string merchant)
    {
        var others = Enumerable.Range(0, 40).Select(n => new NamedParty(100 + n, $"{Invented(n)} Catering Consulting*{n:X4}")).ToList();

        var found = OrganisationMatcher.Match([new(1, organisation)], [new(2, merchant), .. others], rightIsMerchant: true).Select(m => (m.LeftId, m.RightId));

        Assert.NotNull(OrganisationMatcher.Compare(new NamedParty(1, organisation), new NamedParty(2, merchant), rightIsMerchant: true));
        Assert.Contains((1, 2), found);
    }

    /// <summary>A made-up word for the n-th filler name ("Bakodel", "Tirevum"), different for each n.</summary>
    private static string Invented(int n) =>
        string.Concat("BDFGKLMNPRSTVZ"[n % 14], "aeiou"[n / 14 % 5], "bdfgklmnprstvz"[n / 70 % 14], "aeiou"[(n / 7 + n) % 5], "lmnrv"[n / 3 % 5], "aeiou"[n % 5], "dlmnrs"[n % 6]);

    [Fact]
    public void Blocking_FindsExactlyTheMatchesOfComparingEveryPair_WithCommonWordsAndFarTypingErrors()
    {
        string[] names =
        [
            "Catering Services", "Catering Services Ltd", "Services Ltd", "Security Services", "Secuirty Services", "Acme Security Services",
            "Acme Security", "Acme", "ACME SECURITY SVCS", "Puwumabr Rkizisiyo PLC", "Pwmabr Rkizisiyo", "Puwumabr Catering",
            "Ngalutr Hotels LLP", "Ngutr Vokugez Hotels Ltd", "Ngalutr", "Grall, Consultiig", "Grayull Adocho Consulting Limited",
            "Grallast Consulting", "Howhe Consulitng", "Wonime Howhegaro Consulting LLP", "Howhegaro", "British Telecom", "BT",
            "Northgate Vehicle Leasing Ltd", "Northgate Vehicle Hire Ltd", "Kestrel Security", "Kestrel Kennels", "Amazing Grace", "Amazon",
        ];
        var parties = names.Select((n, i) => new NamedParty(i + 1, n)).ToList();

        var blocked = OrganisationMatcher.Duplicates(parties).Select(m => (m.LeftId, m.RightId)).ToHashSet();
        var everyPair = parties.SelectMany(l => parties.Where(r => r.Id > l.Id).Select(r => OrganisationMatcher.Compare(l, r))).OfType<NameMatch>()
            .Select(m => (m.LeftId, m.RightId)).ToHashSet();
        var left = parties.Take(15).ToList();
        var right = parties.Skip(15).ToList();
        var matched = OrganisationMatcher.Match(left, right).Select(m => (m.LeftId, m.RightId)).ToHashSet();
        var everyCross = left.SelectMany(l => right.Select(r => OrganisationMatcher.Compare(l, r))).OfType<NameMatch>().Select(m => (m.LeftId, m.RightId)).ToHashSet();

        Assert.True(everyPair.Count >= 8, $"{everyPair.Count} matches by comparing every pair");
        Assert.Equal(everyPair.Order(), blocked.Order());
        Assert.Equal(everyCross.Order(), matched.Order());
    }

    [Theory]
    [InlineData("01234567", "01234567")]
    [InlineData("sc123456", "SC123456")]
    [InlineData("OC 331552", "OC331552")]
    [InlineData("1234567", null)]
    [InlineData("S1234567", null)]
    [InlineData("ABC12345", null)]
    public void CompanyNumbers_AreEightDigitsOrTwoLettersAndSixDigits(string text, string? stored)
    {
        Assert.Equal(stored, ProcurementRules.NormaliseCompanyNumber(text));
    }

    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("CA1 1AA", "CA1 1AA")]
    [InlineData("m1 1ae", "M1 1AE")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    [InlineData("CA1", null)]
    [InlineData("1AA CA1", null)]
    [InlineData("XX XX", null)]
    public void Postcodes_AreUkPostcodes(string text, string? stored)
    {
        Assert.Equal(stored, ProcurementRules.NormalisePostcode(text));
    }

    [Theory]
    [InlineData("GB123456789", "GB123456789")]
    [InlineData("gb 123 4567 89", "GB123456789")]
    [InlineData("GB123456789012", "GB123456789012")]
    [InlineData("123456789", null)]
    [InlineData("GB1234567890", null)]
    [InlineData("FR12345678901", null)]
    public void VatNumbers_AreGbAndNineOrTwelveDigits(string text, string? stored)
    {
        Assert.Equal(stored, ProcurementRules.NormaliseVatNumber(text));
    }
}
