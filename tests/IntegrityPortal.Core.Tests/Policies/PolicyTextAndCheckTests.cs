using IntegrityPortal.Core.Policies;

namespace IntegrityPortal.Core.Tests.Policies;

public class PolicyTextAndCheckTests
{
    [Fact]
    public void Markdown_IsRendered_AndNothingThatRunsSurvives()
    {
        var html = PolicyText.ToSafeHtml("""
            # Gifts

            * **Declare** every offer
            <script>alert('x')</script>
            <img src=x onerror=alert(1)>
            [safe](https://www.gov.uk) [unsafe](javascript:alert(1)) <a href="javascript:alert(2)">raw</a>
            """);

        Assert.Contains("<h2", html);
        Assert.DoesNotContain("<h1", html);
        Assert.Contains("<strong>Declare</strong>", html);
        Assert.Contains("href=\"https://www.gov.uk\"", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        // Raw HTML is shown as text (escaped), never as an element with an event handler.
        Assert.DoesNotMatch(@"<[^>]*\bon\w+\s*=", html);
        Assert.DoesNotMatch("<a[^>]*javascript:", html);
    }

    [Fact]
    public void OptionOrder_IsAShuffleOfEveryOption_TheSameForOneAttempt_AndChangesBetweenAttempts()
    {
        var first = PolicyCheck.OptionOrder(taskId: 42, attempt: 0, question: 0, optionCount: 4);

        Assert.Equal([0, 1, 2, 3], first.Order());
        Assert.Equal(first, PolicyCheck.OptionOrder(42, 0, 0, 4));
        // Over ten attempts the order is not always the same.
        Assert.Contains(Enumerable.Range(1, 10), attempt => !PolicyCheck.OptionOrder(42, attempt, 0, 4).SequenceEqual(first));
    }

    [Fact]
    public void Marking_CountsRightAnswers_AndNamesTheQuestionsToRevisit()
    {
        PolicyQuestion[] questions =
        [
            new("One?", ["a", "b"], 0),
            new("Two?", ["a", "b", "c"], 2),
            new("Three?", ["a", "b"], 1),
        ];

        var (correct, revisit) = PolicyCheck.Mark(questions, [0, 1, null]);

        Assert.Equal(1, correct);
        Assert.Equal([2, 3], revisit);
        var version = new PolicyVersion { WhatChanged = "x", Text = "x", PassMarkPercent = 60 };
        Assert.Equal(2, version.CorrectNeeded(3));
        version.PassMarkPercent = 100;
        Assert.Equal(3, version.CorrectNeeded(3));
    }
}
