package com.claimdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage: the outlet's own checkable sentences: figures and dated events no one is quoted for.
 */
final class Assertions {

    private final Reading reading;
    private final Document doc;
    private final Names names;
    private final List<FigureFinder.Found> figures;
    private final List<Draft> candidates;
    private final String[] turnSpeaker;
    private final boolean[] asked;
    private final int headline;

    Assertions(Reading reading) {
        this.reading = reading;
        this.doc = reading.doc;
        this.names = reading.names;
        this.figures = reading.figures;
        this.candidates = reading.candidates;
        this.turnSpeaker = reading.turnSpeaker;
        this.asked = reading.asked;
        this.headline = reading.headline;
    }

    void findAssertions() {
        boolean[] covered = reading.coveredTokens();
        int f = 0;
        for (Document.Sentence s : doc.sentences) {
            while (f < figures.size() && figures.get(f).first() < s.first()) {
                f++;
            }
            int figure = -1;
            int lastFigure = -1;
            for (int g = f; g < figures.size() && figures.get(g).last() <= s.last(); g++) {
                FigureFinder.Found found = figures.get(g);
                if (!covered[found.first()] && doc.token(found.first()).quote < 0) {
                    if (figure < 0) {
                        figure = found.first();
                    }
                    lastFigure = found.last();
                }
            }
            int p = doc.token(s.first()).paragraph;
            if (figure < 0) {
                figure = datedEvent(s, covered);
                lastFigure = figure;
            }
            if (figure >= 0 && !doc.skippedParagraph[p] && turnSpeaker[p] == null && !asked[p] && p != headline) {
                assertion(s, figure, lastFigure, covered);
            }
        }
    }

