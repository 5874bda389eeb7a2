package com.claimdesk.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.audit.AuditLog;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Lists of addresses brought in in the background: the list and each address's outcome are rows in the database,
 * so the progress page survives a reload (and a restart: waiting addresses are taken up again). A scheduled worker
 * takes the waiting addresses one at a time, oldest list first.
 */
@ApplicationScoped
public class AddressImports {

    /** How many addresses of each outcome a list has so far. */
    public record Progress(long waiting, long added, long duplicate, long refused) {
        public long done() {
            return added + duplicate + refused;
        }
    }

    @Inject
    ArticleIntake intake;

    @Inject
    AuditLog audit;

    /** The addresses of {@code text}, one per line (blank lines skipped); null with a message when unusable. */
    static List<String> addresses(String text, FormErrors errors) {
        List<String> addresses = new ArrayList<>();
        String[] lines = Inputs.orEmpty(text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > Inputs.MAX_URL_LENGTH) {
                errors.add("addresses", "Line " + (i + 1) + " is longer than " + Inputs.MAX_URL_LENGTH
                        + " characters, which no web address needs.");
                return null;
            }
            addresses.add(line);
        }
        if (addresses.isEmpty()) {
            errors.add("addresses", "Give at least one web address, one per line.");
            return null;
        }
        if (addresses.size() > AddressImport.MAX_ADDRESSES) {
            errors.add("addresses", "A list takes at most " + AddressImport.MAX_ADDRESSES + " addresses; this one has "
                    + addresses.size() + ". Split it in two.");
            return null;
        }
        return addresses;
    }

    /** Records a list to bring in; must run in a transaction. The worker takes it up within seconds. */
    public AddressImport start(List<String> addresses, String actor) {
        AddressImport list = new AddressImport();
        list.createdBy = actor;
        list.createdAt = Instant.now();
        list.total = addresses.size();
        list.persist();
        for (int i = 0; i < addresses.size(); i++) {
            AddressImportLine line = new AddressImportLine();
            line.list = list;
            line.position = i + 1;
            line.address = addresses.get(i);
            line.persist();
        }
        audit.record(actor, "addresses.imported", "address_import", list.id, null,
                "List of " + addresses.size() + " web addresses to bring in as articles", null,
                Map.of("addresses", addresses.size()));
        return list;
    }

    public static Progress progress(AddressImport list) {
        Map<AddressImportLine.Outcome, Long> counts = new java.util.EnumMap<>(AddressImportLine.Outcome.class);
        AddressImportLine.getEntityManager().createQuery("""
                select l.outcome, count(l) from AddressImportLine l where l.list = ?1 group by l.outcome""",
                Object[].class).setParameter(1, list).getResultList()
                .forEach(row -> counts.put((AddressImportLine.Outcome) row[0], (Long) row[1]));
        return new Progress(counts.getOrDefault(AddressImportLine.Outcome.WAITING, 0L),
                counts.getOrDefault(AddressImportLine.Outcome.ADDED, 0L),
                counts.getOrDefault(AddressImportLine.Outcome.DUPLICATE, 0L),
                counts.getOrDefault(AddressImportLine.Outcome.REFUSED, 0L));
    }

    /** Works through every waiting address, then rests until the next round. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        try {
            while (takeOne()) {
                // next address
            }
        } catch (RuntimeException e) {
            Log.warnf("Bringing in listed addresses paused: %s", e.getMessage());
        }
    }

    /**
     * Brings in the next waiting address, in one transaction that keeps the row locked meanwhile (so that a second
     * ClaimDesk instance takes another); false when none waits. This one worker's fetch holds a database connection,
     * which page requests never do.
     */
    boolean takeOne() {
        Long[] taken = {null};
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<?> ids = AddressImportLine.getEntityManager().createNativeQuery("""
                        select id from address_import_line where outcome = 'WAITING'
                        order by import_id, position limit 1 for update skip locked""").getResultList();
                if (ids.isEmpty()) {
                    return false;
                }
                AddressImportLine line = AddressImportLine.findById(((Number) ids.get(0)).longValue());
                taken[0] = line.id;
                String actor = line.list.createdBy;
                ArticleIntake.Outcome outcome;
                try {
                    outcome = intake.save(intake.read(line.address, actor), ArticleIntake.Given.NOTHING, actor);
                } catch (ArticleIntake.Unreadable e) {
                    outcome = ArticleIntake.Refused.at("url", e.getMessage());
                }
                line.record(outcome);
                finishIfDone(line.list);
                return true;
            });
        } catch (RuntimeException e) {
            if (taken[0] == null) {
                throw e;
            }
            // Whatever failed is not retried for ever: the address ends refused, and the list goes on.
            Log.errorf(e, "Bringing in listed address %d failed", taken[0]);
            QuarkusTransaction.requiringNew().run(() -> {
                AddressImportLine line = AddressImportLine.findById(taken[0]);
                line.record(ArticleIntake.Refused.at("url", "ClaimDesk could not store this page (a fault on our "
                        + "side, in the log); try it again on its own."));
                finishIfDone(line.list);
            });
            return true;
        }
    }

    private static void finishIfDone(AddressImport list) {
        AddressImportLine.flush();
        if (AddressImportLine.count("list = ?1 and outcome = ?2", list, AddressImportLine.Outcome.WAITING) == 0) {
            list.finishedAt = Instant.now();
        }
    }
}
