namespace IntegrityPortal.Core.Policies;

/// <summary>Limits of a policy and its versions, shared by the forms and the configuration.</summary>
public static class PolicyRules
{
    public const int TitleLength = 150;
    public const int WhatChangedLength = 1000;
    public const int WhatItMeansLength = 500;

    /// <summary>A policy runs to a few pages; 100,000 characters is about forty.</summary>
    public const int TextLength = 100_000;

    public const int QuestionLength = 300;
    public const int OptionLength = 200;
    public const int MaximumQuestions = 10;
    public const int MinimumOptions = 2;
    public const int MaximumOptions = 4;

    /// <summary>The roles that keep a force's policy library: PSD, head of PSD, DCC and the force's administrator.</summary>
    public static readonly IReadOnlyList<string> OwnerRoles =
        [Security.Roles.Psd, Security.Roles.HeadOfPsd, Security.Roles.DeputyChiefConstable, Security.Roles.Administrator];
}

/// <summary>The plausible dates of a policy version.</summary>
public static class PolicyDates
{
    /// <summary>A version may come into force up to five years back (recording an old one) or two years ahead.</summary>
    public static readonly DateRange EffectiveOn = new("The date it comes into force", YearsBack: 5, YearsAhead: 2);

    /// <summary>The read-by date lies ahead, at most two years.</summary>
    public static readonly DateRange ReadBy = new("The date to read it by", YearsBack: 0, YearsAhead: 2);
}
