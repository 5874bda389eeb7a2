package com.claimdesk.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word lists the rules rely on. All immutable: shared by every extraction. */
final class Lexicon {

    private Lexicon() {
    }

    /** An immutable set of words; repeated entries in the lists are harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** How a speech verb behaves. */
    enum CueStrength {
        /** Takes a clause without "that" ("said the talks failed") and attributes quotes. */
        STRONG,
        /** Only with "that" or as a quote attribution ("noted that ...", "... ," he noted). */
        WEAK
    }

    /** A speech verb form: its lemma and behaviour. */
    record Cue(String lemma, CueStrength strength, boolean participle, boolean passiveForm) {
        boolean isDenial() {
            return DENIAL_LEMMAS.contains(lemma);
        }

        /** "rejected claims that": a denial only of a claim named before "that", never of a clause alone. */
        boolean needsClaimNoun() {
            return isDenial() && !lemma.equals("deny");
        }
    }

    private static Map<String, Cue> buildCues() {
        Map<String, Cue> m = new HashMap<>();
        irregular(m, "say", CueStrength.STRONG, "say", "says", "said", "saying");
        irregular(m, "tell", CueStrength.STRONG, "tell", "tells", "told", "telling");
        irregular(m, "write", CueStrength.STRONG, "write", "writes", "wrote", "writing");
        irregular(m, "deny", CueStrength.STRONG, "deny", "denies", "denied", "denying");
        // Findings of a report or a study: "the inquiry found that".
        irregular(m, "find", CueStrength.WEAK, "find", "finds", "found");
        irregular(m, "rebut", CueStrength.WEAK, "rebut", "rebuts", "rebutted", "rebutting");
        irregular(m, "reply", CueStrength.WEAK, "reply", "replies", "replied", "replying");
        irregular(m, "testify", CueStrength.WEAK, "testify", "testifies", "testified", "testifying");
        // "states" is left out: it is far more often the noun ("United States", "member states").
        irregular(m, "state", CueStrength.STRONG, "stated", "stating");
        for (String v : new String[] {"add", "warn", "insist", "claim", "argue", "assert", "declare", "explain",
                "stress", "emphasize", "emphasise", "announce", "tweet", "contend", "allege", "maintain",
                "predict", "remark", "observe", "recall", "reiterate", "repeat", "report", "confirm",
                "acknowledge", "admit", "concede", "note", "suggest", "comment", "conclude", "continue", "ask",
                "respond", "agree", "estimate", "vow", "pledge", "promise", "caution", "complain",
                "reveal", "disclose", "indicate", "underline", "underscore", "highlight", "affirm", "assure",
                "inform", "remind", "boast", "joke", "quip", "concur", "fear", "lament", "shout", "exclaim",
                "interject", "retort", "scoff", "proclaim", "opine", "brag", "speculate", "confide", "whisper",
                "yell", "grumble", "gripe", "chant", "marvel", "attest", "posit", "surmise", "aver",
                "expect", "accuse", "charge", "post", "tout", "point", "recount", "elaborate", "specify", "reject",
                "dismiss", "refute", "dispute", "show"}) {
            regular(m, v);
        }
        // The long tail: rarer verbs of saying, and rulings ("the judge ruled that").
        for (String v : LONG_TAIL) {
            regular(m, v);
        }
        for (String v : BELIEF_LEMMAS) {
            regular(m, v);
        }
        return Map.copyOf(m);
    }

    private static final String[] LONG_TAIL = {"hint", "imply", "mention", "signal", "propose", "recommend",
        "counter", "swear", "guarantee", "forecast", "calculate", "reason", "theorize", "theorise", "protest",
        "object", "advise", "clarify", "relate", "divulge", "volunteer", "blog", "email", "insinuate",
        "stipulate", "certify", "confess", "rule", "reassure", "allege", "acknowledge", "demand",
        "emphasize", "contend", "muse", "concede", "recount", "explain", "testify", "aver", "submit", "plead"};

