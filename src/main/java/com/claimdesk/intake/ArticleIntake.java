package com.claimdesk.intake;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.articles.Article;
import com.claimdesk.articles.ArticleArchive;
import com.claimdesk.articles.ArticleInput;
import com.claimdesk.articles.ArticleText;
import com.claimdesk.articles.Articles;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.documents.PdfText;
import com.claimdesk.fetch.Conditions;
import com.claimdesk.fetch.FetchRefused;
import com.claimdesk.fetch.Fetched;
import com.claimdesk.fetch.WebFetcher;
import com.claimdesk.sources.UrlNormalizer;
import com.claimdesk.web.FormErrors;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An article brought in by its web address: the page fetched ({@link WebFetcher}), its main text and metadata
 * read ({@link ArticleText}, {@link PdfText} for a PDF), duplicates recognised by canonical address and by text,
 * and the page kept as the article's archived copy. Two steps, so that no database connection waits on the
 * network: {@link #read} fetches, {@link #save} stores in the caller's transaction; {@link #add} does both.
 */
@ApplicationScoped
public class ArticleIntake {

    /** What the person typed beside the address; a field given wins over the page's own metadata. */
    public record Given(String title, String outlet, String author, String publishedAt) {
        public static final Given NOTHING = new Given("", "", "", "");
    }

    /** A page fetched and read, not yet stored. */
    public record Reading(Fetched fetched, String headline, String text, ArticleText.Metadata metadata,
            String canonicalUrl) {
    }

    /** How bringing an address in ended. */
    public sealed interface Outcome {
        /** A one-line account, for lists and the API. */
        String message();
    }

    public record Added(Article article) implements Outcome {
        @Override
        public String message() {
            return "Added as article " + article.id + ": " + article.headline;
        }
    }

    public record Duplicate(Article existing, String message) implements Outcome {
    }

    /** Refused, with each message beside its form field ("url" for anything about the page itself). */
    public record Refused(FormErrors errors) implements Outcome {
        static Refused at(String field, String message) {
            return new Refused(FormErrors.none().add(field, message));
        }

        @Override
        public String message() {
            return String.join(" ", errors.asMap().values());
        }
    }

    /** Thrown by {@link #read} when the page cannot become an article. */
    public static class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    @Inject
    WebFetcher fetcher;

    @Inject
    Articles articles;

    @Inject
    AuditLog audit;

    /** Fetches and stores, the store in a transaction of its own; call outside any transaction. */
    public Outcome add(String address, Given given, String actor) {
        Reading reading;
        try {
            reading = read(address, actor);
        } catch (Unreadable e) {
            return Refused.at("url", e.getMessage());
        }
        return QuarkusTransaction.requiringNew().call(() -> save(reading, given, actor));
    }

    /** Fetches the page and reads its text and metadata. Touches no database (but the audit of a refusal). */
    public Reading read(String address, String actor) throws Unreadable {
        Fetched fetched;
        try {
            fetched = fetcher.fetch(address, Conditions.NONE, actor);
        } catch (FetchRefused e) {
            throw new Unreadable(e.getMessage());
        }
        if (fetched.isPdf()) {
            try {
                String text = PdfText.read(fetched.body()).text().strip();
                return new Reading(fetched, firstLine(text), text, ArticleText.Metadata.NONE,
                        fetched.address().toString());
            } catch (PdfText.Unreadable e) {
                throw new Unreadable(e.getMessage());
            }
        }
        String media = fetched.mediaType();
        if (!media.isEmpty() && !media.equals("text/html") && !media.equals("application/xhtml+xml")
                && !media.equals("text/plain")) {
            throw new Unreadable("The address gives a " + media + " file, not a web page or a PDF.");
        }
        if (media.equals("text/plain")) {
            String text = fetched.text().strip();
            return new Reading(fetched, firstLine(text), text, ArticleText.Metadata.NONE, fetched.address().toString());
        }
        FormErrors errors = FormErrors.none();
        ArticleText.Page page = ArticleText.fromHtml(fetched.text(), "url", errors);
        if (page == null) {
            throw new Unreadable(errors.get("url"));
        }
        if (page.text().isBlank()) {
            throw new Unreadable("No article text was found on the page at " + fetched.address()
                    + "; paste the text instead.");
        }
        return new Reading(fetched, page.headline(), page.text(), page.metadata(),
                canonical(fetched.address(), page.metadata().canonicalUrl()));
    }

    /** Stores the article read, in the current transaction, unless it is already in ClaimDesk. */
    public Outcome save(Reading reading, Given given, String actor) {
        Article known = Article.findByCanonicalUrl(reading.canonicalUrl()).orElse(null);
        if (known != null) {
            return new Duplicate(known, "This page is already in ClaimDesk as article " + known.id + ".");
        }
        ArticleText.Metadata meta = reading.metadata();
        FormErrors errors = FormErrors.none();
        ArticleInput input = new ArticleInput(
                or(given.title(), cut(reading.headline(), 500)),
                reading.canonicalUrl(),
                or(given.outlet(), cut(meta.outlet() != null ? meta.outlet() : siteName(reading.canonicalUrl()), 200)),
                or(given.author(), cut(meta.author(), 200)),
                or(given.publishedAt(), pastDate(meta.publishedAt())),
                reading.text(), null);
        Article article = input.toArticle(actor, errors);
        if (article == null) {
            if (errors.has("text")) {
                errors.add("url", errors.get("text"));
            }
            if (errors.has("title") && isBlank(given.title())) {
                errors.add("url", "The page gives no headline; type it in the Headline field.");
            }
            return new Refused(errors);
        }
        known = Article.findByText(article.text).orElse(null);
        if (known != null) {
            return new Duplicate(known, "This text is already in ClaimDesk as article " + known.id + ".");
        }
        article.canonicalUrl = reading.canonicalUrl();
        articles.add(article);
        Fetched fetched = reading.fetched();
        ArticleArchive archive = ArticleArchive.of(article, fetched.body(), fetched.contentType(),
                fetched.address().toString(), fetched.fetchedAt());
        archive.persist();
        audit.record(actor, "article.fetched", "article", article.id, null,
                "Page archived for article " + article.id + ": " + archive.address, null,
                Map.of("address", archive.address, "sha256", archive.sha256, "fetchedAt",
                        archive.fetchedAt.toString(), "size", archive.size));
        return new Added(article);
    }

    /** The page's canonical link, read against the address fetched; that address itself when it has none. */
    static String canonical(URI fetched, String canonicalLink) {
        if (canonicalLink != null && !canonicalLink.isBlank()) {
            try {
                return UrlNormalizer.normalize(fetched.resolve(canonicalLink.strip()).toString());
            } catch (UrlNormalizer.Refused | IllegalArgumentException e) {
                // A broken canonical link says nothing: the address fetched stands.
            }
        }
        try {
            return UrlNormalizer.normalize(fetched.toString());
        } catch (UrlNormalizer.Refused e) {
            return fetched.toString();
        }
    }

    /** "2024-03-01T10:00:00+01:00" as "2024-03-01"; nothing for a date in the future or no date. */
    static String pastDate(String published) {
        if (published == null) {
            return null;
        }
        Matcher date = ISO_DATE.matcher(published.strip());
        if (!date.find()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(date.group(1));
            return day.isAfter(LocalDate.now()) ? null : day.toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** "www.example.org" as "example.org": the outlet when the page names none. */
    private static String siteName(String address) {
        String host = URI.create(address).getHost();
        return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return cut(line.strip(), 200);
            }
        }
        return "";
    }

    private static String or(String typed, String found) {
        return isBlank(typed) ? (found == null ? "" : found) : typed;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1).strip() + "…";
    }
}
