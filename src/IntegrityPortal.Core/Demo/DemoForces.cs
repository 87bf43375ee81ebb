namespace IntegrityPortal.Core.Demo;

/// <summary>
/// The forces of the source documents (HMIC, "Revisiting police relationships", December
/// 2012) and West Mercia, which formed an alliance with Warwickshire that shares one PSD.
/// </summary>
public static class DemoForces
{
    public const string Alliance = "Warwickshire and West Mercia Alliance";

    public static readonly IReadOnlyList<(string Code, string Name, bool InAlliance, string PressDepartment)> All =
    [
        ("dyfed-powys", "Dyfed-Powys Police", false, "Press Office"),
        ("cumbria", "Cumbria Constabulary", false, "Marketing and Communications"),
        ("avon-and-somerset", "Avon and Somerset Constabulary", false, "Corporate Communications"),
        ("thames-valley", "Thames Valley Police", false, "Corporate Communications"),
        ("warwickshire", "Warwickshire Police", true, "Press Office"),
        ("west-mercia", "West Mercia Police", true, "Press Office"),
    ];
}
