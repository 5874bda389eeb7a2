package com.claimdesk.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines a copied web page drags along that are not the article: comment prompts ("Leave a Reply"), share
 * buttons, "Advertisement". Only a whole line equal to one of these phrases goes, so the same words inside a
 * sentence of the story stay where they are.
 */
public final class WebLeftovers {

    /** Lowercase, without final punctuation; a line is compared the same way. */
    private static final Set<String> PHRASES = Set.of(
            // comment sections
            "be the first to comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
            "write a comment", "comments", "comment", "no comments", "no comments yet", "join the discussion",
            "join the conversation", "show comments", "view comments", "load comments", "cancel reply",
            "post comment", "submit comment", "your email address will not be published",
            "your email address will not be published. required fields are marked",
            "required fields are marked", "save my name, email, and website in this browser for the next time i comment",
            "you must be logged in to post a comment", "comments are closed", "name", "email", "website",
            // share and follow buttons
            "share", "share this", "share this article", "share this story", "share this post", "share on facebook",
            "share on twitter", "share on x", "share on linkedin", "share on whatsapp", "share via email",
            "share by email", "click to share on facebook (opens in new window)",
            "click to share on twitter (opens in new window)", "click to email a link to a friend (opens in new window)",
            "click to print (opens in new window)", "tweet", "pin it", "print", "print this page", "facebook",
            "twitter", "linkedin", "whatsapp", "reddit", "copy link", "link copied", "follow us", "like this",
            "like loading", "loading", "related", "related articles", "related posts", "related stories",
            "you may also like", "more stories", "read more", "continue reading", "skip to content",
            "skip to main content",
            // advertising and sign-ups
            "advertisement", "advertisements", "sponsored", "sponsored content", "story continues below advertisement",
            "article continues below advertisement", "continue reading below", "skip advertisement",
            "subscribe", "subscribe to our newsletter", "sign up for our newsletter");

    /** Final punctuation and marks that buttons and labels carry ("Share this:", "Name *", "Loading..."). */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.*…!]+$");

    /** "12 Comments", "Comments (3)". */
    private static final Pattern COMMENT_COUNT = Pattern.compile("(\\d+ comments?|comments? \\(\\d+\\))");

    /** What is left of a form once its labels are gone: a lone required-field star, a bullet, a separator. */
    private static final Pattern MARKS_ONLY = Pattern.compile("[\\s*•·|/–—-]+");

    private WebLeftovers() {
    }

    /** True when the whole line is page furniture, not words of the article. */
    public static boolean isLeftover(String line) {
        String phrase = TRAILING_MARKS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("")
                .replaceAll("\\s+", " ");
        return PHRASES.contains(phrase) || COMMENT_COUNT.matcher(phrase).matches();
    }

    /**
     * The text without its leftover lines. A line of marks alone goes only when it follows a leftover (the star
     * after "Required fields are marked"), and the blank lines a removed line leaves behind go with it.
     */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        boolean afterLeftover = false;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!afterLeftover) {
                    kept.add(line);
                }
            } else if (isLeftover(line) || afterLeftover && MARKS_ONLY.matcher(line).matches()) {
                afterLeftover = true;
            } else {
                afterLeftover = false;
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }
}
