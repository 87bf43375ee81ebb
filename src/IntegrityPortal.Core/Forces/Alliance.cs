namespace IntegrityPortal.Core.Forces;

/// <summary>
/// Forces that share one Professional Standards Department (for example Warwickshire and
/// West Mercia). PSD staff of any member force see the records of every member force.
/// </summary>
public class Alliance
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<Force> Forces { get; set; } = [];
}
