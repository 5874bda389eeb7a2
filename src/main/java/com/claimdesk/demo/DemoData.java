package com.claimdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.claimdesk.ClaimDeskConfig;
import com.claimdesk.accounts.Account;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;
import com.claimdesk.articles.Articles;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimInput;
import com.claimdesk.claims.ClaimKind;
import com.claimdesk.claims.ClaimRecords;
import com.claimdesk.claims.Claimant;
import com.claimdesk.claims.ClaimantType;
import com.claimdesk.quotes.PrimarySourceInput;
import com.claimdesk.quotes.PrimarySourceRecords;
import com.claimdesk.quotes.QuoteCheck;
import com.claimdesk.quotes.QuoteChecks;
import com.claimdesk.quotes.QuoteLabel;
import com.claimdesk.sources.Evidence;
import com.claimdesk.sources.EvidenceInput;
import com.claimdesk.sources.EvidenceRecords;
import com.claimdesk.sources.SourceType;
import com.claimdesk.sources.Stance;
import com.claimdesk.verdicts.Rating;
import com.claimdesk.verdicts.ReviewWorkflow;
import com.claimdesk.verdicts.Verdict;
import com.claimdesk.verdicts.VerdictInput;
import com.claimdesk.verdicts.Verdicts;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Demo mode ({@code claimdesk.demo=true}): the accounts checker, editor and admin, each with its own name as
 * password, the sample articles, and the Blinken transcript as a primary source with two quotes checked
 * against it (one an invented misquote, labelled as such). Seeding is idempotent, so restarts add nothing twice.
 */
@ApplicationScoped
public class DemoData {

    /** A sample article packaged in the jar, with the details a reviewer would type in and its claims. */
    record SampleArticle(String file, String outlet, String url, LocalDate publishedOn, List<SampleClaim> claims) {
    }

    /** A claim a reviewer would record from a sample article: the passage is found in its text. */
    record SampleClaim(String passage, String claimReviewed, String claimant, ClaimantType type, ClaimKind kind,
            List<String> tags, List<SampleEvidence> evidence) {

        SampleClaim(String passage, String claimReviewed, String claimant, ClaimantType type, ClaimKind kind,
                List<String> tags) {
            this(passage, claimReviewed, claimant, type, kind, tags, List.of());
        }
    }

    /** A source a reviewer would link to a sample claim. */
    record SampleEvidence(String url, String title, String publisher, SourceType type, String publishedAt,
            Stance stance, String excerpt, String location, String note) {
    }

    /** The claimants of the sample claims, as a reviewer would describe them. */
    record SampleClaimant(String name, String title, String affiliation, List<String> aliases) {
    }

    /** The demo claim checked against the transcript as a paraphrase, from the sample article. */
    static final String PARAPHRASED = "The US response to Russia set out core principles on Ukraine";

    /** The invented misquote's claim, checked against the same transcript. */
    static final String MISQUOTE = "Invented misquote: Blinken said the US is not committed to its principles";

