namespace ScriptToMovie.Analysis;

/// <summary>Word lists for telling people from props in screenplay capitals.</summary>
internal static class PeopleWords
{
    /// <summary>Nouns for a person: a capitalised THE MAILMAN in an action line is a character, A NECKLACE is not.</summary>
    public static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "MAN", "WOMAN", "BOY", "GIRL", "KID", "CHILD", "BABY", "TEEN", "TEENAGER", "GUY", "LADY", "GENTLEMAN", "STRANGER",
        "MAILMAN", "POSTMAN", "POLICEMAN", "FIREMAN", "DOORMAN", "BUSINESSMAN", "BUSINESSWOMAN", "SALESMAN", "CAMERAMAN",
        "GUARD", "OFFICER", "COP", "DETECTIVE", "AGENT", "SOLDIER", "SERGEANT", "CAPTAIN", "LIEUTENANT", "GENERAL", "PILOT",
        "WAITER", "WAITRESS", "BARTENDER", "BARISTA", "CHEF", "COOK", "CLERK", "CASHIER", "RECEPTIONIST", "SECRETARY",
        "DOCTOR", "NURSE", "SURGEON", "PARAMEDIC", "PATIENT", "DRIVER", "CABBIE", "PRIEST", "NUN", "TEACHER", "STUDENT",
        "PROFESSOR", "LIBRARIAN", "JUDGE", "LAWYER", "REPORTER", "JOURNALIST", "NEWSCASTER", "ANNOUNCER", "EMCEE", "HOST",
        "MINION", "HENCHMAN", "THUG", "ASSASSIN", "SNIPER", "KILLER", "THIEF", "PRISONER", "WORKER", "ATTENDANT", "MANAGER",
        "BOSS", "ASSISTANT", "CUSTOMER", "PATRON", "PASSENGER", "TOURIST", "VISITOR", "NEIGHBOR", "NEIGHBOUR", "FRIEND",
        "MOTHER", "FATHER", "MOM", "DAD", "MUM", "SISTER", "BROTHER", "SON", "DAUGHTER", "WIFE", "HUSBAND", "GRANDMA", "GRANDPA",
        "KING", "QUEEN", "PRINCE", "PRINCESS", "LORD", "DUKE", "BUTLER", "MAID", "VALET", "PORTER", "USHER", "JANITOR",
    };

    /// <summary>Names that are also ordinary words; only their capitalised form marks the character in an action line.</summary>
    public static readonly HashSet<string> Ordinary = new(Roles.Concat(
    [
        "VOICE", "INTERCOM", "PRINTER", "HELM", "COPILOT", "COMPUTER", "RADIO", "PHONE", "ALL", "EVERYONE", "CROWD", "NARRATOR",
        "OVERSIGHT", "RECORDING", "TV", "SPEAKER", "ROBOT", "SYSTEM", "BOTH", "THE", "HE", "SHE", "THEY", "TOGETHER",
    ]), StringComparer.Ordinal);

    /// <summary>Cue extensions, never a second name: ROBERT (V.O.) is not an alias.</summary>
    public static readonly HashSet<string> CueExtensions = new(StringComparer.Ordinal)
    {
        "V.O.", "VO", "O.S.", "OS", "O.C.", "OC", "CONT'D", "CONT’D", "CONTD", "CONT.", "CONT", "CONTINUING", "ON PHONE", "ON THE PHONE",
        "INTO PHONE", "FILTERED", "OVER PHONE", "PRE-LAP", "PRELAP", "SUBTITLED", "OFF", "ON TV", "ON RADIO", "ON SCREEN", "SINGING", "WHISPERING",
    };

    /// <summary>Words that end a run of capitals that is a direction or a sound, not a person.</summary>
    public static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
    {
        "POV", "ANGLE", "CLOSE", "WIDE", "WIDER", "INSERT", "CUT", "FADE", "DISSOLVE", "SMASH", "MATCH", "INTERCUT", "SUPER", "TITLE",
        "TITLES", "CONTINUOUS", "LATER", "BACK", "SCENE", "END", "THE END", "SOUND", "BANG", "BOOM", "CRASH", "SLAM", "RING", "BEEP",
        "SFX", "VFX", "FX", "PROCESS", "STOCK", "MOS", "TRAVELING", "TRAVELLING", "MOVING", "SHOT", "TWO SHOT", "FLASHBACK", "MONTAGE", "SERIES", "SHOTS", "EXT", "INT", "DAY", "NIGHT", "MORNING", "EVENING",
    };

    private static readonly HashSet<string> Female = new(StringComparer.Ordinal)
    {
        "WOMAN", "GIRL", "LADY", "WAITRESS", "MOTHER", "MOM", "MUM", "MOMMY", "MA", "SISTER", "DAUGHTER", "WIFE", "GRANDMA", "GRANDMOTHER",
        "QUEEN", "PRINCESS", "NUN", "MAID", "MRS", "MRS.", "MS", "MS.", "MISS", "AUNT", "BUSINESSWOMAN", "ACTRESS", "HOSTESS", "GIRLFRIEND",
    };

    private static readonly HashSet<string> Male = new(StringComparer.Ordinal)
    {
        "MAN", "BOY", "GUY", "GENTLEMAN", "MAILMAN", "POSTMAN", "POLICEMAN", "FIREMAN", "DOORMAN", "BUSINESSMAN", "SALESMAN", "WAITER",
        "FATHER", "DAD", "DADDY", "PA", "BROTHER", "SON", "HUSBAND", "GRANDPA", "GRANDFATHER", "KING", "PRINCE", "LORD", "DUKE", "MR",
        "MR.", "SIR", "UNCLE", "PRIEST", "MONK", "BUTLER", "HENCHMAN", "CAMERAMAN", "ACTOR", "BOYFRIEND",
    };

    // Common English first names, so ALICE reads as a woman even when the script never says "she".
    private static readonly HashSet<string> FemaleFirstNames = new(StringComparer.Ordinal)
    {
        "ALICE", "ANNA", "ANN", "ANNE", "AMY", "AMANDA", "ANGELA", "ASHLEY", "BARBARA", "BETH", "BETTY", "BRIANNA", "CAROL", "CAROLINE", "CATHERINE",
        "CHARLOTTE", "CHLOE", "CLAIRE", "DIANA", "DONNA", "DOROTHY", "ELIZABETH", "ELLA", "ELLEN", "EMILY", "EMMA", "EVE", "GRACE", "HANNAH", "HELEN",
        "JANE", "JANET", "JENNIFER", "JESSICA", "JULIA", "JULIE", "KAREN", "KATE", "KATHERINE", "KATY", "KELLY", "LAURA", "LINDA", "LISA", "LUCY",
        "MARGARET", "MARIA", "MARY", "MEGAN", "MIA", "MINA", "NANCY", "NATALIE", "OLIVIA", "PATRICIA", "RACHEL", "REGGIE", "REBECCA", "ROSE", "RUTH",
        "SALLY", "SAMANTHA", "SARAH", "SOPHIA", "SOPHIE", "SUSAN", "SYLVIE", "VICTORIA", "ZOE",
    };

    private static readonly HashSet<string> MaleFirstNames = new(StringComparer.Ordinal)
    {
        "ADAM", "ALAN", "ALEX", "ANDREW", "ANTHONY", "ARTHUR", "BEN", "BENJAMIN", "BILL", "BOB", "BRIAN", "CARL", "CHARLES", "CHRIS", "DAN", "DANIEL",
        "DAVID", "DICK", "EDWARD", "ERIC", "FRANK", "GARY", "GEORGE", "HARRY", "HENRY", "JACK", "JACOB", "JAMES", "JASON", "JEFF", "JIM", "JOE", "JOHN",
        "JOSEPH", "KEVIN", "LARRY", "MARK", "MATT", "MICHAEL", "MIKE", "NICK", "NOAH", "PAUL", "PETER", "RICHARD", "ROBERT", "RON", "SAM", "SCOTT",
        "STEVE", "STEVEN", "THOMAS", "TIM", "TOM", "TONY", "WILLIAM",
    };

    /// <summary>"female", "male" or null when a name's own words say so (THE BOSS says nothing).</summary>
    public static string? GenderOfName(string upperName)
    {
        foreach (var w in upperName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Female.Contains(w)) return "female";
            if (Male.Contains(w)) return "male";
        }
        return null;
    }

    /// <summary>A hint from a common first name; weaker than what the script itself says.</summary>
    public static string? GenderOfFirstName(string upperName)
    {
        var first = upperName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return FemaleFirstNames.Contains(first) ? "female" : MaleFirstNames.Contains(first) ? "male" : null;
    }

    /// <summary>Family words that name the same person: MOM and MOTHER.</summary>
    public static readonly IReadOnlyList<string[]> FamilyNames =
    [
        ["MOM", "MOTHER", "MUM", "MOMMY", "MUMMY", "MA", "MAMA"],
        ["DAD", "FATHER", "DADDY", "PA", "PAPA", "POP"],
        ["GRANDMA", "GRANDMOTHER", "NANA", "GRAN", "GRANNY"],
        ["GRANDPA", "GRANDFATHER", "GRAMPS", "GRANDDAD"],
    ];

    /// <summary>Titles before a name: KING VOLODAR is VOLODAR.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "MISS", "DR", "DR.", "DOCTOR", "PROFESSOR", "PROF.", "CAPTAIN", "CAPT.", "LIEUTENANT",
        "LT.", "SERGEANT", "SGT.", "DETECTIVE", "DET.", "OFFICER", "AGENT", "KING", "QUEEN", "PRINCE", "PRINCESS", "LORD", "LADY",
        "SIR", "FATHER", "SISTER", "UNCLE", "AUNT", "COMMANDER", "GENERAL", "COLONEL", "MAJOR", "JUDGE", "SENATOR", "PRESIDENT",
    };
}
