namespace IntegrityPortal.Core.Procurement;

/// <summary>Whether the force still buys from a supplier.</summary>
public enum SupplierStatus
{
    Active = 1,
    Inactive = 2,
}

/// <summary>How a contract was let.</summary>
public enum ProcurementRoute
{
    Tender = 1,
    FrameworkCallOff = 2,
    DirectAward = 3,
    Quotation = 4,
}

/// <summary>What a person of the force did in an award.</summary>
public enum ContractPart
{
    PanelMember = 1,
    Signatory = 2,
}

public static class ProcurementEnumText
{
    public static string Describe(this SupplierStatus status) => status switch
    {
        SupplierStatus.Active => "Active",
        SupplierStatus.Inactive => "Inactive",
        _ => status.ToString(),
    };

    public static string Describe(this ProcurementRoute route) => route switch
    {
        ProcurementRoute.Tender => "Tender",
        ProcurementRoute.FrameworkCallOff => "Framework call-off",
        ProcurementRoute.DirectAward => "Direct award",
        ProcurementRoute.Quotation => "Quotation",
        _ => route.ToString(),
    };

    public static string Describe(this ContractPart part) => part switch
    {
        ContractPart.PanelMember => "Evaluation panel",
        ContractPart.Signatory => "Signed the award",
        _ => part.ToString(),
    };
}
