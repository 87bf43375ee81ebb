using System.Text.Json;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Policies;

/// <summary>
/// One version of a policy: its text (Markdown), what changed, its owner, who must read it and
/// by when, and the comprehension check. A draft is changed until it is published; a published
/// version never changes, and stays readable after later versions.
/// </summary>
public class PolicyVersion : IAudited, IVersioned
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public Policy? Policy { get; set; }

    /// <summary>1 for the first version of the policy, then 2, 3...</summary>
    public int Number { get; set; }

    public PolicyVersionStatus Status { get; set; } = PolicyVersionStatus.Draft;
    public DateOnly EffectiveOn { get; set; }

    /// <summary>The person who owns the policy's content (answers questions about it).</summary>
    public int OwnerId { get; set; }
    public Person? Owner { get; set; }

    public required string WhatChanged { get; set; }

    /// <summary>What the change means for a person's own records ("You must now declare every offer, whatever its value"); optional.</summary>
    public string? WhatItMeansForYou { get; set; }

    /// <summary>The policy's text in Markdown; shown through <see cref="PolicyText.ToSafeHtml"/> only.</summary>
    public required string Text { get; set; }

    public PolicyAudience Audience { get; set; }

    /// <summary>Department ids, comma-separated, when the audience is chosen departments.</summary>
    public string? AudienceDepartmentIds { get; set; }

    /// <summary>Ranks (their numbers), comma-separated, when the audience is chosen ranks.</summary>
    public string? AudienceRanks { get; set; }

    /// <summary>The date by which the audience must have read and confirmed it.</summary>
    public DateOnly ReadBy { get; set; }

    /// <summary>Percentage of the check's questions to answer correctly (1-100); used when there are questions.</summary>
    public int PassMarkPercent { get; set; } = 100;

    /// <summary>The comprehension check as JSON: read and written whole, with the version (see <see cref="Questions"/>).</summary>
    public string QuestionsJson { get; set; } = "[]";

    public DateTime CreatedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>How many people were given a task when it was published.</summary>
    public int TaskCount { get; set; }

    public int Version { get; set; }

    public IReadOnlyList<PolicyQuestion> Questions
    {
        get => JsonSerializer.Deserialize<List<PolicyQuestion>>(QuestionsJson) ?? [];
        set => QuestionsJson = JsonSerializer.Serialize(value);
    }

    public IReadOnlyList<int> DepartmentIds => Ints(AudienceDepartmentIds);

    public IReadOnlyList<PoliceRank> Ranks => Ints(AudienceRanks).Select(r => (PoliceRank)r).ToList();

    /// <summary>How many correct answers pass the check: the pass mark's share of the questions, rounded up.</summary>
    public int CorrectNeeded(int questionCount) => (int)Math.Ceiling(questionCount * PassMarkPercent / 100.0);

    private static List<int> Ints(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(int.Parse).ToList();
}

/// <summary>A multiple-choice question of a version's check; <see cref="Correct"/> is the index of the right option.</summary>
public sealed record PolicyQuestion(string Text, IReadOnlyList<string> Options, int Correct);
