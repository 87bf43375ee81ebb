namespace IntegrityPortal.Benchmarks;

/// <summary>
/// The 43 territorial forces of England and Wales with a workforce (officers and staff, people
/// records) close to their real size, rounded; the largest is capped at 45,000. The six demo
/// forces are among them and keep their codes, so the demo accounts sign in to them.
/// </summary>
public static class NationalForces
{
    public static readonly IReadOnlyList<(string Code, string Name, int People)> All =
    [
        ("metropolitan", "Metropolitan Police Service", 45_000),
        ("city-of-london", "City of London Police", 1_200),
        ("greater-manchester", "Greater Manchester Police", 10_500),
        ("west-midlands", "West Midlands Police", 10_000),
        ("west-yorkshire", "West Yorkshire Police", 8_600),
        ("thames-valley", "Thames Valley Police", 7_500),
        ("merseyside", "Merseyside Police", 5_600),
        ("kent", "Kent Police", 5_900),
        ("hampshire", "Hampshire Constabulary", 5_600),
        ("lancashire", "Lancashire Constabulary", 5_000),
        ("northumbria", "Northumbria Police", 5_100),
        ("essex", "Essex Police", 5_300),
        ("south-yorkshire", "South Yorkshire Police", 4_600),
        ("avon-and-somerset", "Avon and Somerset Constabulary", 5_000),
        ("sussex", "Sussex Police", 4_800),
        ("devon-and-cornwall", "Devon and Cornwall Police", 5_100),
        ("surrey", "Surrey Police", 3_900),
        ("nottinghamshire", "Nottinghamshire Police", 3_600),
        ("west-mercia", "West Mercia Police", 3_900),
        ("hertfordshire", "Hertfordshire Constabulary", 3_800),
        ("south-wales", "South Wales Police", 4_900),
        ("leicestershire", "Leicestershire Police", 3_400),
        ("cheshire", "Cheshire Constabulary", 3_700),
        ("humberside", "Humberside Police", 3_400),
        ("staffordshire", "Staffordshire Police", 3_000),
        ("derbyshire", "Derbyshire Constabulary", 3_300),
        ("norfolk", "Norfolk Constabulary", 2_800),
        ("suffolk", "Suffolk Constabulary", 2_200),
        ("cambridgeshire", "Cambridgeshire Constabulary", 2_600),
        ("northamptonshire", "Northamptonshire Police", 2_200),
        ("bedfordshire", "Bedfordshire Police", 2_100),
        ("lincolnshire", "Lincolnshire Police", 1_900),
        ("north-yorkshire", "North Yorkshire Police", 2_800),
        ("durham", "Durham Constabulary", 2_000),
        ("cleveland", "Cleveland Police", 2_100),
        ("gwent", "Gwent Police", 2_300),
        ("north-wales", "North Wales Police", 2_600),
        ("dyfed-powys", "Dyfed-Powys Police", 2_200),
        ("wiltshire", "Wiltshire Police", 2_000),
        ("gloucestershire", "Gloucestershire Constabulary", 1_900),
        ("dorset", "Dorset Police", 2_300),
        ("cumbria", "Cumbria Constabulary", 2_200),
        ("warwickshire", "Warwickshire Police", 1_700),
    ];
}