    static final List<SampleArticle> ARTICLES = List.of(
            new SampleArticle("nato-rejects-russia-request.txt", "Demo Newswire",
                    "https://news.example.org/2022/01/nato-rejects-russia-request", LocalDate.of(2022, 1, 14),
                    List.of(new SampleClaim(
                            "NATO's relationship with Ukraine is going to be decided by the 30 NATO allies and "
                                    + "Ukraine -- no one else.",
                            "Only the 30 NATO allies and Ukraine decide Ukraine's ties with NATO",
                            "Jens Stoltenberg", ClaimantType.PERSON, ClaimKind.DIRECT_QUOTE,
                            List.of("nato", "ukraine"), List.of(
                                    new SampleEvidence("https://www.nato.int/cps/en/natolive/official_texts_17120.htm",
                                            "The North Atlantic Treaty", "NATO", SourceType.PRIMARY_DOCUMENT,
                                            "1949-04-04", Stance.SUPPORTS,
                                            "The Parties may, by unanimous agreement, invite any other European State"
                                                    + " in a position to further the principles of this Treaty and to"
                                                    + " contribute to the security of the North Atlantic area to"
                                                    + " accede to this Treaty.",
                                            "Article 10",
                                            "Membership is decided by the allies' unanimous agreement and the"
                                                    + " applicant's accession: no third state has a say."),
                                    new SampleEvidence("https://www.nato.int/cps/en/natolive/official_texts_8443.htm",
                                            "Bucharest Summit Declaration", "NATO", SourceType.OFFICIAL_STATEMENT,
                                            "2008-04-03", Stance.CONTEXT,
                                            "NATO welcomes Ukraine's and Georgia's Euro-Atlantic aspirations for"
                                                    + " membership in NATO. We agreed today that these countries will"
                                                    + " become members of NATO.",
                                            "Paragraph 23",
                                            "The 2008 decision Russia asked NATO to withdraw."))))),
            new SampleArticle("us-rejects-russian-demand.txt", "Demo Newswire",
                    "https://news.example.org/2022/01/us-rejects-russian-demand", LocalDate.of(2022, 1, 27),
                    List.of(new SampleClaim("Russia has continued to deny that it will take military action",
                                    "Russia will not take military action against Ukraine", "Russia",
                                    ClaimantType.ORGANISATION, ClaimKind.DENIAL, List.of("russia", "ukraine")),
                            new SampleClaim("Russia has amassed more than 100,000 troops at its border with Ukraine",
                                    "Russia has more than 100,000 troops at its border with Ukraine",
                                    "Demo Newswire", ClaimantType.ORGANISATION, ClaimKind.FIGURE,
                                    List.of("russia", "military")),
                            new SampleClaim("the formal response made it clear that the U.S. has core principles "
                                    + "in the ongoing Russia-Ukraine situation",
                                    PARAPHRASED,
                                    "Antony Blinken", ClaimantType.PERSON, ClaimKind.PARAPHRASE,
                                    List.of("diplomacy")))),
            // Written for the demo as an example of a misquote, and labelled as invented wherever it shows.
            new SampleArticle("invented-misquote-example.txt", "Invented example (not a real outlet)",
                    "https://news.example.org/demo/invented-misquote", LocalDate.of(2022, 1, 27),
                    List.of(new SampleClaim(
                            "We make clear that there are core principles that we are not committed to uphold.",
                            MISQUOTE, "Antony Blinken", ClaimantType.PERSON, ClaimKind.DIRECT_QUOTE,
                            List.of("demo-misquote", "diplomacy")))));

    /** The State Department's transcript of the remarks the sample article reports (public domain). */
    static final PrimarySourceInput TRANSCRIPT = new PrimarySourceInput(
            "https://www.state.gov/secretary-antony-j-blinken-at-a-press-availability-13/",
            "Secretary Antony J. Blinken at a Press Availability", "U.S. Department of State", "2022-01-26", null,
            readResource("/demo/primary/blinken-press-availability-2022-01-26.txt"), null);

    static final List<SampleClaimant> CLAIMANTS = List.of(
            new SampleClaimant("Jens Stoltenberg", "NATO Secretary-General", "NATO",
                    List.of("Stoltenberg", "Secretary-General of NATO", "NATO Secretary-General")),
            new SampleClaimant("Antony Blinken", "U.S. Secretary of State", "U.S. Department of State",
                    List.of("Blinken")),
            new SampleClaimant("Russia", null, null, List.of("Russian government", "Moscow")));

    @Inject
    ClaimRecords claimRecords;

    @Inject
    Articles articles;

    @Inject
    EvidenceRecords evidenceRecords;

    @Inject
    Verdicts verdicts;

    @Inject
    ClaimDeskConfig config;

    @Inject
    PrimarySourceRecords primarySources;

    @Inject
    QuoteChecks quoteChecks;

    void onStart(@Observes StartupEvent event) {
        if (!config.demo()) {
            return;
        }
        seed();
        String url = config.publicBaseUrl() + "/";
        Log.warnf("""

                ==============================================================================
                 ClaimDesk demo is running at %s
                 Sign in as checker/checker, editor/editor or admin/admin.
                 DEMO ONLY: these accounts have public passwords. Never run demo mode with
                 real newsroom data or where others can reach it.
                ==============================================================================""", url);
    }

    /** Creates whatever part of the demo data is missing. */
    @Transactional
    public void seed() {
        for (Role role : Role.values()) {
            String name = role.key();
            if (Account.findByUsername(name).isEmpty()) {
                String display = "Demo " + name.substring(0, 1).toUpperCase() + name.substring(1);
                Account.create(name, display, name, Set.of(role));
            }
        }
        for (SampleArticle sample : ARTICLES) {
            String content = read(sample.file());
            int firstBreak = content.indexOf('\n');
            String text = content.substring(firstBreak + 1).strip();
            if (Article.findByText(text).isPresent()) {
                continue;
            }
            Article article = new Article();
            article.headline = content.substring(0, firstBreak).strip();
            article.setText(text);
            article.outlet = sample.outlet();
            article.url = sample.url();
            article.publishedOn = sample.publishedOn();
            article.addedBy = Role.CHECKER.key();
            article.addedAt = Instant.now();
            articles.add(article);
            for (SampleClaim claim : sample.claims()) {
                record(article, claim);
            }
        }
        checkQuotes();
    }