    /** States of mind: what someone thinks or hopes is a belief, rarely checkable (kind BELIEF). */
    static final Set<String> BELIEF_LEMMAS = words("think", "believe", "hope", "worry", "feel", "doubt", "suspect",
            "guess", "assume", "presume", "reckon", "fear", "expect");

    /** Verbs that also take a clause without "that" ("Lavrov said Putin would ..."). */
    private static final Set<String> STRONG_LEMMAS = words("say", "tell", "write", "deny", "state", "add", "warn",
            "insist", "claim", "argue", "assert", "declare", "explain", "stress", "emphasize", "emphasise",
            "announce", "tweet", "contend", "allege", "predict", "confirm", "acknowledge",
            "admit", "concede", "note", "suggest", "report", "estimate", "underscore", "underline", "highlight");

    /** Opinion and expectation verbs: cues with "that" only, never quote attributions. */
    private static final Set<String> OPINION_LEMMAS = words("agree", "fear", "find", "show", "hint", "imply",
            "mention", "signal", "propose", "recommend", "counter", "swear", "guarantee", "forecast", "calculate",
            "reason", "theorize", "theorise", "protest", "object", "advise", "clarify", "relate", "divulge",
            "volunteer", "insinuate", "stipulate", "certify", "confess", "rule", "reassure", "demand",
            "muse", "submit", "plead", "think", "believe", "hope", "worry", "feel", "doubt", "suspect", "guess",
            "assume", "presume", "reckon",
            "expect", "estimate", "promise", "vow", "pledge", "accuse", "charge", "maintain", "point",
            "indicate", "inform", "remind", "assure", "specify", "concur", "tout", "recount", "elaborate");

    /** Verbs of denial: what follows "that" is what the speaker denies. */
    static final Set<String> DENIAL_LEMMAS = words("deny", "reject", "dismiss", "refute", "rebut", "dispute");

    /** Verbs whose object is the person addressed ("told reporters that"). */
    static final Set<String> ADDRESSEE_LEMMAS = words("tell", "warn", "assure", "inform", "remind", "ask",
            "promise", "accuse", "charge");

    private static void irregular(Map<String, Cue> m, String lemma, CueStrength s, String... forms) {
        for (String f : forms) {
            boolean participle = f.endsWith("ing");
            boolean passive = f.equals("said") || f.equals("told") || f.endsWith("ed") || f.equals("written")
                    || f.equals("found");
            m.put(f, new Cue(lemma, s, participle, passive));
        }
    }

    private static void regular(Map<String, Cue> m, String lemma) {
        CueStrength s = STRONG_LEMMAS.contains(lemma) ? CueStrength.STRONG : CueStrength.WEAK;
        String[] forms = inflections(lemma);
        m.put(forms[0], new Cue(lemma, s, false, false));
        m.put(forms[1], new Cue(lemma, s, false, false));
        m.put(forms[2], new Cue(lemma, s, false, true));
        m.put(forms[3], new Cue(lemma, s, true, false));
    }

    /** Verbs of more than one syllable stressed on the last, whose final consonant doubles: "admitted". */
    private static final Set<String> DOUBLING = words("admit", "commit", "submit", "omit", "permit", "concur",
            "occur", "refer", "prefer", "confer", "infer", "defer", "deter", "regret", "rebut", "aver", "abet",
            "compel", "propel", "repel", "allot", "control", "patrol", "equip", "acquit", "transmit", "emit");