    private static final Set<String> WEEKDAYS = Lexicon.words("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /**
     * A dated event ("was hit ... on Tuesday", "elected ... in 2012", "published December 6, 2005"): the
     * token of the date, or -1. Reported events with a date are checkable like figures.
     */
    private int datedEvent(Document.Sentence s, boolean[] covered) {
        int date = -1;
        int event = -1;
        boolean pastVerb = false;
        for (int k = s.first(); k <= s.last(); k++) {
            Token t = doc.token(k);
            if (covered[k] || t.quote >= 0) {
                continue;
            }
            Token prev = k > s.first() ? doc.token(k - 1) : null;
            boolean isDate = (WEEKDAYS.contains(t.lower) && t.isCapitalized() && k > s.first() + 1)
                    || (Lexicon.MONTHS.contains(t.lower) && t.isCapitalized() && k + 1 <= s.last()
                    && doc.token(k + 1).type == Token.Type.NUMBER)
                    || (t.type == Token.Type.NUMBER && t.text.length() == 4 && prev != null
                    && (prev.is("in") || prev.is("since")));
            if (isDate && date < 0) {
                date = k;
            }
            pastVerb |= t.isLowercaseWord() && (t.lower.endsWith("ed") || Lexicon.PAST_FORMS.contains(t.lower));
            if (event < 0 && t.isLowercaseWord() && EVENT_VERBS.contains(t.lower) && k > s.first()) {
                event = k;
            }
        }
        if (pastVerb && date >= 0) {
            return date;
        }
        // "Khadr is charged with murder", "Tadić has won a second term": a named party's checkable event.
        return event >= 0 && namedSubject(s, event) ? event : -1;
    }

    /** Outcomes that are on the record: charges, verdicts, elections, deaths, damage. */
    private static final Set<String> EVENT_VERBS = Lexicon.words("killed", "convicted", "sentenced", "charged",
            "arrested", "elected", "re-elected", "won", "defeated", "died", "resigned", "appointed", "fined",
            "jailed", "acquitted", "indicted", "executed", "injured", "wounded", "detained", "evacuated",
            "destroyed", "erupted", "collapsed", "ratified", "banned", "suspended", "undefeated", "imprisoned",
            "extradited", "impeached", "dismissed", "fired", "expelled", "deported", "kidnapped", "murdered",
            "sued", "raided", "seized", "bankrupt");

    /** A name (or a noun phrase holding one) is the subject: the first words before the verb. */
    private boolean namedSubject(Document.Sentence s, int verb) {
        int k = reading.skipIntroDateline(s);
        Token first = doc.token(k);
        if (first.quote >= 0 || Lexicon.PRONOUNS.contains(first.lower) || verb - k > 12) {
            return false;
        }
        for (int m = k; m < verb; m++) {
            Names.Mention mention = names.mentionAt(m);
            if (mention != null && mention.hasName() && !Lexicon.PLACES.contains(mention.name.toLowerCase(Locale.ROOT))) {
                return true;
            }
            Token t = doc.token(m);
            if (t.is(",") || t.type == Token.Type.QUOTE || (t.isLowercaseWord() && Lexicon.NP_BREAKERS.contains(t.lower)
                    && !t.is("and"))) {
                return false;
            }
        }
        return false;
    }

    private void assertion(Document.Sentence s, int figure, int lastFigure, boolean[] covered) {
        Token end = doc.token(s.last());
        if (!end.isTerminal() || end.is("?") || doc.token(s.first()).quote >= 0) {
            return;
        }
        int first = figure;
        while (first > s.first() && !covered[first - 1]) {
            first--;
        }
        if (first == s.first()) {
            first = reading.skipIntroDateline(s);
        }
        int last = lastFigure;
        while (last < s.last() && !covered[last + 1]) {
            last++;
        }
        // An elaboration after a semicolon or a lone dash is a statement of its own (or a list); a
        // pair of dashes is a parenthesis and stays.
        int dashes = 0;
        int firstBreak = -1;
        for (int k = figure + 1; k < last; k++) {
            Token t = doc.token(k);
            boolean dash = t.quote < 0 && (t.is("\u2014") || t.is("\u2013")
                    || (t.is("-") && t.start > 0 && doc.text.charAt(t.start - 1) == ' '));
            dashes += dash ? 1 : 0;
            if (firstBreak < 0 && (dash || t.quote < 0 && t.is(";"))) {
                firstBreak = k;
            }
        }
        if (firstBreak >= 0 && (dashes == 1 || doc.token(firstBreak).is(";"))) {
            last = firstBreak - 1;
            lastFigure = Math.min(lastFigure, last);
        }
        // Cut an appended clause after the last figure: ", a move that ...", ", which ...".
        for (int k = lastFigure + 1; k < last; k++) {
            if (doc.token(k).is(",") && doc.token(k).quote < 0) {
                Token next = doc.token(k + 1);
                if (next.is("which") || next.is("who") || next.is("while") || next.is("whereas") || next.is("a")
                        || next.is("an") || next.is("although") || next.is("though") || next.is("but")) {
                    last = k - 1;
                    break;
                }
            }
        }
        while (first < last && (doc.token(first).type == Token.Type.PUNCT || doc.token(first).is("and")
                || doc.token(first).is("but") || doc.token(first).is("while"))) {
            first++;
        }
        while (last > first && (doc.token(last).is("and") || doc.token(last).is("but"))) {
            last--;
        }
        last = reading.trimEnd(first, last);
        int words = 0;
        for (int k = first; k <= last; k++) {
            if (doc.token(k).isWord() || doc.token(k).type == Token.Type.NUMBER) {
                words++;
            }
        }
        // "One person has died." is short but checkable; a piece ending in "the" or "from" is no claim.
        Token lastWord = doc.token(last);
        if (words < (reading.figureIn(first, last) ? 4 : 5) || lastWord.isLowercaseWord()
                && (Lexicon.DETERMINERS.contains(lastWord.lower) || Lexicon.PREPOSITIONS.contains(lastWord.lower))) {
            return;
        }
        Draft c = new Draft();
        c.kind = StatementKind.ASSERTION;
        c.start = doc.token(first).start;
        c.end = doc.token(last).end;
        c.spanFirst = first;
        c.spanLast = last;
        c.source = SpeakerSource.NAMED;
        c.speaker = Statement.ARTICLE_SPEAKER;
        c.paragraph = doc.token(first).paragraph;
        candidates.add(c);
    }
}
