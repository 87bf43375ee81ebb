namespace IntegrityPortal.Core.People;

public enum PersonKind
{
    Officer = 1,
    Staff = 2,
}