    /**
     * The regular forms of a verb: base, third person ("-s"), past ("-ed") and "-ing", with the spelling
     * rules the lexicon relies on: "admit" → "admitted", "quip" → "quipped", "deny" → "denied", "argue" →
     * "arguing". Only for the lemmas listed here; irregular verbs are spelled out by hand.
     */
    static String[] inflections(String lemma) {
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        boolean consonantY = last == 'y' && n > 1 && !isVowel(lemma.charAt(n - 2));
        boolean sibilant = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z");
        String third = consonantY ? lemma.substring(0, n - 1) + "ies" : lemma + (sibilant ? "es" : "s");
        if (last == 'e') {
            String stem = lemma.substring(0, n - 1);
            // "agree" keeps its e before -ing ("agreeing"); "argue" drops it ("arguing").
            return new String[] {lemma, third, stem + "ed", (lemma.endsWith("ee") ? lemma : stem) + "ing"};
        }
        if (consonantY) {
            return new String[] {lemma, third, lemma.substring(0, n - 1) + "ied", lemma + "ing"};
        }
        String doubled = doublesFinalConsonant(lemma) ? lemma + last : lemma;
        return new String[] {lemma, third, doubled + "ed", doubled + "ing"};
    }

    /** One vowel before a single final consonant, in one syllable ("quip") or a listed stressed ending. */
    private static boolean doublesFinalConsonant(String lemma) {
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        // The u of "qu" is a consonant: "quip" → "quipped".
        boolean vowelBefore = n >= 3 && isVowel(lemma.charAt(n - 3)) && !lemma.startsWith("qu", n - 4);
        if (n < 3 || isVowel(last) || "wxy".indexOf(last) >= 0 || !isVowel(lemma.charAt(n - 2)) || vowelBefore) {
            return false;
        }
        if (DOUBLING.contains(lemma)) {
            return true;
        }
        int vowelGroups = 0;
        for (int i = 0; i < n; i++) {
            if (isVowel(lemma.charAt(i)) && (i == 0 || !isVowel(lemma.charAt(i - 1)))) {
                vowelGroups++;
            }
        }
        return vowelGroups == 1;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** The speech cue for a lowercase word form, or null. */
    static Cue cue(String lower) {
        return CUES.get(lower);
    }

    /** Verbs that never close a clause as "X, he said" does: opinions and denials of a named claim. */
    static boolean isOpinion(Cue cue) {
        return OPINION_LEMMAS.contains(cue.lemma()) || cue.needsClaimNoun();
    }

    /** Verbs that can attribute a quotation: `"...," he said` / `he said: "..."`. */
    static boolean attributesQuotes(Cue cue) {
        if (cue.needsClaimNoun()) {
            return false;
        }
        return !OPINION_LEMMAS.contains(cue.lemma()) || cue.lemma().equals("promise") || cue.lemma().equals("vow");
    }

    static final Set<String> DETERMINERS = words("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "such", "any", "no", "some", "every", "each", "another", "other",
            "many", "several", "both", "all", "most");

    static final Set<String> PREPOSITIONS = words("in", "on", "at", "to", "for", "with", "by", "about", "during",
            "after", "before", "from", "into", "over", "under", "via", "through", "since", "until", "against",
            "amid", "among", "across", "without", "within", "upon", "of", "toward", "towards", "regarding",
            "despite", "behind", "between", "per", "like", "near", "outside", "inside", "throughout", "following");

    static final Set<String> AUXILIARIES = words("is", "are", "was", "were", "be", "been", "being", "am", "has",
            "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "'s", "won't", "can't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't",
            "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't");

    static final Set<String> BE_FORMS = words("is", "are", "was", "were", "be", "been", "being", "am");

    /** Words skipped between a subject and its speech verb ("Russia has continued to deny"). */
    static final Set<String> VERB_MODIFIERS = words("has", "have", "had", "did", "does", "do", "will", "would",
            "could", "can", "may", "might", "should", "must", "also", "previously", "later", "earlier", "then",
            "again", "once", "still", "further", "already", "never", "not", "repeatedly", "reportedly",
            "publicly", "privately", "flatly", "strongly", "firmly", "quickly", "often", "always", "recently",
            "separately", "initially", "first", "subsequently", "to", "continued", "continues", "continue", "went",
            "on", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "last", "week", "weekend", "month", "year", "night", "morning", "afternoon",
            "evening", "this", "just", "has", "is", "was", "were", "are", "emphatically", "vehemently",
            "adamantly", "angrily", "clearly", "openly", "categorically", "even", "only", "too", "however",
            "moreover", "meanwhile", "similarly", "likewise", "specifically", "directly", "explicitly", "now",
            "formally", "officially", "consistently", "long", "tried", "sought", "wanted", "refused", "appeared",
            "seemed", "went", "goes", "go", "been");

    /** Lowercase words that end a subject noun phrase when walking back from a speech verb. */
    static final Set<String> NP_BREAKERS = words("and", "but", "or", "nor", "so", "yet", "that", "which", "who",
            "whom", "whose", "when", "while", "where", "because", "if", "as", "although", "though", "whether",
            "than", "after", "before", "since", "until", "unless", "once", "with", "without", "to", "by", "at",
            "on", "into", "onto", "from", "about", "during", "against", "amid", "over", "under", "through",
            "not", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me");

    static final Set<String> PRONOUNS = words("he", "she", "they", "it", "we", "i", "you");

    /** Capitalised words that do not start a name even at the start of a sentence. */
    static final Set<String> NON_NAME_CAPITALS = words("the", "a", "an", "on", "in", "at", "of", "for", "but",
            "and", "or", "if", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those",
            "there", "here", "after", "before", "during", "while", "when", "where", "what", "who", "why", "how",
            "as", "by", "with", "from", "to", "since", "although", "though", "because", "regarding", "according",
            "despite", "however", "meanwhile", "earlier", "later", "also", "still", "yet", "so", "then", "all",
            "some", "many", "most", "several", "no", "not", "one", "another", "each", "every", "both", "other",
            "such", "his", "her", "its", "their", "our", "my", "your", "more", "less", "about", "over", "under",
            "among", "against", "across", "amid", "until", "unless", "whether", "today", "yesterday", "tomorrow",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "speaking", "asked", "following", "last", "next", "now", "meanwhile", "thus",
            "therefore", "instead", "indeed", "perhaps", "only", "even", "just", "well", "yes", "thank", "thanks",
            "please", "ok", "okay", "oh", "is", "are", "was", "were", "do", "does", "did", "will", "would", "can",
            "could", "should", "has", "have", "had", "let", "q", "a.", "question", "answer", "well", "first",
            "second", "third", "finally", "sir", "madam", "ma'am", "good", "great", "again", "once", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "any", "every", "nothing", "none",
            "nobody", "everyone", "someone", "anyone", "everybody", "somebody", "look", "see", "which", "whose",
            "within", "without", "into", "upon", "toward", "towards", "via", "per", "amongst", "between",
            "beyond", "behind", "around", "near", "throughout", "like", "unlike", "besides", "except", "given");

    static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    /** Abbreviations whose period does not end a sentence. */
    static final Set<String> ABBREVIATIONS = words("mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt",
            "sen", "rep", "gov", "st", "jr", "sr", "prof", "rev", "no", "vs", "inc", "corp", "co", "ltd", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "est",
            "approx", "dept", "univ", "adm", "cmdr", "maj", "pres", "supt", "det", "insp", "gov", "atty", "hon",
            "fig", "vol", "pp", "ave", "blvd", "rd", "etc", "e.g", "i.e", "al", "brig", "cpl", "pvt", "lieut");

    /** Title words that stand before or for a person's name. */
    static final Set<String> TITLES = words("president", "vice", "secretary", "secretary-general", "minister",
            "prime", "foreign", "defense", "defence", "chancellor", "spokesman", "spokeswoman", "spokesperson",
            "press", "senator", "sen", "sec", "rep", "representative", "governor", "gov", "mayor", "general", "gen",
            "admiral", "adm", "colonel", "col", "lieutenant", "lt", "sergeant", "sgt", "captain", "capt", "chief",
            "director", "ambassador", "commissioner", "chairman", "chairwoman", "chair", "ceo", "king", "queen",
            "prince", "princess", "pope", "judge", "justice", "attorney", "deputy", "mr", "mrs", "ms", "dr",
            "prof", "professor", "sir", "lord", "lady", "dame", "rev", "reverend", "father", "sheikh",
            "ayatollah", "speaker", "leader", "commander", "inspector", "superintendent", "sheriff",
            "councillor", "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman", "premier",
            "emperor", "cardinal", "bishop", "archbishop", "rabbi", "imam", "dean", "coach", "manager",
            "executive", "officer", "administrator", "undersecretary", "under", "assistant", "associate",
            "acting", "state", "interior", "finance", "health", "energy", "justice", "treasury", "trade",
            "education", "agriculture", "transportation", "homeland", "security", "labor", "labour", "economy",
            "economic", "development", "affairs", "public", "home", "environment", "information", "culture",
            "president-elect", "vice-president", "spokesmen", "adviser", "advisor", "aide", "official",
            "counselor", "counsellor", "envoy", "delegate", "diplomat", "analyst", "expert", "founder",
            "co-founder", "owner", "head", "physicist", "scientist", "astronaut", "commander-in-chief", "marshal",
            "major", "sergeant-major", "corporal", "private", "brigadier", "ensign", "staff", "joint", "chiefs",
            "national", "fleet", "navy", "army", "air", "force", "council", "senior", "principal", "first", "rear",
            "ranking", "member");

    /** Title words that name a role on their own (the head of "Israeli Defense Minister"). */
    static final Set<String> ROLE_HEADS = words("president", "secretary", "secretary-general", "minister",
            "chancellor", "spokesman", "spokeswoman", "spokesperson", "senator", "representative", "governor",
            "mayor", "general", "admiral", "colonel", "captain", "chief", "director", "ambassador",
            "commissioner", "chairman", "chairwoman", "chair", "ceo", "king", "queen", "prince", "princess",
            "pope", "judge", "justice", "attorney", "professor", "speaker", "leader", "commander", "inspector",
            "superintendent", "sheriff", "premier", "emperor", "cardinal", "bishop", "archbishop", "dean",
            "coach", "manager", "executive", "officer", "administrator", "undersecretary", "president-elect",
            "vice-president", "adviser", "advisor", "aide", "official", "envoy", "founder", "owner", "head",
            "counselor", "counsellor", "scientist", "astronaut", "analyst", "expert", "marshal", "counterpart",
            "diplomat", "lawyer", "prosecutor", "author", "researcher", "economist", "physician", "doctor",
            "witness", "resident", "survivor", "victim", "candidate", "activist", "organizer", "organiser",
            "editor", "reporter", "correspondent", "representative", "lawmaker", "legislator", "congressman",
            "congresswoman", "councillor", "councilman", "councilwoman", "police", "sergeant", "lieutenant");

    /** Nouns for documents: "the statement added" means whoever issued the statement. */
    static final Set<String> DOCUMENT_NOUNS = words("statement", "report", "document", "release", "communique",
            "communiqué", "letter", "memo", "memorandum", "post", "tweet", "announcement", "notice", "message",
            "readout", "transcript", "study", "survey", "paper", "filing", "complaint", "ruling", "indictment",
            "order", "decree", "declaration", "resolution", "bulletin", "advisory");

    /** What a body publishes as its own count: "the council's own figures" are the council's word. */
    static final Set<String> DATA_NOUNS = words("figures", "data", "numbers", "statistics", "estimates", "estimate",
            "count", "tally", "records", "analysis", "research", "poll", "polling", "calculations", "projections",
            "forecast", "findings", "survey", "report", "study", "statement", "review");

    /** Words that mark an organisation's name. */
    static final Set<String> ORG_WORDS = words("states", "kingdom", "nations", "republic", "presidential",
            "federal", "international", "national", "democratic", "republican", "election", "elections", "war",
            "olympic", "world", "championships", "museum", "reserve", "district", "committee","ministry", "department", "office", "agency", "council",
            "committee", "survey", "institute", "service", "house", "pentagon", "kremlin", "government",
            "administration", "party", "army", "navy", "forces", "force", "police", "university", "bank",
            "inc", "corp", "company", "commission", "court", "union", "organization", "organisation",
            "association", "times", "post", "news", "reuters", "bbc", "cnn", "ap", "afp", "nasa", "nato",
            "un", "eu", "who", "fbi", "cia", "group", "center", "centre", "foundation", "authority", "board",
            "corporation", "network", "press", "agency", "parliament", "congress", "senate", "assembly",
            "embassy", "consulate", "mission", "cabinet", "guard", "command", "station", "hospital", "school",
            "college", "church", "club", "team", "league", "federation", "alliance", "coalition", "front",
            "movement", "media", "tv", "radio", "journal", "herald", "tribune", "gazette", "telegraph",
            "guardian", "observer", "magazine", "daily", "weekly", "online", "wikinews", "wikipedia", "prison",
            "airlines", "airways", "motors", "systems", "technologies", "labs", "laboratory", "institution",
            "program", "programme", "project", "initiative", "fund", "trust", "society", "chamber", "bureau",
            "directorate", "division", "unit", "squad", "brigade", "battalion", "regiment", "corps", "fleet",
            "summit", "conference", "forum", "treaty", "act", "bill", "law", "plan", "day", "week", "year",
            "street", "road", "avenue", "square", "river", "mountain", "mount", "lake", "sea", "ocean", "island",
            "islands", "city", "county", "state", "province", "region", "district", "valley", "airport", "port",
            "base", "building", "hall", "tower", "bridge", "park", "stadium", "arena", "games", "cup",
            "championship", "championships", "olympics", "paralympics", "festival", "award", "awards", "prize");

    /** Countries and other frequent place speakers ("Russia said"): never a person's name. */
    static final Set<String> PLACES = words("afghanistan", "albania", "algeria", "argentina", "armenia",
            "australia", "austria", "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "bosnia",
            "brazil", "bulgaria", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "congo", "croatia",
            "cuba", "cyprus", "czechia", "denmark", "ecuador", "egypt", "estonia", "ethiopia", "finland", "france",
            "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland",
            "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan",
            "kenya", "korea", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania", "luxembourg",
            "malaysia", "mali", "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar",
            "nepal", "netherlands", "nigeria", "norway", "oman", "pakistan", "palestine", "panama", "paraguay",
            "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "serbia",
            "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria",
            "taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "turkmenistan", "uganda",
            "ukraine", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "britain",
            "england", "scotland", "wales", "europe", "africa", "asia", "america", "washington", "moscow",
            "kyiv", "kiev", "beijing", "london", "paris", "berlin", "brussels", "tokyo", "tehran", "jerusalem",
            "gaza", "crimea", "donbas", "u.s.", "us", "usa", "u.k.", "uk", "eu", "un", "nato", "west", "east",
            "north", "south", "rome", "geneva", "vienna", "warsaw", "minsk", "ankara", "cairo", "baghdad",
            "damascus", "kabul", "islamabad", "delhi", "seoul", "pyongyang", "taipei", "canberra", "ottawa",
            "florida", "texas", "california", "virginia", "york", "abruzzo");

    /** English function words; their share tells English prose from other languages. */
    static final Set<String> ENGLISH_FUNCTION_WORDS = words("the", "of", "and", "to", "in", "a", "is", "that",
            "for", "on", "with", "was", "said", "as", "by", "it", "at", "from", "he", "she", "has", "have", "be",
            "are", "were", "will", "not", "an", "this", "but", "they", "his", "her", "its", "their", "which",
            "who", "we", "i", "you", "would", "been", "had", "our", "there", "or", "can", "about", "what", "so",
            "do", "if", "my", "me", "all", "more", "one", "also", "than", "them", "these", "those", "into");

    /** Phrases of page furniture around an article. */
    static final String[] BOILERPLATE = {"leave a reply", "leave a comment", "your email address will not",
            "be the first to comment", "required fields are marked", "post comment", "save my name",
            "you must be logged in", "log in to reply", "share this", "share on", "follow us", "sign up for",
            "subscribe to", "all rights reserved", "copyright ©", "©", "cookie", "advertisement",
            "related articles", "read more", "click here", "comments are closed", "notify me of",
            "this site uses", "privacy policy", "terms of use", "print this", "email this", "cancel reply",
            "recommended for you", "most popular", "you may also like", "newsletter", "sponsored"};

    /** Abbreviated titles whose period stays inside a name: "Rear Adm. John Kirby", "Mr. Peskov". */
    static final Set<String> TITLE_ABBREVIATIONS = words("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov",
            "lt", "col", "sgt", "capt", "sec", "prof", "rev", "adm", "maj", "cmdr", "brig", "cpl", "pvt", "st");

    static final Set<String> SENTENCE_STARTERS = words("the", "he", "she", "it", "they", "we", "i", "but",
            "in", "on", "at", "a", "an", "this", "that", "these", "those", "there", "his", "her", "its", "their",
            "after", "before", "when", "while", "however", "meanwhile", "according", "as", "if", "some", "many",
            "officials", "and", "so", "for", "with", "during", "since", "although", "other", "one", "no", "both");

    /** Titles that tell a person's gender, so that "she said" skips the men named just before. */
    static final Set<String> MALE_TITLES = words("mr", "sir", "lord", "king", "prince", "spokesman", "chairman",
            "congressman", "councilman", "assemblyman", "businessman", "father", "brother", "duke", "emperor",
            "sheikh", "pope", "cardinal", "monsignor");

    static final Set<String> FEMALE_TITLES = words("mrs", "ms", "miss", "dame", "lady", "queen", "princess",
            "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "businesswoman",
            "sister", "duchess", "empress", "madam");

    /** Common given names; a gender guess only for resolving "he" and "she", never a name finder. */
    static final Set<String> MALE_NAMES = words("james", "john", "robert", "michael", "william", "david",
            "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "antony",
            "mark", "donald", "steven", "stephen", "paul", "andrew", "joshua", "kenneth", "kevin", "brian",
            "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas",
            "eric", "jonathan", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory",
            "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
            "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy",
            "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin",
            "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert",
            "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
            "russell", "elijah", "louis", "bobby", "philip", "johnny", "tom", "tony", "jim", "bill", "bob",
            "mike", "dave", "steve", "chris", "nick", "ben", "sam", "dan", "ted", "chuck", "ned", "jens",
            "vladimir", "sergei", "sergey", "dmitry", "boris", "ivan", "olaf", "emmanuel", "francois", "pierre",
            "jean", "hans", "klaus", "karl", "friedrich", "giuseppe", "giovanni", "marco", "luca", "carlos",
            "luis", "miguel", "pedro", "antonio", "manuel", "jorge", "ahmed", "mohammed", "muhammad", "ali",
            "hassan", "hussein", "omar", "abdul", "ibrahim", "mustafa", "yusuf", "xi", "li", "wang", "hiroshi",
            "shinzo", "fumio", "narendra", "rahul", "imran", "recep", "benjamin", "benny", "ehud", "volodymyr",
            "rishi", "keir", "boris", "justin", "barack", "joe", "kamala", "mitch", "chuck", "lloyd", "leon",
            "ashton", "chuck", "hugh", "ian", "neil", "graham", "colin", "stuart", "martin", "simon", "nigel",
            "gordon", "tony", "liam", "oliver", "harry", "jake", "luke", "max", "leo", "oscar", "hugo", "felix");

    static final Set<String> FEMALE_NAMES = words("mary", "patricia", "jennifer", "linda", "elizabeth",
            "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra",
            "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa",
            "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
            "angela", "helen", "anna", "anne", "ann", "brenda", "pamela", "nicole", "emma", "samantha",
            "katherine", "kate", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth",
            "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
            "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha",
            "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice",
            "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
            "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte",
            "rose", "alexis", "kayla", "hillary", "condoleezza", "madeleine", "nancy", "angela", "theresa",
            "ursula", "christine", "kamala", "jacinda", "liz", "penny", "priti", "suella", "nicola", "yulia",
            "olga", "natalia", "irina", "svetlana", "elena", "tatiana", "marine", "segolene", "annalena",
            "giorgia", "sanna", "mette", "benazir", "indira", "sonia", "aung", "yingluck", "tsai", "gina",
            "janet", "gretchen", "kirsten", "elizabeth", "elise", "tulsi", "nikki", "sheila", "jill", "jane",
            "lucy", "sophie", "chloe", "ella", "amelia", "mia", "zoe", "fiona", "claire", "louise", "ellen",
            "eleanor", "caroline", "jenny", "wendy", "tracy", "tina", "paula", "monica", "vanessa", "erin",
            "fatima", "aisha", "leila", "layla", "mariam", "sofia", "ana", "carmen", "lucia", "rosa", "isabel");

    /** Built last: it reads the lemma sets above. */
    static final Set<String> PAST_FORMS = Lexicon.words("was", "were", "won", "lost", "hit", "struck",
            "fled", "began", "died", "fell", "rose", "took", "gave", "made", "held", "met", "left", "sent", "shot",
            "killed", "stole", "broke", "found", "led", "paid", "sold", "bought", "built", "brought", "caught",
            "drove", "flew", "fought", "grew", "spent", "stood", "swept", "threw", "told", "wrote", "became");

    private static final Map<String, Cue> CUES = buildCues();

    /**
     * Verbs that report speech only in a frame of their own, never before a bare clause: "called for a recount",
     * "called the plan a giveaway", "urged the council to wait", "questioned whether", "cited the figures",
     * "described the plan as a giveaway", "criticized the plan as a giveaway".
     */
    private static final Set<String> FRAME_LEMMAS = words("call", "urge", "press", "challenge", "implore",
            "question", "wonder", "cite", "describe", "criticize", "criticise", "condemn", "denounce", "encourage");

    private static final Map<String, Cue> FRAME_CUES = buildFrames();

    private static Map<String, Cue> buildFrames() {
        Map<String, Cue> m = new HashMap<>();
        for (String v : FRAME_LEMMAS) {
            regular(m, v);
        }
        // "talked about why", "spoke of how": only before a question they report.
        regular(m, "talk");
        irregular(m, "speak", CueStrength.WEAK, "speak", "speaks", "spoke", "speaking");
        return Map.copyOf(m);
    }

    /** Nouns that report what their owner said: "Marsh's claim that", "her promise to". */
    static final Set<String> REPORTING_NOUNS = words("claim", "claims", "argument", "assertion", "allegation",
            "allegations", "accusation", "suggestion", "contention", "insistence", "warning", "promise", "promises",
            "pledge", "vow", "statement", "declaration", "admission", "acknowledgment", "acknowledgement",
            "assurance", "assurances", "charge", "comment", "comments", "remark", "remarks", "threat", "call",
            "calls", "decision", "prediction", "complaint", "demand", "announcement");

    /** The frame verb for a lowercase word form ("called", "urging"), or null. */
    static Cue frameCue(String lower) {
        return FRAME_CUES.get(lower);
    }
    static final Set<String> WEEKDAYS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
}