    /**
     * The transcript is a primary source; the sample article's paraphrase and the invented misquote are checked
     * against it, and the misquote's check is cited as evidence.
     */
    private void checkQuotes() {
        PrimarySourceRecords.Outcome added = primarySources.add(TRANSCRIPT, Role.CHECKER.key());
        if (!added.ok()) {
            throw new IllegalStateException("Demo transcript is not valid: " + added.errors().asMap());
        }
        Claim paraphrased = Claim.find("claimReviewed", PARAPHRASED).firstResult();
        if (paraphrased != null && QuoteCheck.count("claim", paraphrased) == 0) {
            quoteChecks.store(paraphrased, added.source().id, null, QuoteLabel.PARAPHRASE.name(),
                    "The article reports in its own words: “We make clear that there are core principles that we are"
                            + " committed to uphold and defend.”", Role.CHECKER.key());
        }
        Claim misquoted = Claim.find("claimReviewed", MISQUOTE).firstResult();
        if (misquoted != null && QuoteCheck.count("claim", misquoted) == 0) {
            QuoteCheck check = quoteChecks.store(misquoted, added.source().id, null, null,
                    "An example misquote written for the demo: a negation added and “and defend” left out.",
                    Role.CHECKER.key()).check();
            quoteChecks.cite(check, null, Role.CHECKER.key());
        }
    }

    /** The Stoltenberg claim is checked and published, so the public pages have something to show. */
    private void publishFirstFactCheck(Claim claim) {
        var checker = new ReviewWorkflow.Actor(Role.CHECKER.key(), Set.of(Role.CHECKER));
        var editor = new ReviewWorkflow.Actor(Role.EDITOR.key(), Set.of(Role.EDITOR));
        List<String> evidence = Evidence.linkedTo(claim).stream().map(e -> String.valueOf(e.id)).toList();
        Rating mostlyTrue = Rating.find("label", "Mostly true").firstResult();
        var outcome = verdicts.create(claim, new VerdictInput(String.valueOf(mostlyTrue.id),
                "Membership is decided by the allies' unanimous agreement and the applicant, as he said.",
                """
                        Article 10 of the North Atlantic Treaty lets the allies, by unanimous agreement, invite a \
                        European state to accede; the applicant then decides whether to join. No outside state has a \
                        say, as Stoltenberg said.

                        The claim leaves out that the allies promised Ukraine membership in 2008 without setting a \
                        date: the decision is theirs, but it has been pending for years. \
                        See https://www.nato.int/cps/en/natolive/official_texts_8443.htm""",
                evidence, null, null), checker);
        Verdict verdict = outcome.verdict();
        verdicts.submit(verdict, checker);
        verdicts.approve(verdict, editor);
        verdicts.publish(verdict, editor);
    }

    private void record(Article article, SampleClaim sample) {
        int start = article.text.indexOf(sample.passage());
        ClaimInput input = new ClaimInput(sample.passage(), sample.claimReviewed(), sample.claimant(),
                sample.type().name(), sample.kind().name(), null, String.join(",", sample.tags()), null,
                String.valueOf(article.id), null, String.valueOf(start),
                String.valueOf(start + sample.passage().length()), null);
        ClaimRecords.Outcome outcome = claimRecords.create(input, Role.CHECKER.key());
        if (!outcome.ok()) {
            throw new IllegalStateException("Demo claim does not fit its article: " + outcome.errors().asMap());
        }
        for (SampleEvidence evidence : sample.evidence()) {
            EvidenceInput link = new EvidenceInput(null, evidence.url(), evidence.title(), evidence.publisher(),
                    evidence.type().name(), evidence.publishedAt(), null, null, null, evidence.stance().name(),
                    evidence.excerpt(),
                    evidence.location(), evidence.note());
            EvidenceRecords.Outcome linked = evidenceRecords.link(outcome.claim(), link, Role.CHECKER.key());
            if (!linked.ok()) {
                throw new IllegalStateException("Demo evidence is not valid: " + linked.errors().asMap());
            }
        }
        // The claimant is described before publishing: the fact-check shows them as they were at publication.
        Claimant claimant = outcome.claim().claimant;
        CLAIMANTS.stream().filter(c -> c.name().equals(claimant.name) && claimant.aliases.isEmpty())
                .findFirst().ifPresent(described -> {
                    claimant.title = described.title();
                    claimant.affiliation = described.affiliation();
                    claimant.aliases.addAll(described.aliases());
                });
        if (!sample.evidence().isEmpty()) {
            publishFirstFactCheck(outcome.claim());
        }
    }

    private static String read(String file) {
        return readResource("/demo/articles/" + file);
    }

    private static String readResource(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Demo file missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
