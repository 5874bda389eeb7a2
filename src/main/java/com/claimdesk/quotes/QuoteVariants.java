package com.claimdesk.quotes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

import com.claimdesk.articles.Article;

/**
 * Variants on record: the same quote as the articles ClaimDesk holds print it. Each article's quoted passages
 * are aligned with the primary source in the same way as the checked quote; those landing on the checked
 * passage are its variants, kept with their own differences, the earliest marked first seen.
 */
@ApplicationScoped
public class QuoteVariants {

    /** Articles read for one check at most, the most alike first. */
    private static final int ARTICLES = 200;

    /** Words in quotation marks, curly or straight. */
    private static final Pattern QUOTED = Pattern.compile("“([^”]{12,2000})”|\"([^\"]{12,2000})\"");

    @Inject
    EntityManager entityManager;

    /** Where the claim appeared, as ClaimReview names appearances: the variants' articles, earliest first. */
    public record Appearance(String url, String headline, LocalDate seenOn, String outlet) {
    }

    /** Finds and stores the variants of a stored, found check (replacing any found before). */
    public void find(QuoteCheck check, Transcript transcript) {
        QuoteVariant.delete("check", check);
        List<QuoteVariant> found = new ArrayList<>();
        for (Article article : candidates(check.passage)) {
            Matcher quoted = QUOTED.matcher(article.text);
            while (quoted.find()) {
                int group = quoted.group(1) != null ? 1 : 2;
                String words = quoted.group(group);
                if (words.strip().split("\\s+").length < 4) {
                    continue;
                }
                QuoteAligner.Match match = QuoteAligner.align(transcript, words, null, false);
                if (match.found() && match.start() < check.end && match.end() > check.start) {
                    QuoteVariant variant = new QuoteVariant();
                    variant.check = check;
                    variant.article = article;
                    variant.start = quoted.start(group);
                    variant.end = quoted.end(group);
                    variant.quoted = words;
                    variant.label = QuoteLabel.of(match.label());
                    variant.edits = new ArrayList<>(match.edits());
                    variant.seenOn = article.publishedOn != null ? article.publishedOn
                            : LocalDate.ofInstant(article.addedAt, ZoneOffset.UTC);
                    found.add(variant);
                }
            }
        }
        found.sort(Comparator.comparing((QuoteVariant v) -> v.seenOn).thenComparing(v -> v.article.id)
                .thenComparingInt(v -> v.start));
        for (int i = 0; i < found.size(); i++) {
            found.get(i).firstSeen = i == 0;
            found.get(i).persist();
        }
    }

    /**
     * The articles that may quote the passage: full-text search on its longer words (any of them), so that a
     * variant with words changed is still read; the aligner decides.
     */
    @SuppressWarnings("unchecked")
    private List<Article> candidates(String passage) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : passage.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 5) {
                words.add(word.toLowerCase());
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        String query = String.join(" or ", words.stream().limit(12).toList());
        List<Number> ids = entityManager.createNativeQuery("""
                select id from article
                where search_vector @@ websearch_to_tsquery('english', f_unaccent(?1))
                order by ts_rank(search_vector, websearch_to_tsquery('english', f_unaccent(?1))) desc, id
                limit ?2""").setParameter(1, query).setParameter(2, ARTICLES).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return Article.list("id in ?1", ids.stream().map(Number::longValue).toList());
    }

    /** The articles where the claim's checked quotes appeared, first seen first, each once. */
    public static List<Appearance> appearancesOf(long claimId) {
        List<Appearance> appearances = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (QuoteVariant variant : QuoteVariant.forClaim(claimId)) {
            if (variant.article.url != null && seen.add(variant.article.id)) {
                appearances.add(new Appearance(variant.article.url, variant.article.headline, variant.seenOn,
                        variant.article.outlet));
            }
        }
        return appearances;
    }
}
